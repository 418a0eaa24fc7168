'use strict';
// A ServerResponse can write to a stand-in socket (any Writable): end(chunk) gives it the head
// and the body in one write, then an empty write that carries 'finish', as node does.
const common = require('../common');
const assert = require('assert');
const { ServerResponse } = require('http');
const { Writable } = require('stream');

const res = new ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1 });
const writes = [];
const stream = new Writable({
  write(chunk, encoding, callback) {
    writes.push(chunk.toString('latin1'));
    setImmediate(callback);
  },
});
res.assignSocket(stream);
assert.throws(() => res.assignSocket(stream), { code: 'ERR_HTTP_SOCKET_ASSIGNED' });
res.on('finish', common.mustCall(() => {
  assert.strictEqual(writes.length, 2);
  assert.match(writes[0], /^HTTP\/1\.1 200 OK\r\n/);
  assert.ok(writes[0].endsWith('\r\n\r\nstand-in'));
  assert.strictEqual(writes[1], '');
}));
res.end('stand-in');
