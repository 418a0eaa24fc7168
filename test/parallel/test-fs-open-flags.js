'use strict';
// open()'s flags: every string spelling node accepts and what it does, numbers, and the
// checks on flags and mode.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC } = fs.constants;
let counter = 0;
const fresh = () => tmpdir.resolve(`f${counter++}`);

function withFile(flags, setup, fn) {
  const file = fresh();
  if (setup !== undefined) fs.writeFileSync(file, setup);
  const fd = fs.openSync(file, flags);
  try {
    fn(fd, file);
  } finally {
    fs.closeSync(fd);
  }
}

const read = (fd) => {
  const buffer = Buffer.alloc(64);
  return buffer.toString('utf8', 0, fs.readSync(fd, buffer, 0, 64, 0));
};

// r, rs, sr: read only, the file must exist.
for (const flags of ['r', 'rs', 'sr', undefined, null, O_RDONLY]) {
  withFile(flags, 'abc', (fd) => {
    assert.strictEqual(read(fd), 'abc');
    assert.throws(() => fs.writeSync(fd, 'x'), { code: 'EBADF' });
  });
  assert.throws(() => fs.openSync(fresh(), flags), { code: 'ENOENT', syscall: 'open' });
}
// r+, rs+, sr+: read and write, no truncation.
for (const flags of ['r+', 'rs+', 'sr+', O_RDWR]) {
  withFile(flags, 'abc', (fd) => {
    fs.writeSync(fd, 'X', 0);
    assert.strictEqual(read(fd), 'Xbc');
  });
  assert.throws(() => fs.openSync(fresh(), flags), { code: 'ENOENT' });
}
// w, w+: create or truncate.
for (const flags of ['w', 'w+', O_TRUNC | O_CREAT | O_WRONLY]) {
  withFile(flags, 'old contents', (fd, file) => {
    fs.writeSync(fd, 'new');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'new');
  });
}
withFile('w+', 'old', (fd) => {
  fs.writeSync(fd, 'hi');
  assert.strictEqual(read(fd), 'hi');
});
// wx, xw, wx+, xw+: the file must not exist.
for (const flags of ['wx', 'xw', 'wx+', 'xw+', O_CREAT | O_EXCL | O_WRONLY]) {
  const file = fresh();
  fs.closeSync(fs.openSync(file, flags));
  assert.throws(() => fs.openSync(file, flags), { code: 'EEXIST', syscall: 'open', path: file });
}
// a, a+, as, sa, as+, sa+: writes go to the end whatever the position.
for (const flags of ['a', 'a+', 'as', 'sa', 'as+', 'sa+', O_APPEND | O_CREAT | O_WRONLY | O_SYNC]) {
  withFile(flags, 'abc', (fd, file) => {
    fs.writeSync(fd, 'd', 0);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcd');
  });
}
// ax, xa, ax+, xa+: append, but only to a new file.
for (const flags of ['ax', 'xa', 'ax+', 'xa+']) {
  const file = fresh();
  fs.closeSync(fs.openSync(file, flags));
  assert.throws(() => fs.openSync(file, flags), { code: 'EEXIST' });
}

// Bad flags.
for (const flags of ['bad', 'R', 'rw', true, {}, [], 'r ']) {
  assert.throws(() => fs.openSync(fresh(), flags), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: `The argument 'flags' is invalid. Received ${require('util').inspect(flags)}`,
  });
}
assert.throws(() => fs.openSync(fresh(), 1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "flags" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => fs.openSync(fresh(), 2 ** 40), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "flags" is out of range. It must be >= -2147483648 && <= 2147483647. ' +
    'Received 1_099_511_627_776',
});
assert.throws(() => fs.readFileSync(fresh(), { flag: 'nope' }), { code: 'ERR_INVALID_ARG_VALUE' });

// Modes: a number or an octal string; applied under the umask.
const modeFile = fresh();
fs.closeSync(fs.openSync(modeFile, 'w', 0o600));
assert.strictEqual(fs.statSync(modeFile).mode & 0o777, 0o600);
const octalFile = fresh();
fs.closeSync(fs.openSync(octalFile, 'w', '640'));
assert.strictEqual(fs.statSync(octalFile).mode & 0o777, 0o640 & ~process.umask());
assert.throws(() => fs.openSync(fresh(), 'w', 'abc'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'abc'",
});
assert.throws(() => fs.openSync(fresh(), 'w', -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "mode" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => fs.openSync(fresh(), 'w', 1.5), { code: 'ERR_OUT_OF_RANGE' });

// The callback form: flags and mode are optional.
fs.open(modeFile, common.mustSucceed((fd) => {
  assert.strictEqual(typeof fd, 'number');
  fs.closeSync(fd);
}));
fs.open(modeFile, 'r', common.mustSucceed((fd) => fs.closeSync(fd)));
fs.open(fresh(), 'wx', 0o644, common.mustSucceed((fd) => fs.closeSync(fd)));
fs.open(fresh(), 'r', common.mustCall((err, fd) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(fd, undefined);
}));
assert.throws(() => fs.open(modeFile, 'bad', common.mustNotCall()), { code: 'ERR_INVALID_ARG_VALUE' });
