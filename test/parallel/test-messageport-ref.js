'use strict';
// A port keeps its thread alive while it has 'message' listeners (the first one also
// starts it); ref() and unref() override that until the next change; start() alone does
// not ref.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
assert.strictEqual(port1.hasRef(), false);
port1.start();
assert.strictEqual(port1.hasRef(), false);
const listener = () => {};
port1.on('message', listener);
assert.strictEqual(port1.hasRef(), true);
const second = common.mustNotCall();
port1.on('message', second);
port1.unref();
assert.strictEqual(port1.hasRef(), false);
port1.ref();
assert.strictEqual(port1.hasRef(), true);
port1.off('message', listener);
assert.strictEqual(port1.hasRef(), true);
port1.off('message', second);
assert.strictEqual(port1.hasRef(), false);
port1.onmessage = listener;
assert.strictEqual(port1.hasRef(), true);
port1.onmessage = null;
assert.strictEqual(port1.hasRef(), false);
port1.addEventListener('message', listener);
assert.strictEqual(port1.hasRef(), true);
port1.removeEventListener('message', listener);
assert.strictEqual(port1.hasRef(), false);
port1.close();
port2.close();

// Seen from outside: these scripts must end by themselves.
const script = (code) => spawnSync(process.execPath, ['-e', code], { timeout: 20000, encoding: 'utf8' });
for (const code of [
  'const { port1 } = new MessageChannel(); port1.start();',
  'const { port1 } = new MessageChannel(); port1.on("message", () => {}); port1.unref();',
  'const { port1 } = new MessageChannel(); port1.on("message", () => {}); port1.close();',
  'const { port1, port2 } = new MessageChannel(); port1.once("message", (m) => console.log(m)); port2.postMessage("once");',
]) {
  const result = script(code);
  assert.strictEqual(result.status, 0, `${code}\n${result.stderr}`);
}
assert.strictEqual(script('const { port1, port2 } = new MessageChannel(); port1.once("message", (m) => console.log(m)); port2.postMessage("once");').stdout, 'once\n');

// This one would never end: a listening port that nothing closes.
const result = script('const { port1 } = new MessageChannel(); port1.on("message", () => {}); setTimeout(() => { console.log("alive"); process.exit(3); }, 200).unref();');
assert.strictEqual(result.stdout, 'alive\n');
assert.strictEqual(result.status, 3);
