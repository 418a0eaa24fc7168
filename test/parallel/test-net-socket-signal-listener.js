'use strict';
// A socket made with a signal adds one 'abort' listener to it, and aborting destroys it with
// an AbortError.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { getEventListeners } = require('events');

const ac = new AbortController();
const socket = net.createConnection({ port: 1, host: '127.0.0.1', signal: ac.signal });
assert.strictEqual(getEventListeners(ac.signal, 'abort').length, 1);
socket.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
ac.abort();
