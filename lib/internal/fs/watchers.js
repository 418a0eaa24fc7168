'use strict';
// File watching, both ways node offers it:
// - fs.watchFile / unwatchFile: a StatWatcher per path (shared by its listeners) polls with
//   uv_fs_poll and emits 'change' (current, previous) when the stats differ; a missing file
//   reads as zeroed stats.
// - fs.watch / fs.promises.watch: an FSWatcher over one inotify handle (uv_fs_event), or with
//   `recursive` the watcher of recursive_watch.js, which watches every directory of a tree.

const EventEmitter = require('events');
const path = require('path');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INTERNAL_ASSERTION, ERR_INVALID_ARG_VALUE },
  AbortError,
  UVException,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateObject,
  validateUint32,
} = require('internal/validators');
const {
  binding,
  encodingId,
  getOptions,
  getValidatedPath,
  pathToString,
  toName,
} = require('internal/fs/utils');
const { getStatsFromBinding, kStatFields } = require('internal/fs/stats');

const UV_ENOSPC = -28;

// A watch error, as node shapes it (errno, syscall, code, path, then filename). Running out
// of inotify watches says so rather than "no space left on device".
function watchError(errno, filename, syscall = 'watch') {
  const message =
    errno === UV_ENOSPC ? 'System limit for number of file watchers reached' : undefined;
  const error = UVException({ errno, syscall, path: filename, message });
  error.filename = filename;
  return error;
}

// StatWatcher ------------------------------------------------------------------------------------

const kStart = Symbol('kStart');
const kPersistentCount = Symbol('kPersistentCount');
const kBigint = Symbol('kBigint');

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._handle = null;
    this[kPersistentCount] = 0;
    this[kBigint] = bigint;
  }

  [kStart](filename, persistent, interval) {
    if (this._handle !== null) return;
    this._handle = new binding.StatWatcher(this[kBigint]);
    this._handle.onchange = (status, stats) => {
      this.emit('change', getStatsFromBinding(stats), getStatsFromBinding(stats, kStatFields));
    };
    validateUint32(interval, 'interval');
    // `>>> 0`: -0 passes the check but is no Uint32 to V8 (node aborts on it).
    const err = this._handle.start(filename, interval >>> 0);
    if (err < 0) {
      this._handle.close();
      this._handle = null;
      throw watchError(err, filename);
    }
    if (persistent) this[kPersistentCount]++;
    else this._handle.unref();
  }

  // The fs.StatWatcher API: start is kept for compatibility and does nothing.
  start() {}

  stop() {
    if (this._handle === null) return;
    process.nextTick(() => this.emit('stop'));
    this._handle.close();
    this._handle = null;
  }

  ref() {
    if (this._handle !== null && this[kPersistentCount]++ === 0) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle !== null && this[kPersistentCount] > 0 && --this[kPersistentCount] === 0) {
      this._handle.unref();
    }
    return this;
  }
}

// Listeners on one path share its watcher.
const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = path.resolve(pathToString(getValidatedPath(filename)));
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let watcher = statWatchers.get(filename);
  if (watcher === undefined) {
    watcher = new StatWatcher(Boolean(options.bigint));
    watcher[kStart](filename, options.persistent, options.interval);
    statWatchers.set(filename, watcher);
  } else if (options.persistent) {
    watcher.ref();
  }
  watcher.addListener('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  filename = path.resolve(pathToString(getValidatedPath(filename)));
  const watcher = statWatchers.get(filename);
  if (watcher === undefined) return;
  if (typeof listener === 'function') {
    const before = watcher.listenerCount('change');
    watcher.removeListener('change', listener);
    if (watcher.listenerCount('change') < before) watcher.unref();
  } else {
    watcher.removeAllListeners('change');
  }
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(filename);
  }
}

// FSWatcher --------------------------------------------------------------------------------------

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = new (internalBinding('fs_event_wrap').FSEvent)();
    this._handle.onchange = (status, eventType, filename) => {
      if (status < 0) {
        if (this._handle !== null) {
          this._handle.close();
          this._handle = null;
        }
        this.emit('error', watchError(status, filename));
        return;
      }
      this.emit('change', eventType, typeof filename === 'object' ? toName(filename) : filename);
    };
  }

  [kStart](filename, persistent, recursive, encoding) {
    if (this._handle === null) return;
    if (this._handle.initialized) {
      throw new ERR_INTERNAL_ASSERTION('Attempt to start an FSWatcher twice');
    }
    filename = getValidatedPath(filename, 'filename');
    const err = this._handle.start(filename, persistent, encodingId(encoding));
    if (err < 0) {
      this._handle.close();
      this._handle = null;
      throw watchError(err, pathToString(filename));
    }
  }

  start(filename, persistent, recursive, encoding) {
    return this[kStart](filename, persistent, recursive, encoding);
  }

  close() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    this._handle?.ref();
    return this;
  }

  unref() {
    this._handle?.unref();
    return this;
  }
}

function watchOptions(options) {
  options = getOptions(options);
  if (options.persistent === undefined) options = { ...options, persistent: true };
  if (options.recursive === undefined) options = { ...options, recursive: false };
  validateBoolean(options.recursive, 'options.recursive');
  return options;
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = watchOptions(options);
  let watcher;
  if (options.recursive) {
    const { RecursiveWatcher } = require('internal/fs/recursive_watch');
    watcher = new RecursiveWatcher(options);
    watcher[kStart](filename);
  } else {
    watcher = new FSWatcher();
    watcher[kStart](filename, options.persistent, false, options.encoding);
  }
  if (typeof listener === 'function') watcher.addListener('change', listener);
  const { signal } = options;
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      signal.addEventListener('abort', onAbort, { once: true });
      watcher.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

// fs.promises.watch: an async generator of { eventType, filename }. Events that arrive
// while nobody is waiting queue up; an error ends the iteration by throwing it.
async function* watchPromise(filename, options = {}) {
  validateObject(options, 'options');
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateAbortSignal(signal, 'options.signal');
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });

  const queue = [];
  let wake = null;
  let failure = null;
  let ended = false;
  const notify = () => {
    if (wake !== null) {
      const resolve = wake;
      wake = null;
      resolve();
    }
  };
  const watcher = watch(filename, { persistent, recursive, encoding });
  watcher.on('change', (eventType, name) => {
    queue.push({ eventType, filename: name });
    notify();
  });
  watcher.on('error', (err) => {
    failure = err;
    notify();
  });
  const onAbort = () => {
    failure = new AbortError(undefined, { cause: signal.reason });
    watcher.close();
    notify();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    while (!ended) {
      if (queue.length > 0) {
        yield queue.shift();
        continue;
      }
      if (failure !== null) throw failure;
      await new Promise((resolve) => { wake = resolve; });
    }
  } finally {
    ended = true;
    signal?.removeEventListener('abort', onAbort);
    watcher.close();
  }
}

module.exports = {
  FSWatcher,
  StatWatcher,
  kStart,
  unwatchFile,
  watch,
  watchError,
  watchFile,
  watchPromise,
};
