'use strict';
// v8.serialize() writes node's exact bytes (format version 15, typed arrays and Buffers as
// node's host objects), and v8.deserialize() reads what node wrote: data moves between lode
// and node. The hex strings were produced by node 20.
require('../common');
const assert = require('assert');
const v8 = require('v8');

function sparseArray() {
  const array = [];
  array[100] = 1;
  return array;
}

// Errors carry their stack; a fixed one keeps the bytes stable.
function error(Ctor, message, options) {
  const value = new Ctor(message, options);
  value.stack = `${Ctor.name}: ${message}\n    at fixture (fixture.js:1:1)`;
  return value;
}

const values = [
  ['small integer', 1,
   'ff0f4902'],
  ['negative integer', -5,
   'ff0f4909'],
  ['integer beyond int32', 2 ** 40,
   'ff0f4e0000000000007042'],
  ['double', 1.5,
   'ff0f4e000000000000f83f'],
  ['NaN', NaN,
   'ff0f4e000000000000f87f'],
  ['negative zero', -0,
   'ff0f4e0000000000000080'],
  ['one-byte string', 'abc',
   'ff0f2203616263'],
  ['two-byte string', 'héllo\u{1F600}',
   'ff0f630e6800e9006c006c006f003dd800de'],
  ['empty string', '',
   'ff0f2200'],
  ['true', true,
   'ff0f54'],
  ['false', false,
   'ff0f46'],
  ['null', null,
   'ff0f30'],
  ['undefined', undefined,
   'ff0f5f'],
  ['bigint', -(2n ** 70n),
   'ff0f5a2100000000000000004000000000000000'],
  ['array with a hole', [1, , 'x'],
   'ff0f6103490049024904220178400203'],
  ['nested object', { a: 1, b: { c: [] } },
   'ff0f6f22016149022201626f22016341002400007b017b02'],
  ['date', new Date(1e12),
   'ff0f44000000a2941a6d42'],
  ['regexp', /a.b/gimsuy,
   'ff0f522203612e623f'],
  ['map', new Map([[1, 'a'], ['b', {}]]),
   'ff0f3b49022201612201626f7b003a04'],
  ['set', new Set([1, 'x']),
   'ff0f2749022201782c02'],
  ['boxed primitives', [Object(1), Object('s'), Object(false), Object(3n)],
   'ff0f41046e000000000000f03f73220173787a100300000000000000240004'],
  ['ArrayBuffer', new ArrayBuffer(3),
   'ff0f4203000000'],
  ['Buffer', Buffer.from('hello'),
   'ff0f5c0a0568656c6c6f'],
  ['Uint8Array', new Uint8Array([1, 2]),
   'ff0f5c01020102'],
  ['Int16Array', new Int16Array([-1, 2]),
   'ff0f5c0304ffff0200'],
  ['Float64Array', new Float64Array([0.5]),
   'ff0f5c0808000000000000e03f'],
  ['DataView', new DataView(new Uint8Array([7, 8]).buffer),
   'ff0f5c09020708'],
  ['BigInt64Array', new BigInt64Array([-1n]),
   'ff0f5c0b08ffffffffffffffff'],
  ['BigUint64Array', new BigUint64Array([1n]),
   'ff0f5c0c080100000000000000'],
  ['Uint8ClampedArray', new Uint8ClampedArray([255]),
   'ff0f5c0201ff'],
  ['Uint16Array view', new Uint16Array([1, 2, 3, 4]).subarray(1, 3),
   'ff0f5c040402000300'],
  ['Int8Array', new Int8Array([-1]),
   'ff0f5c0001ff'],
  ['Int32Array', new Int32Array([-7]),
   'ff0f5c0504f9ffffff'],
  ['Uint32Array', new Uint32Array([7]),
   'ff0f5c060407000000'],
  ['Float32Array', new Float32Array([1.25]),
   'ff0f5c07040000a03f'],
  ['sparse array', sparseArray(),
   'ff0f616549c8014902400165'],
  ['array with properties', Object.assign([1], { k: 'v' }),
   'ff0f4101490222016b220176240101'],
  ['numeric keys', { 1: 'a', '-1': 'b', 4294967295: 'c' },
   'ff0f6f490222016122022d31220162220a343239343936373239352201637b03'],
];

const errors = [
  ['Error', error(Error, 'boom'),
   'ff0f726d2204626f6f6d73222b4572726f723a20626f6f6d0a20202020617420666978747572652028666978747572652e6a733a313a31292e'],
  ['RangeError', error(RangeError, 'range'),
   'ff0f72526d220572616e676573223152616e67654572726f723a2072616e67650a20202020617420666978747572652028666978747572652e6a733a313a31292e'],
  ['TypeError', error(TypeError, 't', { cause: 'why' }),
   'ff0f72546d22017463220377687973222c547970654572726f723a20740a20202020617420666978747572652028666978747572652e6a733a313a31292e'],
  ['SyntaxError', error(SyntaxError, ''),
   'ff0f72536d220073222d53796e7461784572726f723a200a20202020617420666978747572652028666978747572652e6a733a313a31292e'],
  ['ReferenceError', error(ReferenceError, 'r'),
   'ff0f72466d2201727322315265666572656e63654572726f723a20720a20202020617420666978747572652028666978747572652e6a733a313a31292e'],
  ['EvalError', error(EvalError, 'e'),
   'ff0f72456d22016573222c4576616c4572726f723a20650a20202020617420666978747572652028666978747572652e6a733a313a31292e'],
  ['URIError', error(URIError, 'u'),
   'ff0f72556d22017573222b5552494572726f723a20750a20202020617420666978747572652028666978747572652e6a733a313a31292e'],
];

for (const [name, value, hex] of [...values, ...errors]) {
  assert.strictEqual(v8.serialize(value).toString('hex'), hex, `serialize(${name})`);
}

for (const [name, value, hex] of values) {
  const copy = v8.deserialize(Buffer.from(hex, 'hex'));
  assert.deepStrictEqual(copy, value, `deserialize(${name})`);
  if (typeof value === 'object' && value !== null) {
    assert.strictEqual(Object.getPrototypeOf(copy), Object.getPrototypeOf(value), `prototype of ${name}`);
  }
}

for (const [name, value, hex] of errors) {
  const copy = v8.deserialize(Buffer.from(hex, 'hex'));
  assert.strictEqual(Object.getPrototypeOf(copy), Object.getPrototypeOf(value), name);
  assert.strictEqual(copy.message, value.message, name);
  assert.strictEqual(copy.stack, value.stack, name);
  assert.strictEqual(copy.cause, value.cause, name);
  assert.strictEqual(Object.hasOwn(copy, 'cause'), Object.hasOwn(value, 'cause'), name);
}

// The header: 0xff, then the format version as a varint.
assert.deepStrictEqual([...v8.serialize(null).subarray(0, 2)], [0xff, 15]);

// Version 14 data (written by older node releases) is still read.
assert.strictEqual(v8.deserialize(Buffer.from('ff0e4902', 'hex')), 1);
