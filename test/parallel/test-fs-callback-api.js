'use strict';
// The callback API: results arrive in later loop turns with node's arguments (just `err`
// when there is no result), errors carry no stack frames, and read/write/readv/writev take
// every argument form node accepts.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('file');
fs.writeFileSync(file, 'hello world');

// Completion is never synchronous.
let returned = false;
fs.stat(file, common.mustSucceed(() => assert.strictEqual(returned, true)));
returned = true;

// Errors: node's shape, and a stack of just the message line.
fs.open(tmpdir.resolve('missing'), common.mustCall((err, fd) => {
  assert.strictEqual(fd, undefined);
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path']);
  assert.strictEqual(err.message, `ENOENT: no such file or directory, open '${tmpdir.resolve('missing')}'`);
  assert.strictEqual(err.stack, `Error: ${err.message}`);
}));
fs.rename(tmpdir.resolve('missing'), file, common.mustCall((err) => {
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path', 'dest']);
  assert.strictEqual(err.dest, file);
}));
fs.close(99999, common.mustCall((err) => {
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall']);
  assert.strictEqual(err.message, 'EBADF: bad file descriptor, close');
}));

// Operations without a result call back with exactly one argument.
function oneArgument() {
  return common.mustCall(function(err) {
    assert.strictEqual(arguments.length, 1);
    assert.strictEqual(err, null);
  });
}
fs.access(file, fs.constants.R_OK, oneArgument());
fs.access(file, oneArgument());
fs.copyFile(file, tmpdir.resolve('copy'), oneArgument());
fs.utimes(file, 1, 1, oneArgument());
fs.chmod(file, 0o644, oneArgument());
fs.writeFile(tmpdir.resolve('written'), 'x', oneArgument());
fs.symlink(file, tmpdir.resolve('symlink'), oneArgument());
fs.link(file, tmpdir.resolve('hardlink'), oneArgument());

// close() needs no callback.
fs.close(fs.openSync(file, 'r'));

// exists gives a single boolean.
fs.exists(file, common.mustCall(function(exists) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(exists, true);
}));
fs.exists(tmpdir.resolve('missing'), common.mustCall((exists) => assert.strictEqual(exists, false)));
require('util').promisify(fs.exists)(file).then(common.mustCall((exists) => assert.strictEqual(exists, true)));

// read / write forms, run one after another on one fd.
const fd = fs.openSync(file, 'r+');
const steps = [
  (next) => fs.read(fd, common.mustCall(function(err, bytesRead, buffer) {
    assert.strictEqual(arguments.length, 3);
    assert.strictEqual(bytesRead, 11);
    assert.strictEqual(buffer.length, 16384);  // a buffer made for us
    next();
  })),
  (next) => fs.read(fd, { buffer: Buffer.alloc(3), position: 6 }, common.mustSucceed((bytesRead, buffer) => {
    assert.strictEqual(buffer.toString(), 'wor');
    next();
  })),
  (next) => fs.read(fd, Buffer.alloc(3), { position: 1 }, common.mustSucceed((bytesRead, buffer) => {
    assert.strictEqual(buffer.toString(), 'ell');
    next();
  })),
  (next) => fs.read(fd, Buffer.alloc(3), 0, 3, 0, common.mustSucceed((bytesRead, buffer) => {
    assert.strictEqual(buffer.toString(), 'hel');
    next();
  })),
  (next) => fs.read(fd, Buffer.alloc(3), 0, 0, 0, common.mustCall(function(err, bytesRead) {
    assert.strictEqual(err, null);
    assert.strictEqual(bytesRead, 0);
    next();
  })),
  (next) => fs.read(99999, Buffer.alloc(3), 0, 3, 0, common.mustCall((err, bytesRead, buffer) => {
    assert.strictEqual(err.code, 'EBADF');
    assert.strictEqual(bytesRead, 0);
    assert.strictEqual(buffer.length, 3);
    next();
  })),
  (next) => fs.write(fd, Buffer.from('XY'), 0, 2, 0, common.mustSucceed((written, buffer) => {
    assert.strictEqual(written, 2);
    assert.strictEqual(buffer.toString(), 'XY');
    next();
  })),
  (next) => fs.write(fd, Buffer.from('XY'), 1, common.mustSucceed((written) => {
    assert.strictEqual(written, 1);
    next();
  })),
  (next) => fs.write(fd, Buffer.from('QRS'), { offset: 1, position: 2 }, common.mustSucceed((written) => {
    assert.strictEqual(written, 2);
    next();
  })),
  (next) => fs.write(fd, 'str', 5, common.mustSucceed((written, text) => {
    assert.strictEqual(written, 3);
    assert.strictEqual(text, 'str');
    next();
  })),
  (next) => fs.write(fd, 'ab', 8, 'hex', common.mustSucceed((written, text) => {
    assert.strictEqual(written, 1);
    assert.strictEqual(text, 'ab');
    next();
  })),
  (next) => fs.writev(fd, [Buffer.from('A'), Buffer.from('B')], 9, common.mustSucceed((written, buffers) => {
    assert.strictEqual(written, 2);
    assert.strictEqual(buffers.length, 2);
    next();
  })),
  (next) => fs.readv(fd, [Buffer.alloc(4), Buffer.alloc(7)], 0, common.mustSucceed((bytesRead, buffers) => {
    assert.strictEqual(bytesRead, 11);
    assert.strictEqual(Buffer.concat(buffers).toString('latin1'), 'XYRSostr\xabAB');
    next();
  })),
  (next) => fs.ftruncate(fd, 4, common.mustSucceed(() => {
    assert.strictEqual(fs.readFileSync(file, 'latin1'), 'XYRS');
    next();
  })),
  (next) => fs.fsync(fd, common.mustSucceed(next)),
  (next) => fs.fdatasync(fd, common.mustSucceed(next)),
  (next) => fs.close(fd, common.mustSucceed(next)),
];
(function run(index) {
  if (index < steps.length) steps[index](() => run(index + 1));
})(0);

assert.throws(() => fs.read(fd, Buffer.alloc(1), 0, 1, 0), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "cb" argument must be of type function. Received undefined',
});
assert.throws(() => fs.write(fd, Buffer.alloc(1)), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.write(fd, 5, common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });

// An exception in a callback is an uncaught exception, as anywhere else.
process.once('uncaughtException', common.mustCall((err) => assert.strictEqual(err.message, 'thrown in callback')));
fs.stat(file, () => { throw new Error('thrown in callback'); });
