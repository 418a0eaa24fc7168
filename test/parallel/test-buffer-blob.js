'use strict';
// Blob: parts, type, endings, size, slice, text/arrayBuffer/bytes, inspection, errors.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const { Blob } = require('buffer');

assert.strictEqual(globalThis.Blob, Blob);
assert.strictEqual(Blob.length, 0);
assert.strictEqual(util.inspect(new Blob()), "Blob { size: 0, type: '' }");
assert.strictEqual(new Blob([1, {}]).size, 16);
assert.strictEqual(new Blob(['\u00e9', new Uint8Array(2), new ArrayBuffer(3), new DataView(new ArrayBuffer(1)),
                             new Blob(['ab'])]).size, 10);
assert.strictEqual(new Blob(new Set(['ab'])).size, 2);
assert.strictEqual(new Blob({ *[Symbol.iterator]() { yield 'x'; } }).size, 1);
assert.strictEqual(new Blob(['\ud800']).size, 3);
assert.strictEqual(new Blob(['a\nb\r\nc\r'], { endings: 'native' }).size, 6);
assert.strictEqual(new Blob(['a\nb\r\nc\r'], { endings: 'transparent' }).size, 7);
assert.strictEqual(new Blob([], null).size, 0);

// The type: lowercased; '' when it has characters outside U+0020..U+007E.
const types = [['Text/HTML', 'text/html'], ['a\u0100', ''], ['a\u0019', ''], [5, '5'], [null, 'null'], [undefined, '']];
for (const [type, expected] of types) assert.strictEqual(new Blob([], { type }).type, expected);

for (const [sources, shown] of [[5, 'type number (5)'], ['ab', "type string ('ab')"], [{}, 'an instance of Object'],
                                [null, 'null']]) {
  assert.throws(() => new Blob(sources), {
    code: 'ERR_INVALID_ARG_TYPE', message: `The "sources" argument must be a sequence. Received ${shown}`,
  });
}
assert.throws(() => new Blob([], 5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be a dictionary. Received type number (5)',
});
assert.throws(() => new Blob([], { endings: 'bad' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.endings' is invalid. Received 'bad'",
});
assert.throws(() => Blob(), TypeError);

// Parts are copied when the blob is made.
const part = new Uint8Array([97]);
const copied = new Blob([part]);
part[0] = 98;
copied.text().then(common.mustCall((text) => assert.strictEqual(text, 'a')));

const blob = new Blob(['hello world'], { type: 'text/plain' });
assert.strictEqual(util.inspect(blob), "Blob { size: 11, type: 'text/plain' }");
assert.strictEqual(util.inspect({ a: { b: { c: blob } } }), '{ a: { b: { c: [Blob] } } }');
assert.strictEqual(util.inspect([blob]), "[ Blob { size: 11, type: 'text/plain' } ]");
assert.strictEqual(Object.prototype.toString.call(blob), '[object Blob]');

// slice(start, end, type): negative positions count from the end; the type is normalized.
const sizes = [[[6], 5], [[-5, -1], 4], [[3, 1], 0], [['1', '3'], 2], [[undefined, Infinity], 11],
               [[-Infinity], 11], [[100], 0], [[0, 5], 5]];
for (const [args, size] of sizes) assert.strictEqual(blob.slice(...args).size, size, String(args));
assert.strictEqual(blob.slice(0, 5, 'X/Y').type, 'x/y');
assert.strictEqual(blob.slice(0, 5).type, '');
assert.strictEqual(blob.slice(0, 1, 5).type, '5');
assert.ok(blob.slice() instanceof Blob);

blob.text().then(common.mustCall((text) => assert.strictEqual(text, 'hello world')));
blob.slice(6).arrayBuffer().then(common.mustCall((buffer) => {
  assert.ok(buffer instanceof ArrayBuffer);
  assert.deepStrictEqual(Buffer.from(buffer), Buffer.from('world'));
}));
blob.slice(-5, -2).text().then(common.mustCall((text) => assert.strictEqual(text, 'wor')));
blob.bytes().then(common.mustCall((bytes) => {
  assert.ok(bytes instanceof Uint8Array);
  assert.strictEqual(Buffer.from(bytes).toString(), 'hello world');
}));
// text() decodes UTF-8, dropping a byte order mark.
new Blob([Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xff])]).text().then(common.mustCall((text) => {
  assert.strictEqual(text, 'a\ufffd');
}));

// The prototype: enumerable accessors and methods that check their receiver.
assert.deepStrictEqual(Object.keys(Blob.prototype).filter((key) => key !== 'stream'),
                       ['type', 'size', 'slice', 'arrayBuffer', 'text']);
assert.throws(() => Blob.prototype.size, { code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Blob' });
assert.throws(() => Blob.prototype.slice.call({}), { code: 'ERR_INVALID_THIS' });
Blob.prototype.text.call({}).then(common.mustNotCall(), common.mustCall((error) => {
  assert.strictEqual(error.code, 'ERR_INVALID_THIS');
}));

// Shared memory is copied into a plain ArrayBuffer.
const shared = new Uint8Array(new SharedArrayBuffer(2));
shared[0] = 0x61;
new Blob([shared, shared.buffer]).arrayBuffer().then(common.mustCall((result) => {
  assert.strictEqual(Object.prototype.toString.call(result), '[object ArrayBuffer]');
  assert.deepStrictEqual([...new Uint8Array(result)], [0x61, 0, 0x61, 0]);
}));
