'use strict';
// FileHandle: every method, node's result objects, close() (once, waiting for operations in
// flight, 'close' event) and EBADF "file closed" afterwards.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('file');

(async () => {
  const handle = await fs.promises.open(file, 'w+');
  assert.strictEqual(typeof handle.on, 'function');  // an event emitter, though not instanceof
  assert.strictEqual(handle.constructor.name, 'FileHandle');
  assert.strictEqual(typeof handle.fd, 'number');
  assert.strictEqual(typeof handle.getAsyncId(), 'number');
  assert.deepStrictEqual(Object.keys(handle), ['_events', '_eventsCount', '_maxListeners', 'close']);
  for (const method of ['getAsyncId', 'fd', 'appendFile', 'chmod', 'chown', 'datasync', 'sync', 'read',
    'readv', 'readFile', 'readLines', 'stat', 'truncate', 'utimes', 'write', 'writev', 'writeFile',
    'readableWebStream', 'createReadStream', 'createWriteStream']) {
    assert.ok(method in Object.getPrototypeOf(handle), method);
  }

  // write: (string, position, encoding), (buffer, offset, length, position), (buffer, options).
  let result = await handle.write('hello');
  assert.deepStrictEqual(result, { __proto__: null, bytesWritten: 5, buffer: 'hello' });
  result = await handle.write(Buffer.from('abc'), 1);
  assert.strictEqual(result.bytesWritten, 2);
  result = await handle.write(Buffer.from('xyz'), { offset: 1, position: 0 });
  assert.strictEqual(result.bytesWritten, 2);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'yzllobc');
  result = await handle.write('ff', 1, 'hex');
  assert.strictEqual(result.bytesWritten, 1);
  result = await handle.writev([Buffer.from('1'), Buffer.from('2')], 0);
  assert.deepStrictEqual(Object.keys(result), ['bytesWritten', 'buffers']);
  assert.strictEqual(result.bytesWritten, 2);

  // read: (), (buffer, offset, length, position), (options), (buffer, options).
  result = await handle.read(Buffer.alloc(3), 0, 3, 0);
  assert.deepStrictEqual(result, { __proto__: null, bytesRead: 3, buffer: Buffer.from('12l') });
  result = await handle.read({ buffer: Buffer.alloc(2), position: 3 });
  assert.strictEqual(result.buffer.toString(), 'lo');
  result = await handle.read(Buffer.alloc(2), { position: 5 });
  assert.strictEqual(result.buffer.toString(), 'bc');
  result = await handle.read({ position: 0 });
  assert.strictEqual(result.bytesRead, 7);
  assert.strictEqual(result.buffer.length, 16384);
  result = await handle.readv([Buffer.alloc(2), Buffer.alloc(2)], 0);
  assert.deepStrictEqual(Object.keys(result), ['bytesRead', 'buffers']);
  assert.strictEqual(Buffer.concat(result.buffers).toString(), '12ll');
  await assert.rejects(handle.read(Buffer.alloc(2), 0, 5, 0), { code: 'ERR_OUT_OF_RANGE' });

  // Metadata.
  const stats = await handle.stat();
  assert.strictEqual(stats.size, 7);
  assert.strictEqual((await handle.stat({ bigint: true })).size, 7n);
  await handle.truncate(2);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), '12');
  await handle.truncate();
  assert.strictEqual(fs.statSync(file).size, 0);
  await handle.chmod(0o600);
  assert.strictEqual(fs.statSync(file).mode & 0o777, 0o600);
  await handle.utimes(1000, 2000);
  assert.strictEqual(fs.statSync(file).mtimeMs, 2000000);
  await handle.sync();
  await handle.datasync();
  const { uid, gid } = fs.statSync(file);
  await handle.chown(uid, gid);

  // readFile / writeFile / appendFile work at the current position.
  await handle.writeFile('abc');
  await handle.appendFile('def');
  assert.strictEqual(fs.readFileSync(file, 'utf8').replace(/\0/g, ''), 'abcdef');
  assert.strictEqual(await handle.readFile('utf8'), '');
  const reader = await fs.promises.open(file);
  assert.strictEqual((await reader.readFile()).toString().replace(/\0/g, ''), 'abcdef');
  await reader.close();

  // close: 'close' once however often it is called, fd -1 after, idempotent.
  const closed = common.mustCall();
  handle.on('close', closed);
  const { close } = handle;
  const closing = close();
  const again = handle.close();
  assert.strictEqual(await closing, undefined);
  assert.strictEqual(await again, undefined);
  assert.strictEqual(handle.fd, -1);
  assert.strictEqual(await handle.close(), undefined);

  for (const [method, args, syscall] of [['stat', [], 'fstat'], ['read', [], 'read'], ['write', ['x'], 'write'],
    ['truncate', [], 'ftruncate'], ['sync', [], 'fsync'], ['datasync', [], 'fdatasync'],
    ['chmod', [0o600], 'fchmod'], ['utimes', [1, 1], 'futimes'], ['readFile', [], 'readFile'],
    ['writeFile', ['x'], 'writeFile'], ['appendFile', ['x'], 'writeFile'],
    ['readv', [[Buffer.alloc(1)]], 'readv'], ['writev', [[Buffer.alloc(1)]], 'writev']]) {
    await assert.rejects(handle[method](...args), (err) => {
      assert.strictEqual(err.message, 'file closed');
      assert.strictEqual(err.code, 'EBADF');
      assert.strictEqual(err.syscall, syscall);
      assert.deepStrictEqual(Object.keys(err), ['code', 'syscall']);
      return true;
    });
  }

  // close() waits for the operations in flight.
  const busy = await fs.promises.open(file, 'r');
  const pending = busy.readFile();
  await busy.close();
  assert.ok(Buffer.isBuffer(await pending));

  // Symbol.asyncDispose closes.
  if (typeof Symbol.asyncDispose === 'symbol') {
    const disposable = await fs.promises.open(file);
    await disposable[Symbol.asyncDispose]();
    assert.strictEqual(disposable.fd, -1);
  }

  await assert.rejects(fs.promises.open(file, 'bad'), { code: 'ERR_INVALID_ARG_VALUE' });
  await assert.rejects(fs.promises.open(tmpdir.resolve('missing')), {
    code: 'ENOENT', syscall: 'open', path: tmpdir.resolve('missing'),
  });
})().then(common.mustCall());
