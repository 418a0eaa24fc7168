'use strict';
// Typed arrays, DataViews and Buffers in node's serialized form (v8.DefaultSerializer, and
// IPC with serialization 'advanced'): a tag naming the kind, the byte length, then the
// bytes. The tags are node's, so data moves between lode and node.

const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');

const viewKinds = [
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, DataView, FastBuffer, BigInt64Array, BigUint64Array,
];
const kBufferTag = viewKinds.indexOf(FastBuffer);
const tagByKindName = new Map(viewKinds.map((kind, tag) => [kind.name, tag]));
tagByKindName.delete(FastBuffer.name);

function viewTag(view) {
  if (view instanceof Buffer) return kBufferTag;
  // Node names the kind by its toStringTag ("[object Int16Array]").
  return tagByKindName.get(Object.prototype.toString.call(view).slice(8, -1));
}

// The view of kind `tag` over `byteLength` bytes at `start` in `arrayBuffer`: those very bytes
// when aligned for the kind (the result shares memory with the input, as in node), else a
// fresh aligned copy. An unknown tag is a TypeError, as in node.
function viewOfBytes(tag, arrayBuffer, start, byteLength) {
  const kind = viewKinds[tag];
  const elementSize = kind.BYTES_PER_ELEMENT ?? 1;
  if (start % elementSize === 0) return new kind(arrayBuffer, start, byteLength / elementSize);
  const copy = new Uint8Array(byteLength);
  copy.set(new Uint8Array(arrayBuffer, start, byteLength));
  return new kind(copy.buffer, 0, byteLength / elementSize);
}

module.exports = { viewTag, viewOfBytes };
