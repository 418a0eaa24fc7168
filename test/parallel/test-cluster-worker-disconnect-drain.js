'use strict';
// worker.disconnect() is graceful: the worker stops listening at once (new connections go to
// the other worker), finishes the request it is serving, and only then drops the channel and
// exits; exitedAfterDisconnect is true.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const http = require('http');
const { sendRequests, forkListening } = require('../common/cluster-http');

if (cluster.isWorker) {
  const server = http.createServer((req, res) => {
    res.setHeader('x-worker', `${cluster.worker.id}`);
    if (req.url !== '/slow') {
      res.end(`worker ${cluster.worker.id}`);
      return;
    }
    process.send({ serving: 'slow' });
    // Answer only once disconnect() has closed the server.
    const timer = setInterval(() => {
      if (server.listening) return;
      clearInterval(timer);
      res.end('slow done');
    }, 10);
  });
  server.listen(0, '127.0.0.1');
  return;
}

(async () => {
  const { port } = await forkListening(2);
  // Find the worker that gets the slow request, whichever it is.
  let draining;
  cluster.on('message', common.mustCall((worker, message) => {
    assert.deepStrictEqual(message, { serving: 'slow' });
    draining = worker;
    worker.on('disconnect', common.mustCall(() => {
      assert.strictEqual(worker.state, 'disconnected');
    }));
    worker.on('exit', common.mustCall((code, signal) => {
      assert.strictEqual(code, 0);
      assert.strictEqual(signal, null);
      assert.strictEqual(worker.exitedAfterDisconnect, true);
      assert.strictEqual(worker.isDead(), true);
      assert.strictEqual(worker.isConnected(), false);
    }));
    worker.disconnect();
    assert.strictEqual(worker.exitedAfterDisconnect, true);
    // The other worker takes everything new.
    sendRequests({ port }, { total: 20 }).then(common.mustCall(({ byWorker }) => {
      assert.deepStrictEqual(Object.keys(byWorker), [`${3 - worker.id}`]);
      assert.strictEqual(byWorker[3 - worker.id], 20);
      answeredOthers = true;
      maybeFinish();
    }));
  }));

  let answeredOthers = false;
  let slowAnswered = false;
  const maybeFinish = () => {
    if (answeredOthers && slowAnswered) cluster.disconnect(common.mustCall());
  };
  http.get({ host: '127.0.0.1', port, path: '/slow', agent: false }, common.mustCall((res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (chunk) => body += chunk);
    res.on('end', common.mustCall(() => {
      assert.strictEqual(res.statusCode, 200);
      assert.strictEqual(body, 'slow done');
      assert.strictEqual(res.headers['x-worker'], `${draining.id}`);
      slowAnswered = true;
      maybeFinish();
    }));
  }));
})().then(common.mustCall());
