'use strict';
// How each Buffer method reads its numeric and encoding arguments, over a sweep of odd values
// (undefined, null, negatives, fractions, NaN, infinities, strings, objects), compared with
// node 20's answers kept as one FNV-1a hash per method. To see a difference:
//   node test/parallel/test-buffer-generated-arguments.js --dump > node.txt
//   lode test/parallel/test-buffer-generated-arguments.js --dump > lode.txt && diff node.txt lode.txt
require('../common');
const assert = require('assert');

process.noDeprecation = true;

const expected = {
  toString: 'ed2b8e05',
  slice: 'd45e05f1',
  copy: '81f4fc9c',
  fill: '1bec9907',
  write: 'ac5fcb08',
  compare: '9d4f06f1',
  numbers: 'eef3d127',
  from: 'e6f880d2',
};

function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const show = (value) => {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value !== null && typeof value === 'object') return Array.isArray(value) ? `[${value}]` : '{}';
  return String(value);
};

function answer(fn) {
  try {
    const value = fn();
    return Buffer.isBuffer(value) ? `<${value.toString('hex')}>` : JSON.stringify(value);
  } catch (error) {
    return `!${error.code}:${error.message}`;
  }
}

const values = [undefined, null, -1, 0, 1, 2, 3.5, 4, 5, 9, NaN, Infinity, -Infinity, -0.5, '1', 'x', true, {}, [2]];
const groups = { toString: [], slice: [], copy: [], fill: [], write: [], compare: [], numbers: [], from: [] };
const source = Buffer.from('abcdefgh');

for (const start of values) {
  for (const end of values) {
    const key = `${show(start)},${show(end)}`;
    groups.toString.push(`${key}: ${answer(() => source.toString('latin1', start, end))} ` +
      `${answer(() => source.toString(undefined, start, end))}`);
    groups.slice.push(`${key}: ${answer(() => source.slice(start, end))} ${answer(() => source.subarray(start, end))}`);
    for (const third of [undefined, 1, 5, NaN, 'x', -1]) {
      const target = Buffer.alloc(6);
      const count = answer(() => source.copy(target, start, end, third));
      groups.copy.push(`${key},${show(third)}: ${count} ${target.toString('hex')}`);
    }
    for (const value of ['ab', 7, Buffer.from('xy')]) {
      groups.fill.push(`${show(value)},${key}: ${answer(() => Buffer.alloc(6).fill(value, start, end))}`);
    }
    groups.write.push(`${key}: ${answer(() => {
      const target = Buffer.alloc(6);
      return [target.write('wxyz', start, end), target.toString('hex')];
    })}`);
    groups.compare.push(`${key}: ${answer(() => source.compare(Buffer.from('cdef'), start, end))} ` +
      `${answer(() => source.compare(Buffer.from('cdef'), 1, 3, start, end))}`);
  }
  groups.numbers.push(`${show(start)}: ${['readUInt8', 'readInt16LE', 'readUInt32BE', 'readDoubleLE', 'readBigInt64BE']
    .map((name) => answer(() => String(source[name](start)))).join(' ')} ` +
    `${answer(() => source.readUIntBE(start, 3))} ${answer(() => source.readIntLE(1, start))} ` +
    `${answer(() => Buffer.alloc(8).writeUInt16LE(start, 1))} ${answer(() => Buffer.alloc(8).writeInt8(7, start))} ` +
    `${answer(() => Buffer.alloc(8).writeFloatBE(start))} ${answer(() => Buffer.alloc(8).writeUIntLE(1, 0, start))}`);
}
for (const first of [...values, 'abc', [1, 2], new Uint16Array([258]), new ArrayBuffer(4), { length: 2, 0: 7 }]) {
  for (const second of values) {
    groups.from.push(`${show(first)},${show(second)}: ${answer(() => Buffer.from(first, second))} ` +
      `${answer(() => Buffer.alloc(3, first, second))} ${answer(() => Buffer.from(new ArrayBuffer(8), first, second))}`);
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
