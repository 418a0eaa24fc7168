'use strict';
// Headers given as an array (flat or in pairs) are the head as written: no Host or
// Authorization is added, and a server that requires Host answers 400.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer({ requireHostHeader: false }, common.mustCall((req, res) => {
  res.end(JSON.stringify(req.rawHeaders));
}, 2));
const strict = http.createServer(common.mustNotCall());

function get(port, headers) {
  return new Promise((resolve) => {
    http.get({ port, headers, auth: 'user:pass', agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
  });
}

server.listen(0, common.mustCall(() => strict.listen(0, common.mustCall(async () => {
  const flat = await get(server.address().port, ['X-A', '1', 'X-B', '2']);
  assert.deepStrictEqual(JSON.parse(flat.body).slice(0, 4), ['X-A', '1', 'X-B', '2']);
  assert.ok(!JSON.parse(flat.body).includes('Host'));
  assert.ok(!JSON.parse(flat.body).includes('Authorization'));
  const pairs = await get(server.address().port, [['Host', 'example'], ['X-C', '3']]);
  assert.deepStrictEqual(JSON.parse(pairs.body).slice(0, 4), ['Host', 'example', 'X-C', '3']);
  assert.strictEqual((await get(strict.address().port, [])).status, 400);
  server.close();
  strict.close();
}))));
