'use strict';
// Garbage in every argument position (and every option) of the asynchronous child_process
// functions: the same errors as node. Nothing real is ever run: the program is a path that
// does not exist (its ENOENT is emitted later, and swallowed here), and no garbage value names
// a program.
require('../common');
const badInput = require('../common/bad-input');
const childProcess = require('child_process');

const missing = '/nonexistent/lode-bad-input';
const quiet = { stdio: 'ignore' };

function quietly(child) {
  if (child && typeof child.on === 'function') {
    child.on('error', () => {});
    child.stdout?.resume();
    child.stderr?.resume();
  }
  return child;
}

const spawn = (...args) => quietly(childProcess.spawn(...args));
const execFile = (...args) => quietly(childProcess.execFile(...args));
const exec = (...args) => quietly(childProcess.exec(...args));

const targets = {
  'spawn': [undefined, spawn, { args: [missing, [], quiet] }],
  'execFile': [undefined, execFile, { args: [missing, [], {}, () => {}] }],
  'exec': [undefined, exec, { args: [`${missing} 2>/dev/null`, {}, () => {}] }],
};
const optionNames = [
  'cwd', 'argv0', 'stdio', 'env', 'uid', 'gid', 'timeout', 'killSignal', 'shell', 'windowsHide',
  'detached', 'signal',
];
// node 20 aborts in its binding on a uid or gid of -0 (see test-bad-input-child-process).
const crashesNode = { uid: ['-0'], gid: ['-0'] };
for (const option of optionNames) {
  const skip = crashesNode[option] || [];
  targets[`spawn/${option}`] = [undefined, (value) => {
    return spawn(missing, [], { stdio: 'ignore', [option]: value });
  }, { args: [], skip }];
}
for (const option of ['encoding', 'timeout', 'maxBuffer', 'killSignal', 'cwd', 'env']) {
  const skip = crashesNode[option] || [];
  targets[`execFile/${option}`] = [undefined, (value) => {
    return execFile(missing, [], { [option]: value }, () => {});
  }, { args: [], skip }];
}

badInput.check(__filename, targets);
