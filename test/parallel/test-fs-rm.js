'use strict';
// rm / rmSync / fs.promises.rm and rmdir: files, trees with `recursive`, `force` for missing
// paths, node's ERR_FS_EISDIR SystemError for a directory without `recursive`, option checks.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const at = (name) => tmpdir.resolve(name);
function makeTree(name) {
  const base = at(name);
  fs.mkdirSync(`${base}/a/b/c`, { recursive: true });
  fs.writeFileSync(`${base}/a/f`, 'x');
  fs.writeFileSync(`${base}/a/b/c/g`, 'x');
  fs.symlinkSync(at('outside'), `${base}/a/link`);
  return base;
}
fs.mkdirSync(at('outside'));
fs.writeFileSync(at('outside/keep'), 'kept');

// Files.
fs.writeFileSync(at('file'), '');
fs.rmSync(at('file'));
assert.strictEqual(fs.existsSync(at('file')), false);
assert.throws(() => fs.rmSync(at('file')), {
  code: 'ENOENT', syscall: 'lstat', message: `ENOENT: no such file or directory, lstat '${at('file')}'`,
});
fs.rmSync(at('file'), { force: true });

// A directory needs `recursive`.
const tree = makeTree('tree');
let eisdir;
try {
  fs.rmSync(tree);
} catch (err) {
  eisdir = err;
}
assert.strictEqual(eisdir.name, 'SystemError');
assert.strictEqual(eisdir.code, 'ERR_FS_EISDIR');
assert.strictEqual(eisdir.message, `Path is a directory: rm returned EISDIR (is a directory) ${tree}`);
assert.strictEqual(eisdir.toString(), `SystemError [ERR_FS_EISDIR]: ${eisdir.message}`);
assert.match(eisdir.stack, /^SystemError \[ERR_FS_EISDIR\]: Path is a directory/);
assert.deepStrictEqual(Object.keys(eisdir), ['code', 'info', 'errno', 'syscall', 'path']);
assert.deepStrictEqual(eisdir.info, { code: 'EISDIR', message: 'is a directory', path: tree, syscall: 'rm', errno: 21 });
assert.strictEqual(eisdir.errno, 21);
assert.strictEqual(eisdir.syscall, 'rm');
assert.strictEqual(eisdir.path, tree);
eisdir.errno = 5;
assert.strictEqual(eisdir.info.errno, 5);

// recursive removes the tree, not what its links point to.
fs.rmSync(tree, { recursive: true });
assert.strictEqual(fs.existsSync(tree), false);
assert.strictEqual(fs.readFileSync(at('outside/keep'), 'utf8'), 'kept');
// A link to a directory is removed as a link.
fs.symlinkSync(at('outside'), at('dirlink'));
fs.rmSync(at('dirlink'));
assert.ok(fs.existsSync(at('outside/keep')));

// Option checks.
for (const [options, message] of [
  [{ force: 1 }, 'The "options.force" property must be of type boolean. Received type number (1)'],
  [{ recursive: 'x' }, 'The "options.recursive" property must be of type boolean. Received type string (\'x\')'],
  [{ maxRetries: -1 }, 'The value of "options.maxRetries" is out of range. It must be >= 0 && <= 4294967295. Received -1'],
  [{ retryDelay: 1.5 }, 'The value of "options.retryDelay" is out of range. It must be an integer. Received 1.5'],
  [5, 'The "options" argument must be of type object. Received type number (5)'],
  [null, 'The "options" argument must be of type object. Received null'],
]) {
  assert.throws(() => fs.rmSync(at('outside'), options), { message });
  assert.throws(() => fs.rm(at('outside'), options, common.mustNotCall()), { message });
}

// Callback flavour.
const cbTree = makeTree('cb-tree');
fs.rm(cbTree, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_FS_EISDIR');
  fs.rm(cbTree, { recursive: true, maxRetries: 2 }, common.mustCall(function(err) {
    assert.strictEqual(arguments.length, 1);
    assert.strictEqual(err, null);
    assert.strictEqual(fs.existsSync(cbTree), false);
  }));
}));
fs.rm(at('missing'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'lstat');
}));
fs.rm(at('missing'), { force: true }, common.mustSucceed());

// Promise flavour.
const promiseTree = makeTree('promise-tree');
(async () => {
  await assert.rejects(fs.promises.rm(promiseTree), { code: 'ERR_FS_EISDIR' });
  assert.strictEqual(await fs.promises.rm(promiseTree, { recursive: true }), undefined);
  assert.strictEqual(fs.existsSync(promiseTree), false);
  await fs.promises.rm(at('missing'), { force: true });
  await assert.rejects(fs.promises.rm(at('missing')), { code: 'ENOENT' });
})().then(common.mustCall());

// rmdir: plain, and the deprecated `recursive`.
fs.mkdirSync(at('empty'));
fs.rmdirSync(at('empty'));
const rmdirTree = makeTree('rmdir-tree');
assert.throws(() => fs.rmdirSync(rmdirTree), { code: 'ENOTEMPTY', syscall: 'rmdir', path: rmdirTree });
assert.throws(() => fs.rmdirSync(at('outside/keep')), { code: 'ENOTDIR' });
assert.throws(() => fs.rmdirSync(rmdirTree, 5), {
  message: 'The "options" argument must be of type object. Received type number (5)',
});
common.expectWarning('DeprecationWarning',
                     'In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
                     'Use fs.rm(path, { recursive: true }) instead');
fs.rmdirSync(rmdirTree, { recursive: true });
assert.strictEqual(fs.existsSync(rmdirTree), false);
assert.throws(() => fs.rmdirSync(at('missing'), { recursive: true }), { code: 'ENOENT', syscall: 'lstat' });
fs.mkdirSync(at('cb-empty'));
fs.rmdir(at('cb-empty'), common.mustSucceed(() => assert.strictEqual(fs.existsSync(at('cb-empty')), false)));
fs.promises.rmdir(at('outside')).catch(common.mustCall((err) => assert.strictEqual(err.code, 'ENOTEMPTY')));

// Names that are not UTF-8 are removed too.
{
  const dir = at('bytes');
  fs.mkdirSync(dir);
  fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0xff, 0xfe, 0x41])]), '');
  fs.rmSync(dir, { recursive: true });
  assert.strictEqual(fs.existsSync(dir), false);
}

// As in node, fs.rm checks no callback: without one it removes the path, then calling the
// missing callback throws a TypeError that nothing catches.
{
  const file = at('no-callback');
  fs.writeFileSync(file, '');
  process.once('uncaughtException', common.mustCall((err) => {
    assert.ok(err instanceof TypeError);
    assert.strictEqual(fs.existsSync(file), false);
  }));
  fs.rm(file);
}
