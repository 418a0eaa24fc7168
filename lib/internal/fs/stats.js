'use strict';
// fs.Stats, BigIntStats and StatFs, built from the typed arrays the binding fills (layout in
// src/fs/stat.cc): ten numbers, then (seconds, nanoseconds) for atime, mtime, ctime and
// birthtime.

const { binding } = require('internal/fs/utils');
const {
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
} = internalBinding('constants').fs;

const kStatFields = binding.kStatFields;
const kStatFsFields = binding.kStatFsFields;

// The arrays sync calls fill: one result at a time, copied into a Stats object at once.
const syncStatValues = new Float64Array(kStatFields);
const syncBigintStatValues = new BigInt64Array(kStatFields);

// The array a call hands the binding: the shared one for sync calls, a fresh one for async.
function statsArray(bigint, async) {
  if (async) return bigint ? new BigInt64Array(kStatFields) : new Float64Array(kStatFields);
  return bigint ? syncBigintStatValues : syncStatValues;
}

function statFsArray(bigint) {
  return bigint ? new BigInt64Array(kStatFsFields) : new Float64Array(kStatFsFields);
}

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

class StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
    this.dev = dev;
    this.mode = mode;
    this.nlink = nlink;
    this.uid = uid;
    this.gid = gid;
    this.rdev = rdev;
    this.blksize = blksize;
    this.ino = ino;
    this.size = size;
    this.blocks = blocks;
  }

  isDirectory() { return this._checkModeProperty(S_IFDIR); }
  isFile() { return this._checkModeProperty(S_IFREG); }
  isBlockDevice() { return this._checkModeProperty(S_IFBLK); }
  isCharacterDevice() { return this._checkModeProperty(S_IFCHR); }
  isSymbolicLink() { return this._checkModeProperty(S_IFLNK); }
  isFIFO() { return this._checkModeProperty(S_IFIFO); }
  isSocket() { return this._checkModeProperty(S_IFSOCK); }
}

class Stats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
              atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
    super(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
    this.atimeMs = atimeMs;
    this.mtimeMs = mtimeMs;
    this.ctimeMs = ctimeMs;
    this.birthtimeMs = birthtimeMs;
    this.atime = dateFromMs(atimeMs);
    this.mtime = dateFromMs(mtimeMs);
    this.ctime = dateFromMs(ctimeMs);
    this.birthtime = dateFromMs(birthtimeMs);
  }

  // Stats.prototype has its own isFile, as node's does.
  isFile() { return this._checkModeProperty(S_IFREG); }

  _checkModeProperty(property) {
    return (this.mode & S_IFMT) === property;
  }
}

class BigIntStats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
              atimeMs, mtimeMs, ctimeMs, birthtimeMs, atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
    super(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
    this.atimeMs = atimeMs;
    this.mtimeMs = mtimeMs;
    this.ctimeMs = ctimeMs;
    this.birthtimeMs = birthtimeMs;
    this.atimeNs = atimeNs;
    this.mtimeNs = mtimeNs;
    this.ctimeNs = ctimeNs;
    this.birthtimeNs = birthtimeNs;
    this.atime = dateFromMs(this.atimeMs);
    this.mtime = dateFromMs(this.mtimeMs);
    this.ctime = dateFromMs(this.ctimeMs);
    this.birthtime = dateFromMs(this.birthtimeMs);
  }

  _checkModeProperty(property) {
    return (this.mode & BigInt(S_IFMT)) === BigInt(property);
  }
}

// A Stats (or BigIntStats) from `kStatFields` values of `array` starting at `offset`.
function getStatsFromBinding(array, offset = 0) {
  const a = array;
  const o = offset;
  if (a instanceof BigInt64Array) {
    const ns = (i) => a[o + i] * 1000000000n + a[o + i + 1];
    const atimeNs = ns(10);
    const mtimeNs = ns(12);
    const ctimeNs = ns(14);
    const birthtimeNs = ns(16);
    return new BigIntStats(
      a[o], a[o + 1], a[o + 2], a[o + 3], a[o + 4],
      a[o + 5], a[o + 6], a[o + 7], a[o + 8], a[o + 9],
      atimeNs / 1000000n, mtimeNs / 1000000n, ctimeNs / 1000000n, birthtimeNs / 1000000n,
      atimeNs, mtimeNs, ctimeNs, birthtimeNs);
  }
  return new Stats(
    a[o], a[o + 1], a[o + 2], a[o + 3], a[o + 4],
    a[o + 5], a[o + 6], a[o + 7], a[o + 8], a[o + 9],
    a[o + 10] * 1e3 + a[o + 11] / 1e6, a[o + 12] * 1e3 + a[o + 13] / 1e6,
    a[o + 14] * 1e3 + a[o + 15] / 1e6, a[o + 16] * 1e3 + a[o + 17] / 1e6);
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function getStatFsFromBinding(a) {
  return new StatFs(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
}

// Whether two stats describe the same state (fs.watchFile reports a change when not).
function statsEqual(a, b) {
  return a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.size === b.size &&
    a.ino === b.ino && a.mode === b.mode && a.nlink === b.nlink && a.uid === b.uid &&
    a.gid === b.gid && a.dev === b.dev && a.birthtimeMs === b.birthtimeMs;
}

module.exports = {
  BigIntStats,
  Stats,
  StatFs,
  getStatFsFromBinding,
  getStatsFromBinding,
  kStatFields,
  statFsArray,
  statsArray,
  statsEqual,
};
