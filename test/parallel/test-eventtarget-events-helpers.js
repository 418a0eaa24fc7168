'use strict';
// The `events` helpers work with EventTargets: once() resolves with [event], on() iterates
// over events, getEventListeners() lists the listeners, and none of them leave listeners
// behind.
const common = require('../common');
const assert = require('assert');
const events = require('events');

async function onceResolvesWithTheEvent() {
  const target = new EventTarget();
  const promise = events.once(target, 'ready');
  assert.strictEqual(events.getEventListeners(target, 'ready').length, 1);
  const event = new Event('ready');
  target.dispatchEvent(event);
  const result = await promise;
  assert.strictEqual(result.length, 1);
  assert.strictEqual(result[0], event);
  assert.deepStrictEqual(events.getEventListeners(target, 'ready'), []);
}

async function onceIgnoresErrorEvents() {
  // 'error' is an ordinary event type on an EventTarget.
  const target = new EventTarget();
  const promise = events.once(target, 'error');
  const event = new Event('error');
  target.dispatchEvent(event);
  assert.deepStrictEqual(await promise, [event]);
}

async function onceCanBeAborted() {
  const target = new EventTarget();
  const controller = new AbortController();
  const promise = events.once(target, 'never', { signal: controller.signal });
  controller.abort();
  await assert.rejects(promise, { name: 'AbortError', code: 'ABORT_ERR' });
  assert.deepStrictEqual(events.getEventListeners(target, 'never'), []);
  assert.deepStrictEqual(events.getEventListeners(controller.signal, 'abort'), []);

  await assert.rejects(events.once(target, 'never', { signal: AbortSignal.abort() }),
                       { name: 'AbortError' });
}

async function onIteratesOverEvents() {
  const target = new EventTarget();
  const sent = [new Event('tick'), new Event('tick'), new Event('tick')];
  setImmediate(() => {
    for (const event of sent) target.dispatchEvent(event);
  });
  const received = [];
  for await (const [event] of events.on(target, 'tick')) {
    received.push(event);
    if (received.length === sent.length) break;
  }
  assert.deepStrictEqual(received, sent);
  assert.deepStrictEqual(events.getEventListeners(target, 'tick'), []);
}

function getEventListenersListsInOrder() {
  const target = new EventTarget();
  const first = () => {};
  const second = { handleEvent() {} };
  target.addEventListener('x', first);
  target.addEventListener('x', second);
  target.addEventListener('y', first);
  assert.deepStrictEqual(events.getEventListeners(target, 'x'), [first, second]);
  assert.deepStrictEqual(events.getEventListeners(target, 'y'), [first]);
  assert.deepStrictEqual(events.getEventListeners(target, 'z'), []);
}

function addAbortListenerWorks() {
  const controller = new AbortController();
  events.addAbortListener(controller.signal, common.mustCall((event) => {
    assert.strictEqual(event.type, 'abort');
  }));
  controller.abort();
}

(async () => {
  await onceResolvesWithTheEvent();
  await onceIgnoresErrorEvents();
  await onceCanBeAborted();
  await onIteratesOverEvents();
  getEventListenersListsInOrder();
  addAbortListenerWorks();
})().then(common.mustCall());
