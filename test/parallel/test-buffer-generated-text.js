'use strict';
// Text to bytes over small alphabets: lenient base64/base64url, hex, atob, byteLength, and
// writes into short buffers, compared with node 20's answers kept as one FNV-1a hash per
// group. To see a difference:
//   node test/parallel/test-buffer-generated-text.js --dump > node.txt
//   lode test/parallel/test-buffer-generated-text.js --dump > lode.txt && diff node.txt lode.txt
require('../common');
const assert = require('assert');

const expected = {
  base64: '20ac5bff',
  hex: 'a0b45057',
  atob: '7397d684',
  writes: '0263eef7',
};

function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function allStrings(alphabet, maxLength) {
  const strings = [''];
  let previous = [''];
  for (let length = 1; length <= maxLength; length++) {
    const next = [];
    for (const prefix of previous) for (const char of alphabet) next.push(prefix + char);
    strings.push(...next);
    previous = next;
  }
  return strings;
}

function answer(fn) {
  try {
    const value = fn();
    return Buffer.isBuffer(value) ? value.toString('hex') : JSON.stringify(value);
  } catch (error) {
    return `!${error.name}:${error.message}`;
  }
}

const groups = { base64: [], hex: [], atob: [], writes: [] };
for (const text of allStrings(['A', 'Q', '/', '-', '=', ' ', '.', '\u0161'], 5)) {
  groups.base64.push(`${JSON.stringify(text)}: ${answer(() => Buffer.from(text, 'base64'))} ` +
    `${answer(() => Buffer.from(text, 'base64url'))} ${Buffer.byteLength(text, 'base64')}`);
}
for (const text of allStrings(['a', 'F', '0', 'z', ' ', '\u0161'], 5)) {
  groups.hex.push(`${JSON.stringify(text)}: ${answer(() => Buffer.from(text, 'hex'))} ${Buffer.byteLength(text, 'hex')}`);
}
for (const text of allStrings(['A', 'b', '+', '=', ' ', '\n', '-'], 5)) {
  groups.atob.push(`${JSON.stringify(text)}: ${answer(() => atob(text))}`);
}
for (const text of ['', 'a', '\u00e9', '\u20ac', '\u{1f600}', 'a\u00e9\u20ac\u{1f600}', '\ud800', '\udc00a', 'YWJjZA==',
                    '00ff', 'abc']) {
  for (const encoding of ['utf8', 'ucs2', 'latin1', 'ascii', 'hex', 'base64']) {
    const results = [];
    for (let size = 0; size <= 7; size++) {
      for (const offset of [0, 1]) {
        const target = Buffer.alloc(size);
        const count = answer(() => target.write(text, offset, encoding));
        results.push(`${count}:${target.toString('hex')}`);
      }
    }
    groups.writes.push(`${JSON.stringify(text)} ${encoding}: ${results.join(' ')} ` +
      `${answer(() => Buffer.from(text, encoding))} ${Buffer.byteLength(text, encoding)}`);
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
