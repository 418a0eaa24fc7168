'use strict';
// A '#!' first line is skipped, and line numbers in the module stay right.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const dir = path.join(common.fixturesDir, 'modules', 'errors');

assert.deepStrictEqual(require('../fixtures/modules/errors/shebang'), {
  line: `    at Object.<anonymous> (${path.join(dir, 'shebang.js')}:3:26)`,
});
assert.deepStrictEqual(require('../fixtures/modules/errors/shebang-crlf'), {
  line: `    at Object.<anonymous> (${path.join(dir, 'shebang-crlf.js')}:3:26)`,
});
// A file that is only a '#!' line is an empty module.
assert.deepStrictEqual(require('../fixtures/modules/errors/shebang-only'), {});
