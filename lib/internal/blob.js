'use strict';
// Blob and File (buffer.Blob, buffer.File): immutable bytes with a MIME type. A blob is a list
// of parts: bytes it holds (one private copy, shared by slices) or ranges of a file
// (fs.openAsBlob), read only when asked for and refused with NotReadableError once the file
// has changed.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateDictionary } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { Transferable, kCloneData } = require('internal/worker/js_transferable');

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

// A range of a file, with the size and modification time the file had when it was opened.
class FileRange {
  constructor(path, start, length, fileSize, mtimeMs) {
    this.path = path;
    this.start = start;
    this.length = length;
    this.fileSize = fileSize;
    this.mtimeMs = mtimeMs;
  }

  sub(start, length) {
    return new FileRange(this.path, this.start + start, length, this.fileSize, this.mtimeMs);
  }
}

function partLength(part) {
  return part instanceof FileRange ? part.length : part.byteLength;
}

function notReadable() {
  return new DOMException('The blob could not be read', 'NotReadableError');
}

// Whether the file is as it was, checked at once (node checks when a read is asked for, not
// when the thread pool gets to it: a change made right after the call does not spoil it).
function unchangedNow(range) {
  try {
    const stats = require('fs').statSync(range.path);
    return stats.size === range.fileSize && stats.mtimeMs === range.mtimeMs;
  } catch {
    return false;
  }
}

// Reads a file range, refusing it if the file is not as it was.
async function readRange(range, handle) {
  if (range.length === 0) {
    if (!unchangedNow(range)) throw notReadable();
    return new Uint8Array(0);
  }
  const own = handle === undefined;
  const fs = require('fs').promises;
  try {
    handle ??= await fs.open(range.path, 'r');
    const stats = await handle.stat();
    if (stats.size !== range.fileSize || stats.mtimeMs !== range.mtimeMs) throw notReadable();
    const bytes = new Uint8Array(range.length);
    let done = 0;
    while (done < range.length) {
      const { bytesRead } = await handle.read(bytes, done, range.length - done, range.start + done);
      if (bytesRead === 0) throw notReadable();
      done += bytesRead;
    }
    return bytes;
  } catch (error) {
    if (error instanceof DOMException) throw error;
    throw notReadable();
  } finally {
    if (own && handle !== undefined) await handle.close().catch(() => {});
  }
}

// Every part's bytes, as one Uint8Array (the blob's own when it has only that).
function gather(parts, size) {
  if (parts.length === 1 && !(parts[0] instanceof FileRange)) return parts[0];
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}

async function readParts(parts, size) {
  if (!parts.every((part) => !(part instanceof FileRange) || unchangedNow(part))) throw notReadable();
  const loaded = [];
  for (const part of parts) loaded.push(part instanceof FileRange ? await readRange(part) : part);
  return gather(loaded, size);
}

// fs.openAsBlob's blobs themselves are not cloneable in node (their slices are).
const notCloneable = new WeakSet();

// Reach into a blob's private state from outside the class body (slices, File, parts).
let isBlob;
let partsOf;
let adopt;

// Blob extends Transferable so that V8's serializer hands blobs to lode, which copies them
// into messages and structuredClone (as node does); its prototype chain is put back below.
class Blob extends Transferable {
  #parts;
  #size;
  #type;

  static {
    isBlob = (value) => value !== null && typeof value === 'object' && #parts in value;
    partsOf = (blob) => blob.#parts;
    adopt = (blob, parts, type) => {
      blob.#parts = parts;
      blob.#size = parts.reduce((sum, part) => sum + partLength(part), 0);
      blob.#type = type;
      return blob;
    };
  }

  // The bytes, at once when they are all in memory (a promise of them otherwise).
  static #bytesNow(blob) {
    const parts = blob.#parts;
    if (parts.every((part) => !(part instanceof FileRange))) return gather(parts, blob.#size);
    return readParts(parts, blob.#size);
  }

  constructor(sources = [], options) {
    super();
    if (!isIterable(sources)) throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    validateDictionary(options, 'options');
    const { type = '', endings: endingsOption = 'transparent' } = options ?? {};
    const endings = `${endingsOption}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endingsOption);
    }
    // Bytes are copied into one block; file ranges stay ranges.
    const parts = [];
    let pending = [];
    let pendingLength = 0;
    const flush = () => {
      if (pending.length === 0) return;
      const bytes = new Uint8Array(pendingLength);
      let offset = 0;
      for (const part of pending) {
        bytes.set(part, offset);
        offset += part.byteLength;
      }
      parts.push(bytes);
      pending = [];
      pendingLength = 0;
    };
    for (const source of sources) {
      const pieces = isBlob(source) ? partsOf(source) : [partBytes(source, endings)];
      for (const piece of pieces) {
        if (piece instanceof FileRange) {
          flush();
          parts.push(piece);
        } else {
          pending.push(piece);
          pendingLength += piece.byteLength;
        }
      }
    }
    if (pending.length > 0 || parts.length === 0) flush();
    if (parts.length === 0) parts.push(new Uint8Array(0));
    adopt(this, parts, normalizeType(type));
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#type;
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#size;
  }

  slice(start = 0, end = this.size, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const size = this.#size;
    start = toInteger(start);
    end = toInteger(end);
    start = start < 0 ? Math.max(size + start, 0) : Math.min(start, size);
    end = end < 0 ? Math.max(size + end, 0) : Math.min(end, size);
    const span = Math.max(end - start, 0);
    const parts = [];
    let position = 0;
    for (const part of this.#parts) {
      const length = partLength(part);
      const from = Math.max(start - position, 0);
      const to = Math.min(start + span - position, length);
      // A file range is kept even when empty: reading it still checks the file.
      if (to > from || (part instanceof FileRange && span === 0 && parts.length === 0)) {
        parts.push(part instanceof FileRange ? part.sub(from, Math.max(to - from, 0)) : part.subarray(from, to));
      }
      position += length;
    }
    if (parts.length === 0) parts.push(new Uint8Array(0));
    return adopt(new Blob(), parts, normalizeType(contentType));
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const toBuffer = (bytes) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const bytes = Blob.#bytesNow(this);
    return bytes instanceof Promise ? bytes.then(toBuffer) : Promise.resolve(toBuffer(bytes));
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    lazyTextDecoder ??= require('internal/encoding').TextDecoder;
    const decode = (bytes) => new lazyTextDecoder().decode(bytes);
    const bytes = Blob.#bytesNow(this);
    return bytes instanceof Promise ? bytes.then(decode) : Promise.resolve(decode(bytes));
  }

  bytes() {
    // Unlike arrayBuffer() and text(), node's bytes() throws a wrong receiver at once.
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const bytes = Blob.#bytesNow(this);
    return bytes instanceof Promise ? bytes : Promise.resolve(bytes.slice());
  }

  // A copy holds the same bytes and file ranges (a File is copied as a plain Blob, as in
  // node 20). Each part is copied compactly: a slice does not carry its whole block.
  [kCloneData]() {
    if (notCloneable.has(this)) throw new ERR_INVALID_STATE.TypeError('File-backed Blobs are not cloneable');
    const parts = this.#parts.map((part) => {
      if (part instanceof FileRange) return { ...part };
      return part.byteLength === part.buffer.byteLength ? part : part.slice();
    });
    return { type: 'Blob', blobType: this.#type, parts };
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

Object.setPrototypeOf(Blob.prototype, Object.prototype);

// The bytes one part contributes, copied.
function partBytes(source, endings) {
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
      const parts = partsOf(this);
      let index = 0;
      let offset = 0;
      let handle;
      let failed = false;
      return new globalThis.ReadableStream({
        async pull(controller) {
          try {
            for (;;) {
              if (index >= parts.length) {
                controller.close();
                return;
              }
              const part = parts[index];
              const length = partLength(part);
              if (offset >= length && !(part instanceof FileRange && length === 0 && offset === 0)) {
                index++;
                offset = 0;
                if (handle !== undefined) {
                  await handle.close();
                  handle = undefined;
                }
                continue;
              }
              const end = Math.min(offset + kStreamChunkSize, length);
              if (part instanceof FileRange) {
                if (!unchangedNow(part)) throw notReadable();
                handle ??= await require('fs').promises.open(part.path, 'r').catch(() => {
                  throw notReadable();
                });
                const chunk = await readRange(part.sub(offset, end - offset), handle);
                offset = end === offset ? 1 : end;  // an empty range is checked once
                if (chunk.byteLength > 0) {
                  controller.enqueue(chunk);
                  return;
                }
                continue;
              }
              controller.enqueue(part.slice(offset, end));
              offset = end;
              return;
            }
          } catch (error) {
            failed = true;
            if (handle !== undefined) await handle.close().catch(() => {});
            handle = undefined;
            controller.error(error);
          }
        },
        async cancel() {
          if (handle !== undefined && !failed) await handle.close().catch(() => {});
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

// fs.openAsBlob: a blob of the whole file as it is now (its size and modification time).
function blobFromFile(path, size, mtimeMs, type) {
  const blob = adopt(new Blob(), [new FileRange(path, 0, size, size, mtimeMs)], normalizeType(type));
  notCloneable.add(blob);
  return blob;
}

// A blob copied from another thread or by structuredClone, from what [kCloneData] gave.
function blobFromClone({ blobType, parts }) {
  const rebuilt = parts.map((part) => (part instanceof Uint8Array ? part :
    new FileRange(part.path, part.start, part.length, part.fileSize, part.mtimeMs)));
  return adopt(new Blob(), rebuilt, blobType);
}

module.exports = { Blob, File, isBlob, resolveObjectURL, blobFromFile, blobFromClone };
