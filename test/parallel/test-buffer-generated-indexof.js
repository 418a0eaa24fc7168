'use strict';
// indexOf/lastIndexOf over a sweep of haystacks, needles, offsets and encodings, compared with
// node 20's answers. The answers are kept as one FNV-1a hash per group; when one differs,
// compare them line by line:
//   node test/parallel/test-buffer-generated-indexof.js --dump > node.txt
//   lode test/parallel/test-buffer-generated-indexof.js --dump > lode.txt && diff node.txt lode.txt
require('../common');
const assert = require('assert');

const expected = {
  strings: 'd8afa0c7',
  buffers: '59c50ac1',
  numbers: '6e4552c7',
};

function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const show = (value) => (typeof value === 'string' ? JSON.stringify(value) : String(value));

function answer(fn) {
  try {
    return JSON.stringify(fn());
  } catch (error) {
    return `!${error.code}`;
  }
}

const haystacks = ['', 'a', 'ab', 'aba', 'abab', 'baab', 'ab\u00e9ab', 'aaaaaa', 'abcabcab'];
const needles = ['', 'a', 'b', 'ab', 'ba', 'aa', 'abab', '\u00e9', 'zz', '61', 'YQ'];
const offsets = [undefined, null, NaN, -Infinity, -9, -5, -3, -2, -1, 0, 1, 2, 3, 4, 5, 8, 9, 100, Infinity, 1.5,
                 -1.5, '1', 2 ** 32, -(2 ** 32)];
const encodings = [undefined, 'utf8', 'ucs2', 'latin1', 'hex', 'base64'];

const groups = { strings: [], buffers: [], numbers: [] };
for (const haystack of haystacks) {
  for (const haystackEncoding of ['utf8', 'ucs2']) {
    const buffer = Buffer.from(haystack, haystackEncoding);
    for (const offset of offsets) {
      for (const encoding of encodings) {
        for (const needle of needles) {
          const args = encoding === undefined ? [needle, offset] : [needle, offset, encoding];
          groups.strings.push(`${haystack}|${haystackEncoding}|${show(offset)}|${encoding}|${needle}: ` +
            `${answer(() => buffer.indexOf(...args))} ${answer(() => buffer.lastIndexOf(...args))}`);
          // (Node 20 reads past the end of an odd-length haystack in a UTF-16 search for
          // bytes, so those answers depend on stray memory and are left out.)
          if (encoding === undefined || (encoding === 'ucs2' && buffer.length % 2 === 0)) {
            const bytes = Buffer.from(needle, encoding === 'ucs2' ? 'ucs2' : 'utf8');
            const byteArgs = encoding === undefined ? [bytes, offset] : [bytes, offset, encoding];
            groups.buffers.push(`${haystack}|${haystackEncoding}|${show(offset)}|${encoding}|${needle}: ` +
              `${answer(() => buffer.indexOf(...byteArgs))} ${answer(() => buffer.lastIndexOf(...byteArgs))}`);
          }
        }
      }
      for (const number of [0x61, 0x62, 0, 0x161, -0x9f, 97.9, NaN]) {
        groups.numbers.push(`${haystack}|${haystackEncoding}|${show(offset)}|${number}: ` +
          `${answer(() => buffer.indexOf(number, offset))} ${answer(() => buffer.lastIndexOf(number, offset))}`);
      }
    }
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
