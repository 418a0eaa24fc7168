'use strict';
// Corked writes leave in one writev: strings in several encodings and buffers mixed, each
// callback called, the bytes in order.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  const chunks = [];
  socket.on('data', (chunk) => chunks.push(chunk));
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(Buffer.concat(chunks).toString('latin1'),
                       'plain-\xc3\xa9-hex:\x01\x02-b64:hi-\xe9-utf16:a\x00-buffer-' + 'z'.repeat(100000));
    socket.end();
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    client.cork();
    client.write('plain-', common.mustSucceed());
    client.write('é-', 'utf8', common.mustSucceed());
    client.write('hex:');
    client.write('0102', 'hex');
    client.write('-b64:');
    client.write('aGk=', 'base64');
    client.write('-\xe9-', 'latin1');
    client.write('utf16:');
    client.write('a', 'utf16le');
    client.write(new Uint8Array(Buffer.from('-buffer-')));
    client.write('z'.repeat(100000), 'ascii', common.mustSucceed());
    process.nextTick(() => client.uncork());
    client.end();
  }));
  client.resume();
  client.on('close', common.mustCall(() => {
    assert.strictEqual(client.bytesWritten, 100041);
  }));
}));
