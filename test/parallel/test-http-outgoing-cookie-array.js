'use strict';
// An array of Cookie values goes out as one `cookie` line joined with '; ' (a request may carry
// one Cookie field); any other header's array, Set-Cookie included, goes out a line per value.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

function headLines(head, pattern) {
  return head.split('\r\n').filter((line) => pattern.test(line));
}

// The client: headers given to request(), then setHeader().
const raw = net.createServer(common.mustCall((socket) => {
  let data = '';
  socket.on('data', (chunk) => {
    data += chunk;
    if (!data.includes('\r\n\r\n')) return;
    const head = data.slice(0, data.indexOf('\r\n\r\n'));
    data = data.slice(data.indexOf('\r\n\r\n') + 4);
    seen.push(headLines(head, /^(cookie|x-multi):/i));
    socket.write('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
  });
}, 2));
const seen = [];
raw.listen(0, common.mustCall(() => {
  const port = raw.address().port;
  const first = http.request({ port, headers: { cookie: ['a=1', 'b=2'], 'X-Multi': ['1', '2'] } },
                             common.mustCall((res) => {
                               res.resume();
                               res.on('end', common.mustCall(second));
                             }));
  first.end();
  function second() {
    const req = http.request({ port, agent: false });
    req.setHeader('Cookie', ['c=3', 'd=4', 'e=5']);
    req.setHeader('Single', 'x');
    req.on('response', common.mustCall((res) => {
      res.resume();
      res.on('end', common.mustCall(() => {
        assert.deepStrictEqual(seen, [
          ['cookie: a=1; b=2', 'X-Multi: 1', 'X-Multi: 2'],
          ['Cookie: c=3; d=4; e=5'],
        ]);
        raw.close();
        third();
      }));
    }));
    req.end();
  }
}));

// The server: Set-Cookie values stay a line each.
function third() {
  const server = http.createServer(common.mustCall((req, res) => {
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.writeHead(200, { 'X-Pair': ['p', 'q'] });
    res.end('ok');
  }));
  server.listen(0, common.mustCall(() => {
    const socket = net.connect(server.address().port, () => {
      socket.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    });
    let data = '';
    socket.on('data', (chunk) => { data += chunk; });
    socket.on('end', common.mustCall(() => {
      assert.deepStrictEqual(headLines(data, /^(set-cookie|x-pair):/i),
                             ['Set-Cookie: a=1', 'Set-Cookie: b=2', 'X-Pair: p', 'X-Pair: q']);
      server.close();
    }));
  }));
}
