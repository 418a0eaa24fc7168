'use strict';
// `for await (const line of rl)` yields every line of the input in order, none lost, even when
// the loop body is slow (the interface pauses its input while lines queue up), ends when the
// input does, and rejects with the input's error. FileHandle.readLines() rides on it.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'lines.txt');
const count = 30000;
let text = '';
for (let i = 0; i < count; i++) text += `line ${i}${i % 3 ? '\n' : '\r\n'}`;
fs.writeFileSync(file, `${text}last`);

(async () => {
  const rl = readline.createInterface({
    input: fs.createReadStream(file, { highWaterMark: 1000 }), crlfDelay: Infinity,
  });
  let seen = 0;
  let paused = 0;
  rl.on('pause', () => paused++);
  for await (const line of rl) {
    assert.strictEqual(line, seen === count ? 'last' : `line ${seen}`);
    seen++;
    if (seen % 5000 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  }
  assert.strictEqual(seen, count + 1);
  assert.ok(paused > 0, 'a slow loop pauses the input');

  const handle = await fs.promises.open(file);
  seen = 0;
  for await (const line of handle.readLines()) {
    assert.strictEqual(line, seen === count ? 'last' : `line ${seen}`);
    seen++;
  }
  assert.strictEqual(seen, count + 1);
  assert.strictEqual(handle.fd, -1);  // closed with its stream

  const ranged = await fs.promises.open(file);
  const lines = [];
  for await (const line of ranged.readLines({ start: 5, end: 30, encoding: 'utf8' })) lines.push(line);
  assert.deepStrictEqual(lines, ['0', 'line 1', 'line 2', 'line 3', 'l']);

  await assert.rejects(async () => {
    // eslint-disable-next-line no-unused-vars
    for await (const line of readline.createInterface({ input: fs.createReadStream(`${file}.missing`) }));
  }, { code: 'ENOENT' });


  // Lines that arrive while the loop body awaits are queued, not lost.
  const { PassThrough } = require('stream');
  const input = new PassThrough();
  const early = readline.createInterface({ input });
  const iterator = early[Symbol.asyncIterator]();
  input.end('a\nb\nc');
  const got = [];
  for await (const line of iterator) {
    got.push(line);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  assert.deepStrictEqual(got, ['a', 'b', 'c']);
})().then(common.mustCall());
