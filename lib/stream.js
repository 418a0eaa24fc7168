'use strict';
// The stream module. It is itself the legacy Stream constructor (old code does
// `require('stream').call(this)`), carrying the stream classes and helpers as properties.

const customPromisifySymbol = Symbol.for('nodejs.util.promisify.custom');
const { isArrayBufferView, isUint8Array } = require('internal/util/types');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const { streamReturningOperators, promiseReturningOperators } = require('internal/streams/operators');
const { pipeline } = require('internal/streams/pipeline');
const { destroyer } = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');
const compose = require('internal/streams/compose');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');
const utils = require('internal/streams/utils');

const Stream = module.exports = require('internal/streams/legacy').Stream;

let promises;
function lazyPromises() {
  promises ??= require('stream/promises');
  return promises;
}

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;

Stream.Readable = require('internal/streams/readable');

// Operators that return a stream hand back a Readable over the operator's async generator.
for (const name of Object.keys(streamReturningOperators)) {
  const operator = streamReturningOperators[name];
  function method(...args) {
    if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
    return Stream.Readable.from(Reflect.apply(operator, this, args));
  }
  Object.defineProperty(method, 'name', { __proto__: null, value: operator.name });
  Object.defineProperty(method, 'length', { __proto__: null, value: operator.length });
  Object.defineProperty(Stream.Readable.prototype, name, {
    __proto__: null, value: method, enumerable: false, configurable: true, writable: true,
  });
}
for (const name of Object.keys(promiseReturningOperators)) {
  const operator = promiseReturningOperators[name];
  function method(...args) {
    if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
    return Reflect.apply(operator, this, args);
  }
  Object.defineProperty(method, 'name', { __proto__: null, value: operator.name });
  Object.defineProperty(method, 'length', { __proto__: null, value: operator.length });
  Object.defineProperty(Stream.Readable.prototype, name, {
    __proto__: null, value: method, enumerable: false, configurable: true, writable: true,
  });
}

Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');
Stream.duplexPair = require('internal/streams/duplexpair');
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = compose;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

Object.defineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return lazyPromises(); },
});

// util.promisify(pipeline) and util.promisify(finished) give the stream/promises versions.
Object.defineProperty(pipeline, customPromisifySymbol, {
  __proto__: null,
  enumerable: true,
  get() { return lazyPromises().pipeline; },
});
Object.defineProperty(eos, customPromisifySymbol, {
  __proto__: null,
  enumerable: true,
  get() { return lazyPromises().finished; },
});

// Backwards compatibility: `require('stream').Stream` is the module itself.
Stream.Stream = Stream;

Stream._isArrayBufferView = isArrayBufferView;
Stream._isUint8Array = isUint8Array;
// A view of the same memory, made without Buffer.from's checks, as node makes it (so a
// chunk with no buffer is an empty Buffer).
let FastBuffer;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  if (FastBuffer === undefined) {
    require('buffer');  // which gives FastBuffer the Buffer prototype
    FastBuffer = require('internal/buffer').FastBuffer;
  }
  return new FastBuffer(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};
