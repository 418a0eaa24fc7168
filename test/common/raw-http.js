'use strict';
// HTTP over a raw socket, for tests of what a server does with exactly these bytes.
const net = require('net');

// Connects to `port`, sends `text` (nothing when it is empty; one byte per turn of the loop
// with byteByByte; ending our side with end) and resolves with everything the server sent
// until the connection closed.
function rawExchange(port, text, { end = false, byteByByte = false } = {}) {
  return new Promise((resolve) => {
    const socket = net.connect(port, async () => {
      if (text === '') return;
      if (end) return socket.end(text);
      if (!byteByByte) return socket.write(text);
      for (const ch of text) {
        if (socket.destroyed) break;
        socket.write(ch);
        await new Promise((resume) => setImmediate(resume));
      }
    });
    let response = '';
    socket.setEncoding('latin1');
    socket.on('data', (data) => { response += data; });
    socket.on('error', () => {});  // a server that refuses may reset the connection
    socket.on('close', () => resolve(response));
  });
}

module.exports = { rawExchange };
