'use strict';
// An 'uncaughtException' listener that throws ends the process with exit code 7, and the
// report shows the thrown error as node does: the throw site, the stack and the error's own
// properties. No 'exit' event runs.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('exit', () => console.log('exit event'));
  process.on('uncaughtException', (err) => {
    err.rethrown = 'yes';
    err.count = 2;
    throw err;
  });
  function failDeep() {
    throw new Error('deep failure');
  }
  failDeep();
  return;
}

const child = spawnSync(process.execPath, [__filename, 'child'], { encoding: 'utf8' });
assert.strictEqual(child.status, 7);
assert.strictEqual(child.signal, null);
assert.strictEqual(child.stdout, '');
assert.match(child.stderr, /^.+test-uncaught-exception-listener-throws\.js:\d+\n    throw err;\n    \^\n/);
assert.match(child.stderr, /Error: deep failure\n    at failDeep /);
assert.match(child.stderr, /rethrown: 'yes'/);
assert.match(child.stderr, /count: 2/);
