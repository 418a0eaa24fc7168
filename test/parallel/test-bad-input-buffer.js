'use strict';
// Garbage in every argument position of the buffer module, the Buffer statics and every
// Buffer method (read*/write* included): the same errors as node, and never a read or
// write out of bounds.
require('../common');
const badInput = require('../common/bad-input');
const buffer = require('buffer');
const { Buffer } = buffer;

// Sizes of 2 ** 31 and 2 ** 32 are valid and would allocate (and concat would fill) GiBs.
const noHugeSize = { skip: ['2**31', '2**32'] };
const targets = {
  ...badInput.functionsOf(buffer, 'buffer', ['Buffer', 'SlowBuffer']),
  ...badInput.functionsOf(Buffer, 'Buffer', ['alloc', 'allocUnsafe', 'allocUnsafeSlow']),
  'buffer.SlowBuffer': [undefined, buffer.SlowBuffer, noHugeSize],
  'Buffer': [undefined, Buffer, noHugeSize],
  'new Buffer': [undefined, function(...args) { return new Buffer(...args); }, noHugeSize],
  'Buffer.alloc': [Buffer, Buffer.alloc, { ...noHugeSize, args: [4, 'ab', 'utf8'] }],
  'Buffer.allocUnsafe': [Buffer, Buffer.allocUnsafe, noHugeSize],
  'Buffer.allocUnsafeSlow': [Buffer, Buffer.allocUnsafeSlow, noHugeSize],
};
targets['buffer.transcode'][2] = { args: [Buffer.from('ab'), 'utf8', 'latin1'] };
targets['Buffer.from'][2] = { args: [new ArrayBuffer(8), 0, 4] };
targets['Buffer.from/string'] = [Buffer, Buffer.from, { args: ['ab', 'utf8'] }];
targets['Buffer.copyBytesFrom'][2] = { args: [new Uint16Array(4), 0, 2] };
targets['Buffer.byteLength'][2] = { args: ['ab', 'utf8'] };
targets['Buffer.concat'][2] = { ...noHugeSize, args: [[Buffer.from('ab')], 2] };
targets['Buffer.compare'][2] = { args: [Buffer.from('ab'), Buffer.from('ab')] };

// Valid leading arguments per method; garbage goes after each prefix of them.
function argumentsFor(name) {
  const fixed = {
    toString: ['utf8', 0, 4],
    toLocaleString: ['utf8', 0, 4],
    write: ['ab', 0, 2, 'utf8'],
    fill: ['a', 0, 4, 'utf8'],
    indexOf: ['a', 0, 'utf8'],
    lastIndexOf: ['a', 0, 'utf8'],
    includes: ['a', 0, 'utf8'],
    equals: [Buffer.from('abcd')],
    compare: [Buffer.from('abcd'), 0, 4, 0, 4],
    copy: [Buffer.alloc(8), 0, 0, 4],
    slice: [0, 4],
    subarray: [0, 4],
    inspect: [1, {}],
  };
  if (name in fixed) return fixed[name];
  if (/^read(U?[Ii]nt|Uint)(LE|BE)$/.test(name)) return [0, 2];
  if (/^read/.test(name)) return [0];
  if (/^write(U?[Ii]nt|Uint)(LE|BE)$/.test(name)) return [1, 0, 2];
  if (/^writeBig/.test(name)) return [1n, 0];
  if (/^write/.test(name)) return [1, 0];
  if (/Slice$/.test(name)) return [0, 4];
  if (/Write$/.test(name)) return ['ab', 0, 2];
  return [];
}

for (const name of Object.getOwnPropertyNames(Buffer.prototype)) {
  const descriptor = Object.getOwnPropertyDescriptor(Buffer.prototype, name);
  if (name === 'constructor' || typeof descriptor.value !== 'function') continue;
  targets[`buf.${name}`] = [undefined, descriptor.value, {
    args: argumentsFor(name),
    fresh: () => Buffer.from('abcdefgh'),
  }];
}

// Every method and getter on a receiver that is not a Buffer (the binding must not be
// reached with one).
Object.assign(targets, badInput.receiversOf(Buffer.prototype, 'Buffer'));

badInput.check(__filename, targets);
