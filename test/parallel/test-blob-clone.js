'use strict';
// Blobs are copied by structuredClone and by postMessage (to a port or a worker): same bytes,
// same type, a new object; a File arrives as a plain Blob (node 20); listing a blob in the
// transfer list copies it too. Host objects that must move still need the transfer list, and
// file-backed blobs (fs.openAsBlob) are refused, as in node.
const common = require('../common');
const assert = require('assert');
const { Blob, File } = require('buffer');
const { Worker, MessageChannel, receiveMessageOnPort } = require('worker_threads');

(async () => {
  const blob = new Blob(['hello ', new Uint8Array([119, 111]), 'rld'], { type: 'Text/Plain' });
  const copy = structuredClone(blob);
  assert.notStrictEqual(copy, blob);
  assert.ok(copy instanceof Blob);
  assert.strictEqual(copy.size, 11);
  assert.strictEqual(copy.type, 'text/plain');
  assert.strictEqual(await copy.text(), 'hello world');
  assert.strictEqual(Object.getPrototypeOf(Blob.prototype), Object.prototype);

  // One blob met twice stays one object; a slice carries only its own bytes.
  const big = new Blob([new Uint8Array(1 << 20).fill(7)]);
  const slice = big.slice(10, 14, 'a/b');
  const pair = structuredClone({ first: slice, second: slice, other: 1 });
  assert.strictEqual(pair.first, pair.second);
  assert.deepStrictEqual(new Uint8Array(await pair.first.arrayBuffer()), new Uint8Array([7, 7, 7, 7]));
  assert.strictEqual(pair.first.type, 'a/b');

  const file = new File(['abc'], 'name.txt', { lastModified: 42, type: 'x/y' });
  const fileCopy = structuredClone(file);
  assert.ok(fileCopy instanceof Blob);
  assert.strictEqual(fileCopy.size, 3);
  assert.strictEqual(fileCopy.type, 'x/y');
  assert.strictEqual(await fileCopy.text(), 'abc');

  assert.strictEqual(await structuredClone(blob, { transfer: [blob] }).text(), 'hello world');
  assert.strictEqual(await blob.text(), 'hello world');

  // Across a MessageChannel, listed or not.
  const { port1, port2 } = new MessageChannel();
  port1.postMessage({ blob }, [blob]);
  port1.postMessage([blob.slice(6)]);
  assert.strictEqual(await receiveMessageOnPort(port2).message.blob.text(), 'hello world');
  assert.strictEqual(await receiveMessageOnPort(port2).message[0].text(), 'world');
  port1.close();

  // A FileHandle is a host object that must move: without the transfer list it is refused.
  const handle = await require('fs').promises.open(__filename);
  assert.throws(() => structuredClone({ blob, handle }), { code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST' });
  await handle.close();
  assert.throws(() => structuredClone([blob, () => {}]), { name: 'DataCloneError' });
  const fileBlob = await require('fs').openAsBlob(__filename);
  assert.throws(() => structuredClone({ part: fileBlob }), {
    code: 'ERR_INVALID_STATE', name: 'TypeError', message: 'Invalid state: File-backed Blobs are not cloneable',
  });
  // ... but its slices are.
  assert.strictEqual(await structuredClone(fileBlob.slice(0, 13)).text(), "'use strict';");

  // To a worker and back.
  const worker = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.once('message', async ({ blob }) => {
      parentPort.postMessage({ text: await blob.text(), type: blob.type, back: blob.slice(0, 5) });
    });`, { eval: true });
  worker.postMessage({ blob });
  worker.once('message', common.mustCall(async ({ text, type, back }) => {
    assert.strictEqual(text, 'hello world');
    assert.strictEqual(type, 'text/plain');
    assert.strictEqual(await back.text(), 'hello');
    await worker.terminate();
  }));
})().then(common.mustCall());
