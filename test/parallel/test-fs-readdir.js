'use strict';
// readdir: names (sorted by libuv), encodings, Dirent with file types, and recursive walks
// in the order node gives them (the promise API walks last-found-first).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const root = tmpdir.resolve('tree');
fs.mkdirSync(`${root}/a/b/c`, { recursive: true });
fs.mkdirSync(`${root}/d/e`, { recursive: true });
for (const file of ['a/f1', 'a/b/f2', 'd/f3', 'z']) fs.writeFileSync(`${root}/${file}`, '');
fs.symlinkSync(`${root}/a`, `${root}/link`);

assert.deepStrictEqual(fs.readdirSync(root), ['a', 'd', 'link', 'z']);
assert.deepStrictEqual(fs.readdirSync(Buffer.from(root)), ['a', 'd', 'link', 'z']);
assert.deepStrictEqual(fs.readdirSync(root, 'buffer'), ['a', 'd', 'link', 'z'].map((n) => Buffer.from(n)));
assert.deepStrictEqual(fs.readdirSync(root, { encoding: 'hex' }), ['61', '64', '6c696e6b', '7a']);
assert.deepStrictEqual(fs.readdirSync(root, { encoding: null }), ['a', 'd', 'link', 'z']);
assert.deepStrictEqual(fs.readdirSync(tmpdir.resolve('tree', 'a', 'b', 'c')), []);
assert.throws(() => fs.readdirSync(root, { recursive: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. Received type number (1)',
});
assert.throws(() => fs.readdirSync(`${root}/z`), { code: 'ENOTDIR', syscall: 'scandir' });

// Dirent.
const entries = fs.readdirSync(root, { withFileTypes: true });
assert.deepStrictEqual(entries.map((d) => d.name), ['a', 'd', 'link', 'z']);
assert.deepStrictEqual(entries.map((d) => [d.isDirectory(), d.isFile(), d.isSymbolicLink()]),
                       [[true, false, false], [true, false, false], [false, false, true], [false, true, false]]);
for (const entry of entries) {
  assert.ok(entry instanceof fs.Dirent);
  assert.deepStrictEqual(Object.keys(entry), ['name', 'parentPath', 'path']);
  assert.strictEqual(entry.parentPath, root);
  assert.strictEqual(entry.path, root);
  assert.strictEqual(entry.isFIFO(), false);
  assert.strictEqual(entry.isSocket(), false);
  assert.strictEqual(entry.isBlockDevice(), false);
  assert.strictEqual(entry.isCharacterDevice(), false);
}
assert.deepStrictEqual(Object.getOwnPropertyNames(fs.Dirent.prototype), [
  'constructor', 'isDirectory', 'isFile', 'isBlockDevice', 'isCharacterDevice', 'isSymbolicLink',
  'isFIFO', 'isSocket',
]);
const bufferEntries = fs.readdirSync(root, { withFileTypes: true, encoding: 'buffer' });
assert.deepStrictEqual(bufferEntries[0].name, Buffer.from('a'));
assert.strictEqual(bufferEntries[0].parentPath, root);
assert.deepStrictEqual(fs.readdirSync(Buffer.from(root), { withFileTypes: true })[0].parentPath,
                       Buffer.from(root));
assert.ok(fs.readdirSync('/dev', { withFileTypes: true }).find((d) => d.name === 'null').isCharacterDevice());

// Recursive: breadth first; without file types a link to a directory is walked into.
const expectedNames = [
  'a', 'd', 'link', 'z', 'a/b', 'a/f1', 'd/e', 'd/f3', 'link/b', 'link/f1',
  'a/b/c', 'a/b/f2', 'link/b/c', 'link/b/f2',
];
assert.deepStrictEqual(fs.readdirSync(root, { recursive: true }), expectedNames);
const expectedDirents = [
  `${root}|a`, `${root}|d`, `${root}|link`, `${root}|z`, `${root}/a|b`, `${root}/a|f1`,
  `${root}/d|e`, `${root}/d|f3`, `${root}/a/b|c`, `${root}/a/b|f2`,
];
const describe = (list) => list.map((d) => `${d.parentPath}|${d.name}`);
assert.deepStrictEqual(describe(fs.readdirSync(root, { recursive: true, withFileTypes: true })), expectedDirents);

fs.readdir(root, common.mustSucceed((names) => assert.deepStrictEqual(names, ['a', 'd', 'link', 'z'])));
fs.readdir(root, 'buffer', common.mustSucceed((names) => assert.deepStrictEqual(names[0], Buffer.from('a'))));
fs.readdir(root, { recursive: true }, common.mustSucceed((names) => {
  assert.deepStrictEqual(names, expectedNames);
}));
fs.readdir(root, { withFileTypes: true }, common.mustSucceed((list) => {
  assert.deepStrictEqual(list.map((d) => d.isDirectory()), [true, true, false, false]);
}));
fs.readdir(`${root}/z`, common.mustCall((err, names) => {
  assert.strictEqual(err.code, 'ENOTDIR');
  assert.strictEqual(err.path, `${root}/z`);
  assert.strictEqual(names, undefined);
}));

(async () => {
  assert.deepStrictEqual(await fs.promises.readdir(root), ['a', 'd', 'link', 'z']);
  // The promise API takes the directory found last first.
  assert.deepStrictEqual(await fs.promises.readdir(root, { recursive: true }), [
    'a', 'd', 'link', 'z', 'link/b', 'link/f1', 'link/b/c', 'link/b/f2', 'd/e', 'd/f3', 'a/b',
    'a/f1', 'a/b/c', 'a/b/f2',
  ]);
  assert.deepStrictEqual(describe(await fs.promises.readdir(root, { recursive: true, withFileTypes: true })), [
    `${root}|a`, `${root}|d`, `${root}|link`, `${root}|z`, `${root}/d|e`, `${root}/d|f3`,
    `${root}/a|b`, `${root}/a|f1`, `${root}/a/b|c`, `${root}/a/b|f2`,
  ]);
  await assert.rejects(fs.promises.readdir(`${root}/missing`), { code: 'ENOENT', syscall: 'scandir' });
})().then(common.mustCall());
