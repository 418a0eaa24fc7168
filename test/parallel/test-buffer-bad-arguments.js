'use strict';
// Every Buffer method with odd receivers and odd arguments: each call returns or throws, and
// nothing brings the process down (the byte work is native code that must never be handed
// an unchecked range).
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');
const buffer = require('buffer');

process.noDeprecation = true;

const receivers = () => [
  Buffer.from('abcdefgh'), Buffer.alloc(0), Buffer.from('xyz').subarray(1), new Uint8Array(5), new Uint16Array(3),
  new Float64Array(2), new DataView(new ArrayBuffer(4)), new ArrayBuffer(4), {}, { length: 100 },
  Object.create(Buffer.prototype), [1, 2, 3], 'string', 5, undefined,
];
const argumentLists = [
  [], ['a'], ['a', 0], [1, 2, 3], [-1], [-1, -1], [NaN, NaN, NaN], [2 ** 40], [2 ** 53, 2 ** 53], [Infinity, -Infinity],
  ['x', 'y', 'z'], [{}, {}, {}], [Buffer.alloc(2), 1, 2], ['ab', 1, 1, 'hex'], ['ab', 'base64'], [0, 0, 100, 'ucs2'],
  [Buffer.from('ab'), -100, 'ucs2'], [new Uint16Array(2), 1], [null, null, null], ['\ud800', 3, 2],
  [{ length: -1 }], [Buffer.alloc(10), 2 ** 32, 2 ** 32 + 1, 5], [Buffer.alloc(10), 0, 5, 2 ** 32], [7, 1.5, 2.5],
  ['YQ==', 0, 2 ** 31, 'base64url'], [2 ** 31, 2 ** 31], [-(2 ** 31), -(2 ** 31) - 1],
];

let calls = 0;
function attempt(fn, receiver, args) {
  calls++;
  try {
    fn.apply(receiver, args);
  } catch {
    // Any JS exception is an acceptable answer.
  }
}

const methods = Object.getOwnPropertyNames(Buffer.prototype)
  .filter((name) => name !== 'constructor' && typeof Object.getOwnPropertyDescriptor(Buffer.prototype, name).value === 'function');
for (const name of methods) {
  for (const receiver of receivers()) {
    for (const args of argumentLists) attempt(Buffer.prototype[name], receiver, args);
  }
}
for (const name of ['parent', 'offset']) {
  for (const receiver of receivers()) attempt(Object.getOwnPropertyDescriptor(Buffer.prototype, name).get, receiver, []);
}

const statics = ['from', 'of', 'alloc', 'allocUnsafe', 'allocUnsafeSlow', 'isBuffer', 'compare', 'isEncoding',
                 'concat', 'byteLength', 'copyBytesFrom'];
for (const name of statics) {
  for (const first of receivers()) {
    for (const args of argumentLists) attempt(Buffer[name], Buffer, [first, ...args]);
  }
}
for (const fn of [buffer.transcode, buffer.isUtf8, buffer.isAscii, buffer.atob, buffer.btoa, buffer.SlowBuffer]) {
  for (const first of receivers()) {
    for (const args of argumentLists) attempt(fn, undefined, [first, ...args]);
  }
}

// A pool size that is not a size.
const savedPoolSize = Buffer.poolSize;
for (const size of [-1, 'x', NaN, 0, 1, 7, 2 ** 40, Infinity, 1.5]) {
  Buffer.poolSize = size;
  for (const action of [() => Buffer.allocUnsafe(10), () => Buffer.from('abc'), () => Buffer.from([1, 2]),
                        () => Buffer.concat([Buffer.from('a')]), () => Buffer.from('a'.repeat(100), 'hex')]) {
    attempt(action, undefined, []);
  }
}
Buffer.poolSize = savedPoolSize;
assert.strictEqual(Buffer.from('still fine').toString(), 'still fine');

// The decoders.
for (const receiver of [...receivers(), new StringDecoder('utf16le')]) {
  for (const name of ['write', 'end', 'text']) {
    for (const args of argumentLists) attempt(StringDecoder.prototype[name], receiver, args);
  }
}
for (const receiver of [...receivers(), new TextDecoder(), new TextDecoder('utf-16le', { fatal: true })]) {
  for (const args of argumentLists) attempt(TextDecoder.prototype.decode, receiver, args);
}
for (const receiver of [...receivers(), new TextEncoder()]) {
  for (const args of argumentLists) {
    attempt(TextEncoder.prototype.encode, receiver, args);
    attempt(TextEncoder.prototype.encodeInto, receiver, args);
  }
}
assert.ok(calls > 10000);
