'use strict';
// Leaving `for await (const line of rl)` early (break, return, throw) closes the interface, as
// node's documentation says ("readline.close() will be called"); node 20 itself leaves it
// open (and its input paused).
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

(async () => {
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  rl.on('close', common.mustCall());
  const iterator = rl[Symbol.asyncIterator]();
  input.write('x\ny\n');
  for await (const line of iterator) {
    assert.strictEqual(line, 'x');
    break;
  }
  assert.strictEqual(rl.closed, true);
  assert.deepStrictEqual(await iterator.next(), { value: undefined, done: true });

  const thrown = readline.createInterface({ input: new PassThrough() });
  const lines = thrown[Symbol.asyncIterator]();
  thrown.write('z\n');
  await assert.rejects(async () => {
    for await (const line of lines) throw new Error(line);
  }, { message: 'z' });
  assert.strictEqual(thrown.closed, true);
})().then(common.mustCall());
