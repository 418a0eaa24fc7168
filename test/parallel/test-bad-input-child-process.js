'use strict';
// Garbage in every argument position (and every option) of the synchronous child_process
// functions: the same errors as node. Nothing real is ever run: the command is a path that
// does not exist, and no garbage value names a program.
require('../common');
const assert = require('assert');
const badInput = require('../common/bad-input');
const childProcess = require('child_process');

const missing = '/nonexistent/lode-bad-input';
const quiet = { stdio: 'pipe' };

// spawnSync reports a failed spawn in its result; throwing it lets its code be compared.
function spawnSyncThrowing(...args) {
  const result = childProcess.spawnSync(...args);
  if (result.error) throw result.error;
  return result;
}

const targets = {
  'spawnSync': [undefined, spawnSyncThrowing, { args: [missing, [], quiet] }],
  'execFileSync': [undefined, childProcess.execFileSync, { args: [missing, [], quiet] }],
  // The shell's "not found" goes nowhere.
  'execSync': [undefined, childProcess.execSync, { args: [`${missing} 2>/dev/null`, quiet] }],
};
const optionNames = [
  'cwd', 'input', 'argv0', 'stdio', 'env', 'uid', 'gid', 'timeout', 'killSignal', 'maxBuffer',
  'encoding', 'shell', 'windowsHide', 'windowsVerbatimArguments', 'detached',
];
// node 20 aborts in its binding on a uid or gid of -0 (which passes its int32 check but is
// no Int32 to V8); lode takes it as 0.
const crashesNode = { uid: ['-0'], gid: ['-0'] };
for (const option of optionNames) {
  const skip = crashesNode[option] || [];
  targets[`spawnSync/${option}`] = [undefined, (value) => {
    return spawnSyncThrowing(missing, [], { stdio: 'pipe', [option]: value });
  }, { args: [], skip }];
  targets[`execFileSync/${option}`] = [undefined, (value) => {
    return childProcess.execFileSync(missing, [], { stdio: 'pipe', [option]: value });
  }, { args: [], skip }];
}
if (process.versions.lode) {
  for (const option of ['uid', 'gid']) {
    const result = childProcess.spawnSync(missing, [], { [option]: -0 });
    assert.strictEqual(result.error.code, 'ENOENT');
  }
}

badInput.check(__filename, targets);
