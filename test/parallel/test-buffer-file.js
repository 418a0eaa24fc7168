'use strict';
// File: a Blob with a name and a last-modified time.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const { Blob, File } = require('buffer');

assert.strictEqual(globalThis.File, File);
assert.strictEqual(File.length, 2);
const file = new File(['ab'], 'name.txt', { type: 'x/y', lastModified: 42 });
assert.strictEqual(file.name, 'name.txt');
assert.strictEqual(file.size, 2);
assert.strictEqual(file.type, 'x/y');
assert.strictEqual(file.lastModified, 42);
assert.ok(file instanceof Blob);
assert.strictEqual(util.inspect(file), "File { size: 2, type: 'x/y', name: 'name.txt', lastModified: 42 }");
assert.strictEqual(Object.prototype.toString.call(file), '[object File]');
assert.strictEqual(String(file), '[object File]');
assert.deepStrictEqual(Object.keys(File.prototype), ['name', 'lastModified']);
assert.strictEqual(file.slice(0, 1) instanceof File, false);
assert.ok(file.slice(0, 1) instanceof Blob);
file.text().then(common.mustCall((text) => assert.strictEqual(text, 'ab')));

assert.strictEqual(new File([], 5).name, '5');
const before = Date.now();
const now = new File([], 'a').lastModified;
assert.ok(typeof now === 'number' && now >= before && now <= Date.now());
assert.strictEqual(new File([], 'a', { lastModified: '7' }).lastModified, 7);
assert.strictEqual(new File([], 'a', { lastModified: 'x' }).lastModified, 0);
assert.throws(() => new File(['ab']), {
  code: 'ERR_MISSING_ARGS', message: 'The "fileBits" and "fileName" arguments must be specified',
});
assert.throws(() => new File(5, 'a'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Object.getOwnPropertyDescriptor(File.prototype, 'name').get.call(new Blob()), TypeError);
