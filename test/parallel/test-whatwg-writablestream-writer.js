'use strict';
// WritableStreamDefaultWriter: locking, write() and close() results, ready and desiredSize
// under backpressure, abort() while writes are pending, releaseLock(), and the errors for
// closed, closing, errored or released streams.
const common = require('../common');
const assert = require('assert');

const invalidState = (message) => ({ name: 'TypeError', code: 'ERR_INVALID_STATE', message: `Invalid state: ${message}` });

// Locking.
{
  const stream = new WritableStream();
  const writer = stream.getWriter();
  assert.strictEqual(stream.locked, true);
  assert.throws(() => stream.getWriter(), invalidState('WritableStream is locked'));
  assert.throws(() => new WritableStreamDefaultWriter(stream), invalidState('WritableStream is locked'));
  assert.rejects(stream.abort(), invalidState('WritableStream is locked')).then(common.mustCall());
  assert.rejects(stream.close(), invalidState('WritableStream is locked')).then(common.mustCall());
  writer.releaseLock();
  writer.releaseLock();
  assert.strictEqual(stream.locked, false);
}
assert.throws(() => new WritableStreamDefaultWriter({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of WritableStream. Received an instance of Object',
});

(async () => {
  // Writes happen one at a time, in order; close() waits for them.
  {
    const log = [];
    const writer = new WritableStream({
      async write(chunk) {
        log.push(`start ${chunk}`);
        await new Promise((resolve) => setTimeout(resolve, 1));
        log.push(`end ${chunk}`);
      },
      close() { log.push('close'); },
    }).getWriter();
    const results = await Promise.all([writer.write(1), writer.write(2), writer.close()]);
    assert.deepStrictEqual(results, [undefined, undefined, undefined]);
    assert.deepStrictEqual(log, ['start 1', 'end 1', 'start 2', 'end 2', 'close']);
    assert.strictEqual(await writer.closed, undefined);
    assert.strictEqual(writer.desiredSize, 0);
  }

  // Backpressure: ready is pending while the queue is at or above the high water mark.
  {
    const pending = [];
    const writer = new WritableStream({
      write() { return new Promise((resolve) => pending.push(resolve)); },
    }, { highWaterMark: 2 }).getWriter();
    await writer.ready;
    assert.strictEqual(writer.desiredSize, 2);
    writer.write('a');
    assert.strictEqual(writer.desiredSize, 1);
    const readyBefore = writer.ready;
    writer.write('b');
    assert.strictEqual(writer.desiredSize, 0);
    assert.notStrictEqual(writer.ready, readyBefore);
    let ready = false;
    writer.ready.then(() => { ready = true; });
    await new Promise(setImmediate);
    assert.strictEqual(ready, false);
    pending.shift()();
    await new Promise(setImmediate);
    assert.strictEqual(ready, true);
    assert.strictEqual(writer.desiredSize, 1);
    pending.shift()();
  }

  // A writer on a stream under backpressure starts with a pending ready promise.
  {
    const stream = new WritableStream({}, { highWaterMark: 0 });
    const writer = stream.getWriter();
    let ready = false;
    writer.ready.then(() => { ready = true; });
    await new Promise(setImmediate);
    assert.strictEqual(ready, false);
    assert.strictEqual(writer.desiredSize, 0);
    // close() resolves it.
    writer.close();
    await writer.ready;
  }

  // A failing write errors the stream: pending writes, close and closed reject with it.
  {
    const error = new Error('write failed');
    const writer = new WritableStream({
      write(chunk) { if (chunk === 2) throw error; },
      close: common.mustNotCall(),
    }).getWriter();
    const results = await Promise.allSettled([writer.write(1), writer.write(2), writer.write(3), writer.close()]);
    assert.deepStrictEqual(results.map((result) => result.status), ['fulfilled', 'rejected', 'rejected', 'rejected']);
    assert.ok(results.slice(1).every((result) => result.reason === error));
    await assert.rejects(writer.closed, error);
    await assert.rejects(writer.ready, error);
    assert.strictEqual(writer.desiredSize, null);
    await assert.rejects(writer.write(4), error);
  }

  // abort(): once the write in progress is done, queued writes reject with the reason and
  // the sink's abort runs.
  {
    const log = [];
    let finishWrite;
    const writer = new WritableStream({
      write(chunk) {
        log.push(`write ${chunk}`);
        return new Promise((resolve) => { finishWrite = resolve; });
      },
      abort(reason) { log.push(`abort ${reason}`); },
    }).getWriter();
    // Let start() finish, so that the first write is in progress when the abort comes.
    await new Promise(setImmediate);
    const first = writer.write(1);
    const second = writer.write(2);
    const aborted = writer.abort('R');
    let secondSettled = false;
    second.catch(() => { secondSettled = true; });
    await new Promise(setImmediate);
    assert.deepStrictEqual([log, secondSettled], [['write 1'], false]);
    finishWrite();
    await first;
    await assert.rejects(second, (reason) => reason === 'R');
    await aborted;
    assert.deepStrictEqual(log, ['write 1', 'abort R']);
    await assert.rejects(writer.closed, (reason) => reason === 'R');
    // Aborting again is a no-op.
    await writer.abort('again');
  }

  // Writes queued before start() finishes are dropped by an abort.
  {
    const writer = new WritableStream({ write: common.mustNotCall() }).getWriter();
    const write = writer.write(1);
    const aborted = writer.abort('early');
    await assert.rejects(write, (reason) => reason === 'early');
    await aborted;
  }

  // A rejecting sink abort rejects abort().
  {
    const stream = new WritableStream({ abort() { throw new Error('abort failed'); } });
    await assert.rejects(stream.abort(), { message: 'abort failed' });
  }

  // close() while closing, and on closed or errored streams.
  {
    const stream = new WritableStream();
    const closing = stream.close();
    await assert.rejects(stream.close(), invalidState('Failure closing WritableStream'));
    await closing;
    await assert.rejects(stream.close(), invalidState('WritableStream is closed'));
    const writer = stream.getWriter();
    await assert.rejects(writer.close(), invalidState('WritableStream is closed'));
  }
  {
    const writer = new WritableStream().getWriter();
    writer.close();
    const write = writer.write('x');
    const close = writer.close();
    await assert.rejects(write, invalidState('WritableStream is closed'));
    await assert.rejects(close, invalidState('Failure to close WritableStream'));
    await writer.closed;
  }
  {
    const stream = new WritableStream();
    await stream.abort();
    await assert.rejects(stream.close(), invalidState('WritableStream is closed'));
  }

  // releaseLock(): ready and closed reject; later calls fail.
  {
    const writer = new WritableStream().getWriter();
    const closed = writer.closed;
    writer.releaseLock();
    await assert.rejects(closed, invalidState('Writer has been released'));
    await assert.rejects(writer.ready, invalidState('Writer has been released'));
    await assert.rejects(writer.write(1), invalidState('Writer is not bound to a WritableStream'));
    await assert.rejects(writer.close(), invalidState('Writer is not bound to a WritableStream'));
    await assert.rejects(writer.abort(), invalidState('Writer is not bound to a WritableStream'));
    assert.throws(() => writer.desiredSize, invalidState('Writer is not bound to a WritableStream'));
  }

  // A writer on an erroring stream: ready rejected, closed pending until errored.
  {
    const writerStream = new WritableStream({ write() { return new Promise((resolve) => setTimeout(resolve, 2)); } });
    const first = writerStream.getWriter();
    await new Promise(setImmediate);
    first.write('x');
    first.abort('stop');
    first.releaseLock();
    assert.strictEqual(require('util').inspect(writerStream), "WritableStream { locked: false, state: 'erroring' }");
    const second = writerStream.getWriter();
    await assert.rejects(second.ready, (reason) => reason === 'stop');
    await assert.rejects(second.closed, (reason) => reason === 'stop');
  }
})().then(common.mustCall());

// Wrong `this`.
{
  const thisError = { name: 'TypeError', code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type WritableStreamDefaultWriter' };
  const { prototype } = WritableStreamDefaultWriter;
  for (const name of ['write', 'close', 'abort']) assert.rejects(prototype[name].call({}), thisError).then(common.mustCall());
  for (const name of ['closed', 'ready']) {
    assert.rejects(Object.getOwnPropertyDescriptor(prototype, name).get.call({}), thisError).then(common.mustCall());
  }
  assert.throws(() => Object.getOwnPropertyDescriptor(prototype, 'desiredSize').get.call({}), thisError);
  assert.throws(() => prototype.releaseLock.call({}), thisError);
}
