'use strict';
// While a PerformanceObserver watches 'net' entries, each TCP connection that comes up makes
// one 'connect' entry, its detail the address and port connected to; a refused one makes none.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { PerformanceObserver } = require('perf_hooks');

const entries = [];
const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
observer.observe({ type: 'net' });

const server = net.createServer((connection) => connection.end());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  net.connect(port, '127.0.0.1').resume().on('end', common.mustCall(() => {
    server.close(common.mustCall(() => {
      net.connect(port, '127.0.0.1').on('error', common.mustCall(() => {
        setImmediate(common.mustCall(() => {
          observer.disconnect();
          assert.strictEqual(entries.length, 1);
          const [entry] = entries;
          assert.strictEqual(entry.name, 'connect');
          assert.strictEqual(entry.entryType, 'net');
          assert.ok(entry.duration >= 0);
          assert.deepStrictEqual(entry.detail, { host: '127.0.0.1', port });
        }));
      }));
    }));
  }));
}));
