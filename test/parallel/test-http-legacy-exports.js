'use strict';
// The names old packages reach for: http._connectionListener (to serve sockets they accept
// themselves) and the _http_* modules.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

assert.strictEqual(typeof require('_http_incoming').IncomingMessage, 'function');
assert.strictEqual(require('_http_outgoing').OutgoingMessage, http.OutgoingMessage);
assert.strictEqual(require('_http_server').ServerResponse, http.ServerResponse);
assert.strictEqual(require('_http_agent').globalAgent, http.globalAgent);
assert.strictEqual(require('_http_client').ClientRequest, http.ClientRequest);
assert.ok(require('_http_common').methods.includes('GET'));

// A plain net server whose connections an http.Server handles.
const httpServer = http.createServer(common.mustCall((req, res) => res.end('via listener')));
const netServer = net.createServer((socket) => http._connectionListener.call(httpServer, socket));
netServer.listen(0, common.mustCall(() => {
  http.get({ port: netServer.address().port, agent: false }, common.mustCall((res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (data) => { body += data; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'via listener');
      netServer.close();
    }));
  }));
}));
