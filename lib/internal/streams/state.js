'use strict';
// What ReadableState and WritableState share: the high-water-mark defaults and checks, and the
// layout of the flag word both keep their booleans in. The flags common to both sides sit in
// the low bits so that destroy/construct can work on either state without asking which it is;
// each side numbers its own flags from kFirstSideBit up.

const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateInteger } = require('internal/validators');

const kState = Symbol('kState');
// WritableState's check that nothing is queued, corked, in flight or ending (net's direct writes).
const kWritableIdle = Symbol('kWritableIdle');
// A state's hook run once the stream's _construct() succeeded: restarts the reading or writing
// that waited for it.
const kOnConstructed = Symbol('kOnConstructed');

const kObjectMode = 1 << 0;
const kConstructed = 1 << 1;
const kSync = 1 << 2;
const kDestroyed = 1 << 3;
const kClosed = 1 << 4;
const kCloseEmitted = 1 << 5;
const kErrorEmitted = 1 << 6;
const kEmitClose = 1 << 7;
const kAutoDestroy = 1 << 8;
const kEnded = 1 << 9;
const kFirstSideBit = 10;

let defaultByteHighWaterMark = 16 * 1024;
let defaultObjectHighWaterMark = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjectHighWaterMark : defaultByteHighWaterMark;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) defaultObjectHighWaterMark = value;
  else defaultByteHighWaterMark = value;
}

// A plain `highWaterMark` applies to both sides of a duplex; `sideOption` (readableHighWaterMark
// or writableHighWaterMark) only when it is absent. Errors name the side option for duplexes.
function getHighWaterMark(state, options, sideOption, isDuplex) {
  let value = options.highWaterMark;
  if (value == null && isDuplex) value = options[sideOption];
  if (value == null) return getDefaultHighWaterMark(state.objectMode);
  if (!Number.isInteger(value) || value < 0) {
    throw new ERR_INVALID_ARG_VALUE(isDuplex ? `options.${sideOption}` : 'options.highWaterMark', value);
  }
  return Math.floor(value);
}

// Gives a state prototype one boolean accessor per flag, for the code outside (and the old
// packages) that reads `_readableState.ended` and friends by name.
function defineFlagAccessors(proto, flags) {
  for (const name of Object.keys(flags)) {
    const bit = flags[name];
    Object.defineProperty(proto, name, {
      __proto__: null,
      configurable: true,
      enumerable: false,
      get() { return (this[kState] & bit) !== 0; },
      set(value) {
        if (value) this[kState] |= bit;
        else this[kState] &= ~bit;
      },
    });
  }
}

// A nullable boolean (null or undefined, true, false) in two bits: one says whether a value is
// set, the other holds it.
function defineTriStateAccessor(proto, name, setBit, valueBit, unsetValue) {
  Object.defineProperty(proto, name, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      const bits = this[kState];
      if ((bits & setBit) === 0) return unsetValue;
      return (bits & valueBit) !== 0;
    },
    set(value) {
      if (value === null || value === undefined) {
        this[kState] &= ~(setBit | valueBit);
      } else if (value) {
        this[kState] |= setBit | valueBit;
      } else {
        this[kState] = (this[kState] | setBit) & ~valueBit;
      }
    },
  });
}

module.exports = {
  kState,
  kOnConstructed,
  kObjectMode,
  kConstructed,
  kSync,
  kWritableIdle,
  kDestroyed,
  kClosed,
  kCloseEmitted,
  kErrorEmitted,
  kEmitClose,
  kAutoDestroy,
  kEnded,
  kFirstSideBit,
  getDefaultHighWaterMark,
  setDefaultHighWaterMark,
  getHighWaterMark,
  defineFlagAccessors,
  defineTriStateAccessor,
};
