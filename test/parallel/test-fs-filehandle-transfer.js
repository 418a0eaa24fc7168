'use strict';
// A FileHandle listed in a postMessage transfer list moves to the receiver (a port in this
// thread or a Worker): the receiver gets a working FileHandle over the same descriptor; the
// sender's is closed without closing the descriptor and without a 'close' event. A handle
// not listed, listed twice, in use or closed cannot be sent, with node's errors.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { Worker, MessageChannel } = require('worker_threads');

(async () => {
  const handle = await fs.promises.open(__filename);
  const fd = handle.fd;
  const { port1, port2 } = new MessageChannel();
  assert.throws(() => port1.postMessage(handle), {
    name: 'TypeError',
    code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
    message: 'Object that needs transfer was found in message but not listed in transferList',
  });
  assert.throws(() => port1.postMessage({ handle }, [handle, handle]), {
    name: 'DataCloneError', message: 'Transfer list contains duplicate FileHandle',
  });
  const pending = handle.stat();
  assert.throws(() => port1.postMessage(handle, [handle]), {
    name: 'DataCloneError', message: 'Cannot transfer FileHandle while in use',
  });
  await pending;
  assert.strictEqual(handle.fd, fd);  // a refused transfer changes nothing

  handle.on('close', common.mustNotCall());
  port1.postMessage({ handle, text: 'x' }, [handle]);
  assert.strictEqual(handle.fd, -1);
  await assert.rejects(handle.stat(), { code: 'EBADF', message: 'file closed' });
  const [message] = await new Promise((resolve) => port2.once('message', (...args) => resolve(args)));
  assert.strictEqual(message.text, 'x');
  assert.strictEqual(message.handle.constructor.name, 'FileHandle');
  assert.strictEqual(message.handle.fd, fd);
  assert.ok((await message.handle.stat()).isFile());
  await message.handle.close();
  port1.close();

  // structuredClone with the handle in its transfer list moves it too.
  const cloned = await fs.promises.open(__filename);
  const clonedFd = cloned.fd;
  const copy = structuredClone({ cloned }, { transfer: [cloned] });
  assert.strictEqual(cloned.fd, -1);
  assert.strictEqual(copy.cloned.fd, clonedFd);
  assert.strictEqual(await copy.cloned.readFile('utf8'), fs.readFileSync(__filename, 'utf8'));
  await copy.cloned.close();

  // A stream reading through a handle is using it.
  const streamed = await fs.promises.open(__filename);
  const stream = fs.createReadStream(null, { fd: streamed });
  assert.throws(() => new MessageChannel().port1.postMessage(streamed, [streamed]), {
    name: 'DataCloneError', message: 'Cannot transfer FileHandle while in use',
  });
  stream.destroy();
  await new Promise((resolve) => stream.once('close', resolve));

  const closed = await fs.promises.open(__filename);
  await closed.close();
  assert.throws(() => new MessageChannel().port1.postMessage(closed, [closed]), { name: 'DataCloneError' });

  // To a worker, which reads the file through it and closes it.
  const forWorker = await fs.promises.open(__filename);
  const worker = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.once('message', async (handle) => {
      const text = await handle.readFile('utf8');
      await handle.close();
      parentPort.postMessage(text);
    });
  `, { eval: true });
  worker.postMessage(forWorker, [forWorker]);
  assert.strictEqual(forWorker.fd, -1);
  const text = await new Promise((resolve) => worker.once('message', resolve));
  assert.strictEqual(text, fs.readFileSync(__filename, 'utf8'));
  await worker.terminate();
})().then(common.mustCall());
