'use strict';
// `require('assert/strict')`: the strict-mode assert, the same object as `assert.strict`.

module.exports = require('assert').strict;
