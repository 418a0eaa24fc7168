'use strict';
// A worker ended while a DNS query and a UDP socket of its own are still open: the
// resolver's channel and the socket go with the worker's environment, and the process
// carries on.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');
const { startDNSServer } = require('../common/dns-server');

startDNSServer({ 'silent.test': 'silent' }, common.mustCall((server, address) => {
  const worker = new Worker(`
    const { parentPort, workerData } = require('worker_threads');
    const dns = require('dns');
    const dgram = require('dgram');
    const resolver = new dns.Resolver();
    resolver.setServers([workerData]);
    resolver.resolve4('silent.test', () => { throw new Error('answered after terminate'); });
    const socket = dgram.createSocket('udp4');
    socket.bind(0, '127.0.0.1', () => parentPort.postMessage('ready'));
  `, { eval: true, workerData: address });
  worker.on('message', common.mustCall((message) => {
    assert.strictEqual(message, 'ready');
    // Wait until the query has reached the server, so it is truly in flight.
    const waitForQuery = setInterval(() => {
      if (server.queries.length === 0) return;
      clearInterval(waitForQuery);
      worker.terminate();
    }, 5);
  }));
  worker.on('exit', common.mustCall(() => server.close()));
}));
