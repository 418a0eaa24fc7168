'use strict';
// fs.openAsBlob: a Blob of a file's contents. The path is checked (stat) at once, as node
// does; the bytes are read on the thread pool and the promise settles with the Blob.

const { validateObject, validateString } = require('internal/validators');
const { binding, getValidatedPath, promiseCall } = require('internal/fs/utils');
const { statsArray } = require('internal/fs/stats');
const { O_RDONLY } = internalBinding('constants').fs;

function openAsBlob(path, options = { __proto__: null }) {
  validateObject(options, 'options');
  const type = options.type || '';
  validateString(type, 'options.type');
  path = getValidatedPath(path);
  const ctx = {};
  binding.stat(path, statsArray(false, false), undefined, ctx);
  if (ctx.errno !== undefined) {
    const error = new TypeError('Unable to open file as blob');
    error.code = 'ERR_INVALID_ARG_VALUE';
    throw error;
  }
  const { Blob } = require('internal/blob');
  return promiseCall((req) => binding.readFile(path, O_RDONLY, -1, req), path)
    .then((bytes) => new Blob([bytes], { type }));
}

module.exports = { openAsBlob };
