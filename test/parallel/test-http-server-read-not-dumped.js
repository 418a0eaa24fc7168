'use strict';
// A request body the handler has started reading is not dumped when the response ends, even
// when the whole body had arrived with the head; one it never touched is.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  if (req.url === '/read') {
    req.once('data', common.mustCall(() => {
      req.pause();
      res.end();
      res.on('finish', common.mustCall(() => assert.strictEqual(req._dumped, false)));
    }));
  } else {
    res.end();
    res.on('finish', common.mustCall(() => assert.strictEqual(req._dumped, true)));
  }
}, 2));

server.listen(0, common.mustCall(() => {
  let left = 2;
  for (const path of ['/read', '/ignored']) {
    const req = http.request({ port: server.address().port, method: 'POST', path },
                             common.mustCall((res) => {
                               res.resume();
                               res.on('end', () => { if (--left === 0) server.close(); });
                             }));
    req.end(Buffer.alloc(1024));
  }
}));
