'use strict';
// The asynchronous spawns: spawn() (a ChildProcess, plus timeout and AbortSignal handling),
// execFile() (collects the output and hands it to a callback), exec() (execFile through a
// shell), with their util.promisify forms, and fork() (lode running a module, with an IPC
// channel).

const { ChildProcess } = require('internal/child_process');
const {
  normalizeSpawnArguments,
  sanitizeKillSignal,
  validateTimeout,
  validateMaxBuffer,
} = require('internal/child_process/normalize');
const {
  AbortError,
  genericNodeError,
  codes: {
    ERR_CHILD_PROCESS_IPC_REQUIRED,
    ERR_CHILD_PROCESS_STDIO_MAXBUFFER,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateAbortSignal, validateFunction, validateObject, validateString } =
  require('internal/validators');
const { getSystemErrorName } = require('internal/util');

const kPromisifyCustom = Symbol.for('nodejs.util.promisify.custom');

function spawn(file, args, options) {
  const normalized = normalizeSpawnArguments(file, args, options);
  options = normalized.options;
  require('internal/child_process/ipc').checkSerialization(options.serialization);
  validateTimeout(options.timeout);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);

  const child = new ChildProcess();
  child.spawn({ ...options, file: normalized.file, args: normalized.args });

  if (options.timeout > 0) {
    let timer = setTimeout(() => {
      timer = null;
      try {
        child.kill(killSignal);
      } catch (err) {
        child.emit('error', err);
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timer !== null) clearTimeout(timer);
    });
  }

  const { signal } = options;
  if (signal) {
    const onAbort = () => {
      if (child._handle === null) return;
      try {
        if (child.kill(killSignal)) child.emit('error', new AbortError(undefined, { cause: signal.reason }));
      } catch (err) {
        child.emit('error', err);
      }
    };
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

// execFile(file[, args][, options][, callback]): the optional arguments are told apart by type.
function parseExecFileArguments(args, options, callback) {
  if (Array.isArray(args)) {
    args = [...args];
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (typeof options === 'function') callback = options;
  else if (options != null) validateObject(options, 'options');
  if (callback != null) validateFunction(callback, 'callback');
  if (options?.argv0 != null) validateString(options.argv0, 'options.argv0');
  return { args: args ?? [], options: options ?? {}, callback: callback ?? undefined };
}

function execFile(file, argsOrOptions, optionsOrCallback, maybeCallback) {
  const { args, options: given, callback } =
    parseExecFileArguments(argsOrOptions, optionsOrCallback, maybeCallback);
  const options = {
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: 1024 * 1024,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null,
    shell: false,
    ...given,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const child = spawn(file, args, {
    argv0: options.argv0,
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    windowsHide: Boolean(options.windowsHide),
    windowsVerbatimArguments: Boolean(options.windowsVerbatimArguments),
  });

  const { Buffer } = require('buffer');
  const encoding = options.encoding && Buffer.isEncoding(options.encoding) ? options.encoding : null;
  const output = { stdout: [], stderr: [] };
  const sizes = { stdout: 0, stderr: 0 };
  let failure = null;
  let finished = false;
  let killedByUs = false;
  let timer = null;
  const command = args.length === 0 ? file : `${file} ${args.join(' ')}`;

  // Strings when an encoding was asked for, here or later with setEncoding() on the stream.
  function collected(name) {
    const stream = child[name];
    if (encoding || stream?.readableEncoding || output[name].some((chunk) => typeof chunk === 'string')) {
      return output[name].join('');
    }
    return Buffer.concat(output[name]);
  }

  function finish(code, signal) {
    if (finished) return;
    finished = true;
    if (timer !== null) clearTimeout(timer);
    if (!callback) return;
    const stdout = collected('stdout');
    const stderr = collected('stderr');
    if (failure === null && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    let err = failure;
    if (err === null) {
      err = genericNodeError(`Command failed: ${command}\n${stderr}`, {
        code: code < 0 ? getSystemErrorName(code) : code,
        killed: child.killed || killedByUs,
        signal,
      });
    }
    err.cmd = command;
    callback(err, stdout, stderr);
  }

  function kill() {
    child.stdout?.destroy();
    child.stderr?.destroy();
    killedByUs = true;
    try {
      child.kill(options.killSignal);
    } catch (err) {
      failure = err;
      finish();
    }
  }

  if (options.timeout > 0) {
    timer = setTimeout(() => {
      timer = null;
      kill();
    }, options.timeout);
  }

  for (const name of ['stdout', 'stderr']) {
    const stream = child[name];
    if (!stream) continue;
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      // Measured in bytes even when decoded (a string is cut by characters, as node does).
      const decodedAs = stream.readableEncoding;
      const length = typeof chunk === 'string' ? Buffer.byteLength(chunk, decodedAs ?? 'utf8') : chunk.length;
      const room = options.maxBuffer - sizes[name];
      sizes[name] += length;
      if (sizes[name] > options.maxBuffer) {
        // Keep what fits, then stop the child.
        if (room > 0) output[name].push(chunk.slice(0, room));
        failure = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        kill();
      } else {
        output[name].push(chunk);
      }
    });
  }

  child.addListener('close', finish);
  child.addListener('error', (err) => {
    failure = err;
    child.stdout?.destroy();
    child.stderr?.destroy();
    finish();
  });
  return child;
}

function exec(command, options, callback) {
  validateString(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return execFile(command, options, callback);
}

// util.promisify(exec) and util.promisify(execFile) resolve with { stdout, stderr } and reject
// with the error carrying both; the promise has the ChildProcess as `child`.
function promiseForm(original) {
  return function(...args) {
    let child;
    const promise = new Promise((resolve, reject) => {
      child = original(...args, (err, stdout, stderr) => {
        if (err !== null) {
          err.stdout = stdout;
          err.stderr = stderr;
          reject(err);
        } else {
          resolve({ stdout, stderr });
        }
      });
    });
    promise.child = child;
    return promise;
  };
}

Object.defineProperty(exec, kPromisifyCustom, { enumerable: false, value: promiseForm(exec) });
Object.defineProperty(execFile, kPromisifyCustom, { enumerable: false, value: promiseForm(execFile) });

// fork(modulePath[, args][, options]): lode (or options.execPath) running modulePath, with
// the parent's execArgv and an IPC channel as one of the child's descriptors.
function fork(modulePath, args, options) {
  if (typeof modulePath !== 'string' && !(modulePath instanceof URL)) {
    throw new ERR_INVALID_ARG_TYPE('modulePath', ['string', 'URL'], modulePath);
  }
  if (modulePath instanceof URL) modulePath = require('url').fileURLToPath(modulePath);
  if (args == null) {
    args = [];
  } else if (!Array.isArray(args)) {
    if (typeof args !== 'object') throw new ERR_INVALID_ARG_TYPE('args', 'Array', args);
    options = args;
    args = [];
  }
  if (options != null) validateObject(options, 'options');
  options = { ...options, shell: false };
  require('internal/child_process/ipc').checkSerialization(options.serialization);
  let execArgv = options.execArgv || process.execArgv;
  validateStringArrayLike(execArgv, 'options.execArgv');
  // Run from `-e code` (or -p), the parent's own execArgv would have each child fork again,
  // without end: the children inherit it without the code.
  if (execArgv === process.execArgv && process._eval != null) {
    const at = execArgv.lastIndexOf(process._eval);
    if (at > 0) execArgv = [...execArgv.slice(0, at - 1), ...execArgv.slice(at + 1)];
  }
  args = [...execArgv, modulePath, ...args];

  if (typeof options.stdio === 'string') {
    if (!['pipe', 'overlapped', 'inherit', 'ignore'].includes(options.stdio)) {
      throw new ERR_INVALID_ARG_VALUE('stdio', options.stdio);
    }
    options.stdio = [options.stdio, options.stdio, options.stdio, 'ipc'];
  } else if (!Array.isArray(options.stdio)) {
    const mode = options.silent ? 'pipe' : 'inherit';
    options.stdio = [mode, mode, mode, 'ipc'];
  } else if (!options.stdio.includes('ipc')) {
    throw new ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  }
  options.execPath = options.execPath || process.execPath;
  return spawn(options.execPath, args, options);
}

function validateStringArrayLike(value, name) {
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
}

module.exports = { spawn, execFile, exec, fork };
