'use strict';
// fs.openAsBlob: a Blob backed by a file. The path is checked (stat) at once, as node does;
// the bytes are read only when the blob is (see internal/blob).

const { validateObject, validateString } = require('internal/validators');
const { getValidatedPath } = require('internal/fs/utils');

function openAsBlob(path, options = { __proto__: null }) {
  validateObject(options, 'options');
  const type = options.type || '';
  validateString(type, 'options.type');
  path = getValidatedPath(path);
  let stats;
  try {
    stats = require('fs').statSync(path);
  } catch {
    const error = new TypeError('Unable to open file as blob');
    error.code = 'ERR_INVALID_ARG_VALUE';
    throw error;
  }
  // The bytes stay in the file until the blob is read; a file changed since is refused then.
  const { blobFromFile } = require('internal/blob');
  const name = typeof path === 'string' ? path : require('buffer').Buffer.from(path).toString();
  return Promise.resolve(blobFromFile(name, stats.size, stats.mtimeMs, type));
}

module.exports = { openAsBlob };
