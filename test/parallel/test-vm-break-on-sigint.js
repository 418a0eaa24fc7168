'use strict';
// breakOnSigint: a SIGINT stops the script with ERR_SCRIPT_EXECUTION_INTERRUPTED and reaches
// no 'SIGINT' listener; once the script is over, SIGINT goes to the listeners again.
const common = require('../common');
if (common.isWindows) common.skip('no SIGINT to send');
const assert = require('assert');
const vm = require('vm');
const { spawn } = require('child_process');

if (process.argv[2] === 'child') {
  let heard = 0;
  const alive = setInterval(() => {}, 1000);  // until the second SIGINT
  process.on('SIGINT', () => {
    heard++;
    clearInterval(alive);
    process.send('heard');
    process.disconnect();
  });
  assert.throws(() => {
    vm.runInNewContext('process.send("spinning"); while (true) {}', { process }, { breakOnSigint: true });
  }, { code: 'ERR_SCRIPT_EXECUTION_INTERRUPTED', message: 'Script execution was interrupted by `SIGINT`' });
  assert.strictEqual(heard, 0);
  // Not interrupted: runs to its end.
  assert.strictEqual(vm.runInThisContext('6 * 7', { breakOnSigint: true }), 42);
  process.send('interrupted');
  return;
}

const child = spawn(process.execPath, [__filename, 'child'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const seen = [];
child.on('message', (message) => {
  seen.push(message);
  if (message === 'spinning' || message === 'interrupted') process.kill(child.pid, 'SIGINT');
});
child.on('exit', common.mustCall((code, signal) => {
  assert.deepStrictEqual([code, signal], [0, null]);
  assert.deepStrictEqual(seen, ['spinning', 'interrupted', 'heard']);
}));
