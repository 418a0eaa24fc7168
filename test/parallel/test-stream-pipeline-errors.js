'use strict';
// pipeline() argument errors.
const common = require('../common');
const assert = require('assert');
const { pipeline, Readable, Writable } = require('stream');

assert.throws(() => pipeline(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "streams[stream.length - 1]" property must be of type function. Received undefined',
});
assert.throws(() => pipeline(Readable.from([1]), common.mustNotCall()), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "streams" argument must be specified',
});
assert.throws(() => pipeline([Readable.from([1])], common.mustNotCall()), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => pipeline(() => 42, new Writable(), common.mustNotCall()), {
  code: 'ERR_INVALID_RETURN_VALUE',
  message: 'Expected Iterable, AsyncIterable or Stream to be returned from the "source" ' +
           'function but got type number (42).',
});
assert.throws(() => pipeline(Readable.from([1]), () => 42, new Writable(), common.mustNotCall()), {
  code: 'ERR_INVALID_RETURN_VALUE',
  message: 'Expected AsyncIterable to be returned from the "transform[0]" function but got type number (42).',
});
assert.throws(() => pipeline(Readable.from([1]), () => 42, common.mustNotCall()), {
  code: 'ERR_INVALID_RETURN_VALUE',
  message: 'Expected AsyncIterable or Promise to be returned from the "destination" function ' +
           'but got type number (42).',
});

// An array of streams works like separate arguments.
const chunks = [];
pipeline([Readable.from(['a', 'b']), new Writable({
  objectMode: true,
  write(chunk, encoding, cb) {
    chunks.push(chunk);
    cb();
  },
})], common.mustSucceed(() => {
  assert.deepStrictEqual(chunks, ['a', 'b']);
}));
