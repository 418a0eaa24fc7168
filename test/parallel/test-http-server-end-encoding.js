'use strict';
// end(string, encoding) with the head still unsent: the body is decoded with that encoding
// (not glued to the head's text) and Content-Length counts the decoded bytes.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const bodies = { '/base64': ['aGVsbG8=', 'base64'], '/hex': ['6869', 'hex'], '/utf8': ['héllo', 'utf8'],
                 '/latin1': ['\xe9t\xe9', 'latin1'] };
const server = http.createServer((req, res) => res.end(...bodies[req.url]));

function get(path) {
  return new Promise((resolve) => {
    http.get({ port: server.address().port, path, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (data) => chunks.push(data));
      res.on('end', () => resolve([res.headers['content-length'], Buffer.concat(chunks).toString('hex')]));
    });
  });
}

server.listen(0, common.mustCall(async () => {
  assert.deepStrictEqual(await get('/base64'), ['5', Buffer.from('hello').toString('hex')]);
  assert.deepStrictEqual(await get('/hex'), ['2', '6869']);
  assert.deepStrictEqual(await get('/utf8'), ['6', Buffer.from('héllo').toString('hex')]);
  assert.deepStrictEqual(await get('/latin1'), ['3', 'e974e9']);
  server.close();
}));
