'use strict';
// diagnostics_channel: channels by name, subscribers in order with (message, name), a failing
// subscriber reported as uncaught without stopping the others, bound stores, and tracing
// channels around sync, promise and callback work.
const common = require('../common');
const assert = require('assert');
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');

assert.throws(() => dc.channel(5), { code: 'ERR_INVALID_ARG_TYPE' });
const named = dc.channel('test:basic');
assert.strictEqual(dc.channel('test:basic'), named);
assert.strictEqual(named.name, 'test:basic');
assert.ok(named instanceof dc.Channel);
assert.strictEqual(named.hasSubscribers, false);
assert.strictEqual(dc.hasSubscribers('test:basic'), false);
assert.throws(() => named.subscribe('nope'), { code: 'ERR_INVALID_ARG_TYPE' });

const seen = [];
const first = common.mustCall((message, name) => seen.push(['first', message, name]), 2);
const second = (message) => seen.push(['second', message]);
dc.subscribe('test:basic', first);
named.subscribe(second);
assert.strictEqual(dc.hasSubscribers('test:basic'), true);
named.publish({ n: 1 });
assert.strictEqual(named.unsubscribe(second), true);
assert.strictEqual(named.unsubscribe(second), false);
named.publish({ n: 2 });
assert.deepStrictEqual(seen, [
  ['first', { n: 1 }, 'test:basic'], ['second', { n: 1 }], ['first', { n: 2 }, 'test:basic'],
]);
assert.strictEqual(dc.unsubscribe('test:basic', first), true);
assert.strictEqual(named.hasSubscribers, false);

// Symbols name channels too.
const symbol = Symbol('test:symbol');
dc.subscribe(symbol, common.mustCall((message, name) => assert.strictEqual(name, symbol)));
dc.channel(symbol).publish('x');

// A subscriber that throws: the error is uncaught, later subscribers still run.
const failing = dc.channel('test:failing');
const boom = new Error('boom');
failing.subscribe(() => {
  throw boom;
});
failing.subscribe(common.mustCall());
process.once('uncaughtException', common.mustCall((err) => assert.strictEqual(err, boom)));
failing.publish(1);

// Bound stores: runStores enters each with the transform's value.
const store = new AsyncLocalStorage();
const withStore = dc.channel('test:store');
withStore.bindStore(store, (data) => ({ wrapped: data }));
const result = withStore.runStores('payload', function(a, b) {
  assert.deepStrictEqual(store.getStore(), { wrapped: 'payload' });
  return [this.tag, a + b];
}, { tag: 'this' }, 1, 2);
assert.deepStrictEqual(result, ['this', 3]);
assert.strictEqual(store.getStore(), undefined);
assert.strictEqual(withStore.unbindStore(store), true);

// Tracing channels.
const tracing = dc.tracingChannel('test:trace');
assert.strictEqual(tracing.start.name, 'tracing:test:trace:start');
const events = [];
const handlers = {};
for (const name of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  handlers[name] = (context) => events.push([name, context.result ?? context.error?.message ?? null]);
}
tracing.subscribe(handlers);
assert.strictEqual(tracing.traceSync((a) => a * 2, {}, null, 21), 42);
assert.throws(() => tracing.traceSync(() => { throw new Error('sync fail'); }), /sync fail/);
assert.deepStrictEqual(events.splice(0), [
  ['start', null], ['end', 42], ['start', null], ['error', 'sync fail'], ['end', 'sync fail'],
]);
tracing.traceCallback((value, callback) => setImmediate(callback, null, value + 1), -1, {}, null, 1,
                      common.mustCall((err, value) => {
                        assert.strictEqual(value, 2);
                        assert.deepStrictEqual(events.splice(0), [['start', null], ['end', null], ['asyncStart', 2]]);
                        tracing.tracePromise(async () => 'done', {}).then(common.mustCall((value) => {
                          assert.strictEqual(value, 'done');
                          // The callback's asyncEnd came once it returned, after this trace began.
                          assert.deepStrictEqual(events.splice(0), [
                            ['start', null], ['end', null], ['asyncEnd', 2], ['asyncStart', 'done'], ['asyncEnd', 'done'],
                          ]);
                          assert.strictEqual(tracing.unsubscribe(handlers), true);
                        }));
                      }));

// http publishes its request and response milestones.
{
  const http = require('http');
  const order = [];
  const record = (name) => common.mustCall((message) => {
    order.push(name);
    assert.ok(message.request);
    if (name.startsWith('server')) {
      assert.ok(message.response && message.socket && message.server);
    }
  });
  dc.subscribe('http.server.request.start', record('server.request.start'));
  dc.subscribe('http.server.response.finish', record('server.response.finish'));
  dc.subscribe('http.client.request.start', record('client.request.start'));
  dc.subscribe('http.client.response.finish', record('client.response.finish'));
  const server = http.createServer((req, res) => res.end('ok'));
  server.listen(0, common.mustCall(() => {
    http.get({ port: server.address().port, agent: false }, common.mustCall((res) => {
      res.resume();
      res.on('end', common.mustCall(() => {
        setImmediate(common.mustCall(() => {
          assert.deepStrictEqual(order, [
            'client.request.start', 'server.request.start', 'server.response.finish', 'client.response.finish',
          ]);
          server.close();
        }));
      }));
    }));
  }));
}
