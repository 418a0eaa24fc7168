'use strict';
// Exit codes: exitCode, process.exit() in 'exit' listeners, uncaught errors (1) and errors
// thrown by an 'uncaughtException' handler (7).
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function status(code) {
  return spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' }).status;
}

assert.strictEqual(status('process.exitCode = 5'), 5);
assert.strictEqual(status('process.exit(3); console.log("not reached")'), 3);
assert.strictEqual(status('process.on("exit", () => process.exit(4))'), 4);
assert.strictEqual(status('process.on("exit", (c) => { if (c !== 2) process.exit(99) }); process.exit(2)'), 2);
assert.strictEqual(status('process.exitCode = 6; throw new Error("x")'), 1);
assert.strictEqual(status('process.on("uncaughtException", () => { throw new Error("again") }); throw new Error("x")'), 7);
assert.strictEqual(status('process.on("uncaughtException", () => {}); throw new Error("x")'), 0);
assert.strictEqual(status('process.on("exit", (c) => { process.exitCode = 8 })'), 8);

const r = spawnSync(process.execPath, ['-e', 'process.on("exit", (c) => console.log("exit", c)); throw 1'],
                    { encoding: 'utf8' });
assert.strictEqual(r.status, 1);
assert.strictEqual(r.stdout, 'exit 1\n');
