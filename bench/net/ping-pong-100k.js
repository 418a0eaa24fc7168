'use strict';
// 100,000 request/response round trips of 32-byte messages over one loopback connection:
// the per-read and per-write cost of the stream layer.
const net = require('net');

const kRoundTrips = 100000;
const message = 'x'.repeat(31) + '\n';

const server = net.createServer((socket) => {
  socket.setNoDelay(true);
  socket.on('data', (data) => socket.write(data));
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setNoDelay(true);
  let done = 0;
  client.on('connect', () => client.write(message));
  client.on('data', (data) => {
    done += data.length / message.length;
    if (done >= kRoundTrips) {
      client.end();
      server.close();
    } else {
      client.write(message);
    }
  });
  client.on('end', () => client.destroy());
});
