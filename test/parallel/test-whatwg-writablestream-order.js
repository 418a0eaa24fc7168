'use strict';
// The microtask on which writable-stream sinks are called and writer promises settle, as
// node 20 orders them. Each scenario logs `event@tick`, where a tick is one turn of a
// microtask counter started with the scenario.
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
    }, 20);
  });
}

const scenarios = {
  'synchronous sink': [(log) => {
    const writer = new WritableStream({ write: (chunk) => log(`write ${chunk}`) }).getWriter();
    writer.write(1).then(() => log('write 1 done'));
    writer.ready.then(() => log('ready'));
    writer.close().then(() => log('closed'));
  }, ['write 1@2', 'ready@2', 'write 1 done@4', 'closed@5']],

  'sink returning promises': [(log) => {
    const writer = new WritableStream({
      write(chunk) {
        log(`write ${chunk}`);
        return Promise.resolve();
      },
      close() {
        log('close');
        return Promise.resolve();
      },
    }, { highWaterMark: 2 }).getWriter();
    writer.write(1).then(() => log('write 1 done'));
    writer.write(2).then(() => log('write 2 done'));
    log(`desiredSize ${writer.desiredSize}`);
    writer.ready.then(() => log('ready'));
    writer.close().then(() => log('close done'));
    writer.closed.then(() => log('closed'));
  }, ['desiredSize 0@1', 'write 1@2', 'ready@2', 'write 2@5', 'write 1 done@6', 'close@8',
      'write 2 done@9', 'close done@12', 'closed@12']],

  'abort during a write': [(log) => {
    const writer = new WritableStream({
      write(chunk) {
        log(`write ${chunk}`);
        return new Promise((resolve) => setTimeout(resolve, 1));
      },
      abort(reason) {
        log(`abort ${reason}`);
        return Promise.resolve();
      },
    }).getWriter();
    writer.write(1).then(() => log('write 1 done'), (error) => log(`write 1 rejected ${error}`));
    writer.write(2).then(() => log('write 2 done'), (error) => log(`write 2 rejected ${error}`));
    writer.abort('R').then(() => log('aborted'));
    writer.closed.catch((error) => log(`closed rejected ${error}`));
    writer.ready.catch((error) => log(`ready rejected ${error}`));
  }, ['abort R@2', 'ready rejected R@2', 'write 1 rejected R@3', 'write 2 rejected R@3',
      'aborted@6', 'closed rejected R@6']],

  'a failing write': [(log) => {
    const writer = new WritableStream({
      write(chunk) {
        log(`write ${chunk}`);
        throw new Error('no');
      },
      close: () => log('close'),
    }).getWriter();
    writer.write(1).catch((error) => log(`write 1 rejected ${error.message}`));
    writer.write(2).catch((error) => log(`write 2 rejected ${error.message}`));
    writer.closed.catch((error) => log(`closed rejected ${error.message}`));
  }, ['write 1@2', 'write 1 rejected no@4', 'write 2 rejected no@4', 'closed rejected no@4']],

  'controller.error()': [(log) => {
    let controller;
    const writer = new WritableStream({ start(c) { controller = c; } }).getWriter();
    writer.closed.catch((error) => log(`closed rejected ${error}`));
    controller.error('E');
    log('error()');
    // ready was already resolved, so the writer got a new, rejected one.
    writer.ready.catch((error) => log(`ready rejected ${error}`));
  }, ['error()@1', 'ready rejected E@2', 'closed rejected E@3']],

  'releaseLock()': [(log) => {
    const writer = new WritableStream().getWriter();
    writer.closed.catch(() => log('closed rejected'));
    writer.releaseLock();
    writer.ready.catch(() => log('ready rejected'));
  }, ['closed rejected@2', 'ready rejected@2']],
};

(async () => {
  for (const [name, [scenario, expected]] of Object.entries(scenarios)) {
    assert.deepStrictEqual(await recordTicks(scenario), expected, name);
  }
})().then(common.mustCall());
