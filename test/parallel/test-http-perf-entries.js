'use strict';
// While someone observes 'http' performance entries, each server request gives an
// 'HttpRequest' entry and each client request an 'HttpClient' one, with the request's and
// the response's method, URL, status and headers as detail.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { PerformanceObserver } = require('perf_hooks');

const entries = [];
const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
observer.observe({ type: 'http' });

const server = http.createServer(common.mustCall((req, res) => {
  res.setHeader('x-answer', '42');
  res.statusCode = 201;
  res.end('ok');
}));
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port, path: '/where' }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
}));

process.on('exit', () => {
  observer.disconnect();
  const byName = Object.fromEntries(entries.map((entry) => [entry.name, entry]));
  assert.deepStrictEqual(Object.keys(byName).sort(), ['HttpClient', 'HttpRequest']);
  for (const entry of entries) {
    assert.strictEqual(entry.entryType, 'http');
    assert(entry.duration >= 0);
    assert.strictEqual(entry.detail.req.method, 'GET');
    assert.strictEqual(entry.detail.res.statusCode, 201);
    assert.strictEqual(entry.detail.res.headers['x-answer'], '42');
  }
  assert.strictEqual(byName.HttpRequest.detail.req.url, '/where');
  assert.match(byName.HttpClient.detail.req.url, /^http:\/\/localhost\/where$/);
});
