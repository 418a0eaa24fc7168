'use strict';
// The IPC channel between a parent and a child it forked: one end of a Unix-domain socket
// pair (a Pipe in IPC mode), on each side attached to a target — the ChildProcess in the
// parent, `process` in the child. Each message is one line of JSON; JSON.stringify never
// writes a raw newline, so the newline frames it.
//
// A message that carries a handle (a net.Server, a net.Socket, a dgram.Socket, or a raw
// TCP/Pipe handle) is written in the same write as the descriptor (SCM_RIGHTS, uv_write2) and
// marked by a prefix before its JSON: 'Hs' a server, 'Hc' a socket, 'Hu'/'Hv' a udp4/udp6
// dgram socket, 'Hn' a raw handle. The kernel never delivers
// the descriptor after the bytes of its message, so received handles wait in a queue and each
// marked line takes the oldest.
//
// With serialization 'advanced' a message is instead a binary frame: a 4-byte big-endian
// length, one byte for the handle kind (0 for none, else the letter above), and the bytes of
// V8's ValueSerializer (as node's ChildProcessSerializer), which carries Maps, BigInts,
// typed arrays and cycles.
//
// On the target: send(message[, handle][, options][, callback]), disconnect(), connected,
// channel (ref/unref), and the events 'message', 'internalMessage' (a message object whose
// cmd starts with 'NODE_') and 'disconnect'.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_IPC_CHANNEL_CLOSED,
    ERR_IPC_DISCONNECTED,
    ERR_MISSING_ARGS,
  },
  ErrnoException,
  genericNodeError,
} = require('internal/errors');
const { FastBuffer, encodingIds: { utf8: kUtf8 } } = require('internal/buffer');
const { streamBaseState, kReadBytesOrError, kArrayBufferOffset } = internalBinding('stream_wrap');
const { validateObject } = require('internal/validators');
const { addPreExitHook, removePreExitHook } = require('internal/process/pre_exit');
const { noteHandedOver, HeldSockets } = require('internal/child_process/handed_sockets');

// A peer that sends an endless line is cut off rather than allowed to grow our memory.
const kMaxFrameLength = 256 * 1024 * 1024;

// What the target shows as `channel`: ref()/unref() of the pipe, and the descriptor.
class Channel {
  #pipe;
  constructor(pipe) {
    this.#pipe = pipe;
  }

  get fd() {
    return this.#pipe ? this.#pipe.fd : undefined;
  }

  ref() {
    this.#pipe?.ref();
  }

  unref() {
    this.#pipe?.unref();
  }

  detach() {
    this.#pipe = null;
  }
}

// handle given to send() -> [its kind letter, the handle object the pipe sends]
function handleToSend(handle) {
  const net = require('net');
  const { TCP } = internalBinding('tcp_wrap');
  const { Pipe } = internalBinding('pipe_wrap');
  // A server or socket with no descriptor left (a socket sent once already, a closed
  // server): the message goes alone, as in node.
  if (handle instanceof net.Server) return handle._handle ? ['s', handle._handle] : [null, undefined];
  if (handle instanceof net.Socket) return handle._handle ? ['c', handle._handle] : [null, undefined];
  if (handle instanceof TCP || handle instanceof Pipe || handle instanceof internalBinding('udp_wrap').UDP) {
    return ['n', handle];
  }
  // A dgram socket: 'u' for udp4, 'v' for udp6.
  const dgram = require('dgram');
  if (handle instanceof dgram.Socket) {
    const { kStateSymbol } = require('internal/dgram');
    const udp = handle[kStateSymbol].handle;
    if (udp) return [handle.type === 'udp6' ? 'v' : 'u', udp];
  }
  throw new ERR_INVALID_HANDLE_TYPE();
}

// A handle received for a line marked `kind` -> what the 'message' listener gets.
function adoptHandle(kind, received) {
  if (received === undefined) throw new Error('missing handle');
  const net = require('net');
  if (kind === 's') {
    const server = new net.Server();
    server.listen(received);
    return server;
  }
  if (kind === 'c') return new net.Socket({ handle: received, readable: true, writable: true });
  if (kind === 'n') return received;
  if (kind === 'u' || kind === 'v') {
    const socket = require('dgram').createSocket(kind === 'u' ? 'udp4' : 'udp6');
    socket.bind(received);
    return socket;
  }
  received.close();
  throw new Error('unknown handle kind');
}

class BadFrameError extends Error {}

// One line of JSON per message.
class JsonFrames {
  #pending = '';

  encode(kind, message) {
    return `${kind === null ? '' : `H${kind}`}${JSON.stringify(message)}\n`;
  }

  // Text received: deliver(kind, message) for each complete frame in it, in order.
  decode(text, deliver) {
    this.#pending += text;
    let start = 0;
    let end;
    while ((end = this.#pending.indexOf('\n', start)) !== -1) {
      let line = this.#pending.slice(start, end);
      start = end + 1;
      let kind = null;
      if (line.startsWith('H')) {
        kind = line[1];
        line = line.slice(2);
      }
      let message;
      try {
        message = JSON.parse(line);
      } catch {
        throw new BadFrameError('Invalid IPC message from the peer');
      }
      deliver(kind, message);
    }
    this.#pending = this.#pending.slice(start);
    if (this.#pending.length > kMaxFrameLength) throw new BadFrameError('IPC message from the peer is too long');
  }
}

// Length-prefixed V8 serializer frames: a 4-byte big-endian length of what follows it, a
// kind byte, then the serialized message. The serializer writes the prefix too (as a
// placeholder filled in afterwards), so a frame is one allocation and no copy.
// One native call per message each way (src/serdes.cc): the value as node's
// ChildProcessSerializer writes it (a typed array or Buffer as DefaultSerializer's host
// object, any other host object as a plain copy of its properties), framed as above.
let serdes;
function ipcSerdes() {
  if (serdes === undefined) {
    serdes = internalBinding('serdes');
    const { viewTag, viewOfBytes } = require('internal/serdes_views');
    serdes.setIpcHooks(viewTag, (object) => ({ ...object }), viewOfBytes);
  }
  return serdes;
}

class AdvancedFrames {
  #pending = null;

  encode(kind, message) {
    return new FastBuffer(ipcSerdes().ipcSerialize(message, kind === null ? 0 : kind.charCodeAt(0)));
  }

  decode(chunk, deliver) {
    const { ipcDeserialize } = ipcSerdes();
    let bytes = chunk;
    if (this.#pending !== null) {
      const { Buffer } = require('buffer');
      bytes = Buffer.concat([this.#pending, chunk]);
    }
    let offset = 0;
    while (bytes.length - offset >= 5) {
      const length = bytes.readUInt32BE(offset);
      if (length > kMaxFrameLength) throw new BadFrameError('IPC message from the peer is too long');
      if (bytes.length - offset - 5 < length) break;
      const kindByte = bytes[offset + 4];
      let message;
      try {
        message = ipcDeserialize(bytes, offset + 5, length);
      } catch {
        throw new BadFrameError('Invalid IPC message from the peer');
      }
      offset += 5 + length;
      deliver(kindByte === 0 ? null : String.fromCharCode(kindByte), message);
    }
    if (offset === bytes.length) {
      this.#pending = null;
    } else {
      const { Buffer } = require('buffer');
      this.#pending = Buffer.from(bytes.subarray(offset));
    }
  }
}

function checkMessage(message, serialization) {
  if (message === undefined) throw new ERR_MISSING_ARGS('message');
  // The same types for both serializations, as in node ('advanced' could carry a BigInt
  // alone, but node refuses one; inside an object it travels).
  if (typeof message !== 'string' && typeof message !== 'object' && typeof message !== 'number' &&
      typeof message !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
  }
}

// Attaches the channel in `pipe` to `target`. `keepsAliveWhenListened`: the child's rule, by
// which the channel holds the loop open only while someone listens for messages.
function setupChannel(target, pipe, { keepsAliveWhenListened = false, serialization = 'json' } = {}) {
  // The pipe is read and written directly, not through a net.Socket: no stream machinery per
  // chunk, and messages with and without handles keep their order in libuv's one write queue.
  const frames = serialization === 'advanced' ? new AdvancedFrames() : new JsonFrames();
  // A UTF-8 sequence split between two reads is put back together before JSON sees it.
  const decoder = serialization === 'advanced' ? null : new (require('string_decoder').StringDecoder)('utf8');
  const channel = new Channel(pipe);
  const receivedHandles = [];
  // Its answers are best effort: a peer that has gone away asked nothing any more.
  const heldSockets = new HeldSockets((message) => { if (target.connected) target.send(message, () => {}); });
  pipe.onread = function onread(arrayBuffer, received) {
    if (received !== undefined) receivedHandles.push(received);
    const nread = streamBaseState[kReadBytesOrError];
    if (nread > 0) {
      const bytes = new FastBuffer(arrayBuffer, streamBaseState[kArrayBufferOffset], nread);
      onBytes(decoder === null ? bytes : decoder.write(bytes));
    } else if (nread < 0) {
      close();  // the end, or a read error: the channel is gone either way
    }
  };
  pipe.reading = true;
  pipe.readStart();

  target.channel = channel;
  target._channel = channel;
  target.connected = true;

  let closed = false;
  function fail(err) {
    process.nextTick(() => target.emit('error', err));
    close();
  }

  function deliver(kind, message) {
    let handle;
    if (kind !== null) {
      try {
        handle = adoptHandle(kind, receivedHandles.shift());
      } catch {
        throw new BadFrameError('IPC message from the peer without its handle');
      }
      if (kind === 'c') heldSockets.adopt(handle);
    } else if (heldSockets.handle(message)) {
      return;
    }
    // Messages whose cmd starts with NODE_ are lode's own (cluster's), as in node.
    const event = typeof message?.cmd === 'string' && message.cmd.startsWith('NODE_') ?
      'internalMessage' : 'message';
    process.nextTick(() => target.emit(event, message, handle));
  }
  function onBytes(chunk) {
    if (closed) return;
    try {
      frames.decode(chunk, deliver);
    } catch (err) {
      if (!(err instanceof BadFrameError)) throw err;
      fail(genericNodeError(err.message, { code: 'ERR_IPC_BAD_MESSAGE' }));
    }
  }

  function close() {
    if (closed) return;
    closed = true;
    target.connected = false;
    target.channel = null;
    target._channel = null;
    if (keepsAliveWhenListened) {
      target.removeListener('newListener', onNewListener);
      target.removeListener('removeListener', onRemoveListener);
    }
    // Whatever was written still goes out before the pipe closes.
    channel.detach();
    pipe.readStop();
    const shutdown = pipe.shutdown();
    if (typeof shutdown === 'number') pipe.close();
    else shutdown.oncomplete = () => pipe.close();
    for (const handle of receivedHandles.splice(0)) handle.close();
    process.nextTick(() => target.emit('disconnect'));
  }

  function listened() {
    return target.listenerCount('message') > 0 || target.listenerCount('disconnect') > 0;
  }
  function onNewListener(name) {
    if (name === 'message' || name === 'disconnect') channel.ref();
  }
  function onRemoveListener(name) {
    if ((name === 'message' || name === 'disconnect') && !listened()) channel.unref();
  }
  if (keepsAliveWhenListened) {
    if (!listened()) channel.unref();
    target.on('newListener', onNewListener);
    target.on('removeListener', onRemoveListener);
  }

  // Writes one frame (with its handle, if any); callback(err) once it is written.
  function writeFrame(frame, kind, handle, rawHandle, options, callback) {
    // A socket handed over is the receiver's now, unless the sender keeps it open: it lets go
    // of its descriptor at once, and ours closes once the write is done.
    const handOver = kind === 'c' && !options?.keepOpen;
    if (handOver) {
      handle._handle = null;
    }
    const done = (err) => {
      if (handOver) {
        rawHandle.readStop();
        rawHandle.close();
      }
      if (callback) callback(err);
      else if (err) target.emit('error', err);
    };
    // A write libuv queues is an active request, which keeps the loop alive by itself even on
    // an unref'd channel; most writes complete at once and need nothing more.
    const result = typeof frame === 'string' ?
      (rawHandle === undefined ? pipe.writeString(frame, kUtf8) : pipe.writeString(frame, kUtf8, rawHandle)) :
      (rawHandle === undefined ? pipe.writeBuffer(frame) : pipe.writeBuffer(frame, rawHandle));
    if (typeof result === 'number') {
      if (result < 0) process.nextTick(done, new ErrnoException(result, 'write'));
      else if (callback !== undefined || handOver) process.nextTick(done, null);
    } else {
      // As in node, a write that fails later (the peer went away) is not an error of send():
      // the channel's end reports it.
      result.oncomplete = () => done(null);
    }
  }

  // The messages batched this tick, as one write; null when none are waiting.
  let batch = null;
  function flushBatch() {
    const pending = batch;
    batch = null;
    removePreExitHook(flushBatch);
    if (pending === null || pending.frames.length === 0 || closed) return;
    const { frames: list, callbacks } = pending;
    const joined = typeof list[0] === 'string' ? list.join('') :
      require('buffer').Buffer.concat(list, pending.bytes);
    writeFrame(joined, null, undefined, undefined, undefined,
               callbacks.length === 0 ? undefined : (err) => { for (const callback of callbacks) callback(err); });
  }

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    if (typeof callback !== 'function') callback = undefined;
    checkMessage(message, serialization);
    let kind = null;
    let rawHandle;
    if (handle !== undefined && handle !== null) [kind, rawHandle] = handleToSend(handle);
    if (!target.connected) {
      const err = new ERR_IPC_CHANNEL_CLOSED();
      if (callback) process.nextTick(callback, err);
      else process.nextTick(() => target.emit('error', err));
      return false;
    }
    const frame = frames.encode(kind, message);
    // Messages without a handle sent in the same tick as an earlier one go out together, in
    // one write when the tick ends (a loop of sends costs a few system calls, not one each);
    // the first of a tick is written at once. Order is kept: a handle's message and
    // disconnect() write what is batched first, and so does the process's exit.
    if (rawHandle === undefined) {
      if (batch !== null) {
        batch.frames.push(frame);
        batch.bytes += frame.length;
        if (callback !== undefined) batch.callbacks.push(callback);
        return pipe.getWriteQueueSize() + batch.bytes < 128 * 1024;
      }
      batch = { frames: [], bytes: 0, callbacks: [] };
      process.nextTick(flushBatch);
      addPreExitHook(flushBatch);
    } else {
      flushBatch();
      // A server's connection handed over stays the server's (handed_sockets.js).
      const tag = kind === 'c' && !options?.keepOpen ? noteHandedOver(target, handle) : null;
      if (tag !== null) writeFrame(frames.encode(null, tag), null, undefined, undefined, undefined, undefined);
    }
    writeFrame(frame, kind, handle, rawHandle, options, callback);
    return pipe.getWriteQueueSize() < 128 * 1024;
  };

  target.disconnect = function disconnect() {
    if (!target.connected) {
      target.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    flushBatch();
    close();
  };
  return channel;
}

// In a forked child: the parent left the channel's descriptor in NODE_CHANNEL_FD.
function setupChildChannel() {
  const fd = Number(process.env.NODE_CHANNEL_FD);
  const serialization = process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!Number.isInteger(fd) || fd < 0) return;
  const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
  const pipe = new Pipe(PipeConstants.IPC);
  if (pipe.open(fd) !== 0) {
    pipe.close();
    return;
  }
  setupChannel(process, pipe, { keepsAliveWhenListened: true, serialization });
}

function checkSerialization(serialization) {
  if (serialization !== undefined && serialization !== 'json' && serialization !== 'advanced') {
    throw new ERR_INVALID_ARG_VALUE('options.serialization', serialization,
                                    'must be one of: undefined, \'json\', \'advanced\'');
  }
}

module.exports = { setupChannel, setupChildChannel, checkSerialization };
