'use strict';
// v8.getHeapSnapshot() streams V8's heap snapshot JSON; v8.writeHeapSnapshot() writes it to
// a file and returns the name. Paths and options are checked as node checks them.
const common = require('../common');
const assert = require('assert');
const v8 = require('v8');
const { Readable } = require('stream');

// Something to find in the snapshot.
class LodeHeapSnapshotMarker {}
const marker = new LodeHeapSnapshotMarker();

const stream = v8.getHeapSnapshot();
assert.ok(stream instanceof Readable);
assert.strictEqual(stream.constructor.name, 'HeapSnapshotStream');
const chunks = [];
stream.on('data', (chunk) => {
  assert.ok(Buffer.isBuffer(chunk));
  chunks.push(chunk);
});
stream.on('end', common.mustCall(() => {
  assert.ok(chunks.length > 1);
  assert.strictEqual(chunks[0].length, 64 * 1024);
  const snapshot = JSON.parse(Buffer.concat(chunks).toString());
  assert.deepStrictEqual(Object.keys(snapshot), [
    'snapshot', 'nodes', 'edges', 'trace_function_infos', 'trace_tree', 'samples', 'locations', 'strings',
  ]);
  const { node_fields: nodeFields, node_types: nodeTypes } = snapshot.snapshot.meta;
  assert.strictEqual(snapshot.nodes.length, snapshot.snapshot.node_count * nodeFields.length);
  assert.ok(snapshot.strings.includes('LodeHeapSnapshotMarker'));
  assert.ok(nodeTypes[0].includes('object'));
  assert.ok(marker);
}));

// Options.
v8.getHeapSnapshot({ exposeInternals: true, exposeNumericValues: true }).resume();
for (const options of [null, 1, 'options']) {
  assert.throws(() => v8.getHeapSnapshot(options), { code: 'ERR_INVALID_ARG_TYPE', message: /^The "options" argument/ });
  assert.throws(() => v8.writeHeapSnapshot('/dev/null', options), { code: 'ERR_INVALID_ARG_TYPE' });
}
for (const name of ['exposeInternals', 'exposeNumericValues']) {
  assert.throws(() => v8.getHeapSnapshot({ [name]: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE', message: `The "options.${name}" property must be of type boolean. Received type number (1)`,
  });
}

// Paths.
assert.strictEqual(v8.writeHeapSnapshot('/dev/null'), '/dev/null');
assert.strictEqual(v8.writeHeapSnapshot(new URL('file:///dev/null')), '/dev/null');
const bufferPath = Buffer.from('/dev/null');
assert.strictEqual(v8.writeHeapSnapshot(bufferPath), bufferPath);
for (const path of [null, 1, {}]) {
  assert.throws(() => v8.writeHeapSnapshot(path), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "path" argument must be of type string or an instance of Buffer or URL/,
  });
}
assert.throws(() => v8.writeHeapSnapshot('a\u0000b'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'a\\x00b'",
});
assert.throws(() => v8.writeHeapSnapshot('/nonexistent-lode-dir/x.heapsnapshot'), {
  name: 'Error', code: 'ENOENT', syscall: 'open', errno: -2, path: '/nonexistent-lode-dir/x.heapsnapshot',
  message: "ENOENT: no such file or directory, open '/nonexistent-lode-dir/x.heapsnapshot'",
});
