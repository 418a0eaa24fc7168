'use strict';
// Mode: a Worker's thread (src/worker.cc runs this instead of a command-line main). Sets up
// the worker's side of the process, then waits on the control channel for the parent's
// 'load' message (lib/internal/worker.js), which says what to run and with what.

const workerBinding = internalBinding('worker');
const messagingBinding = internalBinding('messaging');
const { kForward } = require('internal/worker/messaging');
const state = require('internal/worker/state');
const { createEnvCopy } = require('internal/worker/env');
const { codes: { ERR_WORKER_UNSUPPORTED_OPERATION } } = require('internal/errors');

const port = workerBinding.takeControlPort();

// The process belongs to the main thread --------------------------------------------------------

function unsupported(name) {
  const fn = function unavailableInWorker() {
    throw new ERR_WORKER_UNSUPPORTED_OPERATION(name);
  };
  fn.disabled = true;
  return fn;
}

function defineMethod(name, value) {
  Object.defineProperty(process, name, { value, writable: true, enumerable: true, configurable: true });
}

for (const name of ['chdir', 'abort', 'send', 'disconnect', 'setuid', 'seteuid', 'setgid', 'setegid', 'setgroups',
                    'initgroups']) {
  defineMethod(name, unsupported(`process.${name}()`));
}
// A worker has no IPC channel of its own (even with NODE_CHANNEL_FD in its environment).
for (const name of ['channel', 'connected']) {
  Object.defineProperty(process, name, {
    get() { throw new ERR_WORKER_UNSUPPORTED_OPERATION(`process.${name}`); },
    enumerable: false,
    configurable: true,
  });
}
// The process's title and debug port are the main thread's: setting them here does nothing.
{
  const title = process.title;
  Object.defineProperty(process, 'title', { get() { return title; }, set() {}, enumerable: true, configurable: true });
  const debugPort = process.debugPort;
  Object.defineProperty(process, 'debugPort', {
    get() { return debugPort; }, set() {}, enumerable: true, configurable: true,
  });
}
{
  const umask = process.umask;
  defineMethod('umask', function(mask) {
    if (mask !== undefined) throw new ERR_WORKER_UNSUPPORTED_OPERATION('Setting process.umask()');
    return umask();
  });
}

// Standard streams go through the parent ------------------------------------------------------

// Made on first use: the stream classes cost a worker that never prints nothing.
const stdio = { stdin: null, stdout: null, stderr: null };
let stdinEnded = false;  // the parent sent no stdin, or all of it, before it was asked for
function stdioStream(name) {
  if (stdio[name] === null) {
    const { ReadableWorkerStdio, WritableWorkerStdio } = require('internal/worker/stdio');
    stdio[name] = name === 'stdin' ? new ReadableWorkerStdio(name, port) : new WritableWorkerStdio(port, name);
    if (name === 'stdin' && stdinEnded) stdio.stdin.receive({ end: true });
  }
  return stdio[name];
}
for (const name of ['stdin', 'stdout', 'stderr']) {
  Object.defineProperty(process, name, {
    get() { return stdioStream(name); },
    set(value) {
      Object.defineProperty(process, name, { value, writable: true, enumerable: true, configurable: true });
    },
    enumerable: true,
    configurable: true,
  });
}

// Uncaught exceptions end the worker and surface in the parent as 'error' ---------------------

let captureCallback = null;
{
  const setCapture = process.setUncaughtExceptionCaptureCallback;
  defineMethod('setUncaughtExceptionCaptureCallback', function setUncaughtExceptionCaptureCallback(fn) {
    setCapture(fn);
    captureCallback = fn;
  });
}

// Called by C++ with (error, fromPromise, arrow): true when handled; otherwise the error goes
// to the parent and the returned code ends the worker.
function onWorkerFatalException(error, fromPromise, arrow) {
  if (captureCallback !== null) {
    captureCallback(error);
    return true;
  }
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  try {
    process.emit('uncaughtExceptionMonitor', error, type);
    if (process.emit('uncaughtException', error, type)) return true;
  } catch (handlerError) {
    // A throwing handler's own error is what the parent hears about.
    error = handlerError;
    arrow = '';
  }
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = 1;
      process.emit('exit', 1);
    }
  } catch {
    // An 'exit' listener that throws does not stop the report.
  }
  // The arrow to the throwing line, as a report would show it; not when that line is lode's
  // own (an error re-thrown on a later tick).
  if (typeof arrow !== 'string' || arrow.startsWith('node:')) arrow = '';
  const { serializeError } = require('internal/worker/errors');
  port.postMessage({ type: 'error', error: serializeError(error, arrow) });
  return process.exitCode || 1;
}
internalBinding('errors').setFatalExceptionHandler(onWorkerFatalException);

// Loading -------------------------------------------------------------------------------------

function load(message) {
  const { script, doEval, workerData, publicPort, argv, env, environmentData, hasStdin } = message;
  // From here on the worker lives as long as its own work does.
  port.unref();
  state.parentPort = publicPort;
  state.workerData = workerData;
  for (const [key, value] of environmentData) state.environmentData.set(key, value);
  process.argv = [process.execPath, doEval ? '[worker eval]' : script, ...argv];
  if (env !== null) process.env = createEnvCopy(env);
  if (!hasStdin) stdinEnded = true;

  port.postMessage({ type: 'online' });

  const { prepareMainThreadExecution } = require('internal/process/pre_execution');
  const Module = prepareMainThreadExecution();
  if (doEval) {
    require('internal/process/evaluate').evaluateScript('[worker eval]', script, false);
  } else {
    Module.runMain(script);
  }
}

// worker.getHeapSnapshot() in the parent: this thread's snapshot, its chunks' memory moved.
function sendHeapSnapshot({ id, exposeNumericValues }) {
  const chunks = internalBinding('heap_utils').takeHeapSnapshot(exposeNumericValues);
  const buffers = [...new Set(chunks.map((chunk) => chunk.buffer))];
  port.postMessage({ type: 'heapSnapshot', id, chunks }, buffers);
}

function onControlMessage(data, ports, type) {
  if (type !== 'message') return;
  if (data.type === 'load') load(data);
  else if (data.type === 'stdio' && data.name === 'stdin') stdioStream('stdin').receive(data);
  else if (data.type === 'heapSnapshot') sendHeapSnapshot(data);
}

port[kForward] = onControlMessage;
// Until the parent's 'load' arrives, the control channel is what keeps the worker alive.
port.ref();
messagingBinding.start(port);
