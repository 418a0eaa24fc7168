'use strict';
// pipeTo(): chunks and the close travel to the destination, errors travel both ways unless
// prevented (preventAbort, preventCancel, preventClose), an AbortSignal stops the pipe, both
// ends are locked meanwhile; argument errors.
const common = require('../common');
const assert = require('assert');

function source(chunks, extra = {}) {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      if (extra.close !== false) controller.close();
    },
    ...extra,
  });
}

function recordingSink(log, extra = {}) {
  return new WritableStream({
    write(chunk) { log.push(`write ${chunk}`); },
    close() { log.push('close'); },
    abort(reason) { log.push(`abort ${reason}`); },
    ...extra,
  });
}

(async () => {
  // Everything arrives, then the destination closes; both ends are locked until then.
  {
    const log = [];
    const readable = source(['a', 'b']);
    const writable = recordingSink(log);
    const piped = readable.pipeTo(writable);
    assert.strictEqual(readable.locked, true);
    assert.strictEqual(writable.locked, true);
    assert.strictEqual(await piped, undefined);
    assert.deepStrictEqual(log, ['write a', 'write b', 'close']);
    assert.strictEqual(readable.locked, false);
    assert.strictEqual(writable.locked, false);
  }

  // preventClose leaves the destination open.
  {
    const log = [];
    const writable = recordingSink(log);
    await source(['a']).pipeTo(writable, { preventClose: true });
    assert.deepStrictEqual(log, ['write a']);
    const writer = writable.getWriter();
    await writer.write('b');
    assert.deepStrictEqual(log, ['write a', 'write b']);
  }

  // A source error aborts the destination, or not with preventAbort.
  {
    const log = [];
    const error = new Error('source failed');
    const readable = new ReadableStream({ pull() { throw error; } });
    await assert.rejects(readable.pipeTo(recordingSink(log)), error);
    assert.deepStrictEqual(log, [`abort ${error}`]);
  }
  {
    const log = [];
    const error = new Error('source failed');
    const readable = new ReadableStream({ start(c) { c.error(error); } });
    const writable = recordingSink(log);
    await assert.rejects(readable.pipeTo(writable, { preventAbort: true }), error);
    assert.deepStrictEqual(log, []);
    assert.strictEqual(writable.locked, false);
  }

  // A destination error cancels the source, or not with preventCancel.
  {
    const log = [];
    const error = new Error('sink failed');
    const readable = source(['a'], { close: false, cancel(reason) { log.push(`cancel ${reason.message}`); } });
    await assert.rejects(readable.pipeTo(recordingSink(log, { write() { throw error; } })), error);
    assert.deepStrictEqual(log, ['cancel sink failed']);
  }
  {
    const error = new Error('sink failed');
    const readable = source(['a', 'b'], { close: false, cancel: common.mustNotCall() });
    await assert.rejects(readable.pipeTo(new WritableStream({ write() { throw error; } }), { preventCancel: true }), error);
    // The chunk read before the failure is gone; the next one is still there.
    assert.deepStrictEqual(await readable.getReader().read(), { value: 'b', done: false });
  }

  // A closed or closing destination cancels the source.
  {
    const log = [];
    const writable = new WritableStream();
    await writable.close();
    const readable = source(['a'], { close: false, cancel(reason) { log.push(reason.message); } });
    await assert.rejects(readable.pipeTo(writable), {
      name: 'TypeError',
      code: 'ERR_INVALID_STATE',
      message: 'Invalid state: Destination WritableStream is closed',
    });
    assert.deepStrictEqual(log, ['Invalid state: Destination WritableStream is closed']);
  }

  // A failing abort or cancel replaces the original error.
  {
    const readable = new ReadableStream({ start(c) { c.error(new Error('first')); } });
    const writable = new WritableStream({ abort() { throw new Error('abort failed'); } });
    await assert.rejects(readable.pipeTo(writable), { message: 'abort failed' });
  }

  // AbortSignal: aborts the destination and cancels the source with the signal's reason.
  {
    const log = [];
    const controller = new AbortController();
    const readable = new ReadableStream({ cancel(reason) { log.push(`cancel ${reason}`); } });
    const piped = readable.pipeTo(recordingSink(log), { signal: controller.signal });
    controller.abort('enough');
    await assert.rejects(piped, (error) => error === 'enough');
    assert.deepStrictEqual(log, ['abort enough', 'cancel enough']);
  }
  {
    const controller = new AbortController();
    controller.abort();
    const log = [];
    const readable = new ReadableStream({ cancel(reason) { log.push(reason.name); } });
    const writable = recordingSink(log, { abort(reason) { log.push(reason.name); } });
    await assert.rejects(readable.pipeTo(writable, { signal: controller.signal }), {
      name: 'AbortError',
      message: 'This operation was aborted',
      code: 20,
    });
    assert.deepStrictEqual(log, ['AbortError', 'AbortError']);
  }
  {
    // With preventAbort and preventCancel both ends stay usable.
    const controller = new AbortController();
    const readable = source(['kept'], { close: false, cancel: common.mustNotCall() });
    const writable = new WritableStream({ abort: common.mustNotCall() });
    const piped = readable.pipeTo(writable, { signal: controller.signal, preventAbort: true, preventCancel: true });
    controller.abort('stop');
    await assert.rejects(piped, (error) => error === 'stop');
    assert.strictEqual(readable.locked, false);
    assert.strictEqual(writable.locked, false);
  }

  // Pending writes finish before the destination closes.
  {
    const log = [];
    const writable = new WritableStream({
      async write(chunk) {
        await new Promise((resolve) => setTimeout(resolve, 2));
        log.push(`wrote ${chunk}`);
      },
      close() { log.push('close'); },
    }, { highWaterMark: 4 });
    await source([1, 2, 3]).pipeTo(writable);
    assert.deepStrictEqual(log, ['wrote 1', 'wrote 2', 'wrote 3', 'close']);
  }

  // Backpressure: the source is not read while the destination is full.
  {
    let pulls = 0;
    const pendingWrites = [];
    const readable = new ReadableStream({
      pull(controller) {
        pulls++;
        controller.enqueue(pulls);
      },
    }, { highWaterMark: 0 });
    const writable = new WritableStream({
      write() { return new Promise((resolve) => pendingWrites.push(resolve)); },
    }, { highWaterMark: 1 });
    const controller = new AbortController();
    const piped = readable.pipeTo(writable, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepStrictEqual([pulls, pendingWrites.length], [1, 1]);
    pendingWrites.shift()();
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepStrictEqual([pulls, pendingWrites.length], [2, 1]);
    // The pipe stops once the writes in progress are done. As in node, a read that was
    // waiting for room still goes through.
    controller.abort();
    pendingWrites.shift()();
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepStrictEqual([pulls, pendingWrites.length], [3, 1]);
    pendingWrites.shift()();
    await assert.rejects(piped, { name: 'AbortError' });
    assert.strictEqual(pulls, 3);
  }

  // Argument errors reject.
  {
    const readable = new ReadableStream();
    await assert.rejects(readable.pipeTo({}), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "transform.writable" property must be an instance of WritableStream. Received an instance of Object',
    });
    await assert.rejects(readable.pipeTo(new WritableStream(), 1), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options" argument must be of type object. Received type number (1)',
    });
    await assert.rejects(readable.pipeTo(new WritableStream(), { signal: 1 }), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
    });
    const locked = new ReadableStream();
    locked.getReader();
    await assert.rejects(locked.pipeTo(new WritableStream()), {
      code: 'ERR_INVALID_STATE',
      message: 'Invalid state: The ReadableStream is locked',
    });
    const lockedWritable = new WritableStream();
    lockedWritable.getWriter();
    await assert.rejects(readable.pipeTo(lockedWritable), {
      code: 'ERR_INVALID_STATE',
      message: 'Invalid state: The WritableStream is locked',
    });
    // null and arrays are accepted as options.
    await source([]).pipeTo(new WritableStream(), null);
    await source([]).pipeTo(new WritableStream(), []);
  }
})().then(common.mustCall());
