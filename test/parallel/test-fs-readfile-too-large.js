'use strict';
// A file over 2 GiB is refused by readFile in every flavour with ERR_FS_FILE_TOO_LARGE, before
// anything is read (the file is sparse). (Read as UTF-8, node reads it all before refusing the
// string: too slow for a test on a loaded machine, so that case is not checked here.)
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('sparse');
fs.closeSync(fs.openSync(file, 'w'));
fs.truncateSync(file, 3 * 2 ** 30);
const expected = {
  code: 'ERR_FS_FILE_TOO_LARGE',
  name: 'RangeError',
  message: 'File size (3221225472) is greater than 2 GiB',
};
assert.throws(() => fs.readFileSync(file), expected);
assert.throws(() => fs.readFileSync(file, 'latin1'), expected);
fs.readFile(file, common.mustCall((err) => {
  assert.throws(() => { throw err; }, expected);
  assert.rejects(fs.promises.readFile(file), expected).then(common.mustCall());
}));
