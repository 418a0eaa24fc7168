'use strict';
// stream/consumers: read a whole stream (node Readable, web ReadableStream or any async
// iterable) into one value.

let BufferClass;
let BlobClass;

function lazyBuffer() {
  BufferClass ??= require('buffer').Buffer;
  return BufferClass;
}

function lazyBlob() {
  BlobClass ??= require('buffer').Blob;
  return BlobClass;
}

async function collect(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

async function blob(stream) {
  const Blob = lazyBlob();
  return new Blob(await collect(stream));
}

async function arrayBuffer(stream) {
  return (await blob(stream)).arrayBuffer();
}

async function buffer(stream) {
  return lazyBuffer().from(await arrayBuffer(stream));
}

// Bytes are decoded as UTF-8 as they come, so characters split across chunks survive;
// string chunks are taken as they are.
async function text(stream) {
  const decoder = new TextDecoder();
  let result = '';
  for await (const chunk of stream) {
    result += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  }
  return result + decoder.decode();
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = {
  arrayBuffer,
  blob,
  buffer,
  text,
  json,
};
