'use strict';
// The microtask on which transform-stream callbacks run and promises settle, as node 20
// orders them. Each scenario logs `event@tick`, where a tick is one turn of a microtask
// counter started with the scenario.
const common = require('../common');
const assert = require('assert');

function recordTicks(scenario) {
  return new Promise((resolve) => {
    const log = [];
    let tick = 0;
    let counting = true;
    const count = () => {
      if (!counting || tick > 40) return;
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
  'write, read, close': [(log) => {
    const { readable, writable } = new TransformStream({
      transform(chunk, controller) {
        log(`transform ${chunk}`);
        controller.enqueue(chunk);
      },
      flush: () => log('flush'),
    });
    const writer = writable.getWriter();
    writer.write('a').then(() => log('write done'));
    writer.close().then(() => log('closed'));
    const reader = readable.getReader();
    reader.read().then(({ value }) => log(`read ${value}`));
    reader.read().then(({ done }) => log(`read done=${done}`));
  }, ['transform a@5', 'read a@6', 'flush@8', 'write done@9', 'read done=true@10', 'closed@11']],

  'callbacks returning promises': [(log) => {
    const { readable, writable } = new TransformStream({
      transform(chunk, controller) {
        log(`transform ${chunk}`);
        controller.enqueue(`${chunk}!`);
        return Promise.resolve();
      },
      flush() {
        log('flush');
        return Promise.resolve();
      },
    });
    const writer = writable.getWriter();
    const reader = readable.getReader();
    writer.write('a').then(() => log('write a done'));
    writer.write('b').then(() => log('write b done'));
    writer.close().then(() => log('closed'));
    const pump = () => reader.read().then(({ value, done }) => {
      log(done ? 'read done' : `read ${value}`);
      if (!done) pump();
    });
    pump();
  }, ['transform a@5', 'read a!@6', 'transform b@10', 'write a done@11', 'read b!@11', 'flush@14',
      'write b done@15', 'read done@18', 'closed@19']],

  'readable side cancelled': [(log) => {
    const transform = new TransformStream({ cancel: (reason) => log(`cancel ${reason}`) });
    const writer = transform.writable.getWriter();
    writer.closed.catch((reason) => log(`writer.closed rejected ${reason}`));
    transform.readable.cancel('X').then(() => log('cancelled'));
  }, ['cancel X@1', 'cancelled@4', 'writer.closed rejected X@5']],

  'writable side aborted': [(log) => {
    const transform = new TransformStream({ cancel: (reason) => log(`cancel ${reason}`) });
    const reader = transform.readable.getReader();
    reader.closed.catch((reason) => log(`reader.closed rejected ${reason}`));
    transform.writable.abort('X').then(() => log('aborted'));
  }, ['cancel X@4', 'reader.closed rejected X@6', 'aborted@8']],

  'terminate()': [(log) => {
    let controller;
    const transform = new TransformStream({ start(c) { controller = c; } });
    const reader = transform.readable.getReader();
    const writer = transform.writable.getWriter();
    reader.closed.then(() => log('reader.closed'));
    writer.closed.catch(() => log('writer.closed rejected'));
    controller.terminate();
  }, ['reader.closed@2', 'writer.closed rejected@5']],
};

(async () => {
  for (const [name, [scenario, expected]] of Object.entries(scenarios)) {
    assert.deepStrictEqual(await recordTicks(scenario), expected, name);
  }
})().then(common.mustCall());
