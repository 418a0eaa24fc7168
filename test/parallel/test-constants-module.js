'use strict';
// The deprecated `constants` module: os.constants' dlopen, errno, priority and signals, then
// the fs constants (then crypto's, in node), merged into one frozen object.
require('../common');
const assert = require('assert');
const os = require('os');
const constants = require('constants');

assert.strictEqual(require('node:constants'), constants);
assert.strictEqual(Object.getPrototypeOf(constants), Object.prototype);
assert.ok(Object.isFrozen(constants));
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(constants, 'O_RDONLY'),
                       { value: 0, writable: false, enumerable: true, configurable: false });

// Every os group is there, with os's values, in os's order, group after group.
const keys = Object.keys(constants);
const osGroups = [os.constants.dlopen, os.constants.errno, os.constants.priority, os.constants.signals];
let position = 0;
for (const group of osGroups) {
  for (const [name, value] of Object.entries(group)) {
    assert.strictEqual(constants[name], value, name);
    assert.strictEqual(keys[position++], name);
  }
}

// Then the fs constants.
const fsNames = [
  'UV_FS_SYMLINK_DIR', 'UV_FS_SYMLINK_JUNCTION', 'O_RDONLY', 'O_WRONLY', 'O_RDWR', 'UV_DIRENT_UNKNOWN',
  'UV_DIRENT_FILE', 'UV_DIRENT_DIR', 'UV_DIRENT_LINK', 'UV_DIRENT_FIFO', 'UV_DIRENT_SOCKET', 'UV_DIRENT_CHAR',
  'UV_DIRENT_BLOCK', 'S_IFMT', 'S_IFREG', 'S_IFDIR', 'S_IFCHR', 'S_IFBLK', 'S_IFIFO', 'S_IFLNK', 'S_IFSOCK',
  'O_CREAT', 'O_EXCL', 'UV_FS_O_FILEMAP', 'O_NOCTTY', 'O_TRUNC', 'O_APPEND', 'O_DIRECTORY', 'O_NOATIME',
  'O_NOFOLLOW', 'O_SYNC', 'O_DSYNC', 'O_DIRECT', 'O_NONBLOCK', 'S_IRWXU', 'S_IRUSR', 'S_IWUSR', 'S_IXUSR',
  'S_IRWXG', 'S_IRGRP', 'S_IWGRP', 'S_IXGRP', 'S_IRWXO', 'S_IROTH', 'S_IWOTH', 'S_IXOTH', 'F_OK', 'R_OK',
  'W_OK', 'X_OK', 'UV_FS_COPYFILE_EXCL', 'COPYFILE_EXCL', 'UV_FS_COPYFILE_FICLONE', 'COPYFILE_FICLONE',
  'UV_FS_COPYFILE_FICLONE_FORCE', 'COPYFILE_FICLONE_FORCE',
];
for (const name of fsNames) assert.strictEqual(typeof constants[name], 'number', name);
assert.strictEqual(keys[position], 'UV_FS_SYMLINK_DIR');
assert.ok(keys.indexOf('O_RDONLY') > keys.indexOf('SIGSYS'));

// Values every Linux system agrees on.
assert.strictEqual(constants.SIGINT, 2);
assert.strictEqual(constants.SIGKILL, 9);
assert.strictEqual(constants.ENOENT, 2);
assert.strictEqual(constants.EACCES, 13);
assert.strictEqual(constants.O_RDONLY, 0);
assert.strictEqual(constants.O_WRONLY, 1);
assert.strictEqual(constants.O_RDWR, 2);
assert.strictEqual(constants.S_IFMT, 0o170000);
assert.strictEqual(constants.F_OK, 0);
assert.strictEqual(constants.RTLD_LAZY, 1);
assert.strictEqual(constants.PRIORITY_HIGHEST, -20);

// Frozen: writes are ignored (and throw in strict code).
assert.throws(() => { constants.SIGINT = 3; }, TypeError);
assert.throws(() => { constants.NEW_ONE = 1; }, TypeError);
assert.strictEqual(constants.SIGINT, 2);

// Requiring it does not warn (DEP0008 is documentation-only).
process.on('warning', () => assert.fail('no warning expected'));
