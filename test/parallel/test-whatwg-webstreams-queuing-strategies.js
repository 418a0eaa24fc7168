'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy: construction, the shared size
// functions, and how streams use them.
require('../common');
const assert = require('assert');

for (const Strategy of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
  const strategy = new Strategy({ highWaterMark: 4 });
  assert.strictEqual(strategy.highWaterMark, 4);
  assert.deepStrictEqual(Object.keys(strategy), []);
  // One size function for every instance, named size.
  assert.strictEqual(strategy.size, new Strategy({ highWaterMark: 1 }).size);
  assert.strictEqual(strategy.size.name, 'size');
  assert.strictEqual(Object.prototype.toString.call(strategy), `[object ${Strategy.name}]`);

  // highWaterMark is converted to a number but not checked here.
  assert.strictEqual(new Strategy({ highWaterMark: '5' }).highWaterMark, 5);
  assert.strictEqual(new Strategy({ highWaterMark: -1 }).highWaterMark, -1);
  assert.strictEqual(new Strategy({ highWaterMark: null }).highWaterMark, 0);
  assert.ok(Number.isNaN(new Strategy({ highWaterMark: 'x' }).highWaterMark));
  assert.strictEqual(new Strategy({ highWaterMark: { valueOf() { return 3; } } }).highWaterMark, 3);
  assert.throws(() => new Strategy({ highWaterMark: 1n }), TypeError);

  assert.throws(() => new Strategy(), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "init" argument must be of type object. Received undefined',
  });
  assert.throws(() => new Strategy(null), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new Strategy(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "init" argument must be of type object. Received type number (1)',
  });
  for (const init of [{}, { highWaterMark: undefined }]) {
    assert.throws(() => new Strategy(init), {
      name: 'TypeError',
      code: 'ERR_MISSING_OPTION',
      message: 'init.highWaterMark is required',
    });
  }

  for (const name of ['highWaterMark', 'size']) {
    const getter = Object.getOwnPropertyDescriptor(Strategy.prototype, name).get;
    assert.throws(() => getter.call({}), {
      name: 'TypeError',
      code: 'ERR_INVALID_THIS',
      message: `Value of "this" must be of type ${Strategy.name}`,
    });
  }
}

{
  const { size } = new ByteLengthQueuingStrategy({ highWaterMark: 1 });
  assert.strictEqual(size.length, 1);
  assert.strictEqual(size({ byteLength: 7 }), 7);
  assert.strictEqual(size(new Uint8Array(5)), 5);
  assert.strictEqual(size.call(undefined, new ArrayBuffer(3)), 3);
  assert.throws(() => size(), TypeError);
}

{
  const { size } = new CountQueuingStrategy({ highWaterMark: 1 });
  assert.strictEqual(size.length, 0);
  assert.strictEqual(size(), 1);
  assert.strictEqual(size('anything', 2), 1);
}

// Streams read the strategies' highWaterMark and size.
{
  let controller;
  new ReadableStream({ start(c) { controller = c; } }, new ByteLengthQueuingStrategy({ highWaterMark: 10 }));
  assert.strictEqual(controller.desiredSize, 10);
  controller.enqueue(new Uint8Array(4));
  assert.strictEqual(controller.desiredSize, 6);
  controller.enqueue(new Uint8Array(8));
  assert.strictEqual(controller.desiredSize, -2);
}
{
  const writer = new WritableStream({}, new CountQueuingStrategy({ highWaterMark: 3 })).getWriter();
  assert.strictEqual(writer.desiredSize, 3);
  writer.write('a');
  writer.write('b');
  assert.strictEqual(writer.desiredSize, 1);
}

// A plain object works as a strategy too; its size is called without a `this`.
{
  let controller;
  const seen = [];
  new ReadableStream({ start(c) { controller = c; } }, {
    highWaterMark: 5,
    size(chunk) {
      'use strict';
      seen.push(this, chunk);
      return chunk.length;
    },
  });
  controller.enqueue('abc');
  assert.deepStrictEqual(seen, [undefined, 'abc']);
  assert.strictEqual(controller.desiredSize, 2);
}
