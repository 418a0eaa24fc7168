'use strict';
// FileHandle.readableWebStream(): a ReadableStream of the file's bytes from the handle's
// position, ArrayBuffer chunks (or, with type 'bytes', a byte stream for BYOB readers).
// Closing the handle ends the stream: a pull that finds it closing reads nothing more.

const { ReadableStream } = require('internal/webstreams/readablestream');

function readableWebStream(handle, type, isClosing) {
  let streamController;
  const onClose = () => {
    try {
      streamController.close();
      streamController.byobRequest?.respond(0);
    } catch {
      // already closed or errored
    }
  };
  handle.once('close', onClose);
  const finish = (controller) => {
    handle.off('close', onClose);
    controller.close();
    controller.byobRequest?.respond(0);
  };
  const cancel = () => handle.off('close', onClose);
  if (type === 'bytes') {
    return new ReadableStream({
      type: 'bytes',
      autoAllocateChunkSize: 16384,
      start(controller) { streamController = controller; },
      async pull(controller) {
        if (isClosing()) return finish(controller);
        const view = controller.byobRequest.view;
        const { bytesRead } = await handle.read(view, view.byteOffset, view.byteLength);
        if (bytesRead === 0) return finish(controller);
        controller.byobRequest.respond(bytesRead);
      },
      cancel,
    });
  }
  return new ReadableStream({
    start(controller) { streamController = controller; },
    async pull(controller) {
      if (isClosing()) return finish(controller);
      const chunk = Buffer.allocUnsafeSlow(65536);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length);
      if (bytesRead === 0) return finish(controller);
      controller.enqueue(chunk.buffer.slice(0, bytesRead));
    },
    cancel,
  });
}

module.exports = { readableWebStream };
