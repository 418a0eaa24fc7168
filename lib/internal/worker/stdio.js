'use strict';
// A worker's standard streams travel over its control channel: what the worker writes to
// process.stdout / process.stderr arrives in the parent as worker.stdout / worker.stderr
// (piped on to the parent's own stdout/stderr unless the Worker was made with
// `stdout: true` / `stderr: true`); with `stdin: true`, what the parent writes to
// worker.stdin is the worker's process.stdin.
//
// On the wire: { type: 'stdio', name, chunks: [[chunk, encoding], ...] } and
// { type: 'stdio', name, end: true }.

const { Readable, Writable } = require('stream');
const { Buffer } = require('buffer');

function toChunk(chunk, encoding) {
  // A Buffer arrives as a plain Uint8Array; give it back its Buffer face.
  if (typeof chunk === 'string') return [chunk, encoding];
  return [Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength), undefined];
}

// The reading end: fed by control messages, no backpressure (the sender never waits). Given
// a port, it keeps that port ref'd from the first read until the end, so a worker reading
// its stdin waits for it.
class ReadableWorkerStdio extends Readable {
  constructor(name, port = null) {
    super();
    this.name = name;
    this.port = port;
    this.holdsPort = false;
  }

  _read() {
    if (this.port === null || this.holdsPort || this.readableEnded) return;
    this.holdsPort = true;
    this.port.ref();
  }

  // A control message for this stream.
  receive(message) {
    if (message.end) {
      this.push(null);
      if (this.holdsPort) this.port.unref();
      this.holdsPort = false;
      return;
    }
    for (const [chunk, encoding] of message.chunks) this.push(...toChunk(chunk, encoding));
  }
}

// The writing end: each write is one message on `port`.
class WritableWorkerStdio extends Writable {
  constructor(port, name) {
    super({ decodeStrings: false });
    this.port = port;
    this.name = name;
  }

  _writev(chunks, callback) {
    this.port.postMessage({
      type: 'stdio',
      name: this.name,
      // A Buffer is copied alone: cloned as it is, it would take its whole pool along.
      chunks: chunks.map(({ chunk, encoding }) =>
        [typeof chunk === 'string' ? chunk : new Uint8Array(chunk), encoding]),
    });
    callback();
  }

  _final(callback) {
    this.port.postMessage({ type: 'stdio', name: this.name, end: true });
    callback();
  }
}

module.exports = { ReadableWorkerStdio, WritableWorkerStdio };
