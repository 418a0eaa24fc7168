'use strict';
// ReadableStreamPipeTo (Streams Standard §4.9.1): reads chunks from the source while the
// destination has room, and propagates errors and closes between the two ends. Every write
// is issued as soon as its chunk is read; shutting down waits for the writes issued so far.

const {
  codes: { ERR_INVALID_STATE },
} = require('internal/errors');
const {
  Deferred,
  markHandled,
  noop,
  promiseAll,
  promiseResolve,
  whenSettled,
} = require('internal/webstreams/util');
const {
  defaultReaderRead,
  readableStreamCancel,
  readerRelease,
} = require('internal/webstreams/readable_core');
const { acquireDefaultReader } = require('internal/webstreams/readablestream');
const {
  acquireWriter,
  closeQueuedOrInFlight,
  writableStreamAbort,
  writerCloseWithErrorPropagation,
  writerRelease,
  writerWrite,
} = require('internal/webstreams/writablestream');

// `source` and `dest` are the internal states of a ReadableStream and a WritableStream.
function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const reader = acquireDefaultReader(source);
  const writer = acquireWriter(dest);
  source.disturbed = true;

  const result = new Deferred();
  let shuttingDown = false;
  // The promise of the last write issued, settled or not (its rejection is handled).
  let currentWrite = promiseResolve();

  function finalize(isError, error) {
    writerRelease(writer);
    readerRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) result.reject(error);
    else result.resolve();
  }

  // Resolves once no write issued by the pipe is pending any more.
  function waitForWritesToFinish() {
    const awaited = currentWrite;
    return whenSettled(awaited, () => (awaited === currentWrite ? undefined : waitForWritesToFinish()));
  }

  function destinationIsStillWritable() {
    return dest.state === 'writable' && !closeQueuedOrInFlight(dest);
  }

  function shutdownWithAction(action, isError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const performAction = () => {
      whenSettled(action(), () => finalize(isError, originalError),
                  (newError) => finalize(true, newError));
    };
    if (destinationIsStillWritable()) whenSettled(waitForWritesToFinish(), performAction);
    else performAction();
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (destinationIsStillWritable()) {
      whenSettled(waitForWritesToFinish(), () => finalize(isError, error));
    } else {
      finalize(isError, error);
    }
  }

  function abortAlgorithm() {
    const error = signal.reason;
    const actions = [];
    if (!preventAbort) {
      actions.push(() => (dest.state === 'writable' ? writableStreamAbort(dest, error) : promiseResolve()));
    }
    if (!preventCancel) {
      actions.push(() => (source.state === 'readable' ? readableStreamCancel(source, error) : promiseResolve()));
    }
    shutdownWithAction(() => waitForAll(actions.map((action) => action())), true, error);
  }

  if (signal !== undefined) {
    if (signal.aborted) {
      abortAlgorithm();
      return result.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  // One chunk per step: wait until the destination has room, then read and write.
  function pipeStep() {
    if (shuttingDown) return promiseResolve(true);
    return whenSettled(writer.ready.promise, () => {
      const step = new Deferred();
      defaultReaderRead(reader, {
        chunkSteps(chunk) {
          currentWrite = writerWrite(writer, chunk);
          markHandled(currentWrite);
          step.resolve(false);
        },
        closeSteps() { step.resolve(true); },
        errorSteps(error) { step.reject(error); },
      });
      return step.promise;
    });
  }

  function pipeLoop() {
    const loop = new Deferred();
    const next = (done) => {
      if (done) loop.resolve();
      else whenSettled(pipeStep(), next, (error) => loop.reject(error));
    };
    next(false);
    return loop.promise;
  }

  // Errors and closes are propagated in this order of precedence.
  whenErrored(source, reader.closed.promise, (storedError) => {
    if (!preventAbort) {
      shutdownWithAction(() => writableStreamAbort(dest, storedError), true, storedError);
    } else {
      shutdown(true, storedError);
    }
  });
  whenErrored(dest, writer.closed.promise, (storedError) => {
    if (!preventCancel) {
      shutdownWithAction(() => readableStreamCancel(source, storedError), true, storedError);
    } else {
      shutdown(true, storedError);
    }
  });
  whenClosed(source, reader.closed.promise, () => {
    if (!preventClose) shutdownWithAction(() => writerCloseWithErrorPropagation(writer));
    else shutdown();
  });
  if (closeQueuedOrInFlight(dest) || dest.state === 'closed') {
    const destClosed = new ERR_INVALID_STATE.TypeError('Destination WritableStream is closed');
    if (!preventCancel) {
      shutdownWithAction(() => readableStreamCancel(source, destClosed), true, destClosed);
    } else {
      shutdown(true, destClosed);
    }
  }

  markHandled(pipeLoop());
  return result.promise;
}

// Settles when all `promises` fulfill or one rejects. Node waits on each through a promise
// of its own and on the whole through another, two ticks more than Promise.all; the order
// of callbacks shows it.
function waitForAll(promises) {
  return new Promise((resolve, reject) => {
    const wrapped = promises.map((promise) => new Promise((fulfill, fail) => {
      whenSettled(promise, fulfill, fail);
    }));
    whenSettled(promiseAll(wrapped), resolve, reject);
  });
}

function whenErrored(stream, closedPromise, action) {
  if (stream.state === 'errored') action(stream.storedError);
  else whenSettled(closedPromise, undefined, action);
}

function whenClosed(stream, closedPromise, action) {
  if (stream.state === 'closed') action();
  else whenSettled(closedPromise, action, noop);
}

module.exports = { readableStreamPipeTo };
