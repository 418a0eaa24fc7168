'use strict';
// A worker that calls process.exit() in the middle of a request: that client sees its
// connection fail, cluster reports 'exit' with the code (not after a disconnect), and the
// other worker keeps serving.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const http = require('http');
const { sendRequests, forkListening } = require('../common/cluster-http');

if (cluster.isWorker) {
  http.createServer((req, res) => {
    if (req.url === '/exit') {
      res.write('partial');
      setTimeout(() => process.exit(3), 10);
      return;
    }
    res.setHeader('x-worker', `${cluster.worker.id}`);
    res.end(`worker ${cluster.worker.id}`);
  }).listen(0, '127.0.0.1');
  return;
}

(async () => {
  const { port } = await forkListening(2);
  const exited = new Promise((resolve) => {
    cluster.once('exit', common.mustCall((worker, code, signal) => {
      assert.strictEqual(code, 3);
      assert.strictEqual(signal, null);
      assert.strictEqual(worker.exitedAfterDisconnect, false);
      assert.strictEqual(worker.state, 'dead');
      resolve(worker);
    }));
  });
  const failed = new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/exit', agent: false }, common.mustCall((res) => {
      res.on('data', () => {});
      res.on('error', resolve);
      res.on('aborted', () => resolve(new Error('aborted')));
    }));
    request.on('error', resolve);
  });
  assert.ok(await failed instanceof Error);
  const gone = await exited;
  assert.strictEqual(cluster.workers[gone.id], undefined);
  const { byWorker } = await sendRequests({ port }, { total: 10 });
  assert.deepStrictEqual(byWorker, { [`${3 - gone.id}`]: 10 });
  cluster.disconnect(common.mustCall());
})().then(common.mustCall());
