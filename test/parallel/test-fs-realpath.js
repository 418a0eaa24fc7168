'use strict';
// realpath: resolved in JS component by component (errors name the component: lstat, or
// stat for a loop or a dangling link), realpath.native and fs.promises.realpath ask the
// system; all take an encoding.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const root = fs.realpathSync.native(tmpdir.path);
const at = (name) => `${root}/${name}`;
fs.mkdirSync(at('real/sub'), { recursive: true });
fs.symlinkSync('real', at('l1'));
fs.symlinkSync('l1', at('l2'));
fs.symlinkSync('../real/sub', at('real/up'));
fs.symlinkSync('loop', at('loop'));
fs.symlinkSync(at('real'), at('abs'));
fs.symlinkSync('missing', at('dangling'));

const cwd = process.cwd();
process.chdir(root);
assert.strictEqual(fs.realpathSync('l2/sub'), at('real/sub'));
assert.strictEqual(fs.realpathSync(at('l2/up/../sub')), at('real/sub'));
assert.strictEqual(fs.realpathSync('abs/sub/'), at('real/sub'));
assert.strictEqual(fs.realpathSync('.'), root);
assert.strictEqual(fs.realpathSync(''), root);
assert.strictEqual(fs.realpathSync('/'), '/');
assert.strictEqual(fs.realpathSync(Buffer.from('l1')), at('real'));
assert.strictEqual(fs.realpathSync(new URL(`file://${at('l2')}`)), at('real'));
assert.deepStrictEqual(fs.realpathSync('abs/sub', 'buffer'), Buffer.from(at('real/sub')));
assert.strictEqual(fs.realpathSync('abs/sub', { encoding: 'hex' }), Buffer.from(at('real/sub')).toString('hex'));

assert.throws(() => fs.realpathSync('loop'), {
  code: 'ELOOP', syscall: 'stat', path: at('loop'),
  message: `ELOOP: too many symbolic links encountered, stat '${at('loop')}'`,
});
assert.throws(() => fs.realpathSync('loop/x'), { code: 'ELOOP', path: at('loop') });
assert.throws(() => fs.realpathSync('dangling'), { code: 'ENOENT', syscall: 'stat', path: at('dangling') });
assert.throws(() => fs.realpathSync('real/nope/deeper'), { code: 'ENOENT', syscall: 'lstat', path: at('real/nope') });

// The native one reports the path as given.
assert.strictEqual(fs.realpathSync.native('l2'), at('real'));
assert.deepStrictEqual(fs.realpathSync.native('l2', 'buffer'), Buffer.from(at('real')));
assert.throws(() => fs.realpathSync.native('loop'), {
  code: 'ELOOP', message: "ELOOP: too many symbolic links encountered, realpath 'loop'",
});
assert.throws(() => fs.realpathSync.native('dangling'), {
  message: "ENOENT: no such file or directory, realpath 'dangling'",
});

fs.realpath('l2/sub', common.mustSucceed((resolved) => assert.strictEqual(resolved, at('real/sub'))));
fs.realpath('l2', 'buffer', common.mustSucceed((resolved) => assert.deepStrictEqual(resolved, Buffer.from(at('real')))));
fs.realpath('loop', common.mustCall((err) => {
  assert.strictEqual(err.message, `ELOOP: too many symbolic links encountered, stat '${at('loop')}'`);
}));
fs.realpath.native('l2', common.mustSucceed((resolved) => assert.strictEqual(resolved, at('real'))));
fs.realpath.native('dangling', common.mustCall((err) => {
  assert.strictEqual(err.message, "ENOENT: no such file or directory, realpath 'dangling'");
}));
fs.promises.realpath('l2').then(common.mustCall((resolved) => assert.strictEqual(resolved, at('real'))));
assert.rejects(fs.promises.realpath('loop'), {
  message: "ELOOP: too many symbolic links encountered, realpath 'loop'",
}).then(common.mustCall(() => process.chdir(cwd)));

// /dev/stdin on a pipe or socket resolves to its /proc name, as node's does.
{
  const { spawnSync } = require('child_process');
  const child = spawnSync(process.execPath, ['-e',
    "process.stdout.write(require('fs').realpathSync('/dev/stdin'))"], { input: 'x' });
  assert.strictEqual(child.status, 0, String(child.stderr));
  assert.match(String(child.stdout), /^\/proc\/\d+\/fd\/(pipe|socket):\[\d+\]$/);
}
