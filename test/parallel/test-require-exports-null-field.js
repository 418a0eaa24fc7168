'use strict';
// "exports": null is the same as no "exports": "main" and every file are reachable.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const requireHere = createRequire(path.join(common.fixturesDir, 'modules', 'exports', 'noop.js'));

assert.strictEqual(requireHere('exports-null'), 'exports-null/main.js');
assert.strictEqual(requireHere('exports-null/other'), 'exports-null/other.js');
assert.strictEqual(requireHere('exports-null/other.js'), 'exports-null/other.js');
