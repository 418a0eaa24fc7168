'use strict';
// v8.getHeapStatistics(), getHeapSpaceStatistics() and getHeapCodeStatistics(): node's
// keys, numbers that make sense, and fresh objects on every call.
require('../common');
const assert = require('assert');
const v8 = require('v8');

const heapKeys = [
  'total_heap_size', 'total_heap_size_executable', 'total_physical_size', 'total_available_size',
  'used_heap_size', 'heap_size_limit', 'malloced_memory', 'peak_malloced_memory', 'does_zap_garbage',
  'number_of_native_contexts', 'number_of_detached_contexts', 'total_global_handles_size',
  'used_global_handles_size', 'external_memory',
];
const heap = v8.getHeapStatistics();
assert.deepStrictEqual(Object.keys(heap), heapKeys);
for (const key of heapKeys) {
  assert.strictEqual(typeof heap[key], 'number', key);
  assert.ok(Number.isInteger(heap[key]) && heap[key] >= 0, `${key}: ${heap[key]}`);
}
assert.ok(heap.total_heap_size > 0);
assert.ok(heap.used_heap_size > 0);
assert.ok(heap.used_heap_size <= heap.total_heap_size);
assert.ok(heap.heap_size_limit > heap.used_heap_size);
assert.ok(heap.does_zap_garbage === 0 || heap.does_zap_garbage === 1);
assert.strictEqual(heap.number_of_native_contexts, 1);
assert.notStrictEqual(v8.getHeapStatistics(), v8.getHeapStatistics());

// Allocation shows up (a megabyte of objects kept alive).
{
  const keep = Array.from({ length: 20000 }, (_, i) => ({ i, text: `item ${i}` }));
  assert.ok(v8.getHeapStatistics().used_heap_size > heap.used_heap_size);
  assert.strictEqual(keep.length, 20000);
}

// The set of spaces depends on the V8 version; these exist in all of node's.
const spaces = v8.getHeapSpaceStatistics();
assert.ok(Array.isArray(spaces));
const spaceNames = spaces.map((space) => space.space_name);
for (const name of ['read_only_space', 'new_space', 'old_space', 'code_space', 'large_object_space',
                    'code_large_object_space', 'new_large_object_space']) {
  assert.ok(spaceNames.includes(name), `${name} in ${spaceNames}`);
}
for (const space of spaces) {
  assert.deepStrictEqual(Object.keys(space), [
    'space_name', 'space_size', 'space_used_size', 'space_available_size', 'physical_space_size',
  ]);
  for (const key of ['space_size', 'space_used_size', 'space_available_size', 'physical_space_size']) {
    assert.ok(Number.isInteger(space[key]) && space[key] >= 0, `${space.space_name}.${key}`);
  }
  assert.ok(space.space_used_size <= space.space_size || space.space_size === 0, space.space_name);
}
assert.ok(spaces.find((space) => space.space_name === 'old_space').space_used_size > 0);

const code = v8.getHeapCodeStatistics();
assert.deepStrictEqual(Object.keys(code), [
  'code_and_metadata_size', 'bytecode_and_metadata_size', 'external_script_source_size',
  'cpu_profiler_metadata_size',
]);
for (const value of Object.values(code)) assert.ok(Number.isInteger(value) && value >= 0);
assert.ok(code.bytecode_and_metadata_size > 0);

// Arguments are ignored.
assert.deepStrictEqual(Object.keys(v8.getHeapStatistics('x', {})), heapKeys);
