'use strict';
// Sync fs calls throw node's system errors: `CODE: description, syscall 'path' -> 'dest'`
// with errno, code, syscall, path and dest as own enumerable properties, in that order.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const missing = tmpdir.resolve('missing');
const file = tmpdir.resolve('file');
fs.writeFileSync(file, 'x');

function check(fn, expected, keys = ['errno', 'code', 'syscall', 'path']) {
  let caught;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof Error, 'expected a throw');
  assert.strictEqual(caught.constructor, Error);
  assert.deepStrictEqual(Object.keys(caught), keys);
  for (const [key, value] of Object.entries(expected)) assert.strictEqual(caught[key], value, key);
  assert.match(caught.stack, new RegExp(`^Error: ${caught.message.replace(/[()[\]\\.*+?^$|{}]/g, '\\$&')}\n    at `));
}

check(() => fs.openSync(missing), {
  message: `ENOENT: no such file or directory, open '${missing}'`,
  errno: -2, code: 'ENOENT', syscall: 'open', path: missing,
});
check(() => fs.openSync(Buffer.from(missing)), { path: missing, syscall: 'open' });
check(() => fs.openSync(file, 'wx'), {
  message: `EEXIST: file already exists, open '${file}'`, errno: -17, code: 'EEXIST',
});
check(() => fs.renameSync(missing, file), {
  message: `ENOENT: no such file or directory, rename '${missing}' -> '${file}'`,
  syscall: 'rename', path: missing, dest: file,
}, ['errno', 'code', 'syscall', 'path', 'dest']);
check(() => fs.copyFileSync(missing, file), {
  message: `ENOENT: no such file or directory, copyfile '${missing}' -> '${file}'`,
}, ['errno', 'code', 'syscall', 'path', 'dest']);
check(() => fs.linkSync(missing, tmpdir.resolve('l')), { syscall: 'link' },
      ['errno', 'code', 'syscall', 'path', 'dest']);
check(() => fs.symlinkSync('target', file), {
  message: `EEXIST: file already exists, symlink 'target' -> '${file}'`,
}, ['errno', 'code', 'syscall', 'path', 'dest']);
check(() => fs.unlinkSync(missing), { syscall: 'unlink', code: 'ENOENT' });
check(() => fs.rmdirSync(file), { syscall: 'rmdir', code: 'ENOTDIR', errno: -20 });
check(() => fs.mkdirSync(file), { syscall: 'mkdir', code: 'EEXIST' });
check(() => fs.readdirSync(file), {
  message: `ENOTDIR: not a directory, scandir '${file}'`, syscall: 'scandir',
});
check(() => fs.statSync(missing), { syscall: 'stat' });
check(() => fs.lstatSync(missing), { syscall: 'lstat' });
check(() => fs.statfsSync(missing), { syscall: 'statfs' });
check(() => fs.readlinkSync(file), { syscall: 'readlink', code: 'EINVAL', errno: -22 });
check(() => fs.accessSync(missing), { syscall: 'access' });
check(() => fs.chmodSync(missing, 0o644), { syscall: 'chmod' });
check(() => fs.chownSync(missing, 0, 0), { syscall: 'chown' });
check(() => fs.lchownSync(missing, 0, 0), { syscall: 'lchown' });
check(() => fs.utimesSync(missing, 1, 1), { syscall: 'utime' });
check(() => fs.lutimesSync(missing, 1, 1), { syscall: 'lutime' });
check(() => fs.mkdtempSync(path.join(missing, 'x')), {
  path: path.join(missing, 'xXXXXXX'), syscall: 'mkdtemp',
});
check(() => fs.realpathSync.native(missing), { syscall: 'realpath', path: missing });
// The JS realpath names the first component it could not lstat.
check(() => fs.realpathSync(path.join(missing, 'deeper')), {
  message: `ENOENT: no such file or directory, lstat '${missing}'`, syscall: 'lstat', path: missing,
});

// Errors about an fd have no path.
const fdKeys = ['errno', 'code', 'syscall'];
check(() => fs.closeSync(99999), { message: 'EBADF: bad file descriptor, close', errno: -9 }, fdKeys);
check(() => fs.fstatSync(99999), { syscall: 'fstat' }, fdKeys);
check(() => fs.fsyncSync(99999), { syscall: 'fsync' }, fdKeys);
check(() => fs.fdatasyncSync(99999), { syscall: 'fdatasync' }, fdKeys);
check(() => fs.ftruncateSync(99999), { syscall: 'ftruncate' }, fdKeys);
check(() => fs.fchmodSync(99999, 0o644), { syscall: 'fchmod' }, fdKeys);
check(() => fs.fchownSync(99999, 0, 0), { syscall: 'fchown' }, fdKeys);
check(() => fs.futimesSync(99999, 1, 1), { syscall: 'futime' }, fdKeys);
check(() => fs.readSync(99999, Buffer.alloc(1)), { syscall: 'read' }, fdKeys);
// writeSync lists `code` last.
check(() => fs.writeSync(99999, Buffer.alloc(1)), { syscall: 'write' }, ['errno', 'syscall', 'code']);
check(() => fs.writeSync(99999, 'text'), { syscall: 'write' }, ['errno', 'syscall', 'code']);
check(() => fs.readvSync(99999, [Buffer.alloc(1)]), { syscall: 'read' }, fdKeys);
check(() => fs.writevSync(99999, [Buffer.alloc(1)]), { syscall: 'write' }, fdKeys);

// Reading a directory fails in read(), which names no path.
check(() => fs.readFileSync(tmpdir.path), {
  message: 'EISDIR: illegal operation on a directory, read', syscall: 'read',
}, fdKeys);
