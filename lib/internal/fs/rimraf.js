'use strict';
// fs.rm and fs.rmdir: removal of a file or (recursively) a directory tree, retrying the
// errors a busy file system gives for a moment (EBUSY, EMFILE, ENFILE, ENOTEMPTY, EPERM)
// up to `maxRetries` times, `retryDelay` ms apart, longer after each attempt.

const path = require('path');
const { Buffer } = require('buffer');
const {
  binding,
  callbackRequest,
  submitted,
  throwIfError,
  defaultRmOptions,
  defaultRmdirOptions,
  getValidatedPath,
  maybeCallback,
  osErrno,
  pathToString,
  systemError,
  validateRmOptionsSync,
  validateRmdirOptions,
} = require('internal/fs/utils');
const { runAsync, runSync } = require('internal/fs/steps');
const { deprecate } = require('internal/util');

const retryableCodes = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM']);

let fs;
function ops(sync) {
  fs ??= require('fs');
  return sync ?
    {
      lstat: fs.lstatSync, readdir: fs.readdirSync, unlink: fs.unlinkSync,
      rmdir: (target) => fs.rmdirSync(target),
    } :
    { lstat: fs.lstat, readdir: fs.readdir, unlink: fs.unlink, rmdir: plainRmdir };
}

// One removal call, retried while the error is a passing one. A target that is already
// gone counts as removed.
function* retrying(name, target, options, emptyFirst) {
  for (let attempt = 1; ; attempt++) {
    try {
      if (emptyFirst && attempt > 1) yield* removeChildren(target, options);
      yield [name, target];
      return;
    } catch (err) {
      if (err.code === 'ENOENT') return;
      if (!retryableCodes.has(err.code) || attempt > options.maxRetries) throw err;
      yield ['sleep', attempt * options.retryDelay];
    }
  }
}

const separator = Buffer.from(path.sep);

// Empties `dir`. Entry types come with the listing, so only entries of unknown type cost a
// stat of their own. Names are handled as bytes: a name that is not UTF-8 is removed too.
function* removeChildren(dir, options) {
  let entries;
  try {
    entries = yield ['readdir', dir, { withFileTypes: true, encoding: 'buffer' }];
  } catch (err) {
    if (err.code === 'ENOENT') return;
    throw err;
  }
  const prefix = Buffer.concat([Buffer.from(dir), separator]);
  for (const entry of entries) {
    const child = Buffer.concat([prefix, entry.name]);
    const known = entry.isDirectory() || entry.isFile() || entry.isSymbolicLink();
    yield* removeTree(child, options, known ? entry.isDirectory() : undefined);
  }
}

// Removes `target` whatever it is: a file or link is unlinked, a directory emptied first.
// `isDirectory` is undefined when not known yet.
function* removeTree(target, options, isDirectory) {
  if (isDirectory === undefined) {
    try {
      isDirectory = (yield ['lstat', target]).isDirectory();
    } catch (err) {
      if (err.code === 'ENOENT') return;
      throw err;
    }
  }
  if (!isDirectory) {
    yield* retrying('unlink', target, options, false);
    return;
  }
  yield* removeChildren(target, options);
  yield* retrying('rmdir', target, options, true);
}

// fs.rm: lstat first, so that a missing path or a directory without `recursive` fails
// the way node reports it.
function* rmSteps(target, options) {
  let stats;
  try {
    stats = yield ['lstat', target];
  } catch (err) {
    if (err.code === 'ENOENT' && options.force) return;
    throw err;
  }
  if (stats.isDirectory() && !options.recursive) {
    throw systemError('ERR_FS_EISDIR', {
      code: 'EISDIR',
      message: 'is a directory',
      path: pathToString(target),
      syscall: 'rm',
      errno: osErrno('EISDIR'),
    });
  }
  yield* removeTree(target, options, stats.isDirectory());
}

function rm(target, options, callback) {
  if (typeof options === 'function') [callback, options] = [options, undefined];
  target = getValidatedPath(target);
  options = validateRmOptionsSync(target, options);
  // node checks no callback here: without one, the removal is done and calling it throws.
  runAsync(rmSteps(target, options), ops(false), (err) => callback(err ?? null));
}

function rmSync(target, options) {
  target = getValidatedPath(target);
  options = validateRmOptionsSync(target, options);
  runSync(rmSteps(target, options), ops(true));
}

const warnRecursiveRmdir = deprecate(() => {},
  'In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
  'Use fs.rm(path, { recursive: true }) instead', 'DEP0147');

// rmdir with `recursive` is rm -r that fails on a missing path.
function* recursiveRmdirSteps(target, options) {
  const stats = yield ['lstat', target];
  if (!stats.isDirectory()) {
    yield ['rmdir', target];  // fails with ENOTDIR as plain rmdir would
    return;
  }
  yield* removeTree(target, options, true);
}

function rmdir(target, options, callback) {
  if (typeof options === 'function') [callback, options] = [options, undefined];
  callback = maybeCallback(callback);
  target = getValidatedPath(target);
  if (options?.recursive) {
    warnRecursiveRmdir();
    options = validateRmdirOptions(options, defaultRmdirOptions);
    runAsync(recursiveRmdirSteps(target, options), ops(false), (err) => callback(err ?? null));
    return;
  }
  validateRmdirOptions(options);
  plainRmdir(target, callback);
}

function rmdirSync(target, options) {
  target = getValidatedPath(target);
  if (options?.recursive) {
    warnRecursiveRmdir();
    options = validateRmdirOptions(options, defaultRmdirOptions);
    runSync(recursiveRmdirSteps(target, options), ops(true));
    return;
  }
  validateRmdirOptions(options);
  plainRmdirSync(target);
}

// The single rmdir(2) call.
function plainRmdir(target, callback) {
  const req = callbackRequest(callback, target);
  submitted(binding.rmdir(target, req), req);
}

function plainRmdirSync(target) {
  const ctx = {};
  binding.rmdir(target, undefined, ctx);
  throwIfError(ctx, target);
}

module.exports = { rm, rmSync, rmdir, rmdirSync };
