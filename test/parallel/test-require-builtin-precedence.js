'use strict';
// A builtin module wins over a node_modules package of the same name; a trailing slash or a
// path makes the request a package lookup again.
require('../common');
const assert = require('assert');

const result = require('../fixtures/modules/lookup/app/src/deep/entry');
assert.strictEqual(result.path, require('path'));
assert.strictEqual(result.events, require('events'));
assert.strictEqual(result.nodeEvents, require('events'));
assert.strictEqual(result.pathWithSlash, 'lookup/app/node_modules/path');
