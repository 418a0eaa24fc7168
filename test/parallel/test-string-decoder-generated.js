'use strict';
// StringDecoder and streaming TextDecoder over every way of cutting short byte sequences into
// three chunks, compared with node 20's answers kept as one FNV-1a hash per group. To see a
// difference:
//   node test/parallel/test-string-decoder-generated.js --dump > node.txt
//   lode test/parallel/test-string-decoder-generated.js --dump > lode.txt && diff node.txt lode.txt
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');
const { transcode } = require('buffer');

const expected = {
  stringDecoder: '59a2d318',
  textDecoder: 'ef6480d4',
  transcode: '7d6d974c',
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
    const value = fn();
    return Buffer.isBuffer(value) ? value.toString('hex') : JSON.stringify(value);
  } catch (error) {
    return `!${error.code}`;
  }
}

const samples = [
  '', '61', 'c3a9', 'e282ac', 'f09f9880', '61e282ac62', 'e2', 'e282', 'f09f98', 'ff', 'c0af', 'eda080', 'e241',
  '3dd8', '3dd800de', '61003dd800de6200', '00d8', '00dc', 'fffe6100', 'feff0061', 'd83dde00', 'efbbbf61',
  '616263646566', '6162636465', '0001020304050607', 'f4908080', 'e0a080', 'f09f9880f09f9880',
];

const groups = { stringDecoder: [], textDecoder: [], transcode: [] };
for (const sample of samples) {
  const bytes = Buffer.from(sample, 'hex');
  for (let first = 0; first <= bytes.length; first++) {
    for (let second = first; second <= bytes.length; second++) {
      const chunks = [bytes.subarray(0, first), bytes.subarray(first, second), bytes.subarray(second)];
      for (const encoding of ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii']) {
        const decoder = new StringDecoder(encoding);
        const parts = chunks.map((chunk) => `${JSON.stringify(decoder.write(chunk))}/${decoder.lastNeed}/${decoder.lastTotal}`);
        parts.push(JSON.stringify(decoder.end()));
        groups.stringDecoder.push(`${sample} ${first} ${second} ${encoding}: ${parts.join(' ')}`);
      }
      for (const [label, options] of [['utf-8', {}], ['utf-16le', {}], ['utf-16be', {}], ['utf-8', { fatal: true }],
                                      ['utf-16le', { fatal: true }], ['utf-16le', { ignoreBOM: true }],
                                      ['shift_jis', {}], ['euc-kr', {}]]) {
        const decoder = new TextDecoder(label, options);
        const parts = chunks.map((chunk) => answer(() => decoder.decode(chunk, { stream: true })));
        parts.push(answer(() => decoder.decode()));
        groups.textDecoder.push(`${sample} ${first} ${second} ${label} ${JSON.stringify(options)}: ${parts.join(' ')}`);
      }
    }
  }
  const encodings = ['utf8', 'ucs2', 'latin1', 'ascii'];
  for (const from of encodings) {
    // (Node 20 reads stray memory when a UTF-16 source is a single byte.)
    if (from === 'ucs2' && bytes.length === 1) continue;
    groups.transcode.push(`${sample} ${from}: ${encodings.map((to) => answer(() => transcode(bytes, from, to))).join(' ')}`);
  }
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
