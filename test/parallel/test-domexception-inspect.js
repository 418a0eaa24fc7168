'use strict';
// util.inspect() of a DOMException: the stack, with the constructor and name in front.
require('../common');
const assert = require('assert');
const util = require('util');

function firstLine(value) {
  return util.inspect(value).split('\n')[0];
}

assert.strictEqual(firstLine(new DOMException('m', 'AbortError')), 'DOMException [AbortError]: m');
assert.strictEqual(firstLine(new DOMException('m')), 'DOMException [Error]: m');
assert.strictEqual(firstLine(new DOMException()), 'DOMException [Error]');
assert.strictEqual(firstLine(AbortSignal.abort().reason),
                   'DOMException [AbortError]: This operation was aborted');

class Custom extends DOMException {
  constructor() { super('sub', 'NotFoundError'); }
}
assert.strictEqual(firstLine(new Custom()), 'Custom [DOMException] [NotFoundError]: sub');

const withCause = new DOMException('outer', { name: 'DataCloneError', cause: 'inner' });
const shown = util.inspect(withCause);
assert.match(shown, /^DOMException \[DataCloneError\]: outer\n {4}at /);
assert.match(shown, /\{\n {2}\[cause\]: 'inner'\n\}$/);
