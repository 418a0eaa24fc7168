'use strict';
// 1e6 16-byte Buffers through pipeline(Readable, Transform, Writable) in byte mode.
const { pipeline, Readable, Transform, Writable } = require('stream');

const total = 1e6;
const chunk = require('buffer').Buffer.alloc(16, 'x');
let produced = 0;
let bytes = 0;

const source = new Readable({
  read() {
    while (produced < total) {
      produced++;
      if (!this.push(chunk)) return;
    }
    this.push(null);
  },
});

const identity = new Transform({
  transform(data, encoding, callback) {
    callback(null, data);
  },
});

const sink = new Writable({
  write(data, encoding, callback) {
    bytes += data.length;
    callback();
  },
});

pipeline(source, identity, sink, (err) => {
  if (err) throw err;
  if (bytes !== total * 16) throw new Error(`got ${bytes} bytes`);
});
