'use strict';
// util.log() prints `day Mon hh:mm:ss - message` through console.log.
require('../common');
const assert = require('assert');
const util = require('util');

const lines = [];
const originalLog = console.log;
console.log = (...args) => lines.push(util.format(...args));
try {
  util.log('hello %s', 'world', { a: 1 });
  util.log();
} finally {
  console.log = originalLog;
}
assert.strictEqual(lines.length, 2);
assert.match(lines[0], /^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d\d:\d\d:\d\d - hello world { a: 1 }$/);
assert.match(lines[1], /^\d{1,2} [A-Z][a-z]{2} \d\d:\d\d:\d\d - $/);
