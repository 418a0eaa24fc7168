'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy (Streams Standard §7). Their size
// functions are shared by all instances, as the standard requires.

const {
  codes: { ERR_INVALID_THIS, ERR_MISSING_OPTION },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { kEnumerableProperty } = require('internal/util');
const { kState, customInspect } = require('internal/webstreams/util');

// Reads init.highWaterMark (converted to a number, not range-checked: the stream
// constructors do that when the strategy is used).
function readHighWaterMark(init) {
  validateObject(init, 'init', { allowArray: true, allowFunction: true });
  const value = init.highWaterMark;
  if (value === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return +value;
}

const byteLengthSize = { size(chunk) { return chunk.byteLength; } }.size;
const countSize = { size() { return 1; } }.size;

class ByteLengthQueuingStrategy {
  constructor(init) {
    this[kState] = { kind: 'ByteLengthQueuingStrategy', highWaterMark: readHighWaterMark(init) };
  }

  get highWaterMark() {
    return checkThis(this, 'ByteLengthQueuingStrategy').highWaterMark;
  }

  get size() {
    checkThis(this, 'ByteLengthQueuingStrategy');
    return byteLengthSize;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(depth, options, 'ByteLengthQueuingStrategy',
                         { highWaterMark: this.highWaterMark });
  }
}

class CountQueuingStrategy {
  constructor(init) {
    this[kState] = { kind: 'CountQueuingStrategy', highWaterMark: readHighWaterMark(init) };
  }

  get highWaterMark() {
    return checkThis(this, 'CountQueuingStrategy').highWaterMark;
  }

  get size() {
    checkThis(this, 'CountQueuingStrategy');
    return countSize;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(depth, options, 'CountQueuingStrategy',
                         { highWaterMark: this.highWaterMark });
  }
}

function checkThis(object, kind) {
  const state = object?.[kState];
  if (state?.kind !== kind) throw new ERR_INVALID_THIS(kind);
  return state;
}

for (const Class of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
  Object.defineProperties(Class.prototype, {
    highWaterMark: kEnumerableProperty,
    size: kEnumerableProperty,
    [Symbol.toStringTag]: { value: Class.name, configurable: true },
  });
}

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
