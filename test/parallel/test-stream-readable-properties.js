'use strict';
// The readable* properties through a stream's life.
require('../common');
const assert = require('assert');
const { Readable } = require('stream');

function snapshot(r) {
  return {
    readable: r.readable,
    readableFlowing: r.readableFlowing,
    readableLength: r.readableLength,
    readableEnded: r.readableEnded,
    readableAborted: r.readableAborted,
    readableDidRead: r.readableDidRead,
    closed: r.closed,
    destroyed: r.destroyed,
    errored: r.errored,
  };
}

const initial = {
  readable: true, readableFlowing: null, readableLength: 0, readableEnded: false,
  readableAborted: false, readableDidRead: false, closed: false, destroyed: false, errored: null,
};

{
  const r = new Readable({ objectMode: true, read() {} });
  assert.deepStrictEqual(snapshot(r), initial);
  assert.strictEqual(r.readableObjectMode, true);
  assert.strictEqual(r.readableHighWaterMark, 16);
  assert.strictEqual(r.readableEncoding, null);
  assert.strictEqual(r.isPaused(), false);
  r.push('a');
  r.pause();
  assert.deepStrictEqual(snapshot(r), { ...initial, readableFlowing: false, readableLength: 1 });
  assert.strictEqual(r.isPaused(), true);
  r.resume();
  assert.strictEqual(r.readableFlowing, true);
  assert.strictEqual(r.isPaused(), false);
  r.push(null);
  r.on('end', () => {
    assert.deepStrictEqual(snapshot(r), {
      ...initial, readable: false, readableFlowing: true, readableEnded: true, readableDidRead: true,
    });
  });
  r.on('close', () => {
    assert.deepStrictEqual(snapshot(r), {
      ...initial, readable: false, readableFlowing: true, readableEnded: true, readableDidRead: true,
      closed: true, destroyed: true,
    });
  });
}

{
  const r = new Readable({ read() {} });
  const err = new Error('boom');
  r.on('error', () => {});
  r.destroy(err);
  assert.deepStrictEqual(snapshot(r), {
    ...initial, readable: false, readableAborted: true, destroyed: true, closed: true, errored: err,
  });
  assert.strictEqual(r.readableObjectMode, false);
  assert.strictEqual(r.readableHighWaterMark, 16384);
}

{
  // The setters.
  const r = new Readable({ read() {} });
  r.readable = false;
  assert.strictEqual(r.readable, false);
  assert.strictEqual(r.readableAborted, false);
  r.readableFlowing = false;
  assert.strictEqual(r.readableFlowing, false);
  r.destroyed = true;
  assert.strictEqual(r.destroyed, true);
  assert.strictEqual(r._readableState.destroyed, true);
}

{
  // State fields by their public names.
  const r = new Readable({ objectMode: true, highWaterMark: 5, read() {}, emitClose: false });
  const state = r._readableState;
  assert.strictEqual(state.objectMode, true);
  assert.strictEqual(state.highWaterMark, 5);
  assert.strictEqual(state.emitClose, false);
  assert.strictEqual(state.autoDestroy, true);
  assert.strictEqual(state.flowing, null);
  assert.strictEqual(state.ended, false);
  assert.strictEqual(state.sync, true);
  assert.strictEqual(state.pipesCount, 0);
  assert.strictEqual(state.defaultEncoding, 'utf8');
  assert.ok(state instanceof Readable.ReadableState);
  state.ended = true;
  assert.strictEqual(state.ended, true);
  state.flowing = 0;
  assert.strictEqual(state.flowing, false);
  state.flowing = null;
  assert.strictEqual(state.flowing, null);
}

{
  // Descriptors: non-enumerable accessors on the prototype, enumerable methods.
  const proto = Readable.prototype;
  for (const name of ['readable', 'closed', 'readableDidRead', 'readableAborted', 'readableFlowing',
                      'readableLength', 'destroyed', 'errored', 'readableEnded',
                      'readableObjectMode', 'readableHighWaterMark', 'readableBuffer',
                      'readableEncoding']) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    assert.strictEqual(descriptor.enumerable, false, name);
    assert.strictEqual(typeof descriptor.get, 'function', name);
  }
  for (const name of ['push', 'unshift', 'read', 'pipe', 'on', 'destroy', 'wrap', 'iterator']) {
    assert.strictEqual(Object.getOwnPropertyDescriptor(proto, name).enumerable, true, name);
  }
  for (const name of ['map', 'filter', 'toArray', 'reduce']) {
    assert.strictEqual(Object.getOwnPropertyDescriptor(proto, name).enumerable, false, name);
  }
  assert.strictEqual(typeof Object.getOwnPropertyDescriptor(proto, 'readableFlowing').set, 'function');
  assert.strictEqual(Object.getOwnPropertyDescriptor(proto, 'readableLength').set, undefined);
}
