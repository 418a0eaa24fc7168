'use strict';
// Helpers for the cluster tests: an HTTP server for workers that names the worker in every
// response, and a client that sends a batch of requests with bounded concurrency and counts
// who answered. Public APIs only, so the tests run under node too.
const assert = require('assert');
const cluster = require('cluster');
const http = require('http');

// In a worker: answer every request with the worker's id, on 127.0.0.1 and any free port.
function serveHttp(options = {}) {
  const server = http.createServer((req, res) => {
    res.setHeader('x-worker', `${cluster.worker.id}`);
    res.end(`worker ${cluster.worker.id}`);
  });
  server.listen(options.path ?? { port: 0, host: '127.0.0.1' });
  return server;
}

// `total` GET requests to `target` ({ port } or { socketPath }), `concurrency` at a time,
// each on a new connection or over `agent`. Resolves to { byWorker: { id: count }, errors }.
// With tolerateErrors, failed requests (and any silent for `timeout` ms) count as errors;
// onResponse(answered) is called after each answer.
function sendRequests(target, { total, concurrency = 4, agent = false, tolerateErrors = false,
                                timeout = 20000, onResponse = () => {} }) {
  return new Promise((resolve, reject) => {
    const byWorker = {};
    const errors = [];
    let started = 0;
    let finished = 0;
    let answered = 0;
    const next = () => {
      if (started === total) return;
      started++;
      const request = http.get({ host: '127.0.0.1', ...target, path: '/', agent }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => body += chunk);
        res.on('end', () => {
          assert.strictEqual(res.statusCode, 200);
          const id = res.headers['x-worker'];
          assert.strictEqual(body, `worker ${id}`);
          byWorker[id] = (byWorker[id] ?? 0) + 1;
          onResponse(++answered);
          done();
        });
      });
      if (tolerateErrors) request.setTimeout(timeout, () => request.destroy(new Error('timed out')));
      request.on('error', (err) => {
        if (!tolerateErrors) {
          reject(err);
          return;
        }
        errors.push(err);
        done();
      });
    };
    const done = () => {
      if (++finished === total) resolve({ byWorker, errors });
      else next();
    };
    for (let i = 0; i < Math.min(concurrency, total); i++) next();
  });
}

// In the primary: fork `count` workers and resolve with the port (or path) once all listen.
function forkListening(count) {
  return new Promise((resolve) => {
    let listening = 0;
    let address;
    cluster.on('listening', function onListening(worker, where) {
      address = where;
      if (++listening === count) {
        cluster.removeListener('listening', onListening);
        resolve(address);
      }
    });
    for (let i = 0; i < count; i++) cluster.fork();
  });
}

// The test each scheduling policy gets: two workers (serving with serveHttp()) answer 100
// short and 200 keep-alive requests, each worker exits cleanly after cluster.disconnect(),
// and `atEnd()` runs once every worker is gone. With `everyWorkerServes`, both workers
// answered some of each kind.
async function checkTwoWorkersServe(mustCall, { everyWorkerServes = false, atEnd = () => {} } = {}) {
  const sum = (byWorker) => Object.values(byWorker).reduce((a, b) => a + b, 0);
  cluster.on('exit', mustCall((worker, code, signal) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
    assert.strictEqual(worker.exitedAfterDisconnect, true);
  }, 2));
  const { port, addressType } = await forkListening(2);
  assert.strictEqual(addressType, 4);

  const short = await sendRequests({ port }, { total: 100 });
  assert.strictEqual(sum(short.byWorker), 100);
  if (everyWorkerServes) assert.deepStrictEqual(Object.keys(short.byWorker).sort(), ['1', '2']);

  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const kept = await sendRequests({ port }, { total: 200, agent });
  agent.destroy();
  assert.strictEqual(sum(kept.byWorker), 200);
  if (everyWorkerServes) assert.deepStrictEqual(Object.keys(kept.byWorker).sort(), ['1', '2']);

  cluster.disconnect(mustCall(() => {
    assert.deepStrictEqual(Object.keys(cluster.workers), []);
    atEnd();
  }));
}

module.exports = { serveHttp, sendRequests, forkListening, checkTwoWorkersServe };
