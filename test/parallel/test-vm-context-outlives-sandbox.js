'use strict';
// A vm context lives as long as something made in it does, even with no reference to its
// sandbox left: its globals still read the sandbox. (A closure, and a MessagePort moved into
// the context, are what outlive the sandbox here.) Runs itself with --expose-gc.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] !== 'child') {
  const child = spawnSync(process.execPath, ['--expose-gc', __filename, 'child'], { encoding: 'utf8' });
  assert.strictEqual(child.stderr, '');
  assert.strictEqual(child.stdout, 'closure: 42\nport: 42 hello\n');
  assert.strictEqual(child.status, 0);
  return;
}

const vm = require('vm');
const { MessageChannel, moveMessagePortToContext } = require('worker_threads');

const read = vm.runInContext('() => answer', vm.createContext({ answer: 42 }));
const { port1, port2 } = new MessageChannel();
let port;
{
  const sandbox = vm.createContext({ answer: 42, print: console.log });
  port = moveMessagePortToContext(port1, sandbox);
  sandbox.port = port;
  vm.runInContext('port.onmessage = ({ data }) => { print(`port: ${answer} ${data}`); port.close(); };', sandbox);
}

async function main() {
  for (let i = 0; i < 5; i++) {
    globalThis.gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  console.log(`closure: ${read()}`);
  port.start();
  port2.postMessage('hello');
}
main();
