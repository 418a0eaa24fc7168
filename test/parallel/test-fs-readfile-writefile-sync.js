'use strict';
// readFileSync / writeFileSync / appendFileSync: encodings, flags, modes, fds, data types.
require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('data');

fs.writeFileSync(file, 'héllo');
assert.deepStrictEqual(fs.readFileSync(file), Buffer.from('héllo'));
assert.ok(fs.readFileSync(file) instanceof Buffer);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'héllo');
assert.strictEqual(fs.readFileSync(file, 'UTF-8'), 'héllo');
assert.strictEqual(fs.readFileSync(file, { encoding: 'base64' }), Buffer.from('héllo').toString('base64'));
assert.strictEqual(fs.readFileSync(file, 'latin1'), 'hÃ©llo');
assert.deepStrictEqual(fs.readFileSync(file, { encoding: null }), Buffer.from('héllo'));
assert.deepStrictEqual(fs.readFileSync(file, null), Buffer.from('héllo'));
assert.deepStrictEqual(fs.readFileSync(file, () => {}), Buffer.from('héllo'));
assert.throws(() => fs.readFileSync(file, 'bogus'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'encoding' is invalid encoding. Received 'bogus'",
});
// 'buffer' passes the option check but is no string encoding.
assert.throws(() => fs.readFileSync(file, { encoding: 'buffer' }), {
  code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: buffer',
});
assert.throws(() => fs.readFileSync(file, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be one of type string or object. Received type number (5)',
});

// Encodings on the way in.
fs.writeFileSync(file, 'abcd', 'hex');
assert.strictEqual(fs.readFileSync(file, 'hex'), 'abcd');
fs.writeFileSync(file, 'abc', 'hex');  // odd hex is not refused: the last digit is dropped
assert.strictEqual(fs.readFileSync(file, 'hex'), 'ab');
fs.writeFileSync(file, 'abc', { encoding: 'utf16le' });
assert.strictEqual(fs.readFileSync(file).length, 6);
assert.strictEqual(fs.readFileSync(file, 'ucs2'), 'abc');
assert.throws(() => fs.writeFileSync(file, 'x', { encoding: 'bogus' }), { code: 'ERR_INVALID_ARG_VALUE' });

// Data: strings and any ArrayBufferView, nothing else.
fs.writeFileSync(file, new Uint16Array([0x6968]));
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hi');
fs.writeFileSync(file, new DataView(new Uint8Array([0x41, 0x42]).buffer));
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'AB');
fs.writeFileSync(file, new Uint8Array(new ArrayBuffer(8), 2, 3).fill(0x43));
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'CCC');
for (const data of [5, {}, { toString() { return 'x'; } }, new String('x'), null, undefined]) {
  assert.throws(() => fs.writeFileSync(file, data), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView\./,
  });
}

// Flags and modes.
assert.throws(() => fs.writeFileSync(file, 'x', { flag: 'wx' }), {
  code: 'EEXIST', message: `EEXIST: file already exists, open '${file}'`,
});
const modeFile = tmpdir.resolve('mode');
fs.writeFileSync(modeFile, 'x', { mode: 0o600 });
assert.strictEqual(fs.statSync(modeFile).mode & 0o777, 0o600);
fs.writeFileSync(modeFile, 'x', { flush: true });
assert.throws(() => fs.writeFileSync(modeFile, 'x', { flush: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.flush" property must be of type boolean. Received type string (\'yes\')',
});
fs.writeFileSync(file, 'start');
assert.strictEqual(fs.readFileSync(file, { encoding: 'utf8', flag: 'a+' }), 'start');
fs.writeFileSync(file, '+more', { flag: 'a' });
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'start+more');

// appendFileSync: flag 'a' unless one is given.
fs.appendFileSync(file, '!');
fs.appendFileSync(file, Buffer.from('?'));
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'start+more!?');
fs.appendFileSync(file, 'new', { flag: 'w' });
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'new');
fs.appendFileSync(file, 'N', { flag: fs.constants.O_WRONLY });  // a numeric flag is used as is
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'New'.replace('N', 'N'));
const appended = tmpdir.resolve('appended');
fs.appendFileSync(appended, 'created');
assert.strictEqual(fs.readFileSync(appended, 'utf8'), 'created');

// File descriptors: read from, and write at, the current position; never closed.
const fd = fs.openSync(tmpdir.resolve('fd'), 'w+');
fs.writeFileSync(fd, 'hello');
fs.writeFileSync(fd, 'world');
assert.strictEqual(fs.readFileSync(tmpdir.resolve('fd'), 'utf8'), 'helloworld');
assert.strictEqual(fs.readFileSync(fd, 'utf8'), '');  // at the end already
fs.appendFileSync(fd, '!');
assert.strictEqual(fs.readFileSync(fd, 'utf8'), '');
const readFd = fs.openSync(tmpdir.resolve('fd'), 'r');
const first = Buffer.alloc(5);
fs.readSync(readFd, first, 0, 5, null);
assert.strictEqual(fs.readFileSync(readFd, 'utf8'), 'world!');
fs.closeSync(readFd);
fs.closeSync(fd);

// Files whose size stat cannot tell are read to their end.
assert.match(fs.readFileSync('/proc/self/status', 'utf8'), /^Name:/);

// Larger than one read.
const big = Buffer.alloc(3 * 1024 * 1024 + 7);
for (let i = 0; i < big.length; i++) big[i] = (i * 31) & 0xff;
fs.writeFileSync(file, big);
assert.ok(fs.readFileSync(file).equals(big));
assert.strictEqual(fs.readFileSync(file, 'latin1').length, big.length);
