'use strict';
// stat/lstat/fstat/statfs in every flavour: Stats and BigIntStats with every field, their
// type methods, times in ms, ns and Dates, throwIfNoEntry, and StatFs.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('file');
const link = tmpdir.resolve('link');
fs.writeFileSync(file, 'twelve bytes');
fs.symlinkSync(file, link);
fs.utimesSync(file, 1000.25, 2000.5);

const numberKeys = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size',
                    'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs'];
const dateKeys = ['atime', 'mtime', 'ctime', 'birthtime'];

function checkStats(stats) {
  assert.ok(stats instanceof fs.Stats);
  assert.strictEqual(stats.constructor.name, 'Stats');
  assert.deepStrictEqual(Object.keys(stats), [...numberKeys, ...dateKeys]);
  for (const key of numberKeys) assert.strictEqual(typeof stats[key], 'number', key);
  for (const key of dateKeys) assert.ok(stats[key] instanceof Date, key);
  assert.strictEqual(stats.size, 12);
  assert.strictEqual(stats.isFile(), true);
  assert.strictEqual(stats.isDirectory(), false);
  assert.strictEqual(stats.isSymbolicLink(), false);
  assert.strictEqual(stats.atimeMs, 1000250);
  assert.strictEqual(stats.mtimeMs, 2000500);
  assert.strictEqual(stats.mtime.getTime(), 2000500);
  assert.strictEqual(stats.uid, require('os').userInfo().uid);
  assert.strictEqual(stats.mode & fs.constants.S_IFMT, fs.constants.S_IFREG);
}

function checkBigIntStats(stats) {
  assert.strictEqual(stats.constructor.name, 'BigIntStats');
  assert.ok(!(stats instanceof fs.Stats));
  assert.deepStrictEqual(Object.keys(stats), [
    ...numberKeys, 'atimeNs', 'mtimeNs', 'ctimeNs', 'birthtimeNs', ...dateKeys,
  ]);
  for (const key of [...numberKeys, 'atimeNs']) assert.strictEqual(typeof stats[key], 'bigint', key);
  assert.strictEqual(stats.size, 12n);
  assert.strictEqual(stats.atimeNs, 1000250000000n);
  assert.strictEqual(stats.atimeMs, 1000250n);
  assert.strictEqual(stats.mtimeNs, 2000500000000n);
  assert.strictEqual(stats.mtime.getTime(), 2000500);
  assert.strictEqual(stats.isFile(), true);
  assert.strictEqual(stats.isFIFO(), false);
}

checkStats(fs.statSync(file));
checkStats(fs.statSync(link));
checkStats(fs.statSync(file, { bigint: false }));
checkBigIntStats(fs.statSync(file, { bigint: true }));
checkBigIntStats(fs.statSync(link, { bigint: true }));
assert.strictEqual(fs.lstatSync(link).isSymbolicLink(), true);
assert.strictEqual(fs.lstatSync(link, { bigint: true }).isSymbolicLink(), true);
assert.strictEqual(fs.lstatSync(file).isSymbolicLink(), false);
assert.strictEqual(fs.statSync(tmpdir.path).isDirectory(), true);
assert.strictEqual(fs.statSync('/dev/null').isCharacterDevice(), true);

const fd = fs.openSync(file, 'r');
checkStats(fs.fstatSync(fd));
checkBigIntStats(fs.fstatSync(fd, { bigint: true }));

// Fractional milliseconds stay in *Ms; Dates round.
fs.utimesSync(file, 1.9996, 1.9996);
const rounded = fs.statSync(file);
assert.strictEqual(rounded.mtimeMs, 1999.6);
assert.strictEqual(rounded.mtime.getTime(), 2000);
const roundedBig = fs.statSync(file, { bigint: true });
assert.strictEqual(roundedBig.mtimeMs, 1999n);
assert.strictEqual(roundedBig.mtimeNs, 1999600000n);
assert.strictEqual(roundedBig.mtime.getTime(), 1999);
fs.utimesSync(file, 1000.25, 2000.5);

// throwIfNoEntry: false turns ENOENT into undefined, nothing else.
const missing = tmpdir.resolve('missing');
assert.strictEqual(fs.statSync(missing, { throwIfNoEntry: false }), undefined);
assert.strictEqual(fs.lstatSync(missing, { throwIfNoEntry: false }), undefined);
assert.throws(() => fs.statSync(`${file}/below`, { throwIfNoEntry: false }), { code: 'ENOTDIR' });
assert.throws(() => fs.statSync(missing, { throwIfNoEntry: true }), { code: 'ENOENT' });
assert.throws(() => fs.statSync(missing), { code: 'ENOENT' });

// The Stats constructor, and its methods on any object with a mode.
const made = new fs.Stats(1, 0o100644, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
assert.strictEqual(made.dev, 1);
assert.strictEqual(made.isFile(), true);
assert.strictEqual(made.birthtimeMs, 14);
assert.strictEqual(made.birthtime.getTime(), 14);
const empty = new fs.Stats();
assert.strictEqual(empty.dev, undefined);
assert.strictEqual(Object.keys(empty).length, 18);
assert.ok(Number.isNaN(empty.atime.getTime()));
assert.strictEqual(fs.Stats.length, 14);
assert.strictEqual(fs.BigIntStats, undefined);
assert.deepStrictEqual(Object.getOwnPropertyNames(fs.Stats.prototype).sort(),
                       ['_checkModeProperty', 'constructor', 'isFile']);
assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(fs.Stats.prototype)).sort(), [
  'constructor', 'isBlockDevice', 'isCharacterDevice', 'isDirectory', 'isFIFO', 'isFile',
  'isSocket', 'isSymbolicLink',
]);
assert.strictEqual(fs.Stats.prototype.isDirectory.call({ _checkModeProperty: (m) => m === fs.constants.S_IFDIR }), true);

// StatFs.
const statfs = fs.statfsSync(tmpdir.path);
assert.strictEqual(statfs.constructor.name, 'StatFs');
assert.deepStrictEqual(Object.keys(statfs), ['type', 'bsize', 'blocks', 'bfree', 'bavail', 'files', 'ffree']);
for (const value of Object.values(statfs)) assert.strictEqual(typeof value, 'number');
assert.ok(statfs.bsize > 0);
const bigStatfs = fs.statfsSync(tmpdir.path, { bigint: true });
for (const value of Object.values(bigStatfs)) assert.strictEqual(typeof value, 'bigint');

// The callback and promise flavours give the same.
fs.stat(file, common.mustSucceed(checkStats));
fs.stat(file, { bigint: true }, common.mustSucceed(checkBigIntStats));
fs.lstat(link, common.mustSucceed((stats) => assert.ok(stats.isSymbolicLink())));
fs.fstat(fd, common.mustSucceed((stats) => {
  checkStats(stats);
  fs.fstat(fd, { bigint: true }, common.mustSucceed((big) => {
    checkBigIntStats(big);
    fs.closeSync(fd);
  }));
}));
fs.statfs(tmpdir.path, common.mustSucceed((result) => assert.ok(result.bsize > 0)));
fs.statfs(tmpdir.path, { bigint: true }, common.mustSucceed((result) => assert.strictEqual(typeof result.bsize, 'bigint')));
fs.stat(missing, common.mustCall((err, stats) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'stat');
  assert.strictEqual(stats, undefined);
}));
fs.promises.stat(file).then(common.mustCall(checkStats));
fs.promises.stat(file, { bigint: true }).then(common.mustCall(checkBigIntStats));
fs.promises.lstat(link).then(common.mustCall((stats) => assert.ok(stats.isSymbolicLink())));
fs.promises.statfs(tmpdir.path).then(common.mustCall((result) => assert.ok(result.bsize > 0)));
assert.rejects(fs.promises.stat(missing), { code: 'ENOENT', syscall: 'stat', path: missing })
  .then(common.mustCall());

// Many stats at once: each gets its own result.
const names = [];
for (let i = 0; i < 20; i++) {
  const name = tmpdir.resolve(`size${i}`);
  fs.writeFileSync(name, Buffer.alloc(i));
  names.push(name);
}
Promise.all(names.map((name) => fs.promises.stat(name))).then(common.mustCall((all) => {
  assert.deepStrictEqual(all.map((s) => s.size), names.map((_, i) => i));
}));
