'use strict';
// listen() validates its arguments synchronously and refuses a second listen().
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer();
for (const port of [-1, 65536, 1.5, 'abc', '', ' ', NaN, Infinity]) {
  assert.throws(() => server.listen({ port }), {
    code: 'ERR_SOCKET_BAD_PORT',
    name: 'RangeError',
  }, `port ${String(port)}`);
}
assert.throws(() => server.listen({ port: -1 }), {
  message: 'options.port should be >= 0 and < 65536. Received type number (-1).',
});
assert.throws(() => server.listen({}), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: /must have the property "port" or "path"/,
});
assert.throws(() => server.listen({ host: 'localhost' }), { code: 'ERR_INVALID_ARG_VALUE' });
// A port that is neither number nor string is not a port at all.
assert.throws(() => server.listen({ port: true }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => net.createServer(42), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => net.createServer({ highWaterMark: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(server.listening, false);

// A numeric string is a port; { port: null } and listen(cb) mean any port.
server.listen('0', '127.0.0.1', common.mustCall(() => {
  assert.throws(() => server.listen(0), {
    code: 'ERR_SERVER_ALREADY_LISTEN',
    message: 'Listen method has been called more than once without closing.',
  });
  server.close(common.mustCall(() => {
    const another = net.createServer();
    another.listen({ port: null, host: '127.0.0.1' }, common.mustCall(() => {
      assert.ok(another.address().port > 0);
      another.close(common.mustCall(() => {
        const third = net.createServer().listen(common.mustCall(() => third.close()));
      }));
    }));
  }));
}));
