'use strict';
// stream/web: what it exports, the matching globals, and the shape of each class (which
// members are enumerable accessors or methods, constructor lengths, illegal constructors).
const common = require('../common');
const assert = require('assert');
const web = require('stream/web');

const classes = [
  'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
  'TransformStream', 'TransformStreamDefaultController', 'WritableStream',
  'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'ByteLengthQueuingStrategy',
  'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream',
];

for (const name of classes) {
  assert.strictEqual(typeof web[name], 'function', name);
  assert.strictEqual(web[name].name, name);
  // The global is the same class, installed like node's other web globals.
  assert.strictEqual(globalThis[name], web[name], name);
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(descriptor.enumerable, false, name);
  assert.strictEqual(descriptor.configurable, true, name);
  assert.strictEqual(descriptor.writable, true, name);
}
// Node also has CompressionStream and DecompressionStream, which lode does not have yet.
const withoutCompression = Object.keys(web)
  .filter((key) => key !== 'CompressionStream' && key !== 'DecompressionStream');
assert.deepStrictEqual(withoutCompression, classes);
assert.strictEqual(require('node:stream/web'), web);

// Members: `get` for accessors, `value` for methods; `+enum` when enumerable.
function shape(Class) {
  const descriptors = Object.getOwnPropertyDescriptors(Class.prototype);
  return Reflect.ownKeys(descriptors)
    .filter((key) => key !== 'constructor' &&
      (typeof key === 'string' || key === Symbol.asyncIterator || key === Symbol.toStringTag))
    .map((key) => {
      const descriptor = descriptors[key];
      return `${String(key)}:${descriptor.get ? 'get' : 'value'}${descriptor.enumerable ? '+enum' : ''}`;
    })
    .join(' ');
}

const expectedShapes = {
  ReadableStream: ['locked:get+enum cancel:value+enum getReader:value+enum pipeThrough:value+enum ' +
    'pipeTo:value+enum tee:value+enum values:value+enum Symbol(Symbol.asyncIterator):value ' +
    'Symbol(Symbol.toStringTag):value', 0],
  ReadableStreamDefaultReader: ['read:value+enum releaseLock:value+enum closed:get+enum ' +
    'cancel:value+enum Symbol(Symbol.toStringTag):value', 1],
  ReadableStreamBYOBReader: ['read:value+enum releaseLock:value+enum closed:get+enum ' +
    'cancel:value+enum Symbol(Symbol.toStringTag):value', 1],
  ReadableStreamBYOBRequest: ['view:get+enum respond:value+enum respondWithNewView:value+enum ' +
    'Symbol(Symbol.toStringTag):value', 0],
  ReadableByteStreamController: ['byobRequest:get+enum desiredSize:get+enum close:value+enum ' +
    'enqueue:value+enum error:value+enum Symbol(Symbol.toStringTag):value', 0],
  ReadableStreamDefaultController: ['desiredSize:get+enum close:value+enum enqueue:value+enum ' +
    'error:value+enum Symbol(Symbol.toStringTag):value', 0],
  TransformStream: ['readable:get+enum writable:get+enum Symbol(Symbol.toStringTag):value', 0],
  TransformStreamDefaultController: ['desiredSize:get+enum enqueue:value+enum error:value+enum ' +
    'terminate:value+enum Symbol(Symbol.toStringTag):value', 0],
  WritableStream: ['locked:get+enum abort:value+enum close:value+enum getWriter:value+enum ' +
    'Symbol(Symbol.toStringTag):value', 0],
  WritableStreamDefaultWriter: ['closed:get+enum desiredSize:get+enum ready:get+enum ' +
    'abort:value+enum close:value+enum releaseLock:value+enum write:value+enum ' +
    'Symbol(Symbol.toStringTag):value', 1],
  WritableStreamDefaultController: ['signal:get+enum error:value+enum ' +
    'Symbol(Symbol.toStringTag):value', 0],
  ByteLengthQueuingStrategy: ['highWaterMark:get+enum size:get+enum Symbol(Symbol.toStringTag):value', 1],
  CountQueuingStrategy: ['highWaterMark:get+enum size:get+enum Symbol(Symbol.toStringTag):value', 1],
  TextEncoderStream: ['encoding:get+enum readable:get+enum writable:get+enum', 0],
  TextDecoderStream: ['encoding:get+enum fatal:get+enum ignoreBOM:get+enum readable:get+enum ' +
    'writable:get+enum', 0],
};
for (const [name, [expected, length]] of Object.entries(expectedShapes)) {
  assert.strictEqual(shape(web[name]), expected, name);
  assert.strictEqual(web[name].length, length, name);
  const tag = Object.getOwnPropertyDescriptor(web[name].prototype, Symbol.toStringTag);
  if (tag) assert.deepStrictEqual([tag.value, tag.writable, tag.enumerable, tag.configurable], [name, false, false, true]);
}

// The async iterator is values(); from() is an enumerable static method.
assert.strictEqual(ReadableStream.prototype[Symbol.asyncIterator], ReadableStream.prototype.values);
assert.deepStrictEqual(Object.keys(ReadableStream), ['from']);
assert.strictEqual(ReadableStream.from.name, 'from');
assert.strictEqual(Object.prototype.toString.call(new ReadableStream()), '[object ReadableStream]');
assert.strictEqual(Object.prototype.toString.call(new TextEncoderStream()), '[object Object]');

// Controllers and BYOB requests only come from streams.
for (const name of ['ReadableStreamBYOBRequest', 'ReadableByteStreamController',
                    'ReadableStreamDefaultController', 'TransformStreamDefaultController',
                    'WritableStreamDefaultController']) {
  assert.throws(() => new web[name](), {
    name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor',
  });
}

// Classes cannot be called without new.
for (const name of classes) assert.throws(() => web[name](), TypeError);

// The readers and writer can be built from their constructors, like getReader()/getWriter().
{
  const stream = new ReadableStream();
  const reader = new ReadableStreamDefaultReader(stream);
  assert.strictEqual(stream.locked, true);
  assert.ok(reader instanceof ReadableStreamDefaultReader);
  const bytes = new ReadableStream({ type: 'bytes' });
  assert.ok(new ReadableStreamBYOBReader(bytes) instanceof ReadableStreamBYOBReader);
  const writable = new WritableStream();
  assert.ok(new WritableStreamDefaultWriter(writable) instanceof WritableStreamDefaultWriter);
  assert.strictEqual(writable.locked, true);
}

// Objects handed out internally are instances of the public classes.
new ReadableStream({ start: common.mustCall((controller) => {
  assert.ok(controller instanceof ReadableStreamDefaultController);
}) });
new ReadableStream({ type: 'bytes', start: common.mustCall((controller) => {
  assert.ok(controller instanceof ReadableByteStreamController);
}) });
new WritableStream({ start: common.mustCall((controller) => {
  assert.ok(controller instanceof WritableStreamDefaultController);
}) });
{
  const transform = new TransformStream({ start: common.mustCall((controller) => {
    assert.ok(controller instanceof TransformStreamDefaultController);
  }) });
  assert.ok(transform.readable instanceof ReadableStream);
  assert.ok(transform.writable instanceof WritableStream);
  const [branch1, branch2] = new ReadableStream().tee();
  assert.ok(branch1 instanceof ReadableStream && branch2 instanceof ReadableStream);
  assert.ok(ReadableStream.from([]) instanceof ReadableStream);
}
