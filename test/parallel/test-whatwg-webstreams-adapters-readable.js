'use strict';
// Readable.toWeb() and Readable.fromWeb(): chunks, object mode, encodings, the end, errors,
// destroy and cancel in both directions, high water marks and argument errors.
const common = require('../common');
const assert = require('assert');
const { inspect } = require('util');
const { Readable } = require('stream');

// Scenarios log events; each runs alone, after the previous one has settled, and its log
// is checked then.
const scenarios = [];
function checkLog(scenario, expected) {
  scenarios.push([scenario, expected]);
}
process.nextTick(common.mustCall(async () => {
  for (const [scenario, expected] of scenarios) {
    const log = [];
    scenario((event) => log.push(event));
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.deepStrictEqual(log, expected);
  }
}));

// Readable.toWeb ------------------------------------------------------------------------

checkLog((log) => {
  const readable = new Readable({ read() {} });
  const stream = Readable.toWeb(readable);
  log(inspect(stream));
  readable.push('ab');
  readable.push(Buffer.from('cd'));
  readable.push(null);
  (async () => {
    for await (const chunk of stream) log(`${chunk.constructor.name} ${Buffer.from(chunk)}`);
    log('end');
  })();
}, ["ReadableStream { locked: false, state: 'readable', supportsBYOB: false }", 'Uint8Array ab', 'Uint8Array cd', 'end']);

// Chunks are copies, not the Buffers the node stream produced.
{
  const buffer = Buffer.from('xyz');
  const readable = new Readable({ read() {} });
  const reader = Readable.toWeb(readable).getReader();
  readable.push(buffer);
  reader.read().then(common.mustCall(({ value }) => {
    assert.notStrictEqual(value.buffer, buffer.buffer);
    assert.ok(!Buffer.isBuffer(value));
    assert.deepStrictEqual([...value], [...buffer]);
  }));
}

checkLog((log) => {
  const stream = Readable.toWeb(Readable.from([1, 'x', { a: 1 }]));
  (async () => {
    for await (const chunk of stream) log(JSON.stringify(chunk));
    log('end');
  })();
}, ['1', '"x"', '{"a":1}', 'end']);

// Strings from an encoding pass through as strings.
checkLog((log) => {
  const readable = new Readable({ read() {} });
  readable.setEncoding('utf8');
  const stream = Readable.toWeb(readable);
  readable.push(Buffer.from('\u20ac'));
  readable.push(null);
  (async () => {
    for await (const chunk of stream) log(JSON.stringify(chunk));
  })();
}, ['"\u20ac"']);

checkLog((log) => {
  const readable = new Readable({ read() {} });
  const reader = Readable.toWeb(readable).getReader();
  reader.read().then(({ done }) => log(`read done=${done}`), (error) => log(`read rejected ${error.message}`));
  reader.closed.catch((error) => log(`closed rejected ${error.message}`));
  readable.destroy(new Error('boom'));
}, ['closed rejected boom', 'read rejected boom']);

// Destroyed without an error before the end: an AbortError caused by the premature close.
checkLog((log) => {
  const readable = new Readable({ read() {} });
  const reader = Readable.toWeb(readable).getReader();
  reader.read().catch((error) => log(`${error.name} ${error.code} ${error.message} cause=${error.cause.code}`));
  readable.destroy();
}, ['AbortError ABORT_ERR The operation was aborted cause=ERR_STREAM_PREMATURE_CLOSE']);

// cancel() destroys the node stream with the reason.
checkLog((log) => {
  const readable = new Readable({ read() {} });
  readable.on('error', (error) => log(`error ${error}`));
  readable.on('close', () => log('close'));
  Readable.toWeb(readable).cancel('why').then(() => log(`cancelled destroyed=${readable.destroyed}`));
}, ['cancelled destroyed=true', 'error why', 'close']);

// Outside object mode the high water mark counts chunks: the node stream is read until
// that many chunks wait in the web stream.
checkLog((log) => {
  let n = 0;
  const readable = new Readable({
    highWaterMark: 4,
    read() {
      log('_read');
      this.push(n++ < 3 ? 'xx' : null);
    },
  });
  const reader = Readable.toWeb(readable).getReader();
  setTimeout(() => reader.read().then(({ value }) => log(`read ${value.length}`)), 5);
}, ['_read', '_read', '_read', '_read', 'read 2']);

// The web stream's strategy decides how far ahead the node stream is read: by default its
// own high water mark, or the given strategy.
checkLog((log) => {
  let n = 0;
  const readable = new Readable({ objectMode: true, highWaterMark: 1, read() { log(`default ${n}`); this.push(n++); } });
  Readable.toWeb(readable);
}, ['default 0', 'default 1']);
checkLog((log) => {
  let n = 0;
  const readable = new Readable({ objectMode: true, highWaterMark: 1, read() { log(`strategy ${n}`); this.push(n++); } });
  Readable.toWeb(readable, { strategy: new CountQueuingStrategy({ highWaterMark: 3 }) });
}, ['strategy 0', 'strategy 1', 'strategy 2', 'strategy 3']);
{
  assert.throws(() => Readable.toWeb(new Readable({ read() {} }), { strategy: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "strategy" argument must be of type object. Received type number (1)',
  });
}

// A destroyed node stream gives a closed web stream.
{
  const readable = new Readable({ read() {} });
  readable.destroy();
  assert.strictEqual(inspect(Readable.toWeb(readable)),
                     "ReadableStream { locked: false, state: 'closed', supportsBYOB: false }");
}
assert.throws(() => Readable.toWeb({}), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "streamReadable" argument must be an stream.Readable. Received an instance of Object',
});

// Readable.fromWeb ------------------------------------------------------------------------

checkLog((log) => {
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue('a');
      controller.enqueue(new Uint8Array([98]));
      controller.close();
    },
  });
  const readable = Readable.fromWeb(stream);
  log(`objectMode=${readable.readableObjectMode} highWaterMark=${readable.readableHighWaterMark}`);
  readable.on('data', (chunk) => log(`data ${Buffer.isBuffer(chunk)} ${chunk}`));
  readable.on('end', () => log('end'));
  readable.on('close', () => log('close'));
}, ['objectMode=false highWaterMark=16384', 'data true a', 'data true b', 'end', 'close']);

checkLog((log) => {
  const stream = ReadableStream.from([1, { a: 1 }]);
  const readable = Readable.fromWeb(stream, { objectMode: true, highWaterMark: 3 });
  log(`objectMode=${readable.readableObjectMode} highWaterMark=${readable.readableHighWaterMark}`);
  readable.on('data', (chunk) => log(`data ${JSON.stringify(chunk)}`));
  readable.on('end', () => log('end'));
}, ['objectMode=true highWaterMark=3', 'data 1', 'data {"a":1}', 'end']);

checkLog((log) => {
  const stream = ReadableStream.from([new Uint8Array([0xe2, 0x82]), new Uint8Array([0xac])]);
  const readable = Readable.fromWeb(stream, { encoding: 'utf8' });
  readable.on('data', (chunk) => log(`data ${JSON.stringify(chunk)}`));
  readable.on('end', () => log('end'));
}, ['data "\u20ac"', 'end']);

checkLog((log) => {
  const readable = Readable.fromWeb(new ReadableStream({ start(c) { c.error(new Error('E')); } }));
  readable.on('error', (error) => log(`error ${error.message}`));
  readable.on('close', () => log('close'));
  readable.resume();
}, ['error E', 'close']);

// destroy() cancels the web stream with the error (null without one).
checkLog((log) => {
  const readable = Readable.fromWeb(new ReadableStream({ cancel: (reason) => log(`cancel ${reason?.message}`) }));
  readable.on('error', (error) => log(`error ${error.message}`));
  readable.on('close', () => log('close'));
  readable.destroy(new Error('D'));
}, ['cancel D', 'error D', 'close']);
checkLog((log) => {
  const readable = Readable.fromWeb(new ReadableStream({ cancel: (reason) => log(`cancel ${reason}`) }));
  readable.on('close', () => log('close'));
  readable.destroy();
}, ['cancel null', 'close']);

// A signal destroys the node stream with an AbortError.
checkLog((log) => {
  const controller = new AbortController();
  const readable = Readable.fromWeb(new ReadableStream({ cancel: (reason) => log(`cancel ${reason.name}`) }),
                                    { signal: controller.signal });
  readable.on('error', (error) => log(`error ${error.name} ${error.code}`));
  controller.abort();
}, ['cancel AbortError', 'error AbortError ABORT_ERR']);

{
  const stream = new ReadableStream();
  Readable.fromWeb(stream);
  assert.strictEqual(stream.locked, true);
  assert.throws(() => Readable.fromWeb(stream), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: ReadableStream is locked',
  });
}
assert.throws(() => Readable.fromWeb({}), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "readableStream" argument must be an instance of ReadableStream. Received an instance of Object',
});
assert.throws(() => Readable.fromWeb(new ReadableStream(), 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.throws(() => Readable.fromWeb(new ReadableStream(), { objectMode: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.objectMode" property must be of type boolean. Received type number (1)',
});
assert.throws(() => Readable.fromWeb(new ReadableStream(), { encoding: 'bad' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'bad' is invalid. Received 'options.encoding'",
});
