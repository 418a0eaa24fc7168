'use strict';
// 1 GiB of 64 KiB Buffers through pipeline(Readable, PassThrough x3, Writable): the byte path
// of streams with no objects made per chunk beyond the stream machinery itself.
const { pipeline, PassThrough, Readable, Writable } = require('stream');

const chunk = Buffer.alloc(64 * 1024, 'x');
const chunks = 1024 * 1024 * 1024 / chunk.length;
let produced = 0;
let received = 0;

const source = new Readable({
  read() {
    while (produced < chunks) {
      produced++;
      if (!this.push(chunk)) return;
    }
    this.push(null);
  },
});
const sink = new Writable({
  write(data, encoding, callback) {
    received += data.length;
    callback();
  },
});

pipeline(source, new PassThrough(), new PassThrough(), new PassThrough(), sink, (err) => {
  if (err) throw err;
  if (received !== chunks * chunk.length) throw new Error(`got ${received} bytes`);
});
