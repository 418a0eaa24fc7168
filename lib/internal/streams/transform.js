'use strict';
// Transform: a Duplex whose output is computed from its input by _transform(chunk, encoding,
// callback). The write side waits for the read side: a chunk's callback is held back while
// the readable queue is at its high-water mark, and released by the next _read(). end() runs
// _flush() (through _final, or 'prefinish' for subclasses with their own _final) and then ends
// the readable side.

const Duplex = require('internal/streams/duplex');
const { getHighWaterMark } = require('internal/streams/state');
const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');

// The write callback waiting for the reader to catch up.
const kHeldCallback = Symbol('kCallback');
// The write in progress, read by the one completion function each stream has (no closure per
// chunk): { stream, callback, lengthBefore, done }. Kept non-enumerable so that it stays out
// of util.inspect() output.
const kWriteInProgress = Symbol('kWriteInProgress');

function writeRecord(stream) {
  const record = { stream, callback: null, lengthBefore: 0, done: null };
  record.done = (err, value) => { transformDone(record, err, value); };
  Object.defineProperty(stream, kWriteInProgress, {
    __proto__: null, value: record, enumerable: false, writable: false, configurable: true,
  });
  return record;
}

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);

  // A readable high-water mark of 0 must not leak into the writable side: the write side
  // then keeps its own (default 0 as well, unless given).
  const readableHighWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }

  Duplex.call(this, options);

  // Data pushed from _transform() is delivered at once, never treated as "inside _read()".
  this._readableState.sync = false;
  this[kHeldCallback] = null;
  writeRecord(this);

  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }

  // Subclasses that bring their own _final() still get _flush() run before 'finish'.
  this.on('prefinish', onPrefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function flushThenEnd(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((err, data) => {
      if (err) {
        if (cb) cb(err);
        else this.destroy(err);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function onPrefinish() {
  if (this._final !== flushThenEnd) flushThenEnd.call(this);
}

Transform.prototype._final = flushThenEnd;

Transform.prototype._transform = function(chunk, encoding, callback) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

Transform.prototype._write = function(chunk, encoding, callback) {
  const record = this[kWriteInProgress] ?? writeRecord(this);
  record.callback = callback;
  record.lengthBefore = this._readableState.length;
  this._transform(chunk, encoding, record.done);
};

// The callback _transform() gets.
function transformDone(record, err, value) {
  const stream = record.stream;
  const callback = record.callback;
  if (err) {
    callback(err);
    return;
  }
  if (value != null) stream.push(value);

  const rState = stream._readableState;
  if (rState.ended) {
    // push(null) from _transform(): let the end settle before the write completes.
    process.nextTick(callback);
  } else if (stream._writableState.ended || record.lengthBefore === rState.length ||
             rState.length < rState.highWaterMark) {
    callback();
  } else {
    stream[kHeldCallback] = callback;
  }
}

Transform.prototype._read = function() {
  const callback = this[kHeldCallback];
  if (callback) {
    this[kHeldCallback] = null;
    callback();
  }
};

module.exports = Transform;
