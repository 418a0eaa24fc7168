'use strict';
// --print-bindings lists the C++ binding registry in registration order and exits.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const r = spawnSync(process.execPath, ['--print-bindings', '-e', 'console.log("not run")'], { encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stderr);
const names = r.stdout.trim().split('\n');
for (const required of ['builtins', 'constants', 'contextify', 'errors', 'fs', 'process_methods',
                        'spawn_sync', 'task_queue', 'types', 'util', 'uv']) {
  assert.ok(names.includes(required), `${required} missing from ${names}`);
}
assert.strictEqual(new Set(names).size, names.length, 'no binding is registered twice');
// binding.cc keeps its list sorted, and the registry keeps registration order.
assert.deepStrictEqual(names, [...names].sort());
assert.ok(!names.includes('not run'));
