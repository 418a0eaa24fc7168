'use strict';
// 1 GiB through a TCP echo server over loopback: the client writes 64 KiB chunks with
// backpressure and reads everything back; server and client in one process.
const net = require('net');

const kTotal = 1024 * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024, 'e');

const server = net.createServer((socket) => socket.pipe(socket));
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let sent = 0;
  let received = 0;
  function send() {
    while (sent < kTotal) {
      sent += chunk.length;
      if (!client.write(chunk)) {
        client.once('drain', send);
        return;
      }
    }
    client.end();
  }
  client.on('connect', send);
  client.on('data', (data) => { received += data.length; });
  client.on('end', () => {
    if (received !== kTotal) throw new Error(`received ${received}`);
    server.close();
  });
});
