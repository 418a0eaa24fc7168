'use strict';
// An abstract Unix socket (a name starting with NUL, Linux only) has no file, so
// readableAll/writableAll are refused with ERR_INVALID_ARG_VALUE before anything listens.
// net._setSimultaneousAccepts() is a no-op that warns DEP0121 once.
const common = require('../common');
const assert = require('assert');
const net = require('net');

for (const extra of [{ readableAll: true }, { writableAll: true }, { readableAll: true, writableAll: true }]) {
  const server = net.createServer(common.mustNotCall());
  assert.throws(() => server.listen({ path: '\0lode-abstract-test', ...extra }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: /abstract unix socket/,
  });
  assert.strictEqual(server.listening, false);
}

// Without those options an abstract socket listens and accepts.
const server = net.createServer(common.mustCall((socket) => socket.end('abstract')));
server.listen({ path: `\0lode-abstract-${process.pid}` }, common.mustCall(() => {
  const client = net.connect(`\0lode-abstract-${process.pid}`);
  let text = '';
  client.setEncoding('utf8');
  client.on('data', (chunk) => { text += chunk; });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(text, 'abstract');
    server.close();
  }));
}));

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.code, 'DEP0121');
}, 1));
net._setSimultaneousAccepts();
net._setSimultaneousAccepts();
