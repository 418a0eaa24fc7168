'use strict';
// listen(0) in workers: the first listen(0) of every worker gets one port, the second another,
// so all workers serve on the same ports, as node arranges.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');

if (cluster.isWorker) {
  const first = net.createServer((socket) => socket.end('first'));
  first.listen(0, '127.0.0.1', () => {
    net.createServer((socket) => socket.end('second')).listen(0, '127.0.0.1');
  });
  return;
}

const ports = { 1: [], 2: [] };
let listening = 0;
cluster.on('listening', common.mustCall((worker, address) => {
  assert.strictEqual(address.address, '127.0.0.1');
  ports[worker.id].push(address.port);
  if (++listening < 4) return;
  assert.deepStrictEqual(ports[1], ports[2]);
  assert.notStrictEqual(ports[1][0], ports[1][1]);
  let answered = 0;
  for (const [index, port] of ports[1].entries()) {
    let reply = '';
    net.connect(port, '127.0.0.1').setEncoding('utf8')
      .on('data', (chunk) => reply += chunk)
      .on('end', common.mustCall(() => {
        assert.strictEqual(reply, index === 0 ? 'first' : 'second');
        if (++answered === 2) cluster.disconnect(common.mustCall());
      }));
  }
}, 4));
cluster.fork();
cluster.fork();
