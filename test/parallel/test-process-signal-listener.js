'use strict';
// process.on(signal): the listener gets the name and number; it replaces the default action
// (a SIGINT or SIGTERM no longer ends the process) until the last listener goes, and then
// the default comes back. Run in children so the defaults can be observed.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

function run(source, callback) {
  const child = spawn(process.execPath, ['-e', source]);
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => { out += chunk; });
  child.stderr.pipe(process.stderr);
  child.on('close', common.mustCall((code, signal) => callback(out, code, signal)));
}

// A listener catches SIGINT and SIGTERM and the process goes on.
run(`
  let seen = [];
  const onSignal = (name, number) => {
    seen.push(name + ':' + number);
    if (seen.length === 2) {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      console.log(seen.join(' '));
      clearInterval(keepAlive);
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const keepAlive = setInterval(() => {}, 1000);
  process.kill(process.pid, 'SIGINT');
  process.kill(process.pid, 15);
`, (out, code, signal) => {
  assert.strictEqual(out, 'SIGINT:2 SIGTERM:15\n');
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
});

// After the last listener is removed, SIGTERM ends the process again.
run(`
  const listener = () => console.log('caught');
  process.on('SIGTERM', listener);
  process.once('SIGTERM', listener);
  process.removeListener('SIGTERM', listener);
  process.removeAllListeners('SIGTERM');
  setInterval(() => {}, 1000);
  process.kill(process.pid, 'SIGTERM');
`, (out, code, signal) => {
  assert.strictEqual(out, '');
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGTERM');
});

// A once() listener handles one signal; the next one gets the default action.
run(`
  process.once('SIGUSR2', () => {
    console.log('once');
    process.kill(process.pid, 'SIGUSR2');
  });
  setInterval(() => {}, 1000);
  process.kill(process.pid, 'SIGUSR2');
`, (out, code, signal) => {
  assert.strictEqual(out, 'once\n');
  assert.strictEqual(signal, 'SIGUSR2');
});

// A signal listener alone does not keep the process alive.
run(`process.on('SIGINT', () => {}); console.log('bye');`, (out, code) => {
  assert.strictEqual(out, 'bye\n');
  assert.strictEqual(code, 0);
});
