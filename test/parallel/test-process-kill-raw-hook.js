'use strict';
// process.kill() checks its arguments and then makes the raw call through process._kill(pid,
// signalNumber), which tools (and node's tests) replace to watch it: no signal is sent here.
require('../common');
const assert = require('assert');

const calls = [];
const raw = process._kill;
assert.strictEqual(typeof raw, 'function');
process._kill = (pid, signal) => { calls.push([String(pid), signal]); return 0; };
try {
  process.kill(0, 'SIGHUP');
  process.kill('-1');
  process.kill(process.pid, 15);
} finally {
  process._kill = raw;
}
assert.deepStrictEqual(calls, [['0', 1], ['-1', 15], [String(process.pid), 15]]);
assert.strictEqual(process.kill(process.pid, 0), true);
