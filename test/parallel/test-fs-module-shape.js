'use strict';
// The fs module object: node's keys in node's order, function names and lengths, read-only
// access constants, fs.constants, and the lazily loaded members.
require('../common');
const assert = require('assert');
const fs = require('fs');

assert.strictEqual(require('node:fs'), fs);
assert.deepStrictEqual(Object.keys(fs), [
  'appendFile', 'appendFileSync', 'access', 'accessSync', 'chown', 'chownSync', 'chmod', 'chmodSync',
  'close', 'closeSync', 'copyFile', 'copyFileSync', 'cp', 'cpSync', 'createReadStream',
  'createWriteStream', 'exists', 'existsSync', 'fchown', 'fchownSync', 'fchmod', 'fchmodSync',
  'fdatasync', 'fdatasyncSync', 'fstat', 'fstatSync', 'fsync', 'fsyncSync', 'ftruncate',
  'ftruncateSync', 'futimes', 'futimesSync', 'lchown', 'lchownSync', 'lchmod', 'lchmodSync', 'link',
  'linkSync', 'lstat', 'lstatSync', 'lutimes', 'lutimesSync', 'mkdir', 'mkdirSync', 'mkdtemp',
  'mkdtempSync', 'open', 'openSync', 'openAsBlob', 'readdir', 'readdirSync', 'read', 'readSync', 'readv',
  'readvSync', 'readFile', 'readFileSync', 'readlink', 'readlinkSync', 'realpath', 'realpathSync',
  'rename', 'renameSync', 'rm', 'rmSync', 'rmdir', 'rmdirSync', 'stat', 'statfs', 'statSync',
  'statfsSync', 'symlink', 'symlinkSync', 'truncate', 'truncateSync', 'unwatchFile', 'unlink',
  'unlinkSync', 'utimes', 'utimesSync', 'watch', 'watchFile', 'writeFile', 'writeFileSync', 'write',
  'writeSync', 'writev', 'writevSync', 'Dirent', 'Stats', 'ReadStream', 'WriteStream',
  'FileReadStream', 'FileWriteStream', '_toUnixTimestamp', 'Dir', 'opendir', 'opendirSync', 'F_OK',
  'R_OK', 'W_OK', 'X_OK', 'constants', 'promises',
]);

for (const [name, value] of Object.entries(fs)) {
  if (typeof value !== 'function' || /^[A-Z]/.test(name) || name === '_toUnixTimestamp') continue;
  assert.strictEqual(value.name, name);
}
// Function lengths, as node's parameter lists give them.
const lengths = {
  appendFile: 4, appendFileSync: 3, access: 3, accessSync: 2, chown: 4, chownSync: 3, chmod: 3,
  chmodSync: 2, close: 1, closeSync: 1, copyFile: 4, copyFileSync: 3, cp: 4, cpSync: 3,
  createReadStream: 2, createWriteStream: 2, exists: 2, existsSync: 1, fchown: 4, fchownSync: 3,
  fchmod: 3, fchmodSync: 2, fdatasync: 2, fdatasyncSync: 1, fstat: 1, fstatSync: 1, fsync: 2,
  fsyncSync: 1, ftruncate: 1, ftruncateSync: 1, futimes: 4, futimesSync: 3, lchown: 4,
  lchownSync: 3, link: 3, linkSync: 2, lstat: 1, lstatSync: 1, lutimes: 4, lutimesSync: 3,
  mkdir: 3, mkdirSync: 2, mkdtemp: 3, mkdtempSync: 2, open: 4, openSync: 3, openAsBlob: 1,
  readdir: 3, readdirSync: 2, read: 6, readSync: 5, readv: 4, readvSync: 3, readFile: 3,
  readFileSync: 2, readlink: 3, readlinkSync: 2, realpath: 3, realpathSync: 2, rename: 3,
  renameSync: 2, rm: 3, rmSync: 2, rmdir: 3, rmdirSync: 2, stat: 1, statfs: 1, statSync: 1,
  statfsSync: 1, symlink: 4, symlinkSync: 3, truncate: 3, truncateSync: 2, unwatchFile: 2,
  unlink: 2, unlinkSync: 1, utimes: 4, utimesSync: 3, watch: 3, watchFile: 3, writeFile: 4,
  writeFileSync: 3, write: 6, writeSync: 5, writev: 4, writevSync: 3, Dirent: 3, Stats: 14,
  ReadStream: 2, WriteStream: 2, FileReadStream: 2, FileWriteStream: 2, _toUnixTimestamp: 1,
  Dir: 3, opendir: 3, opendirSync: 2,
};
for (const [name, length] of Object.entries(lengths)) assert.strictEqual(fs[name].length, length, name);
const promiseLengths = {
  access: 1, copyFile: 3, cp: 3, open: 3, opendir: 3, rename: 2, truncate: 1, rm: 2, rmdir: 2,
  mkdir: 2, readdir: 2, readlink: 2, symlink: 3, lstat: 1, stat: 1, statfs: 1, link: 2, unlink: 1,
  chmod: 2, lchmod: 2, lchown: 3, chown: 3, utimes: 3, lutimes: 3, realpath: 2, mkdtemp: 2,
  writeFile: 3, appendFile: 3, readFile: 2, watch: 1,
};
for (const [name, length] of Object.entries(promiseLengths)) {
  assert.strictEqual(fs.promises[name].length, length, `promises.${name}`);
}
assert.strictEqual(fs.realpath.native.name, '');
assert.strictEqual(fs.realpathSync.native.name, '');
assert.strictEqual(fs.realpath.native.length, 3);
assert.strictEqual(fs.realpathSync.native.length, 2);

for (const name of ['F_OK', 'R_OK', 'W_OK', 'X_OK', 'constants']) {
  const descriptor = Object.getOwnPropertyDescriptor(fs, name);
  assert.strictEqual(descriptor.writable, false);
  assert.strictEqual(descriptor.enumerable, true);
  assert.strictEqual(descriptor.configurable, false);
}
assert.deepStrictEqual([fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK], [0, 4, 2, 1]);

const { constants } = fs;
assert.strictEqual(Object.getPrototypeOf(constants), null);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(constants, 'O_RDONLY'),
                       { value: 0, writable: false, enumerable: true, configurable: false });
assert.deepStrictEqual(Object.keys(constants), [
  'UV_FS_SYMLINK_DIR', 'UV_FS_SYMLINK_JUNCTION', 'O_RDONLY', 'O_WRONLY', 'O_RDWR', 'UV_DIRENT_UNKNOWN',
  'UV_DIRENT_FILE', 'UV_DIRENT_DIR', 'UV_DIRENT_LINK', 'UV_DIRENT_FIFO', 'UV_DIRENT_SOCKET',
  'UV_DIRENT_CHAR', 'UV_DIRENT_BLOCK', 'EXTENSIONLESS_FORMAT_JAVASCRIPT', 'EXTENSIONLESS_FORMAT_WASM',
  'S_IFMT', 'S_IFREG', 'S_IFDIR', 'S_IFCHR', 'S_IFBLK', 'S_IFIFO', 'S_IFLNK', 'S_IFSOCK', 'O_CREAT',
  'O_EXCL', 'UV_FS_O_FILEMAP', 'O_NOCTTY', 'O_TRUNC', 'O_APPEND', 'O_DIRECTORY', 'O_NOATIME',
  'O_NOFOLLOW', 'O_SYNC', 'O_DSYNC', 'O_DIRECT', 'O_NONBLOCK', 'S_IRWXU', 'S_IRUSR', 'S_IWUSR',
  'S_IXUSR', 'S_IRWXG', 'S_IRGRP', 'S_IWGRP', 'S_IXGRP', 'S_IRWXO', 'S_IROTH', 'S_IWOTH', 'S_IXOTH',
  'F_OK', 'R_OK', 'W_OK', 'X_OK', 'UV_FS_COPYFILE_EXCL', 'COPYFILE_EXCL', 'UV_FS_COPYFILE_FICLONE',
  'COPYFILE_FICLONE', 'UV_FS_COPYFILE_FICLONE_FORCE', 'COPYFILE_FICLONE_FORCE',
]);
assert.strictEqual(constants.O_CREAT, 64);
assert.strictEqual(constants.S_IFDIR, 0o40000);
assert.strictEqual(constants.COPYFILE_FICLONE_FORCE, 4);
assert.strictEqual(require('constants').O_CREAT, 64);

// The promisified forms util.promisify makes know node's result names.
const util = require('util');
const fd = fs.openSync(__filename, 'r');
util.promisify(fs.read)(fd, Buffer.alloc(4), 0, 4, 0).then((result) => {
  assert.deepStrictEqual(Object.keys(result), ['bytesRead', 'buffer']);
  assert.strictEqual(result.buffer.toString(), "'use");
  return util.promisify(fs.readv)(fd, [Buffer.alloc(2)], 0);
}).then((result) => {
  assert.deepStrictEqual(Object.keys(result), ['bytesRead', 'buffers']);
  fs.closeSync(fd);
});
