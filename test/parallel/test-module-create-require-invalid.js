'use strict';
// createRequire rejects relative paths, non-strings, and URLs that do not name a local file.
require('../common');
const assert = require('assert');
const { createRequire } = require('module');

const reason = 'must be a file URL object, file URL string, or absolute path string';
for (const [value, shown] of [
  ['rel/x.js', "'rel/x.js'"],
  ['./x.js', "'./x.js'"],
  ['', "''"],
  [1, '1'],
  [undefined, 'undefined'],
  [null, 'null'],
  ['http://example.com/x.js', "'http://example.com/x.js'"],
  ['file://remote-host/tmp/x.js', "'file://remote-host/tmp/x.js'"],
  ['file:///tmp/a%2fb/x.js', "'file:///tmp/a%2fb/x.js'"],
]) {
  assert.throws(() => createRequire(value), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_VALUE',
    message: `The argument 'filename' ${reason}. Received ${shown}`,
  });
}
