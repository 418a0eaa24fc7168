'use strict';
// What happens to an exception nobody caught: the capture callback, then
// 'uncaughtExceptionMonitor' and 'uncaughtException' listeners; when none handles it, the
// 'exit' event and node's report (arrow to the source line, the inspected error).

const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET } } =
  require('internal/errors');

let exceptionCaptureCallback = null;

function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    exceptionCaptureCallback = null;
    internalBinding('errors').setAbortOnUncaughtException(true);
    return;
  }
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  if (exceptionCaptureCallback !== null) throw new ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  exceptionCaptureCallback = fn;
  // Captured exceptions are handled: --abort-on-uncaught-exception must not abort for them.
  internalBinding('errors').setAbortOnUncaughtException(false);
}

function hasUncaughtExceptionCaptureCallback() {
  return exceptionCaptureCallback !== null;
}

function formatFatalReport(error, arrow) {
  // An 'error' event nobody listened to adds where it was emitted to the stack.
  const { kEnhanceStackBeforeInspector } = require('internal/events/symbols');
  if (error !== null && typeof error === 'object' && typeof error[kEnhanceStackBeforeInspector] === 'function') {
    try {
      error.stack = error[kEnhanceStackBeforeInspector]();
    } catch {
      // Keep the stack as it was.
    }
  }
  let body;
  const isErrorLike = error !== null && typeof error === 'object' && typeof error.stack === 'string';
  try {
    body = require('internal/util/inspect').inspect(error);
  } catch {
    body = isErrorLike ? error.stack : String(error);
  }
  const trailer = `\n\nlode v${process.versions.lode}\n`;
  if (isErrorLike) return `${arrow}${arrow ? '\n' : ''}${body}${trailer}`;
  return `\n${arrow}${body}\n(Use \`node --trace-uncaught ...\` to show where the exception was thrown)${trailer}`;
}

// Called by C++ with (error, fromPromise, arrow). Returns true when handled; otherwise writes
// the report and returns the exit code. With reportOnly (an 'uncaughtException' listener
// threw `error`), it only writes the report, and returns true once written.
function onFatalException(error, fromPromise, arrow, reportOnly) {
  if (reportOnly) {
    internalBinding('fs').writeString(2, formatFatalReport(error, arrow));
    return true;
  }
  if (exceptionCaptureCallback !== null) {
    exceptionCaptureCallback(error);
    return true;
  }
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', error, type);
  if (process.emit('uncaughtException', error, type)) return true;
  uncaughtReporter?.(error);

  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = 1;
      require('internal/process/pre_exit').runPreExitHooks();
      process.emit('exit', 1);
    }
  } catch {
    // An 'exit' listener that throws does not stop the report.
  }
  const { writeString } = internalBinding('fs');
  try {
    writeString(2, formatFatalReport(error, arrow));
  } catch {
    // stderr is gone: nothing more to say.
  }
  return process.exitCode ?? 1;
}

// process.report's writer for reportOnUncaughtException, once process.report was used.
let uncaughtReporter = null;
function setUncaughtReporter(reporter) {
  uncaughtReporter = reporter;
}

module.exports = {
  setUncaughtReporter,
  onFatalException,
  setUncaughtExceptionCaptureCallback,
  hasUncaughtExceptionCaptureCallback,
};
