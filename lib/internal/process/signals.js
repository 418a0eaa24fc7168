'use strict';
// process.on('SIGINT' | 'SIGTERM' | ...): the first listener for a signal starts a Signal
// handle (src/signal_wrap.cc) that emits the signal on `process`; removing the last listener
// closes it, and libuv puts the signal's default action back. Only the main thread watches
// signals, as in node.

const { Signal } = internalBinding('signal_wrap');
const { ErrnoException } = require('internal/errors');

const watchers = new Map();  // signal name -> Signal handle

function isSignalName(name) {
  return typeof name === 'string' && name.startsWith('SIG') &&
    Object.prototype.hasOwnProperty.call(internalBinding('constants').os.signals, name);
}

function startWatching(name) {
  if (!isSignalName(name) || watchers.has(name)) return;
  const handle = new Signal();
  handle.unref();  // a signal listener alone never keeps the process running
  handle.onsignal = () => process.emit(name, name, internalBinding('constants').os.signals[name]);
  const err = handle.start(internalBinding('constants').os.signals[name]);
  if (err) {
    handle.close();
    throw new ErrnoException(err, 'uv_signal_start');
  }
  watchers.set(name, handle);
}

function stopWatching(name) {
  const handle = watchers.get(name);
  if (handle === undefined || process.listenerCount(name) > 0) return;
  watchers.delete(name);
  handle.close();
}

function setupSignalHandlers() {
  process.on('newListener', startWatching);
  process.on('removeListener', stopWatching);
}

module.exports = { setupSignalHandlers };
