'use strict';
// The IPC channel between a parent and a child it forked: one end of a Unix-domain socket
// pair (a Pipe in IPC mode), on each side attached to a target — the ChildProcess in the
// parent, `process` in the child. Each message is one line of JSON; JSON.stringify never
// writes a raw newline, so the newline frames it.
//
// On the target: send(message[, handle][, options][, callback]), disconnect(), connected,
// channel (ref/unref), and the events 'message' and 'disconnect'.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_IPC_CHANNEL_CLOSED,
    ERR_IPC_DISCONNECTED,
    ERR_MISSING_ARGS,
  },
  genericNodeError,
} = require('internal/errors');
const { validateObject } = require('internal/validators');

// A peer that sends an endless line is cut off rather than allowed to grow our memory.
const kMaxFrameLength = 256 * 1024 * 1024;

// What the target shows as `channel`: ref()/unref() of the pipe, and the descriptor.
class Channel {
  #socket;
  constructor(socket) {
    this.#socket = socket;
  }

  get fd() {
    return this.#socket._handle ? this.#socket._handle.fd : undefined;
  }

  ref() {
    this.#socket._handle?.ref();
  }

  unref() {
    this.#socket._handle?.unref();
  }
}

function checkMessage(message) {
  if (message === undefined) throw new ERR_MISSING_ARGS('message');
  if (typeof message !== 'string' && typeof message !== 'object' && typeof message !== 'number' &&
      typeof message !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
  }
}

// Attaches the channel in `pipe` to `target`. `keepsAliveWhenListened`: the child's rule, by
// which the channel holds the loop open only while someone listens for messages.
function setupChannel(target, pipe, { keepsAliveWhenListened = false } = {}) {
  const net = require('net');
  const socket = new net.Socket({ handle: pipe, allowHalfOpen: false });
  socket.setEncoding('utf8');
  const channel = new Channel(socket);
  let pending = '';

  target.channel = channel;
  target._channel = channel;
  target.connected = true;

  function fail(err) {
    process.nextTick(() => target.emit('error', err));
    close();
  }

  socket.on('data', (text) => {
    pending += text;
    let start = 0;
    let end;
    while ((end = pending.indexOf('\n', start)) !== -1) {
      const line = pending.slice(start, end);
      start = end + 1;
      let message;
      try {
        message = JSON.parse(line);
      } catch {
        fail(genericNodeError('Invalid IPC message from the peer', { code: 'ERR_IPC_BAD_MESSAGE' }));
        return;
      }
      process.nextTick(() => target.emit('message', message, undefined));
    }
    pending = pending.slice(start);
    if (pending.length > kMaxFrameLength) {
      fail(genericNodeError('IPC message from the peer is too long', { code: 'ERR_IPC_BAD_MESSAGE' }));
    }
  });
  socket.on('end', () => close());
  socket.on('error', () => close());
  socket.on('close', () => close());

  let closed = false;
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
    socket.end();
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
    checkMessage(message);
    if (handle !== undefined && handle !== null) throw new ERR_INVALID_HANDLE_TYPE();
    if (!target.connected) {
      const err = new ERR_IPC_CHANNEL_CLOSED();
      if (callback) process.nextTick(callback, err);
      else process.nextTick(() => target.emit('error', err));
      return false;
    }
    const line = `${JSON.stringify(message)}\n`;
    // While a write is in flight it holds the loop open, even on an unref'd channel.
    socket._handle?.ref();
    socket.write(line, (err) => {
      if (!closed && keepsAliveWhenListened && !listened()) channel.unref();
      if (callback) callback(err ?? null);
    });
    return socket.writableLength < 128 * 1024;
  };

  target.disconnect = function disconnect() {
    if (!target.connected) {
      target.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    close();
  };
  return channel;
}

// In a forked child: the parent left the channel's descriptor in NODE_CHANNEL_FD.
function setupChildChannel() {
  const fd = Number(process.env.NODE_CHANNEL_FD);
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!Number.isInteger(fd) || fd < 0) return;
  const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
  const pipe = new Pipe(PipeConstants.IPC);
  if (pipe.open(fd) !== 0) {
    pipe.close();
    return;
  }
  setupChannel(process, pipe, { keepsAliveWhenListened: true });
}

function checkSerialization(serialization) {
  if (serialization !== undefined && serialization !== 'json' && serialization !== 'advanced') {
    throw new ERR_INVALID_ARG_VALUE('options.serialization', serialization,
                                    'must be one of: \'json\', \'advanced\'');
  }
}

module.exports = { setupChannel, setupChildChannel, checkSerialization };
