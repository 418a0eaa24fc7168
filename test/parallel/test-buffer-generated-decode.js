'use strict';
// Short byte sequences over the bytes that matter to UTF-8 (ASCII, continuation bytes, every
// kind of lead byte, the invalid ones), decoded every way node decodes bytes, compared with
// node 20's answers kept as one FNV-1a hash per group. To see a difference:
//   node test/parallel/test-buffer-generated-decode.js --dump > node.txt
//   lode test/parallel/test-buffer-generated-decode.js --dump > lode.txt && diff node.txt lode.txt
require('../common');
const assert = require('assert');
const { isUtf8, isAscii } = require('buffer');
const { StringDecoder } = require('string_decoder');

const expected = {
  buffer: '658a2be4',
  textDecoder: '73b66379',
  stringDecoder: '07427b9f',
  checks: '8783bc65',
};

function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function answer(fn) {
  try {
    return JSON.stringify(fn());
  } catch (error) {
    return `!${error.code}`;
  }
}

const interesting = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed,
                     0xee, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xf8, 0xfe, 0xff];
const sequences = [[]];
let previous = [[]];
for (let length = 1; length <= 3; length++) {
  const next = [];
  for (const prefix of previous) for (const byte of interesting) next.push([...prefix, byte]);
  sequences.push(...next);
  previous = next;
}
// Some four-byte sequences around the edges of the four-byte range.
for (const lead of [0xf0, 0xf4, 0xf5]) {
  for (const second of [0x80, 0x8f, 0x90, 0xbf]) sequences.push([lead, second, 0x80, 0x80], [lead, second, 0x80, 0x41]);
}

const groups = { buffer: [], textDecoder: [], stringDecoder: [], checks: [] };
for (const sequence of sequences) {
  const bytes = Buffer.from(sequence);
  const key = bytes.toString('hex');
  groups.buffer.push(`${key}: ${['utf8', 'ascii', 'latin1', 'ucs2', 'hex', 'base64', 'base64url']
    .map((encoding) => answer(() => bytes.toString(encoding))).join(' ')}`);
  groups.textDecoder.push(`${key}: ${[
    answer(() => new TextDecoder().decode(bytes)),
    answer(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)),
    answer(() => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)),
    answer(() => new TextDecoder('utf-16le').decode(bytes)),
    answer(() => new TextDecoder('utf-16be').decode(bytes)),
    answer(() => new TextDecoder('utf-16le', { fatal: true }).decode(bytes)),
  ].join(' ')}`);
  // Every split into two chunks, streamed.
  const streamed = [];
  for (let cut = 0; cut <= sequence.length; cut++) {
    const decoder = new StringDecoder('utf8');
    const parts = [decoder.write(bytes.subarray(0, cut)), decoder.write(bytes.subarray(cut)), decoder.end()];
    const textDecoder = new TextDecoder();
    const textParts = [textDecoder.decode(bytes.subarray(0, cut), { stream: true }),
                       textDecoder.decode(bytes.subarray(cut), { stream: true }), textDecoder.decode()];
    streamed.push(`${JSON.stringify(parts)}${JSON.stringify(textParts.join(''))}`);
  }
  groups.stringDecoder.push(`${key}: ${streamed.join(' ')}`);
  groups.checks.push(`${key}: ${isUtf8(bytes)} ${isAscii(bytes)} ${Buffer.byteLength(bytes.toString())}`);
}

if (process.argv.includes('--dump')) {
  for (const [name, lines] of Object.entries(groups)) console.log(`== ${name}\n${lines.join('\n')}`);
} else if (process.argv.includes('--hashes')) {
  for (const [name, lines] of Object.entries(groups)) console.log(`  ${name}: '${fnv1a(lines.join('\n'))}',`);
} else {
  for (const [name, lines] of Object.entries(groups)) {
    assert.strictEqual(fnv1a(lines.join('\n')), expected[name], `${name} differs from node 20 (see --dump)`);
  }
}
