'use strict';
// The microtask on which readable-stream callbacks and promises run, as node 20 orders
// them. Each scenario logs `event@tick`, where a tick is one turn of a microtask counter
// started with the scenario.
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

const scenarios = {
  'pull() returning nothing': [(log) => {
    let n = 0;
    const reader = new ReadableStream({
      pull(controller) {
        log('pull');
        controller.enqueue(n++);
      },
    }, { highWaterMark: 0 }).getReader();
    for (let i = 0; i < 3; i++) reader.read().then(({ value }) => log(`read ${value}`));
  }, ['pull@2', 'read 0@3', 'pull@3', 'read 1@4', 'pull@4', 'read 2@5']],

  'pull() returning a promise': [(log) => {
    let n = 0;
    const reader = new ReadableStream({
      pull(controller) {
        log('pull');
        controller.enqueue(n++);
        if (n === 3) controller.close();
        return Promise.resolve();
      },
    }, { highWaterMark: 2 }).getReader();
    reader.read().then(({ value }) => log(`read ${value}`));
    reader.closed.then(() => log('closed'));
  }, ['pull@2', 'read 0@3', 'pull@5', 'pull@8']],

  'async pull()': [(log) => {
    let n = 0;
    const reader = new ReadableStream({
      async pull(controller) {
        log('pull');
        await null;
        controller.enqueue(n++);
        if (n === 3) controller.close();
      },
    }).getReader();
    reader.read().then(({ value }) => log(`read ${value}`));
    reader.read().then(({ value }) => log(`read ${value}`));
    reader.read().then(({ done }) => log(`read done=${done}`));
  }, ['pull@2', 'read 0@4', 'pull@5', 'read 1@7', 'pull@8', 'read done=false@10']],

  'start() returning a promise delays the first pull': [(log) => {
    new ReadableStream({ pull: () => log('pull without start') });
    new ReadableStream({
      start() { return Promise.resolve(); },
      pull(controller) {
        log('pull after start promise');
        controller.close();
      },
    });
  }, ['pull without start@2', 'pull after start promise@4']],

  'queued chunks, close and closed': [(log) => {
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue('q');
        controller.close();
      },
    });
    const reader = stream.getReader();
    reader.read().then(({ value }) => log(`read ${value}`));
    reader.closed.then(() => log('closed'));
    reader.read().then(({ done }) => log(`read done=${done}`));
  }, ['read q@2', 'closed@2', 'read done=true@2']],

  'close() with pending reads': [(log) => {
    let controller;
    const reader = new ReadableStream({ start(c) { controller = c; } }).getReader();
    reader.read().then(({ done }) => log(`read done=${done}`));
    reader.closed.then(() => log('closed'));
    Promise.resolve().then(() => {
      log('close');
      controller.close();
    });
  }, ['close@2', 'closed@3', 'read done=true@3']],

  'cancel() with a promise from the source': [(log) => {
    const reader = new ReadableStream({
      cancel(reason) {
        log(`cancel ${reason}`);
        return Promise.resolve();
      },
    }).getReader();
    reader.read().then(({ done }) => log(`read done=${done}`));
    reader.closed.then(() => log('closed'));
    reader.cancel('X').then(() => log('cancelled'));
  }, ['cancel X@1', 'closed@2', 'read done=true@2', 'cancelled@5']],

  'error() with a pending read': [(log) => {
    let controller;
    const reader = new ReadableStream({ start(c) { controller = c; } }).getReader();
    reader.read().catch((error) => log(`read rejected ${error}`));
    reader.closed.catch((error) => log(`closed rejected ${error}`));
    controller.error('E');
    log('errored');
  }, ['errored@1', 'closed rejected E@2', 'read rejected E@2']],

  'releaseLock() with a pending read': [(log) => {
    const reader = new ReadableStream().getReader();
    reader.read().catch((error) => log(`read rejected ${error.message}`));
    reader.closed.catch((error) => log(`closed rejected ${error.message}`));
    reader.releaseLock();
  }, ['closed rejected Invalid state: Reader released@2', 'read rejected Invalid state: Releasing reader@2']],

  'byte stream with a BYOB reader': [(log) => {
    const stream = new ReadableStream({
      type: 'bytes',
      pull(controller) {
        log(`pull ${controller.byobRequest.view.length}`);
        controller.enqueue(new Uint8Array([1, 2]));
      },
    });
    const reader = stream.getReader({ mode: 'byob' });
    reader.read(new Uint8Array(4)).then(({ value }) => log(`read ${value.length}`));
    reader.read(new Uint8Array(1)).then(({ value }) => log(`read ${value.length}`));
  }, ['pull 4@2', 'pull 1@3', 'read 2@4', 'read 1@5']],

  'byte stream with a default reader': [(log) => {
    const stream = new ReadableStream({
      type: 'bytes',
      pull(controller) {
        log(`pull ${controller.byobRequest}`);
        controller.enqueue(new Uint8Array([7]));
      },
    });
    const reader = stream.getReader();
    reader.read().then(({ value }) => log(`read ${value}`));
    reader.read().then(({ value }) => log(`read ${value}`));
  }, ['pull null@2', 'read 7@3', 'pull null@3', 'read 7@4']],
};

(async () => {
  for (const [name, [scenario, expected]] of Object.entries(scenarios)) {
    assert.deepStrictEqual(await recordTicks(scenario), expected, name);
  }
})().then(common.mustCall());
