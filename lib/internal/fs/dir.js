'use strict';
// Directories: fs.Dirent, readdir in its three flavours (with file types, recursive), and
// fs.Dir / opendir (the fs_dir binding, which reads a directory a batch at a time).

const path = require('path');
const {
  binding,
  callbackRequest,
  encodingId,
  getOptions,
  getValidatedPath,
  maybeCallback,
  pathToString,
  promiseCall,
  submitted,
  throwIfError,
  toName,
} = require('internal/fs/utils');
const { getStatsFromBinding, statsArray } = require('internal/fs/stats');
const { runAsync, runSync } = require('internal/fs/steps');
const { validateBoolean } = require('internal/validators');
const {
  UV_DIRENT_UNKNOWN, UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO,
  UV_DIRENT_SOCKET, UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
  S_IFMT, S_IFREG, S_IFDIR, S_IFLNK, S_IFIFO, S_IFSOCK, S_IFCHR, S_IFBLK,
} = internalBinding('constants').fs;

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

const typeByFormat = {
  [S_IFREG]: UV_DIRENT_FILE,
  [S_IFDIR]: UV_DIRENT_DIR,
  [S_IFLNK]: UV_DIRENT_LINK,
  [S_IFIFO]: UV_DIRENT_FIFO,
  [S_IFSOCK]: UV_DIRENT_SOCKET,
  [S_IFCHR]: UV_DIRENT_CHAR,
  [S_IFBLK]: UV_DIRENT_BLOCK,
};

function typeFromMode(mode) {
  return typeByFormat[mode & S_IFMT] ?? UV_DIRENT_UNKNOWN;
}

function joinName(dir, name) {
  return path.join(pathToString(dir), pathToString(name));
}

// The binding's readdir with types, as one step of an algorithm (see steps.js).
const readdirOps = {
  sync: {
    entries(dir, encoding) {
      const ctx = {};
      const result = binding.readdir(dir, encoding, true, undefined, ctx);
      throwIfError(ctx, dir);
      return result;
    },
    lstatType(file) {
      const ctx = {};
      binding.lstat(file, statsArray(false, false), undefined, ctx);
      if (ctx.errno !== undefined) return UV_DIRENT_UNKNOWN;
      return typeFromMode(statsArray(false, false)[1]);
    },
    isDirectory(file) {
      return binding.internalModuleStat(file) === 1;
    },
  },
  async: {
    entries(dir, encoding, callback) {
      const req = callbackRequest(callback, dir);
      submitted(binding.readdir(dir, encoding, true, req), req);
    },
    lstatType(file, callback) {
      const req = callbackRequest((err, array) => {
        callback(null, err ? UV_DIRENT_UNKNOWN : typeFromMode(array[1]));
      }, file);
      submitted(binding.lstat(file, statsArray(false, true), req), req);
    },
    isDirectory(file, callback) {
      const req = callbackRequest((err, array) => {
        callback(null, !err && (array[1] & S_IFMT) === S_IFDIR);
      }, file);
      submitted(binding.stat(file, statsArray(false, true), req), req);
    },
  },
};

// The promise flavour runs the async steps; only its order differs (see below).
const promiseOps = readdirOps.async;

// readdir as an algorithm. Entries of an unknown type are lstat'ed. With `recursive`,
// directories are read in turn (first found, first read; the promise API takes the last
// found first, as node's does) and names become relative to `root`; without file types a
// symbolic link to a directory is descended into, as node does.
function* readdirSteps(root, options, lastFoundFirst) {
  const encoding = encodingId(options.encoding);
  const withFileTypes = Boolean(options.withFileTypes);
  const results = [];
  const pending = [root];
  while (pending.length > 0) {
    const dir = lastFoundFirst ? pending.pop() : pending.shift();
    const [names, types] = yield ['entries', dir, encoding];
    for (let i = 0; i < names.length; i++) {
      const name = toName(names[i]);
      let type = types[i];
      const linkToFollow = options.recursive && !withFileTypes && type === UV_DIRENT_LINK;
      if (type === UV_DIRENT_UNKNOWN || linkToFollow) {
        const full = joinName(dir, name);
        if (type === UV_DIRENT_UNKNOWN) type = yield ['lstatType', full];
        if (options.recursive && !withFileTypes && type === UV_DIRENT_LINK &&
            (yield ['isDirectory', full])) {
          type = UV_DIRENT_DIR;
        }
      }
      if (withFileTypes) {
        results.push(new Dirent(name, type, dir));
      } else if (options.recursive) {
        const full = joinName(dir, name);
        results.push(path.relative(pathToString(root), full));
      } else {
        results.push(name);
      }
      if (options.recursive && type === UV_DIRENT_DIR) pending.push(joinName(dir, name));
    }
  }
  return results;
}

function readdirOptions(options) {
  options = getOptions(options);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  return options;
}

function needsSteps(options) {
  return options.recursive || options.withFileTypes;
}

function readdirSync(dir, options) {
  options = readdirOptions(options);
  dir = getValidatedPath(dir);
  if (!needsSteps(options)) {
    const ctx = {};
    const names = binding.readdir(dir, encodingId(options.encoding), false, undefined, ctx);
    throwIfError(ctx, dir);
    return names.map(toName);
  }
  return runSync(readdirSteps(dir, options, false), readdirOps.sync);
}

function readdir(dir, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = readdirOptions(options);
  dir = getValidatedPath(dir);
  if (!needsSteps(options)) {
    const req = callbackRequest(callback, dir, undefined, (names) => names.map(toName));
    submitted(binding.readdir(dir, encodingId(options.encoding), false, req), req);
    return;
  }
  runAsync(readdirSteps(dir, options, false), readdirOps.async, callback);
}

async function readdirPromise(dir, options) {
  options = readdirOptions(options);
  dir = getValidatedPath(dir);
  if (!needsSteps(options)) {
    const encoding = encodingId(options.encoding);
    const names = await promiseCall((req) => binding.readdir(dir, encoding, false, req), dir);
    return names.map(toName);
  }
  return new Promise((resolve, reject) => {
    runAsync(readdirSteps(dir, options, options.recursive), promiseOps,
             (err, result) => (err ? reject(err) : resolve(result)));
  });
}

module.exports = {
  Dirent,
  getStatsFromBinding,
  kType,
  readdir,
  readdirPromise,
  readdirSync,
  typeFromMode,
};
