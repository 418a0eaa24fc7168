'use strict';
// Signals sent to this process by a child (`kill -USR1 <our pid>` from a shell) reach the
// process.on() listener; the listener runs once per signal.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

let received = 0;
const onSignal = common.mustCall((name, number) => {
  assert.strictEqual(name, 'SIGUSR1');
  assert.strictEqual(number, 10);
  received++;
  if (received === 1) {
    spawn('/bin/sh', ['-c', `kill -USR1 ${process.pid}`]);
  } else {
    process.removeListener('SIGUSR1', onSignal);
    clearInterval(keepAlive);
  }
}, 2);
process.on('SIGUSR1', onSignal);
const keepAlive = setInterval(() => {}, 1000);
spawn('/bin/sh', ['-c', `kill -USR1 ${process.pid}`]).on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
}));
