'use strict';
// Paths are strings, Buffers (any Uint8Array) or file: URLs; anything else, or a path with a
// NUL byte, is refused before any system call, by every API flavour.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { pathToFileURL } = require('url');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('file.txt');
fs.writeFileSync(file, 'contents');

// All three spellings of a path reach the same file.
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'contents');
assert.strictEqual(fs.readFileSync(Buffer.from(file), 'utf8'), 'contents');
assert.strictEqual(fs.readFileSync(new Uint8Array(Buffer.from(file)), 'utf8'), 'contents');
assert.strictEqual(fs.readFileSync(pathToFileURL(file), 'utf8'), 'contents');
assert.strictEqual(fs.readFileSync(new URL(`file://localhost${file}`), 'utf8'), 'contents');
assert.strictEqual(fs.existsSync(pathToFileURL(file)), true);

const badType = (received) => ({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "path" argument must be of type string or an instance of Buffer or URL.' + received,
});
assert.throws(() => fs.openSync(5), badType(' Received type number (5)'));
assert.throws(() => fs.statSync({}), badType(' Received an instance of Object'));
assert.throws(() => fs.readdirSync(null), badType(' Received null'));
assert.throws(() => fs.accessSync(true), badType(' Received type boolean (true)'));
assert.throws(() => fs.stat(undefined, common.mustNotCall()), badType(' Received undefined'));
assert.throws(() => fs.renameSync(file, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /^The "newPath" argument must be/,
});
assert.throws(() => fs.renameSync(1, file), { message: /^The "oldPath" argument must be/ });
assert.throws(() => fs.copyFileSync(1, file), { message: /^The "src" argument must be/ });
assert.throws(() => fs.copyFileSync(file, 1), { message: /^The "dest" argument must be/ });
assert.throws(() => fs.symlinkSync(1, file), { message: /^The "target" argument must be/ });
assert.throws(() => fs.linkSync(1, file), { message: /^The "existingPath" argument must be/ });
assert.throws(() => fs.mkdtempSync(1), { message: /^The "prefix" argument must be/ });

const nulError = (received) => ({
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: `The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received ${received}`,
});
assert.throws(() => fs.openSync('a\0b'), nulError("'a\\x00b'"));
assert.throws(() => fs.openSync(Buffer.from('a\0b')), nulError('<Buffer 61 00 62>'));
assert.throws(() => fs.readFileSync(new URL('file:///a%00b')), nulError("'/a\\x00b'"));
assert.throws(() => fs.unlink('x\0', common.mustNotCall()), nulError("'x\\x00'"));
// existsSync never throws.
assert.strictEqual(fs.existsSync('a\0b'), false);
assert.strictEqual(fs.existsSync(5), false);
fs.exists('a\0b', common.mustCall((exists) => assert.strictEqual(exists, false)));

// file: URLs only, with no host and no encoded slash.
assert.throws(() => fs.readFileSync(new URL('http://example.com/x')), {
  code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file',
});
assert.throws(() => fs.readFileSync(new URL('file://host/x')), {
  code: 'ERR_INVALID_FILE_URL_HOST', message: 'File URL host must be "localhost" or empty on linux',
});
assert.throws(() => fs.readFileSync(new URL('file:///a%2fb')), {
  code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must not include encoded / characters',
});

// Promises reject with the same errors.
assert.rejects(fs.promises.readFile(5), badType(' Received type number (5)')).then(common.mustCall());
assert.rejects(fs.promises.stat('a\0'), nulError("'a\\x00'")).then(common.mustCall());

// A file descriptor is an int32 >= 0.
assert.throws(() => fs.closeSync('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fd" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => fs.closeSync(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1',
});
assert.throws(() => fs.fstatSync(1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "fd" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => fs.fsyncSync(2 ** 31), { code: 'ERR_OUT_OF_RANGE' });

// Callbacks must be functions.
for (const fn of [fs.stat, fs.readFile, fs.open, fs.access, fs.readdir, fs.unlink, fs.mkdir]) {
  assert.throws(() => fn(file), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "cb" argument must be of type function. Received undefined',
  });
}
