'use strict';
// fs.openAsBlob: a promise of a Blob with the file's bytes and the type asked for; a path
// that cannot be opened fails at once.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { Blob } = require('buffer');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('data');
fs.writeFileSync(file, 'abcdefghij');

const pending = fs.openAsBlob(file);
assert.ok(pending instanceof Promise);
pending.then(common.mustCall(async (blob) => {
  assert.ok(blob instanceof Blob);
  assert.strictEqual(blob.size, 10);
  assert.strictEqual(blob.type, '');
  assert.strictEqual(await blob.text(), 'abcdefghij');
  assert.strictEqual(await blob.slice(2, 4).text(), 'cd');
}));
fs.openAsBlob(file, { type: 'text/plain' }).then(common.mustCall((blob) => assert.strictEqual(blob.type, 'text/plain')));
fs.openAsBlob(new URL(`file://${file}`)).then(common.mustCall((blob) => assert.strictEqual(blob.size, 10)));

assert.throws(() => fs.openAsBlob(tmpdir.resolve('missing')), {
  code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError', message: 'Unable to open file as blob',
});
assert.throws(() => fs.openAsBlob(file, { type: 5 }), {
  message: 'The "options.type" property must be of type string. Received type number (5)',
});
assert.throws(() => fs.openAsBlob(file, 5), {
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => fs.openAsBlob(5), { code: 'ERR_INVALID_ARG_TYPE' });
