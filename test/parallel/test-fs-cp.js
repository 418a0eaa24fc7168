'use strict';
// fs.cp / cpSync / fs.promises.cp: files, trees (recursive), symlinks (made absolute unless
// verbatimSymlinks), filter (sync, or async in the async forms), force/errorOnExist,
// preserveTimestamps, and node's ERR_FS_CP_* refusals.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const at = (name) => tmpdir.resolve(name);
fs.mkdirSync(at('src/sub'), { recursive: true });
fs.writeFileSync(at('src/f'), 'a');
fs.writeFileSync(at('src/sub/g'), 'b');
fs.chmodSync(at('src/sub/g'), 0o640);
fs.symlinkSync('f', at('src/link'));
fs.writeFileSync(at('file'), 'x');

function checkSystemError(fn, key, info) {
  assert.throws(fn, (err) => {
    assert.strictEqual(err.name, 'SystemError');
    assert.strictEqual(err.code, key);
    assert.deepStrictEqual(err.info, info);
    assert.deepStrictEqual(Object.keys(err), ['code', 'info', 'errno', 'syscall', 'path']);
    return true;
  });
}

// A tree needs `recursive`.
checkSystemError(() => fs.cpSync(at('src'), at('dst')), 'ERR_FS_EISDIR', {
  message: `${at('src')} is a directory (not copied)`, path: at('src'), syscall: 'cp', errno: 22, code: 'EISDIR',
});
fs.cpSync(at('src'), at('dst'), { recursive: true });
assert.deepStrictEqual(fs.readdirSync(at('dst'), { recursive: true }).sort(), ['f', 'link', 'sub', 'sub/g']);
assert.strictEqual(fs.readFileSync(at('dst/sub/g'), 'utf8'), 'b');
assert.strictEqual(fs.statSync(at('dst/sub/g')).mode & 0o777, 0o640);
assert.strictEqual(fs.readlinkSync(at('dst/link')), at('src/f'));  // made absolute

fs.cpSync(at('src'), at('verbatim'), { recursive: true, verbatimSymlinks: true });
assert.strictEqual(fs.readlinkSync(at('verbatim/link')), 'f');
fs.cpSync(at('src'), at('deref'), { recursive: true, dereference: true });
assert.strictEqual(fs.lstatSync(at('deref/link')).isFile(), true);

// Files: overwrite by default; errorOnExist only counts without force.
fs.writeFileSync(at('dst/f'), 'old');
fs.cpSync(at('src/f'), at('dst/f'));
assert.strictEqual(fs.readFileSync(at('dst/f'), 'utf8'), 'a');
fs.writeFileSync(at('dst/f'), 'kept');
fs.cpSync(at('src/f'), at('dst/f'), { force: false });
assert.strictEqual(fs.readFileSync(at('dst/f'), 'utf8'), 'kept');
checkSystemError(() => fs.cpSync(at('src/f'), at('dst/f'), { force: false, errorOnExist: true }), 'ERR_FS_CP_EEXIST', {
  message: `${at('dst/f')} already exists`, path: at('dst/f'), syscall: 'cp', errno: 17, code: 'EEXIST',
});
// Missing parents of the destination are made.
fs.cpSync(at('file'), at('new/deeper/file'));
assert.strictEqual(fs.readFileSync(at('new/deeper/file'), 'utf8'), 'x');

// preserveTimestamps.
fs.utimesSync(at('file'), 1000, 2000);
fs.cpSync(at('file'), at('timed'), { preserveTimestamps: true });
assert.strictEqual(fs.statSync(at('timed')).mtimeMs, 2000000);

// filter: called for the top and each entry.
const filtered = [];
fs.cpSync(at('src'), at('filtered'), {
  recursive: true,
  filter(src, dest) {
    filtered.push([src, dest]);
    return !src.endsWith('sub');
  },
});
assert.deepStrictEqual(fs.readdirSync(at('filtered')).sort(), ['f', 'link']);
assert.deepStrictEqual(filtered[0], [at('src'), at('filtered')]);
assert.throws(() => fs.cpSync(at('src'), at('x'), { recursive: true, filter: () => Promise.resolve(true) }), {
  code: 'ERR_INVALID_RETURN_VALUE',
  message: 'Expected boolean to be returned from the "filter" function but got an instance of Promise.',
});

// Refusals.
checkSystemError(() => fs.cpSync(at('src'), at('src')), 'ERR_FS_CP_EINVAL', {
  message: 'src and dest cannot be the same', path: at('src'), syscall: 'cp', errno: 22, code: 'EINVAL',
});
checkSystemError(() => fs.cpSync(at('src'), at('src/sub/x'), { recursive: true }), 'ERR_FS_CP_EINVAL', {
  message: `cannot copy ${at('src')} to a subdirectory of self ${at('src/sub/x')}`, path: at('src/sub/x'),
  syscall: 'cp', errno: 22, code: 'EINVAL',
});
checkSystemError(() => fs.cpSync(at('src'), at('file'), { recursive: true }), 'ERR_FS_CP_DIR_TO_NON_DIR', {
  message: `cannot overwrite non-directory ${at('file')} with directory ${at('src')}`, path: at('file'),
  syscall: 'cp', errno: 21, code: 'EISDIR',
});
checkSystemError(() => fs.cpSync(at('file'), at('dst')), 'ERR_FS_CP_NON_DIR_TO_DIR', {
  message: `cannot overwrite directory ${at('dst')} with non-directory ${at('file')}`, path: at('dst'),
  syscall: 'cp', errno: 20, code: 'ENOTDIR',
});
const err = (() => { try { fs.cpSync(at('src'), at('src')); } catch (e) { return e; } })();
assert.strictEqual(err.message, `Invalid src or dest: cp returned EINVAL (src and dest cannot be the same) ${at('src')}`);
assert.throws(() => fs.cpSync(at('missing'), at('x')), {
  code: 'ENOENT', message: `ENOENT: no such file or directory, lstat '${at('missing')}'`,
});

// Option checks.
assert.throws(() => fs.cpSync(at('src'), at('x'), { dereference: true, verbatimSymlinks: true }), {
  code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
  message: 'Option "dereference" cannot be used in combination with option "verbatimSymlinks"',
});
assert.throws(() => fs.cpSync(at('src'), at('x'), { recursive: 1 }), {
  message: 'The "options.recursive" property must be of type boolean. Received type number (1)',
});
assert.throws(() => fs.cpSync(at('src'), at('x'), { filter: 1 }), {
  message: 'The "options.filter" property must be of type function. Received type number (1)',
});
assert.throws(() => fs.cpSync(at('src'), at('x'), 5), {
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => fs.cpSync(at('src'), at('x'), { mode: 9 }), {
  message: 'The value of "mode" is out of range. It must be >= 0 && <= 7. Received 9',
});
assert.throws(() => fs.cpSync(5, at('x')), {
  message: 'The "src" argument must be of type string or an instance of Buffer or URL. Received type number (5)',
});

// Callback and promise forms, with an async filter.
fs.cp(at('src'), at('cb'), { recursive: true }, common.mustCall(function(err) {
  assert.strictEqual(arguments.length, 2);
  assert.strictEqual(err, null);
  assert.deepStrictEqual(fs.readdirSync(at('cb'), { recursive: true }).sort(), ['f', 'link', 'sub', 'sub/g']);
}));
fs.cp(at('src'), at('src'), common.mustCall(function(err) {
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(err.code, 'ERR_FS_CP_EINVAL');
}));
fs.promises.cp(at('src'), at('promise'), { recursive: true, filter: async (src) => !src.endsWith('f') })
  .then(common.mustCall(() => {
    assert.deepStrictEqual(fs.readdirSync(at('promise'), { recursive: true }).sort(), ['link', 'sub', 'sub/g']);
  }));
assert.rejects(fs.promises.cp(at('src'), at('y')), { code: 'ERR_FS_EISDIR' }).then(common.mustCall());
