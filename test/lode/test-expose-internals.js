'use strict';
// --expose-internals opens internal/* to user code (node's own test suite relies on it).
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const r = spawnSync(process.execPath, ['--expose-internals', '-p',
  'typeof require("internal/errors").codes.ERR_INVALID_ARG_TYPE'], { encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, 'function\n');
