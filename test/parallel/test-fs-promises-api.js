'use strict';
// fs.promises (also require('fs/promises')): every operation on paths, readFile/writeFile
// with encodings, flags, iterables and AbortSignal, and node's checks.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const at = (name) => tmpdir.resolve(name);
const promises = require('fs/promises');
assert.strictEqual(promises, fs.promises);
assert.strictEqual(require('node:fs/promises'), fs.promises);
assert.deepStrictEqual(Object.keys(promises), [
  'access', 'copyFile', 'cp', 'open', 'opendir', 'rename', 'truncate', 'rm', 'rmdir', 'mkdir',
  'readdir', 'readlink', 'symlink', 'lstat', 'stat', 'statfs', 'link', 'unlink', 'chmod', 'lchmod',
  'lchown', 'chown', 'utimes', 'lutimes', 'realpath', 'mkdtemp', 'writeFile', 'appendFile',
  'readFile', 'watch', 'constants',
]);
assert.strictEqual(promises.constants, fs.constants);
for (const [name, fn] of Object.entries(promises)) {
  if (typeof fn === 'function' && name !== 'watch') assert.strictEqual(fn.name, name);
}

(async () => {
  // writeFile / readFile / appendFile.
  await promises.writeFile(at('f'), 'héllo');
  assert.strictEqual(await promises.readFile(at('f'), 'utf8'), 'héllo');
  assert.deepStrictEqual(await promises.readFile(at('f')), Buffer.from('héllo'));
  assert.strictEqual(await promises.readFile(at('f'), { encoding: 'base64' }), Buffer.from('héllo').toString('base64'));
  await assert.rejects(promises.readFile(at('f'), 'buffer'), { code: 'ERR_UNKNOWN_ENCODING' });
  await promises.appendFile(at('f'), '!');
  await promises.appendFile(at('f'), new Uint8Array([0x3f]));
  assert.strictEqual(await promises.readFile(at('f'), 'utf8'), 'héllo!?');
  await promises.writeFile(at('f'), 'abc', 'hex');  // odd hex is not refused
  assert.strictEqual(await promises.readFile(at('f'), 'hex'), 'ab');
  await promises.writeFile(at('mode'), 'x', { mode: 0o600, flush: true });
  assert.strictEqual(fs.statSync(at('mode')).mode & 0o777, 0o600);
  await assert.rejects(promises.writeFile(at('mode'), 'x', { flag: 'wx' }), { code: 'EEXIST', path: at('mode') });
  await assert.rejects(promises.writeFile(at('mode'), 'x', { flush: 'no' }), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(promises.readFile(at('missing')), {
    code: 'ENOENT', syscall: 'open', path: at('missing'),
    message: `ENOENT: no such file or directory, open '${at('missing')}'`,
  });
  await assert.rejects(promises.readFile(tmpdir.path), {
    code: 'EISDIR', syscall: 'read', message: 'EISDIR: illegal operation on a directory, read',
  });

  // Iterables, sync and async, of strings and bytes.
  await promises.writeFile(at('iter'), ['a', 'b', Buffer.from('c')]);
  assert.strictEqual(await promises.readFile(at('iter'), 'utf8'), 'abc');
  await promises.writeFile(at('iter'), (async function* () {
    yield 'x';
    yield new Uint8Array([0x41]);
  })());
  assert.strictEqual(await promises.readFile(at('iter'), 'utf8'), 'xA');
  await promises.writeFile(at('iter'), ['ff'], 'hex');
  assert.deepStrictEqual(await promises.readFile(at('iter')), Buffer.from([0xff]));
  for (const data of [5, {}, null]) {
    await assert.rejects(promises.writeFile(at('iter'), data), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: /^The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView\./,
    });
  }

  // AbortSignal.
  await assert.rejects(promises.readFile(at('f'), { signal: AbortSignal.abort() }), {
    name: 'AbortError', code: 'ABORT_ERR',
  });
  await assert.rejects(promises.writeFile(at('never'), 'x', { signal: AbortSignal.abort() }), { name: 'AbortError' });
  assert.strictEqual(fs.existsSync(at('never')), false);
  const controller = new AbortController();
  const stopped = promises.writeFile(at('stopped'), (async function* () {
    yield 'first';
    controller.abort();
    yield 'second';
  })(), { signal: controller.signal });
  await assert.rejects(stopped, { name: 'AbortError' });

  // Operations on paths.
  assert.strictEqual(await promises.access(at('f')), undefined);
  assert.strictEqual(await promises.access(at('f'), fs.constants.R_OK | fs.constants.W_OK), undefined);
  await assert.rejects(promises.access(at('missing')), { code: 'ENOENT', syscall: 'access' });
  await assert.rejects(promises.access(at('f'), 9), { code: 'ERR_OUT_OF_RANGE', message: 'mode is out of range: >= 0 && <= 7' });
  await promises.copyFile(at('f'), at('copy'));
  await assert.rejects(promises.copyFile(at('f'), at('copy'), fs.constants.COPYFILE_EXCL), {
    code: 'EEXIST', syscall: 'copyfile', path: at('f'), dest: at('copy'),
  });
  await promises.rename(at('copy'), at('renamed'));
  assert.ok(fs.existsSync(at('renamed')));
  await promises.link(at('renamed'), at('hard'));
  assert.strictEqual(fs.statSync(at('hard')).nlink, 2);
  await promises.unlink(at('hard'));
  await promises.symlink('renamed', at('soft'));
  assert.strictEqual(await promises.readlink(at('soft')), 'renamed');
  assert.deepStrictEqual(await promises.readlink(at('soft'), 'buffer'), Buffer.from('renamed'));
  assert.strictEqual(await promises.realpath(at('soft')), fs.realpathSync(at('renamed')));
  await promises.chmod(at('renamed'), 0o640);
  assert.strictEqual(fs.statSync(at('renamed')).mode & 0o777, 0o640);
  await assert.rejects(promises.lchmod(at('soft'), 0o600), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED', message: 'The lchmod() method is not implemented',
  });
  const { uid, gid } = fs.statSync(at('renamed'));
  await promises.chown(at('renamed'), uid, gid);
  await promises.lchown(at('soft'), uid, gid);
  await promises.utimes(at('renamed'), 100, new Date(200000));
  assert.strictEqual(fs.statSync(at('renamed')).mtimeMs, 200000);
  await promises.lutimes(at('soft'), 5, 6);
  assert.strictEqual(fs.lstatSync(at('soft')).mtimeMs, 6000);
  await promises.truncate(at('renamed'), 2);
  assert.strictEqual(fs.readFileSync(at('renamed'), 'latin1').length, 2);
  await promises.truncate(at('renamed'));
  assert.strictEqual(fs.statSync(at('renamed')).size, 0);
  await assert.rejects(promises.rename(at('missing'), at('x')), {
    message: `ENOENT: no such file or directory, rename '${at('missing')}' -> '${at('x')}'`,
  });
})().then(common.mustCall());
