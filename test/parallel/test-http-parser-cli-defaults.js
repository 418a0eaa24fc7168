'use strict';
// --max-http-header-size sets http.maxHeaderSize; --insecure-http-parser makes servers and
// clients lenient unless they say otherwise (insecureHTTPParser: false), and the per-request
// option must be a boolean.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const http = require('http');

if (process.argv[2] === 'child') {
  const net = require('net');
  const strict = process.argv[3] === 'strict';
  const server = http.createServer(strict ? { insecureHTTPParser: false } : {}, (req, res) => {
    res.end(req.headers.hello);
  });
  server.listen(0, () => {
    const socket = net.connect(server.address().port, () => {
      socket.end('GET / HTTP/1.1\r\nHost: x\r\nHello: foo\x08foo\r\nConnection: close\r\n\r\n');
    });
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (data) => { text += data; });
    socket.on('close', () => {
      console.log(text.split('\r\n')[0]);
      server.close();
    });
  });
  return;
}

assert.strictEqual(http.maxHeaderSize, 16 * 1024);
const size = spawnSync(process.execPath, ['--max-http-header-size=10', '-p', 'http.maxHeaderSize']);
assert.strictEqual(size.stdout.toString().trim(), '10');

const lenient = spawnSync(process.execPath, ['--insecure-http-parser', __filename, 'child']);
assert.strictEqual(lenient.stdout.toString().trim(), 'HTTP/1.1 200 OK');
const strict = spawnSync(process.execPath, ['--insecure-http-parser', __filename, 'child', 'strict']);
assert.strictEqual(strict.stdout.toString().trim(), 'HTTP/1.1 400 Bad Request');

assert.throws(() => http.request({ insecureHTTPParser: 0 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.insecureHTTPParser" property must be of type boolean. Received type number (0)',
});
assert.throws(() => http.request({ maxHeaderSize: -1 }), { code: 'ERR_OUT_OF_RANGE' });
