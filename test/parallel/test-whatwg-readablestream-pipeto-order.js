'use strict';
// The microtask on which pipeTo() and pipeThrough() write, close, abort, cancel and settle,
// as node 20 orders them. Each scenario logs `event@tick`, where a tick is one turn of a
// microtask counter started with the scenario.
const common = require('../common');
const assert = require('assert');

function recordTicks(scenario) {
  return new Promise((resolve) => {
    const log = [];
    let tick = 0;
    let counting = true;
    const count = () => {
      if (!counting || tick > 60) return;
      tick++;
      Promise.resolve().then(count);
    };
    count();
    scenario((event) => log.push(`${event}@${tick}`));
    setTimeout(() => {
      counting = false;
      resolve(log);
    }, 10);
  });
}

function twoTicksLater(fn) {
  Promise.resolve().then(() => Promise.resolve()).then(fn);
}

function signalScenario(options, preAborted) {
  return (log) => {
    const controller = new AbortController();
    if (preAborted) controller.abort('S');
    const readable = new ReadableStream({
      start(c) { c.enqueue('a'); },
      cancel: (reason) => log(`cancel ${reason}`),
    });
    const writable = new WritableStream({
      write: (chunk) => log(`write ${chunk}`),
      abort: (reason) => log(`abort ${reason}`),
    });
    readable.pipeTo(writable, { ...options, signal: controller.signal })
      .then(() => log('piped'), (error) => log(`pipe rejected ${error}`));
    if (!preAborted) {
      twoTicksLater(() => {
        log('abort()');
        controller.abort('S');
      });
    }
  };
}

const scenarios = {
  'chunks then close': [(log) => {
    const readable = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } });
    const writable = new WritableStream({ write: (chunk) => log(`write ${chunk}`), close: () => log('close') });
    readable.pipeTo(writable).then(() => log('piped'));
  }, ['write a@2', 'write b@6', 'close@9', 'piped@12']],

  'pull and write with a sink returning promises': [(log) => {
    let n = 0;
    const readable = new ReadableStream({
      pull(c) {
        log('pull');
        c.enqueue(n++);
        if (n === 3) c.close();
      },
    });
    const writable = new WritableStream({
      write(chunk) {
        log(`write ${chunk}`);
        return Promise.resolve();
      },
      close: () => log('close'),
    });
    readable.pipeTo(writable).then(() => log('piped'));
  }, ['pull@2', 'write 0@2', 'pull@3', 'pull@6', 'write 1@6', 'write 2@10', 'close@15', 'piped@18']],

  'preventClose': [(log) => {
    const readable = new ReadableStream({ start(c) { c.enqueue('a'); c.close(); } });
    const writable = new WritableStream({ write: (chunk) => log(`write ${chunk}`), close: () => log('close') });
    readable.pipeTo(writable, { preventClose: true }).then(() => log(`piped, locked=${writable.locked}`));
  }, ['write a@2', 'piped, locked=false@6']],

  'source errors': [(log) => {
    let controller;
    const readable = new ReadableStream({ start(c) { controller = c; c.enqueue('a'); } });
    const writable = new WritableStream({ write: (chunk) => log(`write ${chunk}`), abort: (reason) => log(`abort ${reason}`) });
    readable.pipeTo(writable).then(() => log('piped'), (error) => log(`pipe rejected ${error}`));
    Promise.resolve().then(() => controller.error('E'));
  }, ['write a@2', 'abort E@5', 'pipe rejected E@8']],

  'source errored before the pipe': [(log) => {
    const readable = new ReadableStream({ start(c) { c.error('E'); } });
    const writable = new WritableStream({ abort: (reason) => log(`abort ${reason}`) });
    readable.pipeTo(writable).then(() => log('piped'), (error) => log(`pipe rejected ${error}`));
  }, ['abort E@3', 'pipe rejected E@6']],

  'destination write fails': [(log) => {
    const readable = new ReadableStream({ start(c) { c.enqueue('a'); }, cancel: (reason) => log(`cancel ${reason}`) });
    const writable = new WritableStream({
      write(chunk) {
        log(`write ${chunk}`);
        throw 'W'; // eslint-disable-line no-throw-literal
      },
    });
    readable.pipeTo(writable).then(() => log('piped'), (error) => log(`pipe rejected ${error}`));
  }, ['write a@2', 'cancel W@4', 'pipe rejected W@7']],

  'destination errored before the pipe': [(log) => {
    const readable = new ReadableStream({ cancel: (reason) => log(`cancel ${reason}`) });
    const writable = new WritableStream({ start(c) { c.error('W'); } });
    Promise.resolve().then(() => {
      readable.pipeTo(writable).then(() => log('piped'), (error) => log(`pipe rejected ${error}`));
    });
  }, ['cancel W@2', 'pipe rejected W@5']],

  'destination closed before the pipe': [(log) => {
    const readable = new ReadableStream({ cancel: (reason) => log(`cancel ${reason.message}`) });
    const writable = new WritableStream({ close: () => log('close') });
    const writer = writable.getWriter();
    writer.close();
    writer.releaseLock();
    readable.pipeTo(writable).then(() => log('piped'), (error) => log(`pipe rejected ${error.message}`));
  }, [
    'cancel Invalid state: Destination WritableStream is closed@1',
    'close@2',
    'pipe rejected Invalid state: Destination WritableStream is closed@4',
  ]],

  'signal aborted during the pipe': [signalScenario({}, false),
    ['write a@2', 'abort()@5', 'abort S@7', 'cancel S@7', 'pipe rejected S@13']],
  'signal aborted during the pipe, preventAbort': [signalScenario({ preventAbort: true }, false),
    ['write a@2', 'abort()@5', 'cancel S@7', 'pipe rejected S@13']],
  'signal aborted during the pipe, preventCancel': [signalScenario({ preventCancel: true }, false),
    ['write a@2', 'abort()@5', 'abort S@7', 'pipe rejected S@13']],
  'signal aborted during the pipe, preventAbort and preventCancel': [
    signalScenario({ preventAbort: true, preventCancel: true }, false),
    ['write a@2', 'abort()@5', 'pipe rejected S@10']],
  'signal aborted before the pipe': [signalScenario({}, true),
    ['abort S@3', 'cancel S@3', 'pipe rejected S@9']],
  'signal aborted before the pipe, preventAbort and preventCancel': [
    signalScenario({ preventAbort: true, preventCancel: true }, true),
    ['pipe rejected S@6']],

  'pipeThrough a transform': [(log) => {
    const readable = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } });
    const output = readable.pipeThrough(new TransformStream({
      transform(chunk, controller) {
        log(`transform ${chunk}`);
        controller.enqueue(chunk.toUpperCase());
      },
    }));
    (async () => {
      for await (const chunk of output) log(`got ${chunk}`);
      log('end');
    })();
  }, ['transform a@5', 'got A@7', 'transform b@9', 'got B@10', 'end@15']],

  'a chain of transforms': [(log) => {
    const readable = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } });
    const times10 = new TransformStream({ transform(x, c) { log(`times10 ${x}`); c.enqueue(x * 10); } });
    const plus1 = new TransformStream({ transform(x, c) { log(`plus1 ${x}`); c.enqueue(x + 1); } });
    const writable = new WritableStream({ write: (x) => log(`write ${x}`), close: () => log('close') });
    readable.pipeThrough(times10).pipeThrough(plus1).pipeTo(writable).then(() => log('done'));
  }, ['times10 1@5', 'plus1 10@5', 'write 11@5', 'times10 2@9', 'plus1 20@9', 'write 21@9', 'close@21', 'done@24']],
};

(async () => {
  for (const [name, [scenario, expected]] of Object.entries(scenarios)) {
    assert.deepStrictEqual(await recordTicks(scenario), expected, name);
  }
})().then(common.mustCall());
