'use strict';
// fs.openAsBlob() reads the file only when the blob is read: slices read their own range, a
// stream reads in chunks, and a file changed since it was opened is refused with
// NotReadableError (at once, or in the middle of a stream).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'blob.txt');
const data = 'hello world, '.repeat(20000);
fs.writeFileSync(file, data);

(async () => {
  const blob = await fs.openAsBlob(file, { type: 'text/plain' });
  assert.strictEqual(blob.size, data.length);
  assert.strictEqual(blob.type, 'text/plain');
  assert.strictEqual(await blob.text(), data);
  assert.strictEqual(await blob.slice(6, 11).text(), 'world');
  assert.strictEqual(await blob.slice(-6).text(), 'orld, ');
  // A blob made of a file blob and bytes reads both.
  const mixed = new Blob(['<', blob.slice(0, 5), '>']);
  assert.strictEqual(await mixed.text(), '<hello>');
  let streamed = '';
  const decoder = new TextDecoder();
  for await (const chunk of blob.stream()) streamed += decoder.decode(chunk, { stream: true });
  assert.strictEqual(streamed, data);

  // The file changes: every read is refused.
  fs.writeFileSync(file, `${data}more`);
  await assert.rejects(blob.text(), { name: 'NotReadableError' });
  await assert.rejects(blob.arrayBuffer(), { name: 'NotReadableError' });
  await assert.rejects(blob.slice(0, 5).text(), { name: 'NotReadableError' });
  await assert.rejects(async () => {
    for await (const chunk of blob.stream()) assert.fail(`read ${chunk.length} bytes`);
  }, { name: 'NotReadableError' });

  // Changed while streaming.
  const second = await fs.openAsBlob(file);
  await assert.rejects(async () => {
    for await (const chunk of second.stream()) fs.writeFileSync(file, 'changed'); // eslint-disable-line no-unused-vars
  }, { name: 'NotReadableError' });

  // An empty file that gains bytes.
  const empty = path.join(tmpdir.path, 'empty.txt');
  fs.writeFileSync(empty, '');
  const emptyBlob = await fs.openAsBlob(empty);
  assert.strictEqual(emptyBlob.size, 0);
  assert.strictEqual(await emptyBlob.text(), '');
  fs.writeFileSync(empty, 'abc');
  await assert.rejects(emptyBlob.text(), { name: 'NotReadableError' });
})().then(common.mustCall());
