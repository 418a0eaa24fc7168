'use strict';
// process._getActiveHandles() lists the objects behind ref'd native handles: a listening
// server and a connected socket appear as themselves; an unref'd one does not.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => socket.end()));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    const handles = process._getActiveHandles();
    assert.ok(Array.isArray(handles));
    assert.ok(handles.includes(server), 'the server');
    assert.ok(handles.includes(client), 'the client socket');
    server.unref();
    assert.ok(!process._getActiveHandles().includes(server), 'an unref\'d server is not listed');
    assert.ok(Array.isArray(process._getActiveRequests()));
    client.on('close', common.mustCall(() => server.close()));
  }));
  client.resume();
}));
