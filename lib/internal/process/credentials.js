'use strict';
// process.getuid() and friends. In a worker the set* family throws, as in node (a worker
// does not own the process's identity).
const binding = internalBinding('credentials');
const { validateArray, validateUint32 } = require('internal/validators');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_CREDENTIAL, ERR_WORKER_UNSUPPORTED_OPERATION },
  uvErrorName,
} = require('internal/errors');

// An id is a uint32 or a user/group name.
function validateId(id, name) {
  if (typeof id === 'number') validateUint32(id, name);
  else if (typeof id !== 'string') throw new ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
}

// node's message for these is `CODE, strerror text`, with a positive errno.
function credentialError(result, syscall, caller) {
  const errno = -result;
  const error = new Error(`${uvErrorName(result)}, ${binding.strerror(errno)}`);
  error.errno = errno;
  error.code = uvErrorName(result);
  error.syscall = syscall;
  Error.captureStackTrace(error, caller);
  return error;
}

function getgroups() {
  const groups = binding.getgroups();
  if (typeof groups === 'number') throw credentialError(groups, 'getgroups', getgroups);
  return groups;
}

function idSetter(syscall, kind) {
  const set = binding[syscall];
  const setter = {
    [syscall](id) {
      validateId(id, 'id');
      const result = set(id);
      if (result > 0) throw new ERR_UNKNOWN_CREDENTIAL(kind, id);
      if (result < 0) throw credentialError(result, syscall, setter);
    },
  }[syscall];
  return setter;
}

function setgroups(groups) {
  validateArray(groups, 'groups');
  // Each id is read once: the binding gets a plain array of the values checked.
  const ids = [];
  for (let i = 0; i < groups.length; i++) {
    const id = groups[i];
    validateId(id, `groups[${i}]`);
    ids.push(id);
  }
  const result = binding.setgroups(ids);
  if (result > 0) throw new ERR_UNKNOWN_CREDENTIAL('Group', ids[result - 1]);
  if (result < 0) throw credentialError(result, 'setgroups', setgroups);
}

function initgroups(user, extraGroup) {
  validateId(user, 'user');
  validateId(extraGroup, 'extraGroup');
  const result = binding.initgroups(user, extraGroup);
  if (result === 1) throw new ERR_UNKNOWN_CREDENTIAL('User', user);
  if (result === 2) throw new ERR_UNKNOWN_CREDENTIAL('Group', extraGroup);
  if (result < 0) throw credentialError(result, 'initgroups', initgroups);
}

function setupCredentials(process, isMainThread, defineValue) {
  defineValue(process, 'getuid', function getuid() { return binding.getuid(); });
  defineValue(process, 'geteuid', function geteuid() { return binding.geteuid(); });
  defineValue(process, 'getgid', function getgid() { return binding.getgid(); });
  defineValue(process, 'getegid', function getegid() { return binding.getegid(); });
  defineValue(process, 'getgroups', getgroups);
  const setters = {
    setuid: idSetter('setuid', 'User'),
    seteuid: idSetter('seteuid', 'User'),
    setgid: idSetter('setgid', 'Group'),
    setegid: idSetter('setegid', 'Group'),
    setgroups,
    initgroups,
  };
  for (const name of Object.keys(setters)) {
    const unsupported = {
      [name]() { throw new ERR_WORKER_UNSUPPORTED_OPERATION(`process.${name}()`); },
    }[name];
    defineValue(process, name, isMainThread ? setters[name] : unsupported);
  }
}

module.exports = { setupCredentials };
