'use strict';
// Unhandled promise rejections, per --unhandled-rejections: throw (default), strict, warn,
// warn-with-error-code, none. V8 reports each rejection and each late handler; the list is
// examined after the microtask queue drains, so a handler attached in the same tick wins.

const {
  tickInfo,
  setPromiseRejectCallback,
  promiseRejectEvents: {
    kPromiseRejectWithNoHandler,
    kPromiseHandlerAddedAfterReject,
  },
} = internalBinding('task_queue');
const { triggerUncaughtException } = internalBinding('errors');

const kHasRejectionToWarn = 1;

const pendingUnhandled = [];  // promises rejected with no handler, in order
const rejectionInfo = new WeakMap();  // promise -> { reason, uid, warned }
const asyncHandledRejections = [];
let lastPromiseId = 0;

let mode;
function getMode() {
  if (mode === undefined) {
    const value = process._lodeOptions['--unhandled-rejections'] ?? 'throw';
    mode = ['throw', 'strict', 'warn', 'warn-with-error-code', 'none'].includes(value) ? value : 'throw';
  }
  return mode;
}

function promiseRejectHandler(type, promise, reason) {
  if (type === kPromiseRejectWithNoHandler) {
    rejectionInfo.set(promise, { reason, uid: ++lastPromiseId, warned: false });
    pendingUnhandled.push(promise);
    tickInfo[kHasRejectionToWarn] = 1;
  } else if (type === kPromiseHandlerAddedAfterReject) {
    const info = rejectionInfo.get(promise);
    if (info === undefined) return;
    rejectionInfo.delete(promise);
    if (info.warned) {
      asyncHandledRejections.push({ promise, info });
      tickInfo[kHasRejectionToWarn] = 1;
    }
  }
}

function emitUnhandledRejectionWarning(uid, reason) {
  const text = reason instanceof Error && reason.stack ? reason.stack : String(reason);
  const warning = new Error(
    'Unhandled promise rejection. This error originated either by throwing inside of an async ' +
    'function without a catch block, or by rejecting a promise which was not handled with .catch(). ' +
    'To terminate the node process on unhandled promise rejection, use the CLI flag ' +
    `\`--unhandled-rejections=strict\` (see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: ${uid})`);
  warning.name = 'UnhandledPromiseRejectionWarning';
  try {
    process.emitWarning(text, 'UnhandledPromiseRejectionWarning');
  } catch {}
  process.emitWarning(warning);
}

// What a rejection with a non-Error reason is reported as.
class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    const { noSideEffectsToString } = internalBinding('errors');
    super('This error originated either by throwing inside of an async function without a catch ' +
          'block, or by rejecting a promise which was not handled with .catch(). The promise ' +
          `rejected with the reason "${noSideEffectsToString(reason)}".`);
    this.code = 'ERR_UNHANDLED_REJECTION';
  }
}
Object.defineProperty(UnhandledPromiseRejection.prototype, 'name', {
  value: 'UnhandledPromiseRejection', writable: true, configurable: true,
});

function unhandledRejectionError(reason) {
  return new UnhandledPromiseRejection(reason);
}

// Reports what is pending; returns true if a handler may have queued more work.
function processPromiseRejections() {
  let maybeScheduledTicks = false;
  while (asyncHandledRejections.length > 0) {
    const { promise, info } = asyncHandledRejections.shift();
    if (!process.emit('rejectionHandled', promise)) {
      const warning = new Error(`Promise rejection was handled asynchronously (rejection id: ${info.uid})`);
      warning.name = 'PromiseRejectionHandledWarning';
      warning.id = info.uid;
      process.emitWarning(warning);
    }
  }
  // Only the rejections pending now: one a handler makes waits for the next round, so the
  // ticks that handler queued (which may handle it) run first, as in node.
  let count = pendingUnhandled.length;
  while (count-- > 0) {
    const promise = pendingUnhandled.shift();
    const info = rejectionInfo.get(promise);
    if (info === undefined) continue;  // handled in time
    info.warned = true;
    const { reason } = info;
    switch (getMode()) {
      case 'strict': {
        const err = reason instanceof Error ? reason : unhandledRejectionError(reason);
        triggerUncaughtException(err, true);
        const handled = process.emit('unhandledRejection', reason, promise);
        if (!handled) emitUnhandledRejectionWarning(info.uid, reason);
        break;
      }
      case 'none':
        process.emit('unhandledRejection', reason, promise);
        break;
      case 'warn':
        process.emit('unhandledRejection', reason, promise);
        emitUnhandledRejectionWarning(info.uid, reason);
        break;
      case 'warn-with-error-code':
        if (!process.emit('unhandledRejection', reason, promise)) {
          emitUnhandledRejectionWarning(info.uid, reason);
          process.exitCode = 1;
        }
        break;
      default: {  // throw
        if (!process.emit('unhandledRejection', reason, promise)) {
          const err = reason instanceof Error ? reason : unhandledRejectionError(reason);
          triggerUncaughtException(err, true);
        }
      }
    }
    maybeScheduledTicks = true;
  }
  return maybeScheduledTicks || pendingUnhandled.length !== 0;
}

function hasRejectionToWarn() {
  return pendingUnhandled.length > 0 || asyncHandledRejections.length > 0;
}

function setupPromiseRejectTracking() {
  setPromiseRejectCallback(promiseRejectHandler);
}

module.exports = { setupPromiseRejectTracking, processPromiseRejections, hasRejectionToWarn };
