'use strict';
// The Date header of a response names the second it was sent in: two responses more than a
// second apart carry different dates, each close to the clock.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => res.end('ok'));

function fetchDate(port, callback) {
  http.get({ port, agent: false }, common.mustCall((res) => {
    res.resume();
    const date = Date.parse(res.headers.date);
    assert.ok(Math.abs(Date.now() - date) < 2500, `${res.headers.date} is far from now`);
    res.on('end', () => callback(res.headers.date));
  }));
}

server.listen(0, common.mustCall(() => {
  const { port } = server.address();
  fetchDate(port, common.mustCall((first) => {
    setTimeout(common.mustCall(() => {
      fetchDate(port, common.mustCall((second) => {
        assert.notStrictEqual(second, first);
        assert.ok(Date.parse(second) > Date.parse(first));
        server.close();
      }));
    }), 1100);
  }));
}));
