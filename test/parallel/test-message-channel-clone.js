'use strict';
// Messages are structured clones: the types the HTML algorithm knows survive, objects are
// copies, cycles and shared references are kept; errors keep type, message and stack.
require('../common');
const assert = require('assert');
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
function roundTrip(value) {
  port1.postMessage(value);
  return receiveMessageOnPort(port2).message;
}

const original = { a: [1, 2, { b: 'c' }] };
const copy = roundTrip(original);
assert.deepStrictEqual(copy, original);
assert.notStrictEqual(copy, original);
assert.notStrictEqual(copy.a, original.a);

for (const value of [0, -0, NaN, Infinity, 'text', '', true, false, null, undefined, 12n ** 30n]) {
  assert.ok(Object.is(roundTrip(value), value), String(value));
}

assert.deepStrictEqual(roundTrip(new Map([[1, { x: 1 }], ['k', [2]]])), new Map([[1, { x: 1 }], ['k', [2]]]));
assert.deepStrictEqual(roundTrip(new Set([1, 'a', null])), new Set([1, 'a', null]));
assert.deepStrictEqual(roundTrip(new Date(1234567890)), new Date(1234567890));
const regexp = roundTrip(/ab+c/gi);
assert.strictEqual(regexp.source, 'ab+c');
assert.strictEqual(regexp.flags, 'gi');
assert.deepStrictEqual(roundTrip(new Uint16Array([1, 2, 65535])), new Uint16Array([1, 2, 65535]));
assert.deepStrictEqual(roundTrip(new Float64Array([0.5, -1])), new Float64Array([0.5, -1]));
const view = roundTrip(new DataView(new ArrayBuffer(4), 1, 2));
assert.ok(view instanceof DataView);
assert.strictEqual(view.byteLength, 2);
assert.strictEqual(view.byteOffset, 1);
assert.deepStrictEqual(roundTrip(Object(5)), Object(5));
assert.deepStrictEqual(roundTrip(Object('s')), Object('s'));

// Class instances arrive as plain objects with their own enumerable data.
class Point {
  constructor() { this.x = 1; this.y = 2; }
  get sum() { return this.x + this.y; }
}
const point = roundTrip(new Point());
assert.strictEqual(Object.getPrototypeOf(point), Object.prototype);
assert.deepStrictEqual(point, { x: 1, y: 2 });

// Cycles and shared references.
const shared = { name: 'shared' };
const cyclic = { left: shared, right: shared };
cyclic.self = cyclic;
const cloned = roundTrip(cyclic);
assert.strictEqual(cloned.self, cloned);
assert.strictEqual(cloned.left, cloned.right);

// Errors.
for (const Type of [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError]) {
  const error = new Type('message of the error');
  const result = roundTrip(error);
  assert.ok(result instanceof Type, Type.name);
  assert.strictEqual(result.message, 'message of the error');
  assert.strictEqual(result.stack, error.stack);
}

// A SharedArrayBuffer is shared, not copied.
const sab = new SharedArrayBuffer(8);
const sharedView = new Int32Array(roundTrip(sab));
new Int32Array(sab)[1] = 42;
assert.strictEqual(sharedView[1], 42);

// A compiled WebAssembly module travels too.
const wasmModule = new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
assert.ok(roundTrip(wasmModule) instanceof WebAssembly.Module);

port1.close();
