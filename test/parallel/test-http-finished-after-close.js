'use strict';
// stream.finished() on an http message that has already closed calls back at once (a
// ServerResponse reports `closed`), and a server request destroyed by its handler takes
// its connection down, so the client sees the reset instead of waiting.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { finished } = require('stream');

{
  const server = http.createServer(common.mustCall((req, res) => {
    assert.strictEqual(res.closed, false);
    res.on('close', common.mustCall(() => {
      assert.strictEqual(res.closed, true);
      finished(res, common.mustCall((err) => {
        assert.ifError(err);
        server.close();
      }));
    }));
    res.end();
  })).listen(0, function() {
    http.request({ port: this.address().port }).end().on('response', common.mustCall((res) => res.resume()));
  });
}

{
  const server = http.createServer(common.mustCall((req) => {
    req.on('close', common.mustCall(() => server.close()));
    req.destroy();
  })).listen(0, function() {
    http.request({ port: this.address().port }).end().on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNRESET');
    }));
  });
}
