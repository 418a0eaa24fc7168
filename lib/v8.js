'use strict';
// The `v8` module: V8's value serializer in node's wire format, and what the engine reports
// about its heap. src/serdes.cc holds the Serializer and Deserializer classes; this file
// adds node's JS layer on top: Buffers out, typed arrays in as host objects, and the
// module-level helpers.
//
// Not implemented yet: queryObjects (throws ERR_METHOD_NOT_IMPLEMENTED). takeCoverage,
// stopCoverage and setHeapSnapshotNearHeapLimit are accepted and do nothing, as in node when
// coverage or heap snapshots near the limit are not enabled.

const { Buffer } = require('buffer');  // also completes Buffer.prototype (inspect, ...)
const { FastBuffer } = require('internal/buffer');
const { isArrayBufferView } = require('internal/util/types');
const {
  codes: { ERR_METHOD_NOT_IMPLEMENTED, ERR_NOT_BUILDING_SNAPSHOT },
} = require('internal/errors');
const { validateString, validateUint32 } = require('internal/validators');
const { Serializer, Deserializer } = internalBinding('serdes');
const engine = internalBinding('v8_binding');

let inspect;
function lazyInspect(value) {
  inspect ??= require('internal/util/inspect').inspect;
  return inspect(value);
}

// Serializer and Deserializer -------------------------------------------------------------

// V8 calls this (as a method) to build the error for a value it cannot clone.
Serializer.prototype._getDataCloneError = Error;

// The native method hands back a Uint8Array over the serialized bytes; node's is a Buffer.
const releaseBytes = Serializer.prototype.releaseBuffer;
Serializer.prototype.releaseBuffer = function releaseBuffer() {
  const bytes = Reflect.apply(releaseBytes, this, []);
  return new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.length);
};

// A Buffer over `length` bytes of this.buffer, without copying.
Deserializer.prototype.readRawBytes = function readRawBytes(length) {
  const offset = this._readRawBytes(length);
  return new FastBuffer(this.buffer.buffer, this.buffer.byteOffset + offset, length);
};

// Typed arrays, DataViews and Buffers travel as host objects (internal/serdes_views).
const { viewTag, viewOfBytes } = require('internal/serdes_views');

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(view) {
    if (!isArrayBufferView(view)) {
      throw new this._getDataCloneError(`Unserializable host object: ${lazyInspect(view)}`);
    }
    this.writeUint32(viewTag(view));
    this.writeUint32(view.byteLength);
    // As bytes of its buffer (which throws, as in node, for a detached one).
    this.writeRawBytes(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const tag = this.readUint32();
    const byteLength = this.readUint32();
    const offset = this._readRawBytes(byteLength);
    return viewOfBytes(tag, this.buffer.buffer, this.buffer.byteOffset + offset, byteLength);
  }
}

function serialize(value) {
  const serializer = new DefaultSerializer();
  serializer.writeHeader();
  serializer.writeValue(value);
  return serializer.releaseBuffer();
}

function deserialize(buffer) {
  const deserializer = new DefaultDeserializer(buffer);
  deserializer.readHeader();
  return deserializer.readValue();
}

// Heap statistics ---------------------------------------------------------------------------

// Reused by every call: C++ fills them, JS names the numbers.
const heapStatistics = new Float64Array(engine.heapStatisticsFields.length);
const heapSpaceStatistics =
  new Float64Array(engine.heapSpaceNames.length * engine.heapSpaceStatisticsFields.length);
const heapCodeStatistics = new Float64Array(engine.heapCodeStatisticsFields.length);

function namedNumbers(names, numbers, start = 0) {
  const result = {};
  names.forEach((name, index) => { result[name] = numbers[start + index]; });
  return result;
}

function getHeapStatistics() {
  engine.fillHeapStatistics(heapStatistics);
  return namedNumbers(engine.heapStatisticsFields, heapStatistics);
}

function getHeapSpaceStatistics() {
  engine.fillHeapSpaceStatistics(heapSpaceStatistics);
  const fields = engine.heapSpaceStatisticsFields;
  return engine.heapSpaceNames.map((name, space) => ({
    space_name: name,
    ...namedNumbers(fields, heapSpaceStatistics, space * fields.length),
  }));
}

function getHeapCodeStatistics() {
  engine.fillHeapCodeStatistics(heapCodeStatistics);
  return namedNumbers(engine.heapCodeStatisticsFields, heapCodeStatistics);
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
  engine.setFlagsFromString(flags);
}

function cachedDataVersionTag() {
  return engine.cachedDataVersionTag();
}

// Not available (yet) ---------------------------------------------------------------------------

function notImplemented(name) {
  return { [name]() { throw new ERR_METHOD_NOT_IMPLEMENTED(name); } }[name];
}

// Without NODE_V8_COVERAGE node collects no coverage, and these do nothing; lode never does.
function takeCoverage() {}
function stopCoverage() {}

// Node ignores the limit when heap snapshots near the limit are not enabled; lode cannot
// write heap snapshots, so it checks the argument and ignores it.
function setHeapSnapshotNearHeapLimit(limit) {
  validateUint32(limit, 'limit', true);
}

// GC profiles -----------------------------------------------------------------------------------

const camelCase = (name) => name.replace(/_([a-z])/g, (_, letter) => letter.toUpperCase());
const gcHeapKeys = engine.gcProfileHeapFields.map(camelCase);
const gcSpaceKeys = engine.heapSpaceStatisticsFields.map(camelCase);

// Reads one heap snapshot of a GC record at `offset`; returns it and where the next part is.
function readGCHeap(numbers, offset) {
  const heapStatistics = namedNumbers(gcHeapKeys, numbers, offset);
  offset += gcHeapKeys.length;
  const heapSpaceStatistics = engine.heapSpaceNames.map((spaceName) => {
    const space = { spaceName, ...namedNumbers(gcSpaceKeys, numbers, offset) };
    offset += gcSpaceKeys.length;
    return space;
  });
  return [{ heapStatistics, heapSpaceStatistics }, offset];
}

function gcStatisticsFrom(numbers) {
  const statistics = [];
  let offset = 0;
  while (offset < numbers.length) {
    const gcType = engine.gcTypeNames[numbers[offset++]];
    let beforeGC;
    let afterGC;
    [beforeGC, offset] = readGCHeap(numbers, offset);
    const cost = numbers[offset++];
    [afterGC, offset] = readGCHeap(numbers, offset);
    statistics.push({ gcType, beforeGC, cost, afterGC });
  }
  return statistics;
}

// Records every garbage collection between start() and stop().
class GCProfiler {
  #id = 0;
  #startTime = 0;

  start() {
    if (this.#id !== 0) return;
    this.#startTime = Date.now();
    this.#id = engine.startGCProfile();
  }

  stop() {
    if (this.#id === 0) return undefined;
    const numbers = engine.stopGCProfile(this.#id);
    this.#id = 0;
    return { version: 1, startTime: this.#startTime, statistics: gcStatisticsFrom(numbers), endTime: Date.now() };
  }
}

function notBuildingSnapshot() {
  throw new ERR_NOT_BUILDING_SNAPSHOT();
}

// lode cannot build startup snapshots, so it never is building one.
const startupSnapshot = {
  addSerializeCallback() { notBuildingSnapshot(); },
  addDeserializeCallback() { notBuildingSnapshot(); },
  setDeserializeMainFunction() { notBuildingSnapshot(); },
  isBuildingSnapshot() { return false; },
};

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot: (options) => require('internal/heap_utils').getHeapSnapshot(options),
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage,
  stopCoverage,
  serialize,
  writeHeapSnapshot: (path, options) => require('internal/heap_utils').writeHeapSnapshot(path, options),
  promiseHooks: require('internal/promise_hooks'),
  queryObjects: notImplemented('queryObjects'),
  startupSnapshot,
  setHeapSnapshotNearHeapLimit,
  GCProfiler,
};
