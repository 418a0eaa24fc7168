'use strict';
// lode's IPC hardening: a peer that writes garbage on the channel gets an 'error'
// (ERR_IPC_BAD_MESSAGE) on the ChildProcess and a closed channel, never a crash; the
// messages that came whole before the garbage are still delivered. (Node throws instead.)
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

function peer(script, serialization, check) {
  const child = spawn('/bin/sh', ['-c', script], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization });
  const messages = [];
  child.on('message', (message) => messages.push(message));
  child.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_IPC_BAD_MESSAGE');
  }));
  child.on('disconnect', common.mustCall(() => assert.strictEqual(child.connected, false)));
  child.on('close', common.mustCall(() => check(messages)));
  return child;
}

peer('printf \'{"ok":1}\\nnot json\\n{"ok":2}\\n\' >&3; sleep 0.2', undefined, (messages) => {
  assert.deepStrictEqual(messages, [{ ok: 1 }]);
});

// A frame that claims to be 4 GiB long.
peer('printf \'\\377\\377\\377\\377\\000\' >&3; sleep 0.2', 'advanced', (messages) => {
  assert.deepStrictEqual(messages, []);
});

// A handle announced but never sent.
peer('printf \'Hs"server"\\n\' >&3; sleep 0.2', undefined, (messages) => {
  assert.deepStrictEqual(messages, []);
});
