'use strict';
// fs.realpath: the canonical path, worked out in JS one component at a time (lstat each,
// follow symbolic links) as node does, so errors name the component and syscall that
// failed; fs.realpath.native asks the system's realpath(3) instead.

const path = require('path');
const { Buffer } = require('buffer');
const {
  binding,
  callbackRequest,
  encodingId,
  getOptions,
  getValidatedPath,
  maybeCallback,
  submitted,
  throwIfError,
  toName,
  validatePath,
} = require('internal/fs/utils');
const { isURL, fileURLToPath } = require('internal/url');
const { runAsync, runSync } = require('internal/fs/steps');

function components(text) {
  return text.split('/').filter((part) => part !== '' && part !== '.');
}

// The walk: `resolved` is a path known to hold no link; names still to add wait in `rest`.
// A link's target takes its place and the walk starts again from the root (components seen
// already cost nothing). `stat` on a link we have not read yet turns a loop into ELOOP, as
// node reports it.
function* realpathSteps(start) {
  const knownReal = new Set();
  const seenLinks = new Map();
  let resolved = '/';
  let rest = components(path.resolve(start));
  // Whether the last stat was of a pipe or socket a link led to. node then stops at the
  // next component it knows already: /dev/stdin on a pipe ends as /proc/N/fd/pipe:[M].
  let pipeBehindLink = false;
  while (rest.length > 0) {
    const name = rest.shift();
    if (name === '..') {
      resolved = path.dirname(resolved);
      continue;
    }
    const candidate = resolved === '/' ? `/${name}` : `${resolved}/${name}`;
    if (knownReal.has(candidate)) {
      if (pipeBehindLink) return path.resolve(candidate, ...rest);
      resolved = candidate;
      continue;
    }
    const stats = yield ['lstat', candidate];
    pipeBehindLink = false;
    if (!stats.isSymbolicLink()) {
      knownReal.add(candidate);
      resolved = candidate;
      continue;
    }
    const key = `${stats.dev}:${stats.ino}`;
    let target = seenLinks.get(key);
    if (target === undefined) {
      const targetStats = yield ['stat', candidate];
      pipeBehindLink = targetStats.isFIFO() || targetStats.isSocket();
      target = yield ['readlink', candidate];
      seenLinks.set(key, target);
    }
    // Start again from the root with the link replaced, as node does.
    rest = components(path.resolve(resolved, target, ...rest));
    resolved = '/';
  }
  return resolved;
}

function encodeResult(result, encoding) {
  if (!encoding || encoding === 'utf8') return result;
  const bytes = Buffer.from(result);
  return encoding === 'buffer' ? bytes : bytes.toString(encoding);
}

let fs;
function ops(sync) {
  fs ??= require('fs');
  return sync ?
    { lstat: fs.lstatSync, stat: fs.statSync, readlink: fs.readlinkSync } :
    { lstat: fs.lstat, stat: fs.stat, readlink: fs.readlink };
}

// As node's JS realpath has it: anything not a string (or file: URL) is made one with `+= ''`
// (a Buffer decodes as UTF-8, undefined is 'undefined', a Symbol throws a TypeError).
function coercePath(p) {
  if (isURL(p)) p = fileURLToPath(p);
  if (typeof p !== 'string') p += '';
  validatePath(p);
  return p;
}

function realpathSync(p, options) {
  options = getOptions(options);
  p = coercePath(p);
  return encodeResult(runSync(realpathSteps(p), ops(true)), options.encoding);
}

function realpath(p, options, callback) {
  callback = typeof options === 'function' ? options : maybeCallback(callback);
  options = getOptions(options);
  p = coercePath(p);
  runAsync(realpathSteps(p), ops(false), (err, result) => {
    if (err) callback(err);
    else callback(null, encodeResult(result, options.encoding));
  });
}

function realpathNativeSync(p, options) {
  options = getOptions(options);
  p = getValidatedPath(p);
  const ctx = {};
  const result = binding.realpath(p, undefined, ctx, encodingId(options.encoding));
  throwIfError(ctx, p);
  return toName(result);
}

function realpathNative(p, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options);
  p = getValidatedPath(p);
  const req = callbackRequest(callback, p, undefined, toName);
  submitted(binding.realpath(p, req, undefined, encodingId(options.encoding)), req);
}

module.exports = { realpath, realpathNative, realpathNativeSync, realpathSync };
