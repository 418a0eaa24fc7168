'use strict';
// fs.cp / cpSync / fs.promises.cp: copy a file, a symbolic link or (with `recursive`) a
// tree. Written once as a generator of steps (see steps.js) and run sync or async; the
// `filter` may return a promise in the async forms. Refusals are node's SystemErrors
// (ERR_FS_CP_*).

const path = require('path');
const {
  codes: {
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
} = require('internal/validators');
const { getValidatedPath, maybeCallback, osErrno, systemError } = require('internal/fs/utils');
const { runAsync, runSync } = require('internal/fs/steps');

const defaultOptions = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
  mode: 0,
};

function validateCpOptions(options) {
  if (options === undefined) return { ...defaultOptions };
  validateObject(options, 'options');
  options = { ...defaultOptions, ...options };
  for (const name of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive',
    'verbatimSymlinks']) {
    validateBoolean(options[name], `options.${name}`);
  }
  validateInteger(options.mode, 'mode', 0, 7);
  if (options.dereference && options.verbatimSymlinks) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

function cpError(key, message, target, code) {
  return systemError(key, { message, path: target, syscall: 'cp', errno: osErrno(code), code });
}

// Whether `dest` lies inside the directory `src` (by their names).
function isSubdirectory(src, dest) {
  const srcParts = path.resolve(src).split(path.sep).filter(Boolean);
  const destParts = path.resolve(dest).split(path.sep).filter(Boolean);
  return srcParts.every((part, i) => destParts[i] === part);
}

// The stats of both ends (dest: null when missing) and the refusals they imply.
function* checkPaths(src, dest, options) {
  const statName = options.dereference ? 'stat' : 'lstat';
  const srcStat = yield [statName, src];
  let destStat = null;
  try {
    destStat = yield [statName, dest];
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
  if (destStat !== null) {
    if (srcStat.ino === destStat.ino && srcStat.dev === destStat.dev) {
      throw cpError('ERR_FS_CP_EINVAL', 'src and dest cannot be the same', dest, 'EINVAL');
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw cpError('ERR_FS_CP_DIR_TO_NON_DIR',
                    `cannot overwrite non-directory ${dest} with directory ${src}`, dest, 'EISDIR');
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      const message = `cannot overwrite directory ${dest} with non-directory ${src}`;
      throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', message, dest, 'ENOTDIR');
    }
  }
  if (srcStat.isDirectory() && isSubdirectory(src, dest)) {
    const message = `cannot copy ${src} to a subdirectory of self ${dest}`;
    throw cpError('ERR_FS_CP_EINVAL', message, dest, 'EINVAL');
  }
  return { srcStat, destStat };
}

function* copyFile(srcStat, destStat, src, dest, options) {
  if (destStat !== null) {
    if (options.force) {
      yield ['unlink', dest];
    } else if (options.errorOnExist) {
      throw cpError('ERR_FS_CP_EEXIST', `${dest} already exists`, dest, 'EEXIST');
    } else {
      return;
    }
  }
  yield ['copyFile', src, dest, options.mode];
  if (options.preserveTimestamps) {
    // utimes needs a writable file.
    if ((srcStat.mode & 0o200) === 0) yield ['chmod', dest, srcStat.mode | 0o200];
    yield ['utimes', dest, srcStat.atime, srcStat.mtime];
  }
  yield ['chmod', dest, srcStat.mode];
}

function* copyLink(destStat, src, dest, options) {
  let target = yield ['readlink', src];
  if (!options.verbatimSymlinks && !path.isAbsolute(target)) {
    target = path.resolve(path.dirname(src), target);
  }
  if (destStat === null) {
    yield ['symlink', target, dest];
    return;
  }
  let destTarget;
  try {
    destTarget = yield ['readlink', dest];
  } catch (err) {
    // dest is no link: making one there fails as node's does (EEXIST).
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') {
      yield ['symlink', target, dest];
      return;
    }
    throw err;
  }
  if (!path.isAbsolute(destTarget)) destTarget = path.resolve(path.dirname(dest), destTarget);
  if (isSubdirectory(target, destTarget)) {
    const message = `cannot copy ${target} to a subdirectory of self ${destTarget}`;
    throw cpError('ERR_FS_CP_EINVAL', message, dest, 'EINVAL');
  }
  const srcTarget = yield ['stat', src];
  if (srcTarget.isDirectory() && isSubdirectory(destTarget, target)) {
    const message = `cannot overwrite ${destTarget} with ${target}`;
    throw cpError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', message, dest, 'EINVAL');
  }
  yield ['unlink', dest];
  yield ['symlink', target, dest];
}

function* copyDirectory(srcStat, destStat, src, dest, options) {
  if (!options.recursive) {
    throw systemError('ERR_FS_EISDIR', {
      message: `${src} is a directory (not copied)`,
      path: src,
      syscall: 'cp',
      errno: osErrno('EINVAL'),
      code: 'EISDIR',
    });
  }
  if (destStat === null) yield ['mkdir', dest];
  const names = yield ['readdir', src];
  for (const name of names) {
    const from = path.join(src, name);
    const to = path.join(dest, name);
    if (options.filter !== undefined && !(yield ['filter', from, to])) continue;
    const stats = yield* checkPaths(from, to, options);
    yield* copyEntry(stats.srcStat, stats.destStat, from, to, options);
  }
  if (destStat === null) yield ['chmod', dest, srcStat.mode];
}

function* copyEntry(srcStat, destStat, src, dest, options) {
  if (srcStat.isDirectory()) {
    yield* copyDirectory(srcStat, destStat, src, dest, options);
  } else if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    yield* copyFile(srcStat, destStat, src, dest, options);
  } else if (srcStat.isSymbolicLink()) {
    yield* copyLink(destStat, src, dest, options);
  } else if (srcStat.isSocket()) {
    throw cpError('ERR_FS_CP_SOCKET', `cannot copy a socket file: ${dest}`, dest, 'EINVAL');
  } else if (srcStat.isFIFO()) {
    throw cpError('ERR_FS_CP_FIFO_PIPE', `cannot copy a FIFO pipe: ${dest}`, dest, 'EINVAL');
  } else {
    throw cpError('ERR_FS_CP_UNKNOWN', `cannot copy an unknown file type: ${dest}`, dest, 'EINVAL');
  }
}

function* cpSteps(src, dest, options) {
  if (options.filter !== undefined && !(yield ['filter', src, dest])) return;
  const { srcStat, destStat } = yield* checkPaths(src, dest, options);
  if (destStat === null) {
    const parent = path.dirname(dest);
    if (!(yield ['exists', parent])) yield ['mkdirp', parent];
  }
  yield* copyEntry(srcStat, destStat, src, dest, options);
}

let fs;
function ops(options, sync) {
  fs ??= require('fs');
  const { filter } = options;
  if (sync) {
    return {
      lstat: fs.lstatSync, stat: fs.statSync, readdir: fs.readdirSync, readlink: fs.readlinkSync,
      symlink: fs.symlinkSync, unlink: fs.unlinkSync, chmod: fs.chmodSync, utimes: fs.utimesSync,
      copyFile: fs.copyFileSync, mkdir: (dir) => fs.mkdirSync(dir),
      mkdirp: (dir) => fs.mkdirSync(dir, { recursive: true }), exists: fs.existsSync,
      filter(src, dest) {
        const result = filter(src, dest);
        if (result instanceof Promise) {
          throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', result);
        }
        return result;
      },
    };
  }
  return {
    lstat: fs.lstat, stat: fs.stat, readdir: fs.readdir, readlink: fs.readlink, symlink: fs.symlink,
    unlink: fs.unlink, chmod: fs.chmod, utimes: fs.utimes, copyFile: fs.copyFile,
    mkdir: (dir, callback) => fs.mkdir(dir, callback),
    mkdirp: (dir, callback) => fs.mkdir(dir, { recursive: true }, callback),
    exists: (file, callback) => fs.access(file, (err) => callback(null, !err)),
    filter(src, dest, callback) {
      Promise.resolve()
        .then(() => filter(src, dest))
        .then((result) => callback(null, result), callback);
    },
  };
}

function cpArguments(src, dest, options) {
  options = validateCpOptions(options);
  return [`${getValidatedPath(src, 'src')}`, `${getValidatedPath(dest, 'dest')}`, options];
}

function cpSync(src, dest, options) {
  [src, dest, options] = cpArguments(src, dest, options);
  runSync(cpSteps(src, dest, options), ops(options, true));
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') [callback, options] = [options, undefined];
  callback = maybeCallback(callback);
  [src, dest, options] = cpArguments(src, dest, options);
  // As node's: (null, undefined) on success, (err) on failure.
  runAsync(cpSteps(src, dest, options), ops(options, false), (err) => {
    if (err) callback(err);
    else callback(null, undefined);
  });
}

module.exports = { cp, cpSync };
