'use strict';
// An 'error' event nobody listens to ends the process; the report shows the throw in emit(),
// the error's stack, and then where the event was emitted, on which kind of emitter.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const EventEmitter = require('events');
  class Foo extends EventEmitter {}
  function emitIt() {
    new Foo().emit('error', new Error('boom'));
  }
  emitIt();
} else {
  const child = spawnSync(process.execPath, [__filename, 'child'], { encoding: 'utf8' });
  assert.strictEqual(child.status, 1);
  const stderr = child.stderr;
  assert.match(stderr, /throw er; \/\/ Unhandled 'error' event\n/);
  assert.match(stderr, /\nError: boom\n {4}at emitIt \(/);
  assert.match(stderr, /\nEmitted 'error' event on Foo instance at:\n {4}at emitIt \(/);
}
