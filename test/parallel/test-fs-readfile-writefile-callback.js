'use strict';
// fs.readFile / writeFile / appendFile with callbacks: encodings, flags, fds, AbortSignal,
// flush, and errors (open errors name the path, read errors do not).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('file');
const big = Buffer.alloc(5 * 1024 * 1024 + 3);
for (let i = 0; i < big.length; i++) big[i] = (i * 7 + (i >> 11)) & 0xff;

fs.writeFile(file, big, common.mustSucceed(() => {
  fs.readFile(file, common.mustSucceed((data) => {
    assert.ok(Buffer.isBuffer(data));
    assert.ok(data.equals(big));
  }));
  fs.readFile(file, 'latin1', common.mustSucceed((text) => assert.strictEqual(text.length, big.length)));
}));

const text = tmpdir.resolve('text');
fs.writeFile(text, 'héllo', { mode: 0o600 }, common.mustSucceed(() => {
  assert.strictEqual(fs.statSync(text).mode & 0o777, 0o600);
  // The appends below start only once these reads are done (they run on the thread pool).
  let reads = 3;
  const readDone = () => { if (--reads === 0) append(); };
  fs.readFile(text, 'utf8', common.mustSucceed((data) => {
    assert.strictEqual(data, 'héllo');
    readDone();
  }));
  fs.readFile(text, { encoding: 'hex' }, common.mustSucceed((data) => {
    assert.strictEqual(data, Buffer.from('héllo').toString('hex'));
    readDone();
  }));
  fs.readFile(text, 'buffer', common.mustCall((err, data) => {
    assert.strictEqual(err.code, 'ERR_UNKNOWN_ENCODING');
    assert.strictEqual(data, undefined);
    readDone();
  }));
  const append = () => fs.appendFile(text, '!', common.mustSucceed(() => {
    fs.appendFile(text, Buffer.from('?'), { flush: true }, common.mustSucceed(() => {
      assert.strictEqual(fs.readFileSync(text, 'utf8'), 'héllo!?');
      fs.writeFile(text, 'x', { flag: 'wx' }, common.mustCall((err) => {
        assert.strictEqual(err.code, 'EEXIST');
        assert.strictEqual(err.path, text);
      }));
    }));
  }));
}));

// Errors.
fs.readFile(tmpdir.resolve('missing'), common.mustCall((err) => {
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path']);
  assert.strictEqual(err.syscall, 'open');
}));
fs.readFile(tmpdir.path, common.mustCall((err) => {
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall']);
  assert.strictEqual(err.message, 'EISDIR: illegal operation on a directory, read');
}));
assert.throws(() => fs.readFile(file, 'bogus', common.mustNotCall()), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.writeFile(file, 5, common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.writeFile(file, 'x', { flush: 1 }, common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.readFile(file), { code: 'ERR_INVALID_ARG_TYPE' });

// File descriptors: read from the current position; written at it; left open.
const fdFile = tmpdir.resolve('fd');
fs.writeFileSync(fdFile, 'abcdef');
const fd = fs.openSync(fdFile, 'r+');
fs.readSync(fd, Buffer.alloc(2), 0, 2, null);
fs.readFile(fd, 'utf8', common.mustSucceed((data) => {
  assert.strictEqual(data, 'cdef');
  fs.writeFile(fd, 'XY', common.mustSucceed(() => {
    assert.strictEqual(fs.readFileSync(fdFile, 'utf8'), 'abcdefXY');
    fs.appendFile(fd, 'Z', { flag: 'w' }, common.mustSucceed(() => {
      assert.strictEqual(fs.readFileSync(fdFile, 'utf8'), 'abcdefXYZ');
      fs.closeSync(fd);
    }));
  }));
}));

// AbortSignal: aborted before the call, or while the read is in flight.
fs.readFile(file, { signal: AbortSignal.abort() }, common.mustCall((err, data) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
  assert.strictEqual(data, undefined);
}));
const controller = new AbortController();
fs.readFile(file, { signal: controller.signal }, common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.cause, 'stop');
}));
controller.abort('stop');
const neverWritten = tmpdir.resolve('never');
fs.writeFile(neverWritten, 'x', { signal: AbortSignal.abort() }, common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(fs.existsSync(neverWritten), false);
}));
assert.throws(() => fs.readFile(file, { signal: {} }, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.signal" property must be an instance of AbortSignal. Received an instance of Object',
});
