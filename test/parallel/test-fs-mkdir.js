'use strict';
// mkdir (plain and recursive: the first directory created comes back) and mkdtemp.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const at = (...parts) => tmpdir.resolve(...parts);

assert.strictEqual(fs.mkdirSync(at('plain')), undefined);
assert.ok(fs.statSync(at('plain')).isDirectory());
assert.throws(() => fs.mkdirSync(at('plain')), {
  code: 'EEXIST', syscall: 'mkdir', path: at('plain'),
  message: `EEXIST: file already exists, mkdir '${at('plain')}'`,
});
assert.throws(() => fs.mkdirSync(at('no', 'parent')), { code: 'ENOENT', path: at('no', 'parent') });

// Modes: a number, an octal string, or options.mode.
fs.mkdirSync(at('m700'), 0o700);
assert.strictEqual(fs.statSync(at('m700')).mode & 0o777, 0o700);
fs.mkdirSync(at('m750'), '750');
assert.strictEqual(fs.statSync(at('m750')).mode & 0o777, 0o750 & ~process.umask());
fs.mkdirSync(at('opt'), { mode: 0o711 });
assert.strictEqual(fs.statSync(at('opt')).mode & 0o777, 0o711 & ~process.umask());
assert.throws(() => fs.mkdirSync(at('bad'), { mode: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'x'",
});
assert.throws(() => fs.mkdirSync(at('bad'), { recursive: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. Received type string (\'yes\')',
});

// recursive: returns the outermost directory it created, as a prefix of the path given.
assert.strictEqual(fs.mkdirSync(at('r', 'a', 'b'), { recursive: true }), at('r'));
assert.strictEqual(fs.mkdirSync(at('r', 'a', 'b'), { recursive: true }), undefined);
assert.strictEqual(fs.mkdirSync(at('r', 'a', 'c') + '/', { recursive: true }), at('r', 'a', 'c') + '/');
assert.strictEqual(fs.mkdirSync(`${at('r')}/./e/../g`, { recursive: true }), `${at('r')}/./e`);
assert.ok(fs.statSync(at('r', 'g')).isDirectory());
assert.strictEqual(fs.mkdirSync(Buffer.from(at('buf', 'x')), { recursive: true }), at('buf'));
assert.strictEqual(fs.mkdirSync(at('r', 'mode'), { recursive: true, mode: 0o700 }), at('r', 'mode'));
assert.strictEqual(fs.statSync(at('r', 'mode')).mode & 0o777, 0o700);

// A file in the way: EEXIST for the path itself, ENOTDIR for a parent; both name the path given.
fs.writeFileSync(at('file'), '');
assert.throws(() => fs.mkdirSync(at('file'), { recursive: true }), {
  code: 'EEXIST', message: `EEXIST: file already exists, mkdir '${at('file')}'`,
});
assert.throws(() => fs.mkdirSync(at('file', 'x', 'y'), { recursive: true }), {
  code: 'ENOTDIR', message: `ENOTDIR: not a directory, mkdir '${at('file', 'x', 'y')}'`,
});

// Relative paths.
const cwd = process.cwd();
process.chdir(tmpdir.path);
assert.strictEqual(fs.mkdirSync('rel/x', { recursive: true }), 'rel');
process.chdir(cwd);

// Callback and promise flavours.
fs.mkdir(at('cb', 'deep'), { recursive: true }, common.mustCall(function(err, first) {
  assert.strictEqual(err, null);
  assert.strictEqual(first, at('cb'));
  fs.mkdir(at('cb', 'deep'), { recursive: true }, common.mustCall(function() {
    assert.strictEqual(arguments.length, 1);  // nothing created: no second argument
    assert.strictEqual(arguments[0], null);
  }));
}));
fs.mkdir(at('cb-plain'), common.mustCall(function(err) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(err, null);
}));
fs.mkdir(at('file', 'y'), { recursive: true }, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOTDIR');
  assert.strictEqual(err.path, at('file', 'y'));
}));
fs.promises.mkdir(at('p', 'q'), { recursive: true }).then(common.mustCall((first) => {
  assert.strictEqual(first, at('p'));
}));
fs.promises.mkdir(at('p2')).then(common.mustCall((result) => assert.strictEqual(result, undefined)));
assert.rejects(fs.promises.mkdir(at('plain')), { code: 'EEXIST' }).then(common.mustCall());

// mkdtemp: the prefix and six more characters, in the encoding asked for.
const made = fs.mkdtempSync(at('pre-'));
assert.match(made, /pre-[A-Za-z0-9]{6}$/);
assert.ok(fs.statSync(made).isDirectory());
assert.strictEqual(fs.statSync(made).mode & 0o777, 0o700);
const asBuffer = fs.mkdtempSync(at('pre-'), 'buffer');
assert.ok(Buffer.isBuffer(asBuffer));
assert.ok(fs.existsSync(asBuffer));
const asHex = fs.mkdtempSync(at('pre-'), { encoding: 'hex' });
assert.ok(fs.existsSync(Buffer.from(asHex, 'hex').toString()));
assert.match(fs.mkdtempSync(Buffer.from(at('buf-'))), /buf-.{6}$/);
assert.throws(() => fs.mkdtempSync(path.join(at('missing'), 'x')), {
  code: 'ENOENT', syscall: 'mkdtemp', path: path.join(at('missing'), 'xXXXXXX'),
});
fs.mkdtemp(at('cb-'), common.mustSucceed((dir) => assert.match(dir, /cb-.{6}$/)));
fs.mkdtemp(at('cb-'), 'buffer', common.mustSucceed((dir) => assert.ok(Buffer.isBuffer(dir))));
fs.mkdtemp(path.join(at('missing'), 'x'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'mkdtemp');
}));
fs.promises.mkdtemp(at('p-')).then(common.mustCall((dir) => assert.ok(fs.existsSync(dir))));
