'use strict';
// Sending a socket that was already sent (its descriptor is the child's now) sends the
// message alone, as does sending a closed server: no error, no handle.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  const got = [];
  process.on('message', (message, handle) => {
    got.push([message, handle === undefined ? 'none' : handle.constructor.name]);
    if (handle) handle.end('from child');
    if (got.length === 3) process.send(got);
  });
  return;
}

const child = fork(__filename, ['child']);
child.on('message', common.mustCall((got) => {
  assert.deepStrictEqual(got, [['first', 'Socket'], ['second', 'none'], ['closed server', 'none']]);
  child.disconnect();
}));
const server = net.createServer(common.mustCall((socket) => {
  child.send('first', socket);
  child.send('second', socket);
  const closed = net.createServer();
  child.send('closed server', closed);
  server.close();
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setEncoding('utf8');
  let text = '';
  client.on('data', (chunk) => { text += chunk; });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(text, 'from child');
    client.end();
  }));
}));
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
