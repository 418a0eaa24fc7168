'use strict';
// Startup step 3, second half: turns the bare `process` object into node's process and
// installs the globals. Runs once per Environment, before any user code.

const EventEmitter = require('events');
const perThread = require('internal/process/per_thread');
const { setupTaskQueue } = require('internal/process/task_queues');
const { setupPromiseRejectTracking } = require('internal/process/promises');
const execution = require('internal/process/execution');
const { emitWarning, onWarning } = require('internal/process/warning');
const processMethods = internalBinding('process_methods');
const { setFatalExceptionHandler } = internalBinding('errors');

const startup = processMethods.getStartupInfo();
const nodeVersion = '20.11.1';

// process is an EventEmitter whose constructor is named 'process', as in node.
Object.setPrototypeOf(Object.getPrototypeOf(process), EventEmitter.prototype);
EventEmitter.call(process);
Object.defineProperty(process, Symbol.toStringTag, {
  value: 'process', writable: true, enumerable: false, configurable: false,
});

function defineValue(target, name, value, enumerable = true) {
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable });
}

function defineLazy(target, name, get, enumerable = true) {
  Object.defineProperty(target, name, {
    configurable: true,
    enumerable,
    get() {
      const value = get();
      Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable });
      return value;
    },
    set(value) {
      Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable });
    },
  });
}

// Identity and versions ------------------------------------------------------------------
// As in node: read-only properties (configurable), and versions' keys sorted after `node`.
function defineReadOnly(target, name, value) {
  Object.defineProperty(target, name, { value, writable: false, configurable: true, enumerable: true });
}
function readOnlyRecord(entries) {
  const record = {};
  for (const [name, value] of entries) defineReadOnly(record, name, value);
  return record;
}
defineReadOnly(process, 'version', `v${nodeVersion}`);
defineReadOnly(process, 'versions', readOnlyRecord([
  ['node', nodeVersion],
  ['lode', startup.version],
  ['modules', '115'],
  ['uv', startup.uvVersion],
  ['v8', startup.v8Version],
]));
const releaseUrl = `https://nodejs.org/download/release/v${nodeVersion}/node-v${nodeVersion}`;
defineReadOnly(process, 'release', readOnlyRecord([
  ['name', 'node'],
  ['lts', 'Iron'],
  ['sourceUrl', `${releaseUrl}.tar.gz`],
  ['headersUrl', `${releaseUrl}-headers.tar.gz`],
]));
defineReadOnly(process, 'arch', 'x64');
defineReadOnly(process, 'platform', 'linux');
defineReadOnly(process, 'pid', processMethods.pid);
Object.defineProperty(process, 'ppid', { get: processMethods.getPpid, enumerable: true, configurable: true });
Object.defineProperty(process, 'title', {
  get: processMethods.getTitle,
  set(value) { processMethods.setTitle(`${value}`); },
  enumerable: true,
  configurable: true,
});
// The inspector's port, as node reports it (lode has no inspector yet).
Object.defineProperty(process, 'debugPort', { value: 9229, writable: true, enumerable: true, configurable: true });
defineValue(process, 'config', Object.freeze({ target_defaults: {}, variables: { node_module_version: 115, node_shared: true, v8_enable_i18n_support: 1 } }));
defineValue(process, 'features', Object.freeze({
  inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true, tls_ocsp: true,
  tls: true, cached_builtins: true, typescript: false,
}));
defineValue(process, 'moduleLoadList', [], false);

// Command line ---------------------------------------------------------------------------
defineValue(process, '_lodeOptions', Object.freeze({ ...startup.options }), false);
defineValue(process, 'execPath', startup.execPath);
defineValue(process, 'execArgv', startup.execArgv);
// Fixed for the life of the process, as in node.
Object.defineProperty(process, 'argv0', { value: startup.argv0, writable: false, enumerable: true, configurable: false });
defineValue(process, 'argv', [startup.execPath, ...startup.scriptArgs]);
defineValue(process, 'env', perThread.createEnvObject());
// Like node, these exist (read-only, true) only when their flag was given.
if (startup.options['--deprecation'] === 'false') defineReadOnly(process, 'noDeprecation', true);
if (startup.options['--throw-deprecation'] === 'true') defineReadOnly(process, 'throwDeprecation', true);
if (startup.options['--trace-deprecation'] === 'true') defineReadOnly(process, 'traceDeprecation', true);
if (startup.options['--trace-warnings'] === 'true') defineReadOnly(process, 'traceProcessWarnings', true);
if (startup.options['--title'] !== undefined) process.title = startup.options['--title'];

// Methods ---------------------------------------------------------------------------------
for (const name of ['hrtime', 'memoryUsage', 'cpuUsage', 'resourceUsage', 'cwd', 'chdir',
                    'umask', 'kill', 'exit', 'abort', 'uptime', 'assert', 'constrainedMemory']) {
  defineValue(process, name, perThread[name]);
}
defineValue(process, 'reallyExit', processMethods.reallyExit);
defineValue(process, '_kill', processMethods.kill, false);
defineValue(process, '_rawDebug', perThread._rawDebug);
require('internal/process/credentials')
  .setupCredentials(process, internalBinding('worker').isMainThread, defineValue);
defineValue(process, '_exiting', false);
defineValue(process, 'emitWarning', emitWarning);
defineValue(process, 'setUncaughtExceptionCaptureCallback', execution.setUncaughtExceptionCaptureCallback);
defineValue(process, 'hasUncaughtExceptionCaptureCallback', execution.hasUncaughtExceptionCaptureCallback);
defineValue(process, 'getActiveResourcesInfo', () =>
  require('internal/process/why_alive').getActiveResourcesInfo());
defineValue(process, '_getActiveHandles', () => require('internal/process/why_alive').getActiveHandles(), false);
defineValue(process, '_getActiveRequests', () => require('internal/process/why_alive').getActiveRequests(), false);
defineLazy(process, 'report', () => require('internal/process/report').report);

let exitCode;
Object.defineProperty(process, 'exitCode', {
  get() { return exitCode; },
  set(code) {
    perThread.validateExitCode(code);
    exitCode = code;
  },
  enumerable: true,
  configurable: false,
});

// process.binding(): node's deprecated door into a few bindings, kept to an allow-list.
const processBindingAllowList = new Set(['constants', 'fs', 'util', 'uv', 'types']);
defineValue(process, 'binding', function binding(name) {
  name = `${name}`;
  if (processBindingAllowList.has(name)) return internalBinding(name);
  const { codes: { ERR_INVALID_MODULE } } = require('internal/errors');
  throw new ERR_INVALID_MODULE(name);
});

const { nextTick, queueMicrotask } = setupTaskQueue();
defineValue(process, 'nextTick', nextTick);
// Node 20 provides these ahead of V8 (explicit resource management): `using` is not there
// yet, but APIs return objects with [Symbol.dispose]() (timers among the first: defined here,
// before they load).
for (const name of ['dispose', 'asyncDispose']) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, {
      value: Symbol(`Symbol.${name}`), writable: false, enumerable: false, configurable: false,
    });
  }
}
require('internal/timers').setupTimers(require('internal/process/task_queues').runNextTicks);
setupPromiseRejectTracking();
process.on('warning', onWarning);
if (internalBinding('worker').isMainThread) require('internal/process/signals').setupSignalHandlers();

// The C++ side calls these after the loop drains and on uncaught exceptions.
setFatalExceptionHandler(execution.onFatalException);
processMethods.setupHooks({
  process,
  emitBeforeExit() {
    if (process._exiting) return;
    process.emit('beforeExit', process.exitCode || 0);
  },
  emitExit() {
    process._exiting = true;
    require('internal/process/pre_exit').runPreExitHooks();
    process.emit('exit', process.exitCode || 0);
    return process.exitCode || 0;
  },
});

// Standard streams -------------------------------------------------------------------------
const stdio = require('internal/process/stdio');
defineLazy(process, 'stdout', stdio.getStdout);
defineLazy(process, 'stderr', stdio.getStderr);
defineLazy(process, 'stdin', stdio.getStdin);
defineValue(process, 'openStdin', function openStdin() {
  process.stdin.resume();
  return process.stdin;
});

// Globals: as in node, `global` and the web-style functions are enumerable, process and
// console are not (node's tests fail on unknown enumerable globals) ----------------------------
function defineGlobal(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
}
function defineLazyGlobal(name, get) {
  defineLazy(globalThis, name, get, false);
}
defineGlobal('global', globalThis, true);
defineGlobal('process', process);
defineGlobal('queueMicrotask', queueMicrotask, true);
defineLazyGlobal('console', () => require('console'));
defineLazyGlobal('Buffer', () => require('buffer').Buffer);
defineLazyGlobal('Blob', () => require('buffer').Blob);
defineLazyGlobal('File', () => require('buffer').File);
defineLazyGlobal('TextEncoder', () => require('internal/encoding').TextEncoder);
defineLazyGlobal('TextDecoder', () => require('internal/encoding').TextDecoder);
// Enumerable, as node's atob and btoa are.
defineLazy(globalThis, 'atob', () => require('buffer').atob, true);
defineLazy(globalThis, 'btoa', () => require('buffer').btoa, true);
defineLazy(globalThis, 'structuredClone', () => require('internal/structured_clone').structuredClone, true);
defineLazyGlobal('URL', () => require('internal/url').URL);
defineLazyGlobal('URLSearchParams', () => require('internal/url').URLSearchParams);
defineLazyGlobal('performance', require('internal/perf/utils').getPerformanceGlobal);
defineLazyGlobal('EventTarget', () => require('internal/event_target').EventTarget);
defineLazyGlobal('Event', () => require('internal/event_target').Event);
defineLazyGlobal('CustomEvent', () => require('internal/event_target').CustomEvent);
defineLazyGlobal('AbortController', () => require('internal/abort_controller').AbortController);
defineLazyGlobal('AbortSignal', () => require('internal/abort_controller').AbortSignal);
defineLazyGlobal('DOMException', () => require('internal/per_context/domexception').DOMException);
defineLazyGlobal('MessageChannel', () => require('internal/worker/messaging').MessageChannel);
defineLazyGlobal('MessagePort', () => require('internal/worker/messaging').MessagePort);
defineLazyGlobal('MessageEvent', () => require('internal/worker/messaging').MessageEvent);
defineLazyGlobal('BroadcastChannel', () => require('internal/worker/broadcast_channel').BroadcastChannel);
defineLazyGlobal('fetch', () => require('internal/fetch/fetch').fetch);
defineLazyGlobal('Headers', () => require('internal/fetch/headers').Headers);
defineLazyGlobal('Request', () => require('internal/fetch/request').Request);
defineLazyGlobal('Response', () => require('internal/fetch/response').Response);
defineLazyGlobal('FormData', () => require('internal/fetch/formdata').FormData);
for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
                    'ReadableStreamBYOBRequest', 'ReadableByteStreamController',
                    'ReadableStreamDefaultController', 'TransformStream',
                    'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
                    'WritableStreamDefaultController', 'ByteLengthQueuingStrategy',
                    'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream']) {
  defineLazyGlobal(name, () => require('stream/web')[name]);
}
{
  const timers = require('timers');
  for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
    defineGlobal(name, timers[name], true);
  }
}
Object.defineProperty(globalThis, Symbol.toStringTag, {
  value: 'global', writable: false, enumerable: false, configurable: true,
});
