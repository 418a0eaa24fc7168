'use strict';
// Closing a FileHandle ends its readableWebStream (before or after a reader is taken); a
// handle with a web stream is in use (not transferable); FileHandle's promise methods reject
// with ERR_INTERNAL_ASSERTION when called on something else.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { MessageChannel } = require('worker_threads');

(async () => {
  {
    const handle = await fs.promises.open(__filename);
    const reader = handle.readableWebStream().getReader();
    handle.close();
    await reader.closed;
  }
  {
    const handle = await fs.promises.open(__filename);
    const readable = handle.readableWebStream({ type: 'bytes' });
    handle.close();
    await readable.getReader().closed;
  }
  {
    const handle = await fs.promises.open(__filename);
    handle.readableWebStream();
    const { port1, port2 } = new MessageChannel();
    assert.throws(() => port2.postMessage(handle, [handle]), { name: 'DataCloneError', code: 25 });
    port1.close();
    await handle.close();
  }
  {
    const handle = await fs.promises.open(__filename);
    for (const name of ['stat', 'read', 'readFile', 'write', 'truncate', 'sync']) {
      await assert.rejects(handle[name].call({}), {
        code: 'ERR_INTERNAL_ASSERTION', message: /handle must be an instance of FileHandle/,
      });
    }
    await handle.close();
  }
})().then(common.mustCall());
