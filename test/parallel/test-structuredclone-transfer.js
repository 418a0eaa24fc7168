'use strict';
// structuredClone(value, { transfer }): transferred ArrayBuffers are detached and their
// memory (not a copy) moves to the clone. The transfer list is checked as node checks it.
require('../common');
const assert = require('assert');

// The memory moves: the source is detached, the clone has the bytes.
{
  const memory = new ArrayBuffer(8);
  const bytes = new Uint8Array(memory);
  bytes.set([1, 2, 3]);
  const copy = structuredClone({ memory, view: new Uint16Array(memory, 2, 2) }, { transfer: [memory] });
  assert.strictEqual(memory.byteLength, 0);
  assert.strictEqual(bytes.length, 0);
  assert.strictEqual(copy.memory.byteLength, 8);
  assert.deepStrictEqual([...new Uint8Array(copy.memory, 0, 3)], [1, 2, 3]);
  assert.strictEqual(copy.view.buffer, copy.memory);
  assert.strictEqual(copy.view.byteOffset, 2);
}

// A transferred buffer that the value does not mention is detached all the same.
{
  const unused = new ArrayBuffer(4);
  assert.strictEqual(structuredClone('value', { transfer: [unused] }), 'value');
  assert.strictEqual(unused.byteLength, 0);
}

// Transferring a view's buffer, and several buffers.
{
  const first = new Uint8Array([9, 8]);
  const second = new ArrayBuffer(3);
  const [firstCopy, secondCopy] = structuredClone([first, second], { transfer: [first.buffer, second] });
  assert.deepStrictEqual([...firstCopy], [9, 8]);
  assert.strictEqual(secondCopy.byteLength, 3);
  assert.strictEqual(first.length, 0);
  assert.strictEqual(second.byteLength, 0);
}

// Without transfer, buffers are copied and stay usable.
{
  const memory = new ArrayBuffer(4);
  const copy = structuredClone(memory);
  assert.strictEqual(memory.byteLength, 4);
  assert.notStrictEqual(copy, memory);
}

// The transfer list may be any iterable, or a dictionary holding one (as postMessage takes).
{
  const viaSet = new ArrayBuffer(1);
  structuredClone(0, { transfer: new Set([viaSet]) });
  assert.strictEqual(viaSet.byteLength, 0);

  const viaGenerator = new ArrayBuffer(1);
  structuredClone(0, { transfer: (function* generate() { yield viaGenerator; })() });
  assert.strictEqual(viaGenerator.byteLength, 0);

  const viaDictionary = new ArrayBuffer(1);
  structuredClone(0, { transfer: { transfer: [viaDictionary] } });
  assert.strictEqual(viaDictionary.byteLength, 0);

  // An array is read by index; its iterator does not matter.
  const viaArray = new ArrayBuffer(1);
  const list = [viaArray];
  list[Symbol.iterator] = function* nothing() {};
  structuredClone(0, { transfer: list });
  assert.strictEqual(viaArray.byteLength, 0);

  // An array-like object is a dictionary without `transfer`: nothing is transferred.
  const arrayLike = new ArrayBuffer(1);
  structuredClone(0, { transfer: { length: 1, 0: arrayLike } });
  assert.strictEqual(arrayLike.byteLength, 1);
}
for (const transfer of [undefined, null, [], {}, { transfer: undefined }]) {
  assert.strictEqual(structuredClone(5, { transfer }), 5);
}

// Invalid lists ---------------------------------------------------------------------------------
for (const transfer of [5, 'buffer', true, 0n, Symbol('s')]) {
  assert.throws(() => structuredClone(1, { transfer }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'Optional transferList argument must be an iterable',
  });
}
for (const inner of [null, 5, {}, 'x']) {
  assert.throws(() => structuredClone(1, { transfer: { transfer: inner } }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'Optional options.transfer argument must be an iterable',
  });
}
for (const item of [1, {}, null, undefined, new Uint8Array(1), new SharedArrayBuffer(1), () => {}]) {
  const untouched = new ArrayBuffer(2);
  assert.throws(() => structuredClone(untouched, { transfer: [untouched, item] }), {
    name: 'TypeError', code: 'ERR_INVALID_TRANSFER_OBJECT', message: 'Found invalid object in transferList',
  });
  assert.strictEqual(untouched.byteLength, 2);
}
assert.throws(() => structuredClone(1, { transfer: [, new ArrayBuffer(1)] }), { code: 'ERR_INVALID_TRANSFER_OBJECT' });
{
  const twice = new ArrayBuffer(2);
  assert.throws(() => structuredClone(twice, { transfer: [twice, twice] }), (error) => {
    assert.ok(error instanceof DOMException);
    assert.strictEqual(error.name, 'DataCloneError');
    assert.strictEqual(error.code, 25);
    assert.strictEqual(error.message, 'Transfer list contains duplicate ArrayBuffer');
    return true;
  });
  assert.strictEqual(twice.byteLength, 2);
}

// When cloning fails, nothing is detached.
{
  const kept = new ArrayBuffer(2);
  assert.throws(() => structuredClone({ kept, bad: () => {} }, { transfer: [kept] }), { name: 'DataCloneError' });
  assert.strictEqual(kept.byteLength, 2);
}

// Errors from the transfer list's own code propagate.
assert.throws(() => structuredClone(1, { get transfer() { throw new RangeError('getter'); } }), RangeError);
assert.throws(() => structuredClone(1, { transfer: { [Symbol.iterator]() { throw new RangeError('iterator'); } } }),
              { name: 'RangeError', message: 'iterator' });

// Detached buffers: cloning one fails; transferring one gives an empty buffer (as in node).
{
  const memory = new ArrayBuffer(4);
  structuredClone(memory, { transfer: [memory] });
  assert.throws(() => structuredClone(memory), {
    name: 'DataCloneError', message: 'An ArrayBuffer is detached and could not be cloned.',
  });
  assert.strictEqual(structuredClone(memory, { transfer: [memory] }).byteLength, 0);
}
