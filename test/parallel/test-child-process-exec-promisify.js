'use strict';
// util.promisify(exec) and util.promisify(execFile): { stdout, stderr } on success, the error
// with stdout and stderr on failure, and the ChildProcess as `child` on the promise.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const { exec, execFile, ChildProcess } = require('child_process');

const execAsync = util.promisify(exec);
const execFileAsync = util.promisify(execFile);
assert.strictEqual(execAsync, exec[util.promisify.custom]);

const promise = execAsync('echo one; echo two >&2');
assert.ok(promise.child instanceof ChildProcess);
promise.then(common.mustCall((result) => {
  assert.deepStrictEqual(result, { stdout: 'one\n', stderr: 'two\n' });
}));

execFileAsync('echo', ['three']).then(common.mustCall((result) => {
  assert.deepStrictEqual(result, { stdout: 'three\n', stderr: '' });
}));

execAsync('echo out; exit 4').catch(common.mustCall((err) => {
  assert.strictEqual(err.code, 4);
  assert.strictEqual(err.stdout, 'out\n');
  assert.strictEqual(err.stderr, '');
}));

execFileAsync('lode-no-such-program').catch(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
}));
