'use strict';
// The v8 module's exports, and the helpers that do nothing (or refuse) when coverage, heap
// snapshots and startup snapshots are not in use.
require('../common');
const assert = require('assert');
const v8 = require('v8');

assert.strictEqual(require('node:v8'), v8);
for (const name of ['cachedDataVersionTag', 'getHeapSnapshot', 'getHeapStatistics', 'getHeapSpaceStatistics',
                    'getHeapCodeStatistics', 'setFlagsFromString', 'Serializer', 'Deserializer',
                    'DefaultSerializer', 'DefaultDeserializer', 'deserialize', 'takeCoverage', 'stopCoverage',
                    'serialize', 'writeHeapSnapshot', 'setHeapSnapshotNearHeapLimit', 'GCProfiler']) {
  assert.strictEqual(typeof v8[name], 'function', name);
  const descriptor = Object.getOwnPropertyDescriptor(v8, name);
  assert.ok(descriptor.enumerable && descriptor.writable && descriptor.configurable, name);
}
for (const name of ['promiseHooks', 'startupSnapshot']) assert.strictEqual(typeof v8[name], 'object', name);
assert.strictEqual(v8.serialize.length, 1);
assert.strictEqual(v8.deserialize.length, 1);

// Coverage is only collected with NODE_V8_COVERAGE; without it these do nothing.
if (!process.env.NODE_V8_COVERAGE) {
  assert.strictEqual(v8.takeCoverage(), undefined);
  assert.strictEqual(v8.stopCoverage(), undefined);
}

// setHeapSnapshotNearHeapLimit checks its argument.
assert.throws(() => v8.setHeapSnapshotNearHeapLimit('x'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "limit" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => v8.setHeapSnapshotNearHeapLimit(0), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "limit" is out of range. It must be >= 1 && <= 4294967295. Received 0',
});
assert.throws(() => v8.setHeapSnapshotNearHeapLimit(1.5), { code: 'ERR_OUT_OF_RANGE' });

// Not building a startup snapshot: the callbacks cannot be registered.
assert.ok(!v8.startupSnapshot.isBuildingSnapshot());
for (const name of ['addSerializeCallback', 'addDeserializeCallback', 'setDeserializeMainFunction']) {
  assert.throws(() => v8.startupSnapshot[name](() => {}), {
    name: 'Error', code: 'ERR_NOT_BUILDING_SNAPSHOT',
    message: 'Operation cannot be invoked when not building startup snapshot',
  });
}
