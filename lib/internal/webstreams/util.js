'use strict';
// Pieces every WHATWG stream class shares: the internal-slot symbol, promise helpers with the
// spec's "upon fulfillment" semantics, the queue-with-sizes, queuing-strategy extraction,
// ArrayBuffer handling for byte streams, and the util.inspect() format node uses.
//
// Every public object (stream, reader, writer, controller) keeps its internal slots in one
// object stored under kState; the public methods only check `this` and delegate.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
  },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');

const kState = Symbol('kState');

// Promises ------------------------------------------------------------------------------

// Captured so that user code patching Promise.prototype.then cannot reach into the streams.
const promiseThen = Promise.prototype.then;
const promiseResolve = Promise.resolve.bind(Promise);
const promiseReject = Promise.reject.bind(Promise);
const promiseAll = Promise.all.bind(Promise);

function noop() {}

// "Upon fulfillment / rejection of p": one reaction, no species lookups beyond `then`'s own.
function whenSettled(promise, onFulfilled, onRejected) {
  return promiseThen.call(promise, onFulfilled, onRejected);
}

// [[PromiseIsHandled]] = true: the rejection is expected and must not be reported.
function markHandled(promise) {
  promiseThen.call(promise, undefined, noop);
}

// A promise with its resolving functions, which also remembers whether it settled (the
// writer's ready and closed promises are replaced or rejected depending on that).
class Deferred {
  constructor() {
    this.state = 'pending';
    this.promise = new Promise((resolve, reject) => {
      this.resolveFunction = resolve;
      this.rejectFunction = reject;
    });
  }

  resolve(value) {
    if (this.state !== 'pending') return;
    this.state = 'fulfilled';
    this.resolveFunction(value);
  }

  reject(reason) {
    if (this.state !== 'pending') return;
    this.state = 'rejected';
    this.rejectFunction(reason);
  }

  static resolved(value) {
    const deferred = new Deferred();
    deferred.resolve(value);
    return deferred;
  }

  static rejected(reason, handled = true) {
    const deferred = new Deferred();
    deferred.reject(reason);
    if (handled) markHandled(deferred.promise);
    return deferred;
  }
}

// Calls a user callback whose result is treated as a promise: a throw becomes a rejection.
// As in node (and unlike WebIDL's PromiseResolve), a returned promise is adopted by a new
// promise, which settles two ticks after it; the order of callbacks depends on it.
function callPromiseReturning(method, thisArg, ...args) {
  return new Promise((resolve) => resolve(Reflect.apply(method, thisArg, args)));
}

// The promise a controller waits on before it starts, made the same way from start()'s
// result.
function startPromiseFor(startResult) {
  return new Promise((resolve) => resolve(startResult));
}

// Reads an optional callback member of an underlying source/sink/transformer dictionary.
function getCallback(object, key, name) {
  if (object == null) return undefined;
  const value = object[key];
  if (value === undefined) return undefined;
  validateFunction(value, `${name}.${key}`);
  return value;
}

// Queue-with-sizes (§8.1) ---------------------------------------------------------------

function isNonNegativeNumber(value) {
  return typeof value === 'number' && !Number.isNaN(value) && value >= 0;
}

// An array queue whose consumed head is dropped in batches, so shift() stays cheap.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() { return this.items.length - this.head; }

  push(item) { this.items.push(item); }

  peek() { return this.items[this.head]; }

  shift() {
    const item = this.items[this.head];
    this.items[this.head] = undefined;
    this.head++;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  clear() {
    this.items = [];
    this.head = 0;
  }

  // Detaches and returns all entries, leaving the queue empty.
  drain() {
    const items = this.head === 0 ? this.items : this.items.slice(this.head);
    this.clear();
    return items;
  }
}

// The [[queue]] / [[queueTotalSize]] pair of default controllers.
class SizedQueue {
  constructor() {
    this.entries = new Queue();
    this.totalSize = 0;
  }

  get length() { return this.entries.length; }

  enqueue(value, size) {
    if (!isNonNegativeNumber(size) || size === Infinity) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
    }
    this.entries.push({ value, size });
    this.totalSize += size;
  }

  dequeue() {
    const { value, size } = this.entries.shift();
    this.totalSize -= size;
    // Rounding can leave a tiny negative total behind.
    if (this.totalSize < 0) this.totalSize = 0;
    return value;
  }

  peek() { return this.entries.peek().value; }

  reset() {
    this.entries.clear();
    this.totalSize = 0;
  }
}

// Queuing strategies --------------------------------------------------------------------

function extractHighWaterMark(strategy, defaultValue) {
  const value = strategy?.highWaterMark;
  if (value === undefined) return defaultValue;
  const highWaterMark = +value;
  if (Number.isNaN(highWaterMark) || highWaterMark < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', highWaterMark);
  }
  return highWaterMark;
}

function countOne() { return 1; }

function extractSizeAlgorithm(strategy) {
  const size = strategy?.size;
  if (size === undefined) return countOne;
  validateFunction(size, 'strategy.size');
  // The result is converted to a number, as WebIDL's unrestricted double.
  return (chunk) => +size(chunk);
}

// An optional WebIDL dictionary: undefined, null or any object.
function validateDictionary(value, name) {
  if (value !== undefined && value !== null) {
    validateObject(value, name, { allowFunction: true, allowArray: true });
  }
}

// ArrayBuffers and views ----------------------------------------------------------------

function getter(prototype, name) {
  return Object.getOwnPropertyDescriptor(prototype, name).get;
}
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayKind = getter(TypedArrayPrototype, Symbol.toStringTag);
const typedArrayBuffer = getter(TypedArrayPrototype, 'buffer');
const typedArrayByteOffset = getter(TypedArrayPrototype, 'byteOffset');
const typedArrayByteLength = getter(TypedArrayPrototype, 'byteLength');
const typedArrayLength = getter(TypedArrayPrototype, 'length');
const dataViewBuffer = getter(DataView.prototype, 'buffer');
const dataViewByteOffset = getter(DataView.prototype, 'byteOffset');
const dataViewByteLength = getter(DataView.prototype, 'byteLength');
const arrayBufferByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const arrayBufferSlice = ArrayBuffer.prototype.slice;
const { isSharedArrayBuffer } = internalBinding('types');

const typedArrayConstructors = {
  __proto__: null,
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function isDataView(view) {
  return typedArrayKind.call(view) === undefined;
}

function viewBuffer(view) {
  return isDataView(view) ? dataViewBuffer.call(view) : typedArrayBuffer.call(view);
}

function isDetachedBuffer(buffer) {
  if (isSharedArrayBuffer(buffer)) return false;
  if (arrayBufferByteLength.call(buffer) !== 0) return false;
  // Only a detached buffer refuses to be viewed.
  try {
    new Uint8Array(buffer);
    return false;
  } catch {
    return true;
  }
}

// Buffer, byte offset and byte length of a view; a view on a detached buffer reads as 0/0.
function viewByteOffset(view) {
  if (isDataView(view)) {
    return isDetachedBuffer(dataViewBuffer.call(view)) ? 0 : dataViewByteOffset.call(view);
  }
  return typedArrayByteOffset.call(view);
}

function viewByteLength(view) {
  if (isDataView(view)) {
    return isDetachedBuffer(dataViewBuffer.call(view)) ? 0 : dataViewByteLength.call(view);
  }
  return typedArrayByteLength.call(view);
}

// Element count: the typed array's length, or a DataView's byte length.
function viewElementCount(view) {
  return isDataView(view) ? viewByteLength(view) : typedArrayLength.call(view);
}

// What is needed to build another view of the same kind: the intrinsic constructor, the
// element size, and the prototype to give the result (so a Buffer stays a Buffer).
function viewKind(view) {
  const kind = typedArrayKind.call(view);
  const constructor = kind === undefined ? DataView : typedArrayConstructors[kind];
  const elementSize = kind === undefined ? 1 : constructor.BYTES_PER_ELEMENT;
  return { constructor, elementSize, prototype: Object.getPrototypeOf(view) };
}

function constructView(kind, buffer, byteOffset, length) {
  const view = new kind.constructor(buffer, byteOffset, length);
  if (kind.prototype !== kind.constructor.prototype) Object.setPrototypeOf(view, kind.prototype);
  return view;
}

// TransferArrayBuffer: moves the memory into a new ArrayBuffer and detaches the old one.
// V8 10.2 has no ArrayBuffer.prototype.transfer. A buffer binding function doing just the
// move is used when there is one; otherwise the move goes through a structured clone, which
// costs a serializer per call. Without either, the contents are copied and the old buffer
// stays usable.
let transferImplementation;
function newCloneError(message) {
  return new ERR_INVALID_STATE.TypeError(message);
}
function pickTransfer() {
  if (typeof ArrayBuffer.prototype.transfer === 'function') {
    const transfer = ArrayBuffer.prototype.transfer;
    return (buffer) => transfer.call(buffer);
  }
  const { transferArrayBuffer: moveBuffer } = internalBinding('buffer');
  if (typeof moveBuffer === 'function') return moveBuffer;
  let serdes;
  try {
    serdes = internalBinding('serdes');
  } catch {
    // No structured clone in this build.
  }
  if (typeof serdes?.structuredClone === 'function') {
    const clone = serdes.structuredClone;
    return (buffer) => clone(buffer, [buffer], newCloneError);
  }
  return (buffer) => arrayBufferSlice.call(buffer, 0);
}

function transferArrayBuffer(buffer) {
  if (isSharedArrayBuffer(buffer) || isDetachedBuffer(buffer)) {
    throw new ERR_INVALID_STATE.TypeError('The ArrayBuffer cannot be transferred');
  }
  transferImplementation ??= pickTransfer();
  return transferImplementation(buffer);
}

function copyBytes(destination, destinationOffset, source, sourceOffset, count) {
  new Uint8Array(destination, destinationOffset, count)
    .set(new Uint8Array(source, sourceOffset, count));
}

function cloneArrayBuffer(buffer, byteOffset, byteLength) {
  return arrayBufferSlice.call(buffer, byteOffset, byteOffset + byteLength);
}

// CloneAsUint8Array: a fresh Uint8Array holding a copy of the view's bytes.
function cloneAsUint8Array(view) {
  const buffer = viewBuffer(view);
  return new Uint8Array(cloneArrayBuffer(buffer, viewByteOffset(view), viewByteLength(view)));
}

function validateBufferSource(view, name) {
  if (!isArrayBufferView(view)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], view);
  }
}

// util.inspect ----------------------------------------------------------------------------

let inspect;
// `ClassName { ...fields }`. Below the depth limit node answers undefined, and so do we.
function customInspect(depth, options, name, fields) {
  if (depth < 0) return undefined;
  inspect ??= require('internal/util/inspect').inspect;
  const nested = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(fields, nested)}`;
}

module.exports = {
  kState,
  Deferred,
  Queue,
  SizedQueue,
  callPromiseReturning,
  cloneArrayBuffer,
  cloneAsUint8Array,
  constructView,
  copyBytes,
  customInspect,
  extractHighWaterMark,
  extractSizeAlgorithm,
  getCallback,
  isArrayBufferView,
  isDataView,
  isDetachedBuffer,
  markHandled,
  noop,
  promiseAll,
  promiseReject,
  promiseResolve,
  startPromiseFor,
  transferArrayBuffer,
  validateBufferSource,
  validateDictionary,
  viewBuffer,
  viewByteLength,
  viewByteOffset,
  viewElementCount,
  viewKind,
  whenSettled,
};
