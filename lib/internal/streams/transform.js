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
// The write in progress: its callback, and the readable length before it, read by the one
// per-stream completion function (no closure per chunk).
const kWriteCallback = Symbol('kWriteCallback');
const kLengthBefore = Symbol('kLengthBefore');
const kTransformDone = Symbol('kTransformDone');

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
  this[kWriteCallback] = null;
  this[kLengthBefore] = 0;
  this[kTransformDone] = transformDone.bind(this);

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
  this[kWriteCallback] = callback;
  this[kLengthBefore] = this._readableState.length;
  this._transform(chunk, encoding, this[kTransformDone] ?? transformDone.bind(this));
};

// The callback _transform() gets, with the stream as `this`.
function transformDone(err, value) {
  const callback = this[kWriteCallback];
  if (err) {
    callback(err);
    return;
  }
  if (value != null) this.push(value);

  const rState = this._readableState;
  if (rState.ended) {
    // push(null) from _transform(): let the end settle before the write completes.
    process.nextTick(callback);
  } else if (this._writableState.ended || this[kLengthBefore] === rState.length ||
             rState.length < rState.highWaterMark) {
    callback();
  } else {
    this[kHeldCallback] = callback;
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
