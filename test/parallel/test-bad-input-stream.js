'use strict';
// Garbage in every argument position of the stream module's functions, the stream
// constructors (and each of their options) and the stream methods: the same errors as node.
// Every stream made here has an 'error' listener, and readables are ended, so nothing is
// left running.
require('../common');
const badInput = require('../common/bad-input');
const stream = require('stream');
const streamPromises = require('stream/promises');

const { Readable, Writable, Duplex, Transform, PassThrough } = stream;

function quiet(s) {
  s.on('error', () => {});
  s.setMaxListeners(0);
  return s;
}
function freshReadable(options) {
  const readable = quiet(new Readable({ read() {}, ...options }));
  readable.push('ab');
  readable.push(null);
  return readable;
}
const freshWritable = () => quiet(new Writable({ write(chunk, encoding, callback) { callback(); } }));
const freshDuplex = () => quiet(new Duplex({
  read() {},
  write(chunk, encoding, callback) { callback(); },
}));
const freshTransform = () => quiet(new Transform({
  transform(chunk, encoding, callback) { callback(null, chunk); },
}));
const freshPassThrough = () => quiet(new PassThrough());

// setDefaultHighWaterMark changes every later stream: restore the defaults after each call.
function setDefaultHighWaterMarkAndRestore(...args) {
  const saved = [stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true)];
  try {
    return stream.setDefaultHighWaterMark(...args);
  } finally {
    stream.setDefaultHighWaterMark(false, saved[0]);
    stream.setDefaultHighWaterMark(true, saved[1]);
  }
}

const targets = {
  ...badInput.functionsOf(stream, 'stream', ['Readable', 'Writable', 'Duplex', 'Transform',
                                             'PassThrough', 'Stream', 'setDefaultHighWaterMark']),
  ...badInput.functionsOf(streamPromises, 'stream/promises'),
  ...badInput.functionsOf(Readable, 'Readable'),
  ...badInput.functionsOf(Writable, 'Writable'),
  ...badInput.functionsOf(Duplex, 'Duplex'),
  'stream.setDefaultHighWaterMark': [undefined, setDefaultHighWaterMarkAndRestore, { args: [false] }],
};
targets['stream.pipeline'][2] = { args: [freshReadable(), freshWritable()], fresh: undefined };
targets['stream.finished'][2] = { args: [freshReadable(), {}] };
targets['stream.addAbortSignal'][2] = { args: [new AbortController().signal] };
targets['stream.compose'][2] = { args: [freshPassThrough()] };
targets['stream/promises.pipeline'][2] = { args: [freshReadable(), freshWritable()] };
targets['stream/promises.finished'][2] = { args: [freshReadable(), {}] };
targets['Readable.from'][2] = { args: [['a'], {}] };
targets['Readable.wrap'][2] = { args: [freshReadable(), {}] };

const constructors = { Readable, Writable, Duplex, Transform, PassThrough };
const optionNames = [
  'highWaterMark', 'encoding', 'objectMode', 'emitClose', 'autoDestroy', 'signal', 'read',
  'write', 'writev', 'final', 'destroy', 'construct', 'decodeStrings', 'defaultEncoding',
  'allowHalfOpen', 'readableObjectMode', 'writableObjectMode', 'readableHighWaterMark',
  'writableHighWaterMark', 'transform', 'flush',
];
for (const [name, Class] of Object.entries(constructors)) {
  targets[`new ${name}`] = [undefined, (...args) => quiet(new Class(...args)), { args: [] }];
  for (const option of optionNames) {
    targets[`new ${name}/${option}`] =
      [undefined, (value) => quiet(new Class({ [option]: value })), { args: [] }];
  }
}

// Valid leading arguments for the methods where the first one alone says little.
const methodArguments = {
  write: { args: ['ab', 'utf8', () => {}] },
  end: { args: ['ab', 'utf8', () => {}] },
  push: { args: ['ab', 'utf8'] },
  unshift: { args: ['ab', 'utf8'] },
  pipe: { args: [quiet(new PassThrough()), {}] },
  map: { args: [(x) => x, {}] },
  filter: { args: [(x) => x, {}] },
  flatMap: { args: [(x) => [x], {}] },
  forEach: { args: [() => {}, {}] },
  every: { args: [() => true, {}] },
  some: { args: [() => true, {}] },
  find: { args: [() => true, {}] },
  reduce: { args: [(a, b) => a + b, '', {}] },
  take: { args: [1, {}] },
  drop: { args: [1, {}] },
  toArray: { args: [{}] },
  asIndexedPairs: { args: [{}] },
  compose: { args: [quiet(new PassThrough()), {}] },
  destroy: { args: [new Error('destroyed'), () => {}] },
  on: { args: ['data', () => {}] },
  addListener: { args: ['data', () => {}] },
  removeListener: { args: ['data', () => {}] },
  off: { args: ['data', () => {}] },
  _write: { args: ['ab', 'utf8', () => {}] },
  _transform: { args: ['ab', 'utf8', () => {}] },
};
const prototypes = [
  ['readable', Readable.prototype, freshReadable],
  ['objectReadable', Readable.prototype, () => freshReadable({ objectMode: true })],
  ['writable', Writable.prototype, freshWritable],
  ['duplex', Duplex.prototype, freshDuplex],
  ['transform', Transform.prototype, freshTransform],
  ['passThrough', PassThrough.prototype, freshPassThrough],
];
for (const [prefix, prototype, fresh] of prototypes) {
  for (const name of badInput.methodNames(prototype)) {
    targets[`${prefix}.${name}`] = [undefined, prototype[name], {
      ...(methodArguments[name] || {}),
      fresh,
    }];
  }
}

badInput.check(__filename, targets);
