'use strict';
// new DOMException(message, name | { name, cause }): the message and name are converted to
// strings, the name picks the legacy code, and an options object may carry a cause.
require('../common');
const assert = require('assert');

{
  const error = new DOMException();
  assert.strictEqual(error.message, '');
  assert.strictEqual(error.name, 'Error');
  assert.strictEqual(error.code, 0);
  assert.strictEqual('cause' in error, false);
}

{
  const error = new DOMException('went wrong', 'NotFoundError');
  assert.strictEqual(error.message, 'went wrong');
  assert.strictEqual(error.name, 'NotFoundError');
  assert.strictEqual(error.code, 8);
}

{
  // Conversions.
  assert.strictEqual(new DOMException(undefined, 'AbortError').message, '');
  assert.strictEqual(new DOMException(null).message, 'null');
  assert.strictEqual(new DOMException(42).message, '42');
  assert.strictEqual(new DOMException({ toString: () => 'text' }).message, 'text');
  assert.strictEqual(new DOMException('m', 1).name, '1');
  assert.strictEqual(new DOMException('m', null).name, 'null');
  assert.strictEqual(new DOMException('m', undefined).name, 'Error');
  assert.throws(() => new DOMException(Symbol('s')), TypeError);
  assert.throws(() => new DOMException('m', Symbol('s')), TypeError);
  assert.throws(() => new DOMException('m', { name: Symbol('s') }), TypeError);
}

{
  // The options form.
  const cause = new Error('underneath');
  const error = new DOMException('outer', { name: 'DataCloneError', cause });
  assert.strictEqual(error.name, 'DataCloneError');
  assert.strictEqual(error.code, 25);
  assert.strictEqual(error.cause, cause);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(error, 'cause'),
                         { value: cause, writable: true, enumerable: false, configurable: true });

  // An explicit undefined cause is still a cause; a missing one is not.
  assert.strictEqual(Object.hasOwn(new DOMException('m', { cause: undefined }), 'cause'), true);
  assert.strictEqual(Object.hasOwn(new DOMException('m', { name: 'X' }), 'cause'), false);

  // Without `name`, the name is the string 'undefined' (as in Node 20).
  const unnamed = new DOMException('m', {});
  assert.strictEqual(unnamed.name, 'undefined');
  assert.strictEqual(unnamed.code, 0);

  // name is read before cause is looked up.
  const read = [];
  new DOMException('m', new Proxy({}, {
    get(object, key) { read.push(`get ${String(key)}`); return undefined; },
    has(object, key) { read.push(`has ${String(key)}`); return false; },
  }));
  assert.deepStrictEqual(read, ['get name', 'has cause']);
}

{
  // The legacy codes table.
  const codes = {
    IndexSizeError: 1, DOMStringSizeError: 0, HierarchyRequestError: 3, WrongDocumentError: 4,
    InvalidCharacterError: 5, NoDataAllowedError: 0, NoModificationAllowedError: 7,
    NotFoundError: 8, NotSupportedError: 9, InUseAttributeError: 10, InvalidStateError: 11,
    SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
    ValidationError: 0, TypeMismatchError: 17, SecurityError: 18, NetworkError: 19,
    AbortError: 20, URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23,
    InvalidNodeTypeError: 24, DataCloneError: 25, EncodingError: 0, NotReadableError: 0,
    OperationError: 0, abortError: 0, Error: 0,
  };
  for (const [name, code] of Object.entries(codes)) {
    assert.strictEqual(new DOMException('', name).code, code, name);
  }
}

{
  // Subclasses.
  class Custom extends DOMException {
    constructor() { super('sub', 'NotFoundError'); }
  }
  const custom = new Custom();
  assert.strictEqual(custom.name, 'NotFoundError');
  assert.strictEqual(custom.code, 8);
  assert.ok(custom instanceof DOMException);
  assert.ok(custom instanceof Error);
}

assert.throws(() => DOMException(), TypeError);
