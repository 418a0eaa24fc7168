'use strict';
// listen({ reusePort: true }) in a worker (node 22's option) binds the worker's own
// SO_REUSEPORT socket without asking the primary, whatever the scheduling policy; workers
// doing so on one port share it through the kernel.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');

if (cluster.isWorker) {
  const server = net.createServer((socket) => socket.end(`${cluster.worker.id}`))
    .listen({ port: Number(process.env.PORT), host: '127.0.0.1', reusePort: true }, () => process.send('up'));
  // The primary does not know this server, so disconnect() does not close it: we do.
  cluster.worker.on('disconnect', () => server.close());
  return;
}

cluster.schedulingPolicy = cluster.SCHED_RR;
// A socket of the primary's own fixes a free port; the workers join it.
const holder = net.createServer().listen({ port: 0, host: '127.0.0.1', reusePort: true }, common.mustCall(() => {
  const { port } = holder.address();
  let up = 0;
  cluster.on('listening', common.mustNotCall());
  cluster.on('message', common.mustCall(() => {
    if (++up < 2) return;
    holder.close();
    let answered = 0;
    for (let i = 0; i < 10; i++) {
      let reply = '';
      net.connect(port, '127.0.0.1').setEncoding('utf8')
        .on('data', (chunk) => reply += chunk)
        .on('end', common.mustCall(() => {
          assert.match(reply, /^[12]$/);
          if (++answered === 10) cluster.disconnect(common.mustCall());
        }));
    }
  }, 2));
  cluster.fork({ PORT: port });
  cluster.fork({ PORT: port });
}));
