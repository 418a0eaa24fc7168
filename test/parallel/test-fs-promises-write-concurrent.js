'use strict';
// Nothing lost: many concurrent fs.promises.writeFile calls (each to its own file) and
// appendFile calls (all to one file) with large random data. Every file holds exactly its
// data, and the appended file holds every chunk whole, checked by hash.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();

// A 64-bit FNV-1a over the bytes, as two 32-bit halves.
function hash(bytes) {
  let low = 0x84222325;
  let high = 0xcbf29ce4;
  for (let i = 0; i < bytes.length; i++) {
    low ^= bytes[i];
    const lowProduct = low * 0x1b3;
    const carry = Math.floor(lowProduct / 0x100000000);
    high = (Math.imul(high, 0x1b3) + Math.imul(low, 0x100) + carry) >>> 0;
    low = lowProduct >>> 0;
  }
  return `${high.toString(16)}:${low.toString(16)}`;
}

let seed = 12345;
function random() {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed;
}
function randomBytes(length) {
  const bytes = Buffer.allocUnsafe(length);
  for (let i = 0; i < length; i++) bytes[i] = random() >>> 24;
  return bytes;
}

(async () => {
  // writeFile: 24 files of 64 KiB to 2 MiB, written at once.
  const files = [];
  for (let i = 0; i < 24; i++) {
    files.push({ path: tmpdir.resolve(`w${i}`), data: randomBytes(65536 + (random() % (2 << 20))) });
  }
  await Promise.all(files.map(({ path, data }, i) =>
    fs.promises.writeFile(path, i % 2 ? data : data.toString('latin1'), i % 2 ? undefined : 'latin1')));
  for (const { path, data } of files) {
    assert.strictEqual(hash(fs.readFileSync(path)), hash(data), path);
  }

  // appendFile: 40 chunks of up to 256 KiB, each tagged with its index, appended at once.
  const target = tmpdir.resolve('appended');
  const chunks = [];
  for (let i = 0; i < 40; i++) {
    const body = randomBytes(1 + (random() % (256 << 10)));
    const header = Buffer.alloc(8);
    header.writeUInt32BE(i, 0);
    header.writeUInt32BE(body.length, 4);
    chunks.push(Buffer.concat([header, body]));
  }
  await Promise.all(chunks.map((chunk) => fs.promises.appendFile(target, chunk)));
  const written = fs.readFileSync(target);
  assert.strictEqual(written.length, chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  const seen = new Set();
  for (let offset = 0; offset < written.length;) {
    const index = written.readUInt32BE(offset);
    const length = written.readUInt32BE(offset + 4) + 8;
    assert.ok(index < chunks.length && !seen.has(index), `chunk ${index} at ${offset}`);
    seen.add(index);
    assert.strictEqual(hash(written.subarray(offset, offset + length)), hash(chunks[index]));
    offset += length;
  }
  assert.strictEqual(seen.size, chunks.length);

  // The same through FileHandles opened for appending.
  const handles = await Promise.all([0, 1, 2, 3].map(() => fs.promises.open(tmpdir.resolve('handles'), 'a')));
  const parts = handles.map(() => randomBytes(300000));
  await Promise.all(handles.map((handle, i) => handle.appendFile(parts[i])));
  await Promise.all(handles.map((handle) => handle.close()));
  const joined = fs.readFileSync(tmpdir.resolve('handles'));
  assert.strictEqual(joined.length, 4 * 300000);
  const found = [];
  for (let offset = 0; offset < joined.length; offset += 300000) {
    found.push(hash(joined.subarray(offset, offset + 300000)));
  }
  assert.deepStrictEqual(found.sort(), parts.map(hash).sort());
})().then(common.mustCall());
