'use strict';
// The body that Request and Response share (the Fetch standard's Body mixin): what a body can
// be made from, and the one-shot ways to read it (text, json, arrayBuffer, blob, formData,
// or the `body` stream itself).

const { Buffer, Blob, File } = require('buffer');
const { isDisturbed } = require('internal/streams/utils');
const { ReadableStream } = require('internal/webstreams/readablestream');

const kBody = Symbol('body');  // { bytes: Uint8Array | null, stream: ReadableStream | null, used }

let FormData;
let URLSearchParams;

function isArrayBufferLike(value) {
  return value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
}

// A ReadableStream that yields `bytes` once.
function streamOfBytes(bytes) {
  return new ReadableStream({
    type: 'bytes',
    start(controller) {
      if (bytes.length > 0) controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

function randomBoundary() {
  let text = '';
  for (let i = 0; i < 24; i++) text += Math.floor(Math.random() * 10);
  return `----formdata-lode-${text}`;
}

// multipart/form-data per the HTML standard: names and file names escape '"' and newlines.
function escapeName(name, isFilename = false) {
  return (isFilename ? name : name.replace(/\r?\n|\r/g, '\r\n'))
    .replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}

function encodeFormData(form, boundary) {
  const parts = [];
  for (const [name, value] of form) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(name)}"`;
    if (typeof value === 'string') {
      parts.push(Buffer.from(`${head}\r\n\r\n${value.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n')}\r\n`));
    } else {
      head += `; filename="${escapeName(value.name, true)}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`;
      parts.push(Buffer.from(head), value, Buffer.from('\r\n'));
    }
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return new Blob(parts);
}

// What a body init becomes: { body, type } where body is { bytes, stream } and type the
// Content-Type it implies (or null).
function extractBody(init, keepalive = false) {
  URLSearchParams ??= require('internal/url').URLSearchParams;
  FormData ??= require('internal/fetch/formdata').FormData;
  let bytes = null;
  let stream = null;
  let type = null;
  if (typeof init === 'string') {
    bytes = Buffer.from(init);
    type = 'text/plain;charset=UTF-8';
  } else if (init instanceof URLSearchParams) {
    bytes = Buffer.from(init.toString());
    type = 'application/x-www-form-urlencoded;charset=UTF-8';
  } else if (isArrayBufferLike(init)) {
    bytes = new Uint8Array(init.slice(0));
  } else if (ArrayBuffer.isView(init)) {
    bytes = new Uint8Array(init.buffer.slice(init.byteOffset, init.byteOffset + init.byteLength));
  } else if (init instanceof Blob) {
    stream = init.stream();
    if (init.type) type = init.type;
  } else if (init instanceof FormData) {
    const boundary = randomBoundary();
    stream = encodeFormData(init, boundary).stream();
    type = `multipart/form-data; boundary=${boundary}`;
  } else if (init instanceof ReadableStream) {
    if (keepalive) throw new TypeError('keepalive');
    if (init.locked || isDisturbed(init)) throw new TypeError('Response body object should not be disturbed or locked');
    stream = init;
  } else {
    bytes = Buffer.from(`${init}`);
    type = 'text/plain;charset=UTF-8';
  }
  return { body: { bytes, stream, used: false }, type };
}

function bodyUnusable(owner) {
  const body = owner[kBody];
  if (body === null) return false;
  return body.used || (body.stream !== null && (body.stream.locked || isDisturbed(body.stream)));
}

async function readAll(owner) {
  const body = owner[kBody];
  if (bodyUnusable(owner)) throw new TypeError('Body is unusable: Body has already been read');
  if (body === null) return new Uint8Array(0);
  body.used = true;
  if (body.stream === null) return body.bytes;
  const chunks = [];
  let total = 0;
  const reader = body.stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) {
      throw new TypeError('Received non-Uint8Array chunk');
    }
    chunks.push(value);
    total += value.byteLength;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

function contentType(owner) {
  return owner.headers.get('content-type');
}

// Parses multipart/form-data: enough of RFC 7578 for what browsers and node send.
function parseMultipart(bytes, type) {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(type);
  if (match === null) throw new TypeError('Failed to parse body as FormData.');
  const boundary = Buffer.from(`--${(match[1] ?? match[2]).trim()}`);
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const form = new FormData();
  let position = data.indexOf(boundary);
  if (position === -1) throw new TypeError('Failed to parse body as FormData.');
  for (;;) {
    position += boundary.length;
    if (data[position] === 0x2d && data[position + 1] === 0x2d) break;  // the closing boundary
    if (data[position] === 0x0d) position += 2;
    const headEnd = data.indexOf('\r\n\r\n', position);
    if (headEnd === -1) throw new TypeError('Failed to parse body as FormData.');
    const head = data.toString('latin1', position, headEnd);
    const next = data.indexOf(boundary, headEnd + 4);
    if (next === -1) throw new TypeError('Failed to parse body as FormData.');
    const content = data.subarray(headEnd + 4, next - 2);
    const name = /name="([^"]*)"/i.exec(head);
    if (name === null) throw new TypeError('Failed to parse body as FormData.');
    const filename = /filename="([^"]*)"/i.exec(head);
    const partType = /content-type:\s*([^\r\n]*)/i.exec(head);
    if (filename !== null) {
      form.append(name[1], new File([content], filename[1], { type: partType ? partType[1] : '' }));
    } else {
      form.append(name[1], content.toString('utf8'));
    }
    position = next;
  }
  return form;
}

const bodyMethods = {
  async arrayBuffer() {
    const bytes = await readAll(this);
    return bytes.buffer.byteLength === bytes.byteLength && bytes.byteOffset === 0 ?
      bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  },
  async blob() {
    const bytes = await readAll(this);
    return new Blob([bytes], { type: contentType(this) ?? '' });
  },
  async formData() {
    URLSearchParams ??= require('internal/url').URLSearchParams;
    FormData ??= require('internal/fetch/formdata').FormData;
    const bytes = await readAll(this);
    const type = contentType(this) ?? '';
    if (/^multipart\/form-data/i.test(type)) return parseMultipart(bytes, type);
    if (/^application\/x-www-form-urlencoded/i.test(type)) {
      const form = new FormData();
      for (const [name, value] of new URLSearchParams(Buffer.from(bytes).toString('utf8'))) form.append(name, value);
      return form;
    }
    throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
  },
  async json() {
    return JSON.parse(await this.text());
  },
  async text() {
    const bytes = await readAll(this);
    return new TextDecoder().decode(bytes);
  },
};

const bodyAccessors = {
  body: {
    get() {
      const body = this[kBody];
      if (body === null) return null;
      if (body.stream === null) {
        // From now on the bytes are read through the stream, like any other body.
        body.stream = streamOfBytes(body.used ? new Uint8Array(0) : body.bytes);
        body.bytes = null;
      }
      return body.stream;
    },
  },
  bodyUsed: {
    get() {
      const body = this[kBody];
      return body !== null && (body.used || (body.stream !== null && isDisturbed(body.stream)));
    },
  },
};

function mixinBody(prototype) {
  for (const name of Object.keys(bodyMethods)) {
    Object.defineProperty(prototype, name, {
      __proto__: null, value: bodyMethods[name], writable: true, enumerable: true, configurable: true,
    });
  }
  for (const name of Object.keys(bodyAccessors)) {
    Object.defineProperty(prototype, name, {
      __proto__: null, get: bodyAccessors[name].get, enumerable: true, configurable: true,
    });
  }
}

// A body for a clone: the stream is teed, one branch each.
function cloneBody(owner) {
  const body = owner[kBody];
  if (body === null) return null;
  if (bodyUnusable(owner)) throw new TypeError('Response.clone: Body has already been consumed.');
  if (body.stream === null) return { bytes: body.bytes, stream: null, used: false };
  const [first, second] = body.stream.tee();
  body.stream = first;
  return { bytes: null, stream: second, used: false };
}

module.exports = { kBody, extractBody, mixinBody, cloneBody, bodyUnusable, readAll, streamOfBytes };
