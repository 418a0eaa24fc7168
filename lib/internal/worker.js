'use strict';
// The Worker class: a thread running its own copy of lode (src/worker.cc starts it; it runs
// lib/internal/main/worker_thread.js as its main script).
//
// Parent and worker talk over two MessageChannels:
//   - the control channel, made in C++ with the worker: the 'load' message that tells the
//     worker what to run, 'online', stdio, uncaught errors;
//   - the public channel: worker.postMessage() <-> the worker's parentPort. Its worker end
//     travels in the 'load' message.
// When the thread has ended, C++ calls handle.onexit(code, errorCode, errorMessage); what
// the worker sent before it ended is delivered first, then 'error' (for an out-of-memory
// end) and 'exit'.

const EventEmitter = require('events');
const path = require('path');
const messagingBinding = internalBinding('messaging');
const workerBinding = internalBinding('worker');
const {
  MessageChannel, drainMessagePort, kForward, transferListFor,
} = require('internal/worker/messaging');

// The stream classes load only when a worker's stdio is used.
let stdioClasses;
function lazyStdio() {
  stdioClasses ??= require('internal/worker/stdio');
  return stdioClasses;
}
const { deserializeError } = require('internal/worker/errors');
const { environmentData } = require('internal/worker/state');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_URL_SCHEME, ERR_WORKER_INIT_FAILED,
    ERR_WORKER_INVALID_EXEC_ARGV, ERR_WORKER_NOT_RUNNING, ERR_WORKER_PATH,
  },
  codes,
} = require('internal/errors');
const { validateArray, validateString } = require('internal/validators');

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

const kHandle = Symbol('kHandle');
const kPort = Symbol('kPort');
const kPublicPort = Symbol('kPublicPort');
const kStdio = Symbol('kStdio');
const kOnExit = Symbol('kOnExit');
const kOnControlMessage = Symbol('kOnControlMessage');

// execArgv ----------------------------------------------------------------------------------

// The options a worker may have its own of: node's per-environment options that lode knows,
// by kind. V8 flags and process-wide options are refused, as node refuses them.
const kBooleanOptions = new Set([
  '--addons', '--deprecation', '--enable-source-maps', '--experimental-detect-module',
  '--experimental-global-customevent', '--experimental-global-webcrypto',
  '--experimental-import-meta-resolve', '--experimental-require-module', '--experimental-vm-modules',
  '--experimental-wasm-modules', '--experimental-websocket', '--expose-internals', '--global-search-paths',
  '--insecure-http-parser', '--network-family-autoselection', '--pending-deprecation', '--preserve-symlinks',
  '--preserve-symlinks-main',
  '--throw-deprecation', '--trace-deprecation', '--trace-exit', '--trace-sync-io', '--trace-uncaught',
  '--trace-warnings', '--warnings',
]);
const kValueOptions = new Set([
  '--conditions', '--disable-warning', '--dns-result-order', '--experimental-default-type', '--import',
  '--input-type', '--max-http-header-size', '--network-family-autoselection-attempt-timeout',
  '--redirect-warnings', '--unhandled-rejections',
]);
const kListOptions = new Set(['--conditions', '--disable-warning', '--import']);

// Turns execArgv into the option values and preloads the worker starts with, in the shape
// the command-line parser gives them (src/cli.cc).
function parseExecArgv(execArgv) {
  const values = new Map();
  const preloads = [];
  const errors = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = `${execArgv[i]}`;
    if (arg === '--') break;
    if (!arg.startsWith('-') || arg === '-') continue;
    const eq = arg.indexOf('=');
    let name = eq === -1 ? arg : arg.slice(0, eq);
    if (name.startsWith('--')) name = `--${name.slice(2).replaceAll('_', '-')}`;
    const takeValue = () => {
      if (eq !== -1) return arg.slice(eq + 1);
      if (i + 1 < execArgv.length) return `${execArgv[++i]}`;
      errors.push(`${name} requires an argument`);
      return undefined;
    };
    if (name === '-r' || name === '--require') {
      const value = takeValue();
      if (value !== undefined) preloads.push(value);
    } else if (name === '-C') {
      const value = takeValue();
      if (value !== undefined) values.set('--conditions', values.has('--conditions') ? `${values.get('--conditions')}\n${value}` : value);
    } else if (kValueOptions.has(name)) {
      const value = takeValue();
      if (value === undefined) continue;
      values.set(name, kListOptions.has(name) && values.has(name) ? `${values.get(name)}\n${value}` : value);
    } else if (kBooleanOptions.has(name) && eq === -1) {
      values.set(name, 'true');
    } else if (name.startsWith('--no-') && kBooleanOptions.has(`--${name.slice(5)}`) && eq === -1) {
      values.set(`--${name.slice(5)}`, 'false');
      values.set(name, 'true');
    } else {
      errors.push(arg);
    }
  }
  if (errors.length > 0) throw new ERR_WORKER_INVALID_EXEC_ARGV(errors);
  return { values: [...values].flat(), preloads };
}

// Options -----------------------------------------------------------------------------------

function resolveScript(filename, doEval, evalOption) {
  if (doEval) {
    if (typeof filename !== 'string') {
      throw new ERR_INVALID_ARG_VALUE('options.eval', evalOption, 'must be false when \'filename\' is not a string');
    }
    return filename;
  }
  const { isURL, fileURLToPath } = require('internal/url');
  if (isURL(filename)) {
    if (filename.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
    return fileURLToPath(filename);
  }
  if (typeof filename !== 'string') throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
  if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) throw new ERR_WORKER_PATH(filename);
  return path.resolve(filename);
}

// node's order: young generation, old generation, code range, stack; -1 where not asked.
function parseResourceLimits(limits) {
  const result = new Float64Array(workerBinding.kResourceLimitCount).fill(-1);
  if (typeof limits !== 'object' || limits === null) return result;
  const take = (index, value, minimum) => {
    if (typeof value === 'number') result[index] = Math.max(value, minimum);
  };
  take(workerBinding.kMaxYoungGenerationSizeMb, limits.maxYoungGenerationSizeMb, 0);
  take(workerBinding.kMaxOldGenerationSizeMb, limits.maxOldGenerationSizeMb, 2);
  take(workerBinding.kCodeRangeSizeMb, limits.codeRangeSizeMb, 0);
  take(workerBinding.kStackSizeMb, limits.stackSizeMb, 0);
  return result;
}

function limitsObject(array) {
  return {
    maxYoungGenerationSizeMb: array[workerBinding.kMaxYoungGenerationSizeMb],
    maxOldGenerationSizeMb: array[workerBinding.kMaxOldGenerationSizeMb],
    codeRangeSizeMb: array[workerBinding.kCodeRangeSizeMb],
    stackSizeMb: array[workerBinding.kStackSizeMb],
  };
}

// The worker's process.env: null to share the real one, else a copy (of process.env, or of
// options.env) taken now.
function environmentFor(env) {
  if (env === SHARE_ENV) return null;
  if (env === undefined || env === null) return { ...process.env };
  if (typeof env !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options.env', ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'], env);
  }
  const copy = {};
  for (const [name, value] of Object.entries(env)) copy[name] = `${value}`;
  return copy;
}

// Worker ------------------------------------------------------------------------------------

const loopTimes = new Float64Array(2);

class Worker extends EventEmitter {
  #online = false;
  #snapshotRequests = new Map();  // id -> { resolve, reject }
  #snapshotSequence = 0;

  constructor(filename, options = {}) {
    super();
    const execArgv = options.execArgv;
    if (execArgv !== undefined) validateArray(execArgv, 'options.execArgv');
    // NODE_OPTIONS in the worker's own env adds options as the command line would (before
    // execArgv's), and is refused the same way.
    const envOptions = typeof options.env?.NODE_OPTIONS === 'string' && options.env !== SHARE_ENV ?
      workerBinding.splitNodeOptions(options.env.NODE_OPTIONS) : [];
    if (typeof envOptions === 'string') throw new ERR_WORKER_INVALID_EXEC_ARGV([envOptions]);
    const parsedArgv = execArgv === undefined && envOptions.length === 0 ? undefined :
      parseExecArgv([...envOptions, ...(execArgv ?? [])]);
    const doEval = Boolean(options.eval);
    const script = resolveScript(filename, doEval, options.eval);
    let argv = [];
    if (options.argv !== undefined) {
      validateArray(options.argv, 'options.argv');
      argv = options.argv.map(String);
    }
    const env = environmentFor(options.env);
    if (options.name !== undefined) validateString(options.name, 'options.name');
    const transfer = [];
    if (options.transferList != null && typeof options.transferList[Symbol.iterator] === 'function') {
      transfer.push(...options.transferList);
    }

    const handle = new workerBinding.Worker(
      execArgv === undefined ? undefined : execArgv.map((arg) => `${arg}`),
      parsedArgv?.values, parsedArgv?.preloads, parseResourceLimits(options.resourceLimits),
      options.trackUnmanagedFds === undefined ? true : Boolean(options.trackUnmanagedFds));
    this[kHandle] = handle;
    handle.onexit = (code, errorCode, errorMessage) => this[kOnExit](code, errorCode, errorMessage);

    const port = handle.messagePort;
    this[kPort] = port;
    const { port1, port2 } = new MessageChannel();
    this[kPublicPort] = port1;
    // Deliveries go straight to the Worker; the handle, not the ports, keeps the parent alive.
    port1[kForward] = (data, ports, type) => {
      if (type === 'message' || type === 'messageerror') this.emit(type, data);
    };
    port[kForward] = (data, ports, type) => {
      if (type === 'message') this[kOnControlMessage](data);
    };

    // worker.stdout and worker.stderr are made when first asked for or written to; unless
    // captured, what the worker writes goes on to our own stdout and stderr.
    this[kStdio] = {
      stdin: options.stdin ? new (lazyStdio().WritableWorkerStdio)(port, 'stdin') : null,
      stdout: null,
      stderr: null,
      forward: { stdout: !options.stdout, stderr: !options.stderr },
    };

    try {
      const load = {
        type: 'load',
        script,
        doEval,
        workerData: options.workerData,
        publicPort: port2,
        argv,
        env,
        environmentData,
        hasStdin: Boolean(options.stdin),
      };
      const list = transferListFor(port, transfer, Worker) ?? [];
      port.postMessage(load, [...list, port2]);
    } catch (error) {
      this.#dispose();
      messagingBinding.close(port2);
      handle.close();
      throw error;
    }
    messagingBinding.start(port);
    messagingBinding.start(port1);
    if (!handle.startThread()) {
      this.#dispose();
      handle.close();
      throw new ERR_WORKER_INIT_FAILED('could not start a thread');
    }
    this.performance = {
      eventLoopUtilization: (util1, util2) => this.#eventLoopUtilization(util1, util2),
    };
    process.emit('worker', this);
  }

  // performance.eventLoopUtilization() of the worker's loop, read from this thread.
  #eventLoopUtilization(util1, util2) {
    const utilization = (idle, active) => ({ idle, active, utilization: active / (idle + active) });
    if (!this.#online || this[kHandle] === null || !this[kHandle].loopTimes(loopTimes)) {
      return { idle: 0, active: 0, utilization: 0 };
    }
    if (util2) return utilization(util1.idle - util2.idle, util1.active - util2.active);
    const [elapsed, idle] = loopTimes;
    const active = elapsed - idle;
    if (!util1) return utilization(idle, active);
    return utilization(idle - util1.idle, active - util1.active);
  }

  [kOnControlMessage](message) {
    switch (message.type) {
      case 'online':
        this.#online = true;
        this.emit('online');
        break;
      case 'stdio':
        this.#stdioStream(message.name).receive(message);
        break;
      case 'heapSnapshot': {
        const request = this.#snapshotRequests.get(message.id);
        if (request === undefined) break;
        this.#snapshotRequests.delete(message.id);
        const { HeapSnapshotStream } = require('internal/heap_utils');
        request.resolve(new HeapSnapshotStream(message.chunks));
        break;
      }
      case 'error':
        // What the worker posted before it failed comes first.
        drainMessagePort(this[kPublicPort]);
        this.emit('error', deserializeError(message.error));
        break;
    }
  }

  [kOnExit](code, errorCode, errorMessage) {
    // What the worker sent before it ended comes first.
    drainMessagePort(this[kPublicPort]);
    drainMessagePort(this[kPort]);
    this.#dispose();
    for (const { reject } of this.#snapshotRequests.values()) reject(new ERR_WORKER_NOT_RUNNING());
    this.#snapshotRequests.clear();
    for (const name of ['stdout', 'stderr']) {
      const stream = this[kStdio][name];
      if (stream !== null && !stream.readableEnded) stream.push(null);
    }
    if (errorCode !== undefined) this.emit('error', new codes[errorCode](errorMessage));
    this.emit('exit', code);
  }

  #stdioStream(name) {
    const stdio = this[kStdio];
    if (stdio[name] === null) {
      const stream = new (lazyStdio().ReadableWorkerStdio)(name);
      if (stdio.forward[name]) stream.on('data', (chunk) => process[name].write(chunk));
      stdio[name] = stream;
    }
    return stdio[name];
  }

  #dispose() {
    if (this[kPublicPort] !== null) messagingBinding.close(this[kPublicPort]);
    messagingBinding.close(this[kPort]);
    this[kHandle] = null;
    this[kPublicPort] = null;
  }

  postMessage(value, transfer) {
    const port = this[kPublicPort];
    if (port === null) return;
    if (arguments.length < 2) port.postMessage(...arguments);
    else port.postMessage(value, transfer);
  }

  terminate(callback) {
    if (typeof callback === 'function') {
      process.emitWarning('Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.',
                          'DeprecationWarning', 'DEP0132');
      if (this[kHandle] === null) return Promise.resolve();
      this.once('exit', (code) => callback(null, code));
    }
    if (this[kHandle] === null) return Promise.resolve();
    const exited = new Promise((resolve) => this.once('exit', resolve));
    // Until it has ended, a worker being terminated keeps the loop alive even if unref'd:
    // the promise is kept.
    this[kHandle].ref();
    this[kHandle].stopThread();
    return exited;
  }

  ref() {
    this[kHandle]?.ref();
  }

  unref() {
    this[kHandle]?.unref();
  }

  get threadId() {
    return this[kHandle] === null ? -1 : this[kHandle].threadId;
  }

  get stdin() {
    return this[kStdio].stdin;
  }

  get stdout() {
    return this.#stdioStream('stdout');
  }

  get stderr() {
    return this.#stdioStream('stderr');
  }

  get resourceLimits() {
    if (this[kHandle] === null) return {};
    return limitsObject(this[kHandle].getResourceLimits());
  }

  // The worker takes the snapshot on its own thread, when its loop next gets to the request
  // (so a busy worker makes this wait), and sends the JSON back in chunks.
  getHeapSnapshot(options) {
    // Bad options throw at once, as node's do.
    const { exposeNumericValues } = require('internal/heap_utils').snapshotOptions(options);
    if (this[kHandle] === null) return Promise.reject(new ERR_WORKER_NOT_RUNNING());
    return new Promise((resolve, reject) => {
      const id = ++this.#snapshotSequence;
      this.#snapshotRequests.set(id, { resolve, reject });
      this[kPort].postMessage({ type: 'heapSnapshot', id, exposeNumericValues });
    });
  }
}

module.exports = { Worker, SHARE_ENV, limitsObject };
