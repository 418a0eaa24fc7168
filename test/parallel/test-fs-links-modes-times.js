'use strict';
// Links, permissions, ownership, times, truncation, copyFile and access: the calls, their
// argument conversions (times from Dates, numbers and numeric strings) and checks.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const at = (name) => tmpdir.resolve(name);
const file = at('file');
fs.writeFileSync(file, 'contents');

// Links.
fs.symlinkSync(file, at('sym'));
fs.symlinkSync('file', at('relative'), 'file');
fs.symlinkSync(tmpdir.path, at('dirlink'), 'dir');
fs.symlinkSync(file, at('junction'), 'junction');  // just a symlink off Windows
fs.symlinkSync(file, at('typed'), 5);  // a type that is not a string is ignored
assert.strictEqual(fs.readlinkSync(at('sym')), file);
assert.strictEqual(fs.readlinkSync(at('relative')), 'file');
assert.deepStrictEqual(fs.readlinkSync(at('relative'), { encoding: 'buffer' }), Buffer.from('file'));
assert.strictEqual(fs.readlinkSync(at('relative'), 'hex'), Buffer.from('file').toString('hex'));
assert.strictEqual(fs.readFileSync(at('relative'), 'utf8'), 'contents');
assert.throws(() => fs.symlinkSync(file, at('bad'), 'bad'), {
  code: 'ERR_FS_INVALID_SYMLINK_TYPE',
  message: 'Symlink type must be one of "dir", "file", or "junction". Received "bad"',
});
assert.throws(() => fs.readlinkSync(5), {
  message: 'The "oldPath" argument must be of type string or an instance of Buffer or URL. Received type number (5)',
});
fs.linkSync(file, at('hard'));
assert.strictEqual(fs.statSync(file).nlink, 2);
assert.strictEqual(fs.statSync(at('hard')).ino, fs.statSync(file).ino);
fs.unlinkSync(at('hard'));

// Modes.
fs.chmodSync(file, 0o600);
assert.strictEqual(fs.statSync(file).mode & 0o777, 0o600);
fs.chmodSync(file, '644');
assert.strictEqual(fs.statSync(file).mode & 0o777, 0o644);
const fd = fs.openSync(file, 'r+');
fs.fchmodSync(fd, 0o640);
assert.strictEqual(fs.fstatSync(fd).mode & 0o777, 0o640);
assert.throws(() => fs.chmodSync(file, 'abc'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.fchmodSync(fd, -1), { code: 'ERR_OUT_OF_RANGE' });
assert.strictEqual(fs.lchmod, undefined);
assert.strictEqual(fs.lchmodSync, undefined);
assert.ok(Object.keys(fs).includes('lchmod'));

// Ownership: -1 keeps the current value.
const { uid, gid } = fs.statSync(file);
fs.chownSync(file, -1, -1);
fs.chownSync(file, uid, gid);
fs.fchownSync(fd, uid, gid);
fs.lchownSync(at('sym'), uid, gid);
assert.throws(() => fs.chownSync(file, -2, 0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "uid" is out of range. It must be >= -1 && <= 4294967295. Received -2',
});
assert.throws(() => fs.chownSync(file, 0, 1.5), {
  message: 'The value of "gid" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => fs.chownSync(file, 'a', 0), {
  message: 'The "uid" argument must be of type number. Received type string (\'a\')',
});

// Times: seconds as numbers or numeric strings, Dates; negative means now.
fs.utimesSync(file, '100', '200.5');
assert.strictEqual(fs.statSync(file).mtimeMs, 200500);
assert.strictEqual(fs.statSync(file).atimeMs, 100000);
fs.utimesSync(file, new Date(5000), new Date(6000));
assert.strictEqual(fs.statSync(file).mtimeMs, 6000);
const before = Date.now();
fs.utimesSync(file, -1, -1);
assert.ok(fs.statSync(file).mtimeMs >= before - 1000);
fs.futimesSync(fd, 10, 20);
assert.strictEqual(fs.fstatSync(fd).mtimeMs, 20000);
fs.lutimesSync(at('sym'), 30, 40);
assert.strictEqual(fs.lstatSync(at('sym')).mtimeMs, 40000);
assert.strictEqual(fs.statSync(file).mtimeMs, 20000);
assert.strictEqual(fs._toUnixTimestamp(new Date(1500)), 1.5);
assert.strictEqual(fs._toUnixTimestamp('  12 '), 12);
assert.strictEqual(fs._toUnixTimestamp(''), 0);
for (const bad of [NaN, Infinity, '1e3x', 1n, null, {}]) {
  assert.throws(() => fs.utimesSync(file, bad, 1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "time" argument must be an instance of Date or an Time in seconds\./,
  });
}
assert.throws(() => fs.futimesSync(fd, 'x', 1), { message: /^The "atime" argument/ });
assert.throws(() => fs.futimesSync(fd, 1, {}), { message: /^The "mtime" argument/ });

// Truncation: a negative length is zero.
fs.truncateSync(file, 3);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'con');
fs.truncateSync(file, -5);
assert.strictEqual(fs.statSync(file).size, 0);
fs.ftruncateSync(fd, 4);
assert.strictEqual(fs.statSync(file).size, 4);
fs.ftruncateSync(fd);
assert.strictEqual(fs.statSync(file).size, 0);
assert.throws(() => fs.truncateSync(file, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "len" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => fs.ftruncateSync(fd, 1.5), {
  message: 'The value of "len" is out of range. It must be an integer. Received 1.5',
});
fs.closeSync(fd);

// copyFile and its mode.
fs.writeFileSync(file, 'copy me');
fs.copyFileSync(file, at('copy'));
assert.strictEqual(fs.readFileSync(at('copy'), 'utf8'), 'copy me');
fs.copyFileSync(file, at('copy'), fs.constants.COPYFILE_FICLONE);
assert.throws(() => fs.copyFileSync(file, at('copy'), fs.constants.COPYFILE_EXCL), {
  code: 'EEXIST', message: `EEXIST: file already exists, copyfile '${file}' -> '${at('copy')}'`,
});
assert.throws(() => fs.copyFileSync(file, at('copy'), 9), {
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError', message: 'mode is out of range: >= 0 && <= 7',
});
assert.throws(() => fs.copyFileSync(file, at('copy'), 'x'), {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError', message: 'mode must be int32 or null/undefined',
});

// access and its mode.
fs.accessSync(file);
fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
assert.strictEqual(fs.F_OK, 0);
assert.strictEqual(fs.R_OK, 4);
assert.throws(() => fs.accessSync(file, 8), { code: 'ERR_OUT_OF_RANGE', message: 'mode is out of range: >= 0 && <= 7' });
assert.throws(() => fs.accessSync(file, '4'), { code: 'ERR_INVALID_ARG_TYPE', message: 'mode must be int32 or null/undefined' });
fs.accessSync(file, 4.5);  // read as 4
fs.accessSync(file, -0.5);  // read as 0
assert.throws(() => fs.accessSync(file, NaN), { code: 'ERR_OUT_OF_RANGE', message: 'mode is out of range' });
assert.throws(() => fs.accessSync(file, 2 ** 40), { message: 'mode is out of range: >= 0 && <= 7' });
assert.throws(() => fs.accessSync(at('missing')), { code: 'ENOENT', syscall: 'access' });

// The same through callbacks.
fs.chmod(file, 0o600, common.mustSucceed(() => {
  assert.strictEqual(fs.statSync(file).mode & 0o777, 0o600);
  fs.utimes(file, 1, 2, common.mustSucceed(() => {
    assert.strictEqual(fs.statSync(file).mtimeMs, 2000);
    fs.truncate(file, 1, common.mustSucceed(() => {
      assert.strictEqual(fs.statSync(file).size, 1);
      fs.readlink(at('relative'), common.mustSucceed((target) => assert.strictEqual(target, 'file')));
    }));
  }));
}));
fs.symlink('file', at('cb-link'), common.mustSucceed(() => {
  assert.strictEqual(fs.readlinkSync(at('cb-link')), 'file');
}));
fs.copyFile(file, at('copy'), fs.constants.COPYFILE_EXCL, common.mustCall((err) => {
  assert.strictEqual(err.code, 'EEXIST');
  assert.strictEqual(err.dest, at('copy'));
}));
assert.throws(() => fs.access(file, 8, common.mustNotCall()), { code: 'ERR_OUT_OF_RANGE' });
// Only an absent length means zero.
assert.throws(() => fs.ftruncate(0, null, common.mustNotCall()), {
  message: 'The "len" argument must be of type number. Received null',
});
assert.throws(() => fs.ftruncateSync(0, null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.truncate(file, '', common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });
// -0 is the fd 0.
fs.fstat(-0, common.mustSucceed());
