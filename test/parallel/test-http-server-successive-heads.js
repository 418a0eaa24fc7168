'use strict';
// Successive responses on one connection, each a little different from the one before: every
// head carries exactly its own status, headers and framing, whatever was sent just before.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

let current;
const changing = { toString() { return current; } };
const flat = ['X-Flat', 'one', 'Content-Length', '5'];

const answers = [
  (res) => { res.setHeader('X-A', 'same'); res.end('hello'); },
  (res) => { res.setHeader('X-A', 'same'); res.end('hello'); },
  (res) => { res.setHeader('X-A', 'other'); res.end('hello'); },
  (res) => { res.setHeader('X-A', 'same'); res.end('hello!'); },
  (res) => { res.statusCode = 201; res.setHeader('X-A', 'same'); res.end('hello'); },
  (res) => { current = 'v1'; res.setHeader('X-A', changing); res.end('hello'); },
  (res) => { current = 'v2'; res.setHeader('X-A', changing); res.end('hello'); },
  (res) => { res.writeHead(200, flat); res.end('hello'); flat[1] = 'two'; },
  (res) => { res.writeHead(200, flat); res.end('hello'); },
  (res) => { res.setHeader('X-A', ['p', 'q']); res.end('hello'); },
  (res) => { res.setHeader('X-A', 'same'); res.setHeader('Connection', 'close'); res.end('bye'); },
];

const server = http.createServer(common.mustCall((req, res) => {
  answers[Number(req.url.slice(1))](res);
}, answers.length));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port);
  let requests = '';
  for (let i = 0; i < answers.length; i++) requests += `GET /${i} HTTP/1.1\r\nHost: x\r\n\r\n`;
  socket.write(requests);
  let data = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { data += chunk; });
  socket.on('end', common.mustCall(() => {
    const heads = [];
    let rest = data;
    while (rest.length > 0) {
      const end = rest.indexOf('\r\n\r\n');
      const lines = rest.slice(0, end).split('\r\n').filter((line) => !line.startsWith('Date: '));
      const length = Number(/Content-Length: (\d+)/.exec(lines.join('\n'))[1]);
      heads.push(lines.join('|'));
      rest = rest.slice(end + 4 + length);
    }
    const ka = 'Connection: keep-alive|Keep-Alive: timeout=5';
    assert.deepStrictEqual(heads, [
      `HTTP/1.1 200 OK|X-A: same|${ka}|Content-Length: 5`,
      `HTTP/1.1 200 OK|X-A: same|${ka}|Content-Length: 5`,
      `HTTP/1.1 200 OK|X-A: other|${ka}|Content-Length: 5`,
      `HTTP/1.1 200 OK|X-A: same|${ka}|Content-Length: 6`,
      `HTTP/1.1 201 Created|X-A: same|${ka}|Content-Length: 5`,
      `HTTP/1.1 200 OK|X-A: v1|${ka}|Content-Length: 5`,
      `HTTP/1.1 200 OK|X-A: v2|${ka}|Content-Length: 5`,
      `HTTP/1.1 200 OK|X-Flat: one|Content-Length: 5|${ka}`,
      `HTTP/1.1 200 OK|X-Flat: two|Content-Length: 5|${ka}`,
      `HTTP/1.1 200 OK|X-A: p|X-A: q|${ka}|Content-Length: 5`,
      'HTTP/1.1 200 OK|X-A: same|Connection: close|Content-Length: 3',
    ]);
    server.close();
  }));
}));
