'use strict';
// v8.writeHeapSnapshot() and v8.getHeapSnapshot(): V8's heap snapshot JSON (what DevTools
// loads), to a file or as a readable stream. src/heap_utils.cc takes and serializes it.

const { Buffer } = require('buffer');
const { Readable } = require('stream');
const { isURL, fileURLToPath } = require('internal/url');
const { isUint8Array } = require('internal/util/types');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
  UVException,
} = require('internal/errors');
const { validateObject, validateBoolean } = require('internal/validators');
const heapUtils = internalBinding('heap_utils');

// { exposeInternals, exposeNumericValues }, both optional booleans.
function snapshotOptions(options) {
  if (options === undefined) return { exposeInternals: false, exposeNumericValues: false };
  validateObject(options, 'options');
  const { exposeInternals = false, exposeNumericValues = false } = options;
  validateBoolean(exposeInternals, 'options.exposeInternals');
  validateBoolean(exposeNumericValues, 'options.exposeNumericValues');
  return { exposeInternals, exposeNumericValues };
}

// A file name argument as node's fs takes it: a string, bytes or a file: URL, without NUL.
function validatedPath(path) {
  if (isURL(path)) path = fileURLToPath(path);
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
  }
  if ((typeof path === 'string' ? path.indexOf('\u0000') : path.indexOf(0)) !== -1) {
    throw new ERR_INVALID_ARG_VALUE('path', path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

// Heap.<yyyymmdd>.<hhmmss>.<pid>.<thread>.<sequence>.heapsnapshot, in local time, as node
// names them, with the thread's id.
let sequence = 0;
function defaultFileName() {
  const now = new Date();
  const two = (number) => String(number).padStart(2, '0');
  const date = `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}`;
  const time = `${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
  sequence++;
  const { threadId } = require('worker_threads');
  return `Heap.${date}.${time}.${process.pid}.${threadId}.${String(sequence).padStart(3, '0')}.heapsnapshot`;
}

function writeHeapSnapshot(path, options) {
  if (path !== undefined) path = validatedPath(path);
  const { exposeNumericValues } = snapshotOptions(options);
  path ??= defaultFileName();
  const target = typeof path === 'string' ? path : Buffer.from(path).toString();
  const ctx = {};
  const errno = heapUtils.writeHeapSnapshot(target, exposeNumericValues, ctx);
  if (errno !== 0) throw UVException({ errno, syscall: ctx.syscall, path: target, stackStart: writeHeapSnapshot });
  return path;
}

// The snapshot is taken at once and is all in memory: the stream holds every chunk from the
// start, so read() hands out the whole JSON, as node's does.
class HeapSnapshotStream extends Readable {
  constructor(chunks) {
    super({ autoDestroy: true });
    for (const chunk of chunks) this.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
    this.push(null);
  }

  _read() {}
}

function getHeapSnapshot(options) {
  const { exposeNumericValues } = snapshotOptions(options);
  return new HeapSnapshotStream(heapUtils.takeHeapSnapshot(exposeNumericValues));
}

module.exports = { writeHeapSnapshot, getHeapSnapshot, snapshotOptions, HeapSnapshotStream };
