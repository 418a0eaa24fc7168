'use strict';
// fs.opendir / opendirSync / fs.promises.opendir and fs.Dir: reading in batches, the async
// iterator (which closes the directory), recursive reading, ERR_DIR_CLOSED and
// ERR_DIR_CONCURRENT_OPERATION, queued async operations, and checks.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const root = tmpdir.resolve('tree');
fs.mkdirSync(`${root}/a/b`, { recursive: true });
fs.mkdirSync(`${root}/d`);
for (const file of ['z', 'a/f1', 'a/b/f2', 'd/f3']) fs.writeFileSync(`${root}/${file}`, '');
fs.symlinkSync(`${root}/a`, `${root}/link`);
const topNames = fs.readdirSync(root).sort();

const sortedNames = (dirents) => dirents.map((d) => d.name).sort();

// readSync until null; Dirents of the directory.
{
  const dir = fs.opendirSync(root);
  assert.ok(dir instanceof fs.Dir);
  assert.strictEqual(dir.path, root);
  assert.deepStrictEqual(Object.keys(dir), []);
  const entries = [];
  let entry;
  while ((entry = dir.readSync()) !== null) entries.push(entry);
  assert.deepStrictEqual(sortedNames(entries), topNames);
  for (const dirent of entries) {
    assert.ok(dirent instanceof fs.Dirent);
    assert.strictEqual(dirent.parentPath, root);
  }
  assert.strictEqual(entries.find((d) => d.name === 'link').isSymbolicLink(), true);
  assert.strictEqual(entries.find((d) => d.name === 'a').isDirectory(), true);
  assert.strictEqual(dir.readSync(), null);
  dir.closeSync();
  assert.throws(() => dir.readSync(), { code: 'ERR_DIR_CLOSED', message: 'Directory handle was closed' });
  assert.throws(() => dir.closeSync(), { code: 'ERR_DIR_CLOSED' });
  dir.close(common.mustCall((err) => assert.strictEqual(err.code, 'ERR_DIR_CLOSED')));
  assert.rejects(dir.close(), { code: 'ERR_DIR_CLOSED' }).then(common.mustCall());
  assert.throws(() => dir.read(), { code: 'ERR_DIR_CLOSED' });  // thrown, not a rejection
}

// Encodings, a small buffer.
{
  const dir = fs.opendirSync(root, { encoding: 'buffer', bufferSize: 1 });
  const names = [];
  let entry;
  while ((entry = dir.readSync()) !== null) names.push(entry.name);
  assert.ok(names.every(Buffer.isBuffer));
  assert.deepStrictEqual(names.map(String).sort(), topNames);
  dir.closeSync();
}

// A sync call while an async one runs (its callback included) is refused.
{
  const dir = fs.opendirSync(root);
  dir.read(common.mustSucceed((entry) => {
    assert.ok(topNames.includes(entry.name));
    assert.throws(() => dir.readSync(), { code: 'ERR_DIR_CONCURRENT_OPERATION' });
  }));
  assert.throws(() => dir.readSync(), {
    code: 'ERR_DIR_CONCURRENT_OPERATION',
    message: 'Cannot do synchronous work on directory handle with concurrent asynchronous operations',
  });
  assert.throws(() => dir.closeSync(), { code: 'ERR_DIR_CONCURRENT_OPERATION' });
  dir.close(common.mustSucceed());  // queued behind the read
}

// Recursive: breadth first, links not followed.
{
  const dir = fs.opendirSync(root, { recursive: true });
  const seen = [];
  let entry;
  while ((entry = dir.readSync()) !== null) seen.push(`${entry.parentPath.slice(root.length)}|${entry.name}`);
  dir.closeSync();
  assert.deepStrictEqual([...seen].sort(), [
    '/a/b|f2', '/a|b', '/a|f1', '/d|f3', '|a', '|d', '|link', '|z',
  ]);
  const depth = (item) => item.split('|')[0].split('/').length;
  assert.ok(seen.slice(0, 4).every((item) => depth(item) === 1));
}

// Callbacks, promises and the async iterator.
fs.opendir(root, common.mustSucceed((dir) => {
  dir.read(common.mustSucceed((entry) => {
    assert.ok(topNames.includes(entry.name));
    dir.close(common.mustSucceed());
  }));
}));
fs.opendir(tmpdir.resolve('missing'), common.mustCall((err) => {
  assert.strictEqual(err.message, `ENOENT: no such file or directory, opendir '${tmpdir.resolve('missing')}'`);
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path']);
}));
(async () => {
  const names = [];
  const dir = await fs.promises.opendir(root);
  for await (const entry of dir) names.push(entry.name);
  assert.deepStrictEqual(names.sort(), topNames);
  await assert.rejects(dir.close(), { code: 'ERR_DIR_CLOSED' });  // the iterator closed it

  const recursive = [];
  for await (const entry of await fs.promises.opendir(root, { recursive: true })) recursive.push(entry.name);
  assert.deepStrictEqual(recursive.sort(), ['a', 'b', 'd', 'f1', 'f2', 'f3', 'link', 'z']);

  const early = await fs.promises.opendir(root);
  for await (const entry of early) {
    assert.ok(entry);
    break;  // leaving the loop closes the directory too
  }
  assert.throws(() => early.readSync(), { code: 'ERR_DIR_CLOSED' });

  const another = await fs.promises.opendir(root);
  assert.ok(topNames.includes((await another.read()).name));
  assert.strictEqual(await another.close(), undefined);
  await assert.rejects(fs.promises.opendir(tmpdir.resolve('missing')), { code: 'ENOENT', syscall: 'opendir' });
})().then(common.mustCall());

// Checks, and the sync error (which names no path, as node's).
assert.throws(() => fs.opendirSync(tmpdir.resolve('missing')), (err) => {
  assert.strictEqual(err.message, 'ENOENT: no such file or directory, opendir');
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall']);
  return true;
});
assert.throws(() => fs.opendirSync(root, { bufferSize: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.bufferSize" is out of range. It must be >= 1 && <= 4294967295. Received 0',
});
assert.throws(() => fs.opendirSync(root, { bufferSize: 'x' }), {
  message: 'The "options.bufferSize" property must be of type number. Received type string (\'x\')',
});
assert.throws(() => fs.opendirSync(root, { encoding: 'bogus' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.opendir(root), { code: 'ERR_INVALID_ARG_TYPE' });
