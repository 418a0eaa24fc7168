'use strict';
// ChildProcess: one child started by uv_spawn (src/process_wrap.cc), its stdio pipes as
// net.Sockets, and the bookkeeping of its 'exit' and 'close' events.
//
// 'close' waits for two kinds of things: the process itself ('exit'), and every pipe the
// child writes into (each Socket's 'close'), so that no output is lost after 'close'.

const EventEmitter = require('events');
const { Process } = internalBinding('process_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const { UV_EACCES, UV_EAGAIN, UV_EMFILE, UV_ENFILE, UV_ENOENT, UV_ESRCH, UV_EINVAL, UV_ENOSYS } =
  internalBinding('uv');
const { ErrnoException, codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_SYNC_FORK_INPUT, ERR_IPC_ONE_PIPE } } =
  require('internal/errors');
const { convertToValidSignal } = require('internal/util');
const { validateArray, validateObject, validateString } = require('internal/validators');
const { signalName } = require('internal/child_process/normalize');

// Failures that depend on the system at run time are emitted as 'error'; anything else (bad
// options that got past the checks) is thrown from spawn().
const kEmittedSpawnErrors = new Set([UV_EACCES, UV_EAGAIN, UV_EMFILE, UV_ENFILE, UV_ENOENT]);


// One stdio entry as the user wrote it -> { type, handle?, fd? } for the binding.
function stdioSlot(spec, index, state) {
  if (spec === null || spec === undefined) spec = index < 3 ? 'pipe' : 'ignore';
  if (spec === 'ignore') return { type: 'ignore' };
  if (spec === 'pipe' || spec === 'overlapped' || (typeof spec === 'number' && spec < 0)) {
    return { type: 'pipe', handle: new Pipe(PipeConstants.SOCKET), readable: index !== 0 };
  }
  if (spec === 'ipc') {
    if (state.ipc !== undefined) throw new ERR_IPC_ONE_PIPE();
    state.ipc = new Pipe(PipeConstants.IPC);
    state.ipcFd = index;
    return { type: 'pipe', handle: state.ipc, ipc: true };
  }
  if (spec === 'inherit') return { type: 'fd', fd: index };
  if (typeof spec === 'number') return { type: 'fd', fd: spec };
  if (typeof spec === 'object') {
    if (typeof spec.fd === 'number') return { type: 'fd', fd: spec.fd };
    const handle = spec._handle ?? spec.handle;
    if (handle && typeof handle.readStart === 'function') return { type: 'wrap', handle, stream: spec };
  }
  // Input data belongs to the synchronous spawns only.
  if (typeof spec === 'string' || ArrayBuffer.isView(spec)) throw new ERR_INVALID_SYNC_FORK_INPUT(spec);
  throw new ERR_INVALID_ARG_VALUE('stdio', spec);
}

function stdioSlots(stdio) {
  if (!stdio) {
    // Any falsy value means the default, as in node.
    stdio = ['pipe', 'pipe', 'pipe'];
  } else if (typeof stdio === 'string') {
    if (!['pipe', 'ignore', 'inherit', 'overlapped'].includes(stdio)) {
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
    stdio = [stdio, stdio, stdio];
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  const state = { ipc: undefined, ipcFd: undefined };
  const slots = [];
  try {
    for (let i = 0; i < Math.max(3, stdio.length); i++) slots.push(stdioSlot(stdio[i], i, state));
  } catch (err) {
    for (const slot of slots) if (slot.type === 'pipe') slot.handle.close();
    throw err;
  }
  return { slots, ipc: state.ipc, ipcFd: state.ipcFd };
}

// A stream of ours given as a child's stdio now belongs to the child: this process stops
// reading it, and it stays paused (the exit-time drain below leaves it alone).
function handOverStream({ handle, stream }) {
  if (handle.reading) {
    handle.reading = false;
    handle.readStop();
  }
  if (stream === handle || typeof stream.pause !== 'function' || !stream.readable) return;
  stream.pause();
  const state = stream._readableState;
  if (state) state.reading = false;
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = new Process();
    this._handle.onexit = (exitCode, signalNumber) => this.#onExit(exitCode, signalNumber);
  }

  // options: { file, args (argv with argv0), cwd, envPairs, stdio, detached, uid, gid }
  spawn(options) {
    // ChildProcess is public: spawn() checks what child_process.spawn() would have prepared,
    // in node's order (the stdio first).
    validateObject(options, 'options');
    const { slots, ipc, ipcFd } = stdioSlots(options.stdio);
    if (ipc !== undefined) {
      if (options.envPairs !== undefined) validateArray(options.envPairs, 'options.envPairs');
      options.envPairs = [...(options.envPairs || []), `NODE_CHANNEL_FD=${ipcFd}`,
                          `NODE_CHANNEL_SERIALIZATION_MODE=${options.serialization || 'json'}`];
    } else if (options.envPairs !== undefined) {
      validateArray(options.envPairs, 'options.envPairs');
    }
    validateString(options.file, 'options.file');
    if (options.args === undefined) options.args = [];
    else validateArray(options.args, 'options.args');
    this.spawnfile = options.file;
    this.spawnargs = options.args;
    const err = this._handle.spawn({
      file: options.file,
      args: options.args.map((arg) => `${arg}`),
      cwd: options.cwd ?? undefined,
      // Made strings here: the binding reads plain string arrays only.
      envPairs: options.envPairs === undefined ? undefined : Array.from(options.envPairs, (pair) => `${pair}`),
      stdio: slots.map(({ type, handle, fd }) => ({ type, handle, fd })),
      detached: Boolean(options.detached),
      uid: options.uid == null ? undefined : options.uid | 0,
      gid: options.gid == null ? undefined : options.gid | 0,
    });
    if (kEmittedSpawnErrors.has(err)) {
      process.nextTick(() => this.#onExit(err, 0));
      // Out of descriptors: there is no child and its pipes are useless.
      if (err === UV_EMFILE || err === UV_ENFILE) {
        for (const slot of slots) if (slot.type === 'pipe') slot.handle.close();
        return err;
      }
    } else if (err) {
      this._handle.close();
      this._handle = null;
      for (const slot of slots) if (slot.type === 'pipe') slot.handle.close();
      throw new ErrnoException(err, 'spawn');
    } else {
      process.nextTick(() => this.emit('spawn'));
      for (const slot of slots) if (slot.type === 'wrap') handOverStream(slot);
    }
    this.pid = this._handle.pid;

    const net = require('net');
    this.stdio = slots.map((slot, index) => {
      if (slot.type !== 'pipe' || slot.ipc) return null;
      if (err) {
        // No child: the streams exist (as in node), end at once and hold nothing back.
        slot.handle.close();
        const socket = new net.Socket({ readable: slot.readable });
        process.nextTick(() => socket.destroy());
        return socket;
      }
      const socket = new net.Socket({ handle: slot.handle, readable: slot.readable });
      if (slot.readable) {
        this._closesNeeded++;
        socket.on('close', () => this.#maybeClose());
      }
      return socket;
    });
    this.stdin = this.stdio[0] ?? null;
    this.stdout = this.stdio[1] ?? null;
    this.stderr = this.stdio[2] ?? null;
    if (ipc !== undefined) {
      if (err) ipc.close();
      else {
        require('internal/child_process/ipc').setupChannel(this, ipc, { serialization: options.serialization });
        // 'close' also waits for the channel to go.
        this._closesNeeded++;
        this.once('disconnect', () => this.#maybeClose());
      }
    }
    return err;
  }

  kill(signal) {
    const number = signal === 0 ? 0 : convertToValidSignal(signal === undefined ? 'SIGTERM' : signal);
    if (!this._handle) return false;
    const err = this._handle.kill(number);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err === UV_EINVAL || err === UV_ENOSYS) throw new ErrnoException(err, 'kill');
    // ESRCH: it is already gone, and its exit is on the way.
    if (err !== UV_ESRCH) this.emit('error', new ErrnoException(err, 'kill'));
    return false;
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }

  ref() {
    this._handle?.ref();
  }

  unref() {
    this._handle?.unref();
  }

  #onExit(exitCode, signalNumber) {
    if (signalNumber) this.signalCode = signalName(signalNumber);
    else this.exitCode = exitCode;
    this.stdin?.destroy();
    this._handle?.close();
    this._handle = null;
    if (exitCode < 0) {
      const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
      const err = new ErrnoException(exitCode, syscall);
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = this.spawnargs.slice(1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    // Output nobody reads would hold 'close' back forever: let it drain.
    process.nextTick(() => {
      for (const stream of this.stdio || []) {
        if (stream && stream.readable && stream.readableFlowing === null &&
            stream.listenerCount('data') === 0 && stream.listenerCount('readable') === 0) {
          stream.resume();
        }
      }
    });
    this.#maybeClose();
  }

  #maybeClose() {
    this._closesGot++;
    if (this._closesGot === this._closesNeeded) this.emit('close', this.exitCode, this.signalCode);
  }
}

module.exports = { ChildProcess, stdioSlots };
