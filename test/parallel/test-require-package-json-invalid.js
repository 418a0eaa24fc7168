'use strict';
// A package.json that is not valid JSON makes every lookup through it fail with the parser's
// SyntaxError, its message prefixed with the file's path.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const pjson = path.join(common.fixturesDir, 'modules', 'directories', 'bad-package-json', 'package.json');

for (const request of ['../fixtures/modules/directories/bad-package-json',
                       '../fixtures/modules/directories/bad-package-json/index.js']) {
  assert.throws(() => require(request), (err) => {
    assert.strictEqual(err.name, 'SyntaxError');
    assert.ok(err instanceof SyntaxError);
    assert.ok(err.message.startsWith(`Error parsing ${pjson}: `), err.message);
    assert.strictEqual(err.path, pjson);
    assert.strictEqual(err.code, undefined);
    return true;
  });
}
