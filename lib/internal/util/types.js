'use strict';
// `util.types`: the checks V8 answers come from the `types` binding; the typed-array checks
// read the `Symbol.toStringTag` getter of %TypedArray%.prototype, which returns the concrete
// kind for any typed array (even one with a changed prototype) and undefined otherwise.

const binding = internalBinding('types');

const typedArrayTagGetter = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function typedArrayKind(value) {
  return typedArrayTagGetter.call(value);
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function isTypedArray(value) {
  return typedArrayKind(value) !== undefined;
}

const checks = {
  isArrayBufferView,
  isTypedArray,
};

// One named check per concrete typed-array kind, e.g. isUint8Array.
for (const kind of ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array',
  'Int8Array', 'Int16Array', 'Int32Array', 'Float32Array', 'Float64Array',
  'BigInt64Array', 'BigUint64Array']) {
  const check = { [`is${kind}`](value) { return typedArrayKind(value) === kind; } }[`is${kind}`];
  checks[check.name] = check;
}

// Key objects only exist when lode has crypto; load its helpers on first use.
let cryptoKeys;
function loadCryptoKeys() {
  if (cryptoKeys === undefined) {
    try {
      cryptoKeys = require('internal/crypto/keys');
    } catch {
      cryptoKeys = null;
    }
  }
  return cryptoKeys;
}

// Without crypto nothing is a key, but the check still reads a property, as node's does
// (a proxy's get trap sees it).
const kNotAKey = Symbol('kNotAKey');

function isKeyObject(value) {
  const keys = loadCryptoKeys();
  if (keys !== null && typeof keys.isKeyObject === 'function') return keys.isKeyObject(value);
  return value != null && value[kNotAKey] !== undefined;
}

function isCryptoKey(value) {
  const keys = loadCryptoKeys();
  if (keys !== null && typeof keys.isCryptoKey === 'function') return keys.isCryptoKey(value);
  return value != null && value[kNotAKey] !== undefined;
}

module.exports = {
  ...binding,
  ...checks,
  isKeyObject,
  isCryptoKey,
};
