'use strict';
// tmpdir(): TMPDIR, then TMP, then TEMP, then /tmp; one trailing slash is dropped, but '/' stays.
require('../common');
const assert = require('assert');
const os = require('os');

delete process.env.TMPDIR;
delete process.env.TMP;
delete process.env.TEMP;
assert.strictEqual(os.tmpdir(), '/tmp');

const cases = [
  ['/var/tmp', '/var/tmp'],
  ['/var/tmp/', '/var/tmp'],
  ['/var/tmp//', '/var/tmp/'],
  ['/', '/'],
  ['//', '/'],
  ['relative/', 'relative'],
  ['', '/tmp'],
];
for (const [value, expected] of cases) {
  process.env.TMPDIR = value;
  assert.strictEqual(os.tmpdir(), expected, JSON.stringify(value));
}

process.env.TMPDIR = '';
process.env.TMP = '/from/tmp/';
process.env.TEMP = '/from/temp';
assert.strictEqual(os.tmpdir(), '/from/tmp');
process.env.TMPDIR = '/from/tmpdir';
assert.strictEqual(os.tmpdir(), '/from/tmpdir');
delete process.env.TMPDIR;
delete process.env.TMP;
assert.strictEqual(os.tmpdir(), '/from/temp');
