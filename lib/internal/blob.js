'use strict';
// Blob and File (buffer.Blob, buffer.File): immutable bytes with a MIME type. A blob keeps
// one private copy of its parts' bytes; slices share that copy.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateDictionary } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
// Characters a type may not contain; such a type becomes ''.
const disallowedTypeCharacters = /[^\u0020-\u007e]/;
const kStreamChunkSize = 64 * 1024;

let lazyBuffer;
let lazyInspect;
let lazyTextDecoder;

function normalizeType(type) {
  type = `${type}`;
  return disallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
}

function isIterable(value) {
  return value !== null && typeof value === 'object' && typeof value[Symbol.iterator] === 'function';
}

// A WebIDL `long long`: truncated, with NaN as 0.
function toInteger(value) {
  return Math.trunc(+value) || 0;
}

// Reach into a blob's private state from outside the class body (slices, File, parts).
let isBlob;
let bytesOf;
let adopt;

class Blob {
  #bytes;
  #type;

  static {
    isBlob = (value) => value !== null && typeof value === 'object' && #bytes in value;
    bytesOf = (blob) => blob.#bytes;
    adopt = (blob, bytes, type) => {
      blob.#bytes = bytes;
      blob.#type = type;
      return blob;
    };
  }

  constructor(sources = [], options) {
    if (!isIterable(sources)) throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    validateDictionary(options, 'options');
    const { type = '', endings: endingsOption = 'transparent' } = options ?? {};
    const endings = `${endingsOption}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endingsOption);
    }
    const parts = [];
    let length = 0;
    for (const source of sources) {
      const bytes = partBytes(source, endings);
      parts.push(bytes);
      length += bytes.byteLength;
    }
    const bytes = new Uint8Array(length);
    let offset = 0;
    for (const part of parts) {
      bytes.set(part, offset);
      offset += part.byteLength;
    }
    this.#bytes = bytes;
    this.#type = normalizeType(type);
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#type;
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#bytes.byteLength;
  }

  slice(start = 0, end = this.size, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const size = this.#bytes.byteLength;
    start = toInteger(start);
    end = toInteger(end);
    start = start < 0 ? Math.max(size + start, 0) : Math.min(start, size);
    end = end < 0 ? Math.max(size + end, 0) : Math.min(end, size);
    const span = Math.max(end - start, 0);
    return adopt(new Blob(), this.#bytes.subarray(start, start + span), normalizeType(contentType));
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const bytes = this.#bytes;
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    lazyTextDecoder ??= require('internal/encoding').TextDecoder;
    return Promise.resolve(new lazyTextDecoder().decode(this.#bytes));
  }

  bytes() {
    // Unlike arrayBuffer() and text(), node's bytes() throws a wrong receiver at once.
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return Promise.resolve(this.#bytes.slice());
  }

  [customInspect](depth, options) {
    const name = this instanceof File ? 'File' : 'Blob';
    if (depth < 0) return options.stylize(`[${name}]`, 'special');
    lazyInspect ??= require('internal/util/inspect').inspect;
    const shown = { size: this.size, type: this.type };
    if (this instanceof File) {
      shown.name = this.name;
      shown.lastModified = this.lastModified;
    }
    const nested = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${name} ${lazyInspect(shown, nested)}`;
  }
}

// The bytes one part contributes, copied.
function partBytes(source, endings) {
  if (isBlob(source)) return bytesOf(source);
  // slice() copies into a new ArrayBuffer, even from a SharedArrayBuffer.
  if (isAnyArrayBuffer(source)) return new Uint8Array(source).slice();
  if (isArrayBufferView(source)) {
    return new Uint8Array(source.buffer, source.byteOffset, source.byteLength).slice();
  }
  let text = `${source}`;
  if (endings === 'native') text = text.replace(/\r\n|\r|\n/g, '\n');
  lazyBuffer ??= require('buffer').Buffer;
  const encoded = lazyBuffer.from(text, 'utf8');
  return new Uint8Array(encoded.buffer.slice(encoded.byteOffset, encoded.byteOffset + encoded.byteLength));
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, {
  value: 'Blob', writable: false, enumerable: false, configurable: true,
});
for (const name of ['type', 'size', 'slice', 'arrayBuffer', 'text']) {
  Object.defineProperty(Blob.prototype, name, { enumerable: true });
}

// stream() needs a web ReadableStream; it is offered only when one exists.
if (typeof globalThis.ReadableStream === 'function') {
  Object.defineProperty(Blob.prototype, 'stream', {
    enumerable: true,
    writable: true,
    configurable: true,
    value: function stream() {
      if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
      const bytes = bytesOf(this);
      let offset = 0;
      return new globalThis.ReadableStream({
        pull(controller) {
          if (offset >= bytes.byteLength) {
            controller.close();
            return;
          }
          const end = Math.min(offset + kStreamChunkSize, bytes.byteLength);
          controller.enqueue(bytes.slice(offset, end));
          offset = end;
        },
      });
    },
  });
}

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let lastModified = options?.lastModified;
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this.#name = `${fileName}`;
    this.#lastModified = lastModified;
  }

  // On anything but a File these fail as node's do: a TypeError from the private field.
  get name() {
    return this.#name;
  }

  get lastModified() {
    return this.#lastModified;
  }
}

Object.defineProperty(File.prototype, Symbol.toStringTag, {
  value: 'File', writable: false, enumerable: false, configurable: true,
});
for (const name of ['name', 'lastModified']) {
  Object.defineProperty(File.prototype, name, { enumerable: true });
}

// Blob URLs need URL.createObjectURL, which lode does not have: nothing resolves.
function resolveObjectURL(url) {
  `${url}`; // eslint-disable-line no-unused-expressions
  return undefined;
}

module.exports = { Blob, File, isBlob, resolveObjectURL };
