'use strict';
// DOMException (WebIDL): an error whose name picks a legacy numeric code. It is not a
// subclass of Error in the class sense (its constructor's prototype is Function.prototype,
// as in browsers), but its prototype chain reaches Error.prototype, so `instanceof Error`
// holds and the stack is captured like an error's.

// Legacy names and their codes; a name not listed here has code 0. The constant names for
// every code, including the three without an error name (2, 6 and 16), come after.
const codeByName = new Map([
  ['IndexSizeError', 1],
  ['HierarchyRequestError', 3],
  ['WrongDocumentError', 4],
  ['InvalidCharacterError', 5],
  ['NoModificationAllowedError', 7],
  ['NotFoundError', 8],
  ['NotSupportedError', 9],
  ['InUseAttributeError', 10],
  ['InvalidStateError', 11],
  ['SyntaxError', 12],
  ['InvalidModificationError', 13],
  ['NamespaceError', 14],
  ['InvalidAccessError', 15],
  ['TypeMismatchError', 17],
  ['SecurityError', 18],
  ['NetworkError', 19],
  ['AbortError', 20],
  ['URLMismatchError', 21],
  ['QuotaExceededError', 22],
  ['TimeoutError', 23],
  ['InvalidNodeTypeError', 24],
  ['DataCloneError', 25],
]);

const constantNames = [
  'INDEX_SIZE_ERR', 'DOMSTRING_SIZE_ERR', 'HIERARCHY_REQUEST_ERR', 'WRONG_DOCUMENT_ERR',
  'INVALID_CHARACTER_ERR', 'NO_DATA_ALLOWED_ERR', 'NO_MODIFICATION_ALLOWED_ERR', 'NOT_FOUND_ERR',
  'NOT_SUPPORTED_ERR', 'INUSE_ATTRIBUTE_ERR', 'INVALID_STATE_ERR', 'SYNTAX_ERR',
  'INVALID_MODIFICATION_ERR', 'NAMESPACE_ERR', 'INVALID_ACCESS_ERR', 'VALIDATION_ERR',
  'TYPE_MISMATCH_ERR', 'SECURITY_ERR', 'NETWORK_ERR', 'ABORT_ERR', 'URL_MISMATCH_ERR',
  'QUOTA_EXCEEDED_ERR', 'TIMEOUT_ERR', 'INVALID_NODE_TYPE_ERR', 'DATA_CLONE_ERR',
];

// Node builds this error by hand (its DOMException cannot reach internal/errors), so it
// is a plain TypeError with a `code` and a message without "type".
function invalidThis() {
  const error = new TypeError('Value of "this" must be of DOMException');
  error.code = 'ERR_INVALID_THIS';
  return error;
}

class DOMException {
  #name;
  #message;

  constructor(message = '', options = 'Error') {
    // Template literals, unlike String(), throw for symbols, as WebIDL's DOMString does.
    this.#message = `${message}`;
    let hasCause = false;
    let cause;
    if (options !== null && typeof options === 'object') {
      this.#name = `${options.name}`;
      if ('cause' in options) {
        hasCause = true;
        cause = options.cause;
      }
    } else {
      this.#name = `${options}`;
    }
    // The name and message are in place, so the stack starts with "Name: message".
    Error.captureStackTrace(this);
    if (hasCause) {
      Object.defineProperty(this, 'cause', {
        value: cause, writable: true, enumerable: false, configurable: true,
      });
    }
  }

  get name() {
    if (!(#name in this)) throw invalidThis();
    return this.#name;
  }

  get message() {
    if (!(#message in this)) throw invalidThis();
    return this.#message;
  }

  get code() {
    if (!(#name in this)) throw invalidThis();
    return codeByName.get(this.#name) ?? 0;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);

for (const name of ['name', 'message', 'code']) {
  Object.defineProperty(DOMException.prototype, name, { enumerable: true });
}
for (let index = 0; index < constantNames.length; index++) {
  const descriptor = { value: index + 1, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(DOMException, constantNames[index], descriptor);
  Object.defineProperty(DOMException.prototype, constantNames[index], descriptor);
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  value: 'DOMException', writable: false, enumerable: false, configurable: true,
});

module.exports = { DOMException };
