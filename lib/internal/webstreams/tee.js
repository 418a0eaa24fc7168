'use strict';
// ReadableStreamTee (Streams Standard §4.9.1): splits a stream into two branches that see
// the same chunks. Byte streams get byte-stream branches with their own copy of each chunk,
// and a BYOB read on a branch reads straight into the reader's buffer.

const {
  Deferred,
  cloneAsUint8Array,
  promiseResolve,
  whenSettled,
} = require('internal/webstreams/util');
const {
  byobReaderRead,
  defaultReaderRead,
  readableStreamCancel,
  readerRelease,
} = require('internal/webstreams/readable_core');
const {
  acquireBYOBReader,
  acquireDefaultReader,
  createReadableByteStream,
  createReadableStream,
} = require('internal/webstreams/readablestream');
const {
  defaultControllerClose,
  defaultControllerEnqueue,
  defaultControllerError,
} = require('internal/webstreams/readable_default_controller');
const {
  byteControllerClose,
  byteControllerEnqueue,
  byteControllerError,
  byteControllerRespond,
  byteControllerRespondWithNewView,
  getBYOBRequest,
  isReadableByteStreamController,
} = require('internal/webstreams/readable_byte_controller');

const { queueMicrotask } = globalThis;

function readableStreamTee(stream) {
  if (isReadableByteStreamController(stream.controller.api)) return byteStreamTee(stream);
  return defaultTee(stream);
}

// Cancelling both branches cancels the source with both reasons.
function createCancelState(stream) {
  const state = {
    canceled: [false, false],
    reasons: [undefined, undefined],
    cancelPromise: new Deferred(),
    cancelAlgorithm(index) {
      return (reason) => {
        state.canceled[index] = true;
        state.reasons[index] = reason;
        if (state.canceled[1 - index]) {
          const compositeReason = [state.reasons[0], state.reasons[1]];
          state.cancelPromise.resolve(readableStreamCancel(stream, compositeReason));
        }
        return state.cancelPromise.promise;
      };
    },
  };
  return state;
}

function defaultTee(stream) {
  const reader = acquireDefaultReader(stream);
  const cancelState = createCancelState(stream);
  const { canceled, cancelPromise } = cancelState;
  let reading = false;
  let readAgain = false;
  let branch1;
  let branch2;

  const readRequest = {
    chunkSteps(chunk) {
      // Let a pending error of the source reach the branches before this chunk does.
      queueMicrotask(() => {
        readAgain = false;
        if (!canceled[0]) defaultControllerEnqueue(branch1.controller, chunk);
        if (!canceled[1]) defaultControllerEnqueue(branch2.controller, chunk);
        reading = false;
        if (readAgain) pullAlgorithm();
      });
    },
    closeSteps() {
      // Node closes the branches on the next tick, after the pending microtasks.
      process.nextTick(() => {
        reading = false;
        if (!canceled[0]) defaultControllerClose(branch1.controller);
        if (!canceled[1]) defaultControllerClose(branch2.controller);
        if (!canceled[0] || !canceled[1]) cancelPromise.resolve();
      });
    },
    errorSteps() {
      reading = false;
    },
  };

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return promiseResolve();
    }
    reading = true;
    defaultReaderRead(reader, readRequest);
    return promiseResolve();
  }

  const startAlgorithm = () => {};
  branch1 = createReadableStream(startAlgorithm, pullAlgorithm, cancelState.cancelAlgorithm(0));
  branch2 = createReadableStream(startAlgorithm, pullAlgorithm, cancelState.cancelAlgorithm(1));

  whenSettled(reader.closed.promise, undefined, (error) => {
    defaultControllerError(branch1.controller, error);
    defaultControllerError(branch2.controller, error);
    if (!canceled[0] || !canceled[1]) cancelPromise.resolve();
  });
  return [branch1, branch2];
}

function byteStreamTee(stream) {
  let reader = acquireDefaultReader(stream);
  const cancelState = createCancelState(stream);
  const { canceled, cancelPromise } = cancelState;
  let reading = false;
  let readAgainForBranch = [false, false];
  const branches = [undefined, undefined];

  function forwardReaderError(thisReader) {
    whenSettled(thisReader.closed.promise, undefined, (error) => {
      if (thisReader !== reader) return;
      byteControllerError(branches[0].controller, error);
      byteControllerError(branches[1].controller, error);
      if (!canceled[0] || !canceled[1]) cancelPromise.resolve();
    });
  }

  function pullAgainIfAsked() {
    if (readAgainForBranch[0]) pull(0);
    else if (readAgainForBranch[1]) pull(1);
  }

  function pullWithDefaultReader() {
    if (reader.kind === 'byob') {
      readerRelease(reader);
      reader = acquireDefaultReader(stream);
      forwardReaderError(reader);
    }
    defaultReaderRead(reader, {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgainForBranch = [false, false];
          let chunk2 = chunk;
          if (!canceled[0] && !canceled[1]) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (error) {
              byteControllerError(branches[0].controller, error);
              byteControllerError(branches[1].controller, error);
              cancelPromise.resolve(readableStreamCancel(stream, error));
              return;
            }
          }
          if (!canceled[0]) byteControllerEnqueue(branches[0].controller, chunk);
          if (!canceled[1]) byteControllerEnqueue(branches[1].controller, chunk2);
          reading = false;
          pullAgainIfAsked();
        });
      },
      closeSteps() {
        reading = false;
        if (!canceled[0]) byteControllerClose(branches[0].controller);
        if (!canceled[1]) byteControllerClose(branches[1].controller);
        for (const branch of branches) {
          if (branch.controller.pendingPullIntos.length > 0) byteControllerRespond(branch.controller, 0);
        }
        if (!canceled[0] || !canceled[1]) cancelPromise.resolve();
      },
      errorSteps() {
        reading = false;
      },
    });
  }

  function pullWithBYOBReader(view, index) {
    if (reader.kind === 'default') {
      readerRelease(reader);
      reader = acquireBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = branches[index];
    const otherBranch = branches[1 - index];
    byobReaderRead(reader, view, 1, {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgainForBranch = [false, false];
          const byobCanceled = canceled[index];
          const otherCanceled = canceled[1 - index];
          if (!otherCanceled) {
            let clonedChunk;
            try {
              clonedChunk = cloneAsUint8Array(chunk);
            } catch (error) {
              byteControllerError(byobBranch.controller, error);
              byteControllerError(otherBranch.controller, error);
              cancelPromise.resolve(readableStreamCancel(stream, error));
              return;
            }
            if (!byobCanceled) byteControllerRespondWithNewView(byobBranch.controller, chunk);
            byteControllerEnqueue(otherBranch.controller, clonedChunk);
          } else if (!byobCanceled) {
            byteControllerRespondWithNewView(byobBranch.controller, chunk);
          }
          reading = false;
          pullAgainIfAsked();
        });
      },
      closeSteps(chunk) {
        reading = false;
        const byobCanceled = canceled[index];
        const otherCanceled = canceled[1 - index];
        if (!byobCanceled) byteControllerClose(byobBranch.controller);
        if (!otherCanceled) byteControllerClose(otherBranch.controller);
        if (chunk !== undefined) {
          if (!byobCanceled) byteControllerRespondWithNewView(byobBranch.controller, chunk);
          if (!otherCanceled && otherBranch.controller.pendingPullIntos.length > 0) {
            byteControllerRespond(otherBranch.controller, 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelPromise.resolve();
      },
      errorSteps() {
        reading = false;
      },
    });
  }

  function pull(index) {
    if (reading) {
      readAgainForBranch[index] = true;
      return promiseResolve();
    }
    reading = true;
    const byobRequest = getBYOBRequest(branches[index].controller);
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest.view, index);
    return promiseResolve();
  }

  const startAlgorithm = () => {};
  branches[0] = createReadableByteStream(startAlgorithm, () => pull(0), cancelState.cancelAlgorithm(0));
  branches[1] = createReadableByteStream(startAlgorithm, () => pull(1), cancelState.cancelAlgorithm(1));
  forwardReaderError(reader);
  return branches;
}

module.exports = { readableStreamTee };
