'use strict';
// 1e6 small objects through Readable -> Transform -> Writable joined with pipe().
const { Readable, Transform, Writable } = require('stream');

const total = 1e6;
let produced = 0;
let consumed = 0;

const source = new Readable({
  objectMode: true,
  read() {
    while (produced < total) {
      if (!this.push({ n: produced++ })) return;
    }
    this.push(null);
  },
});

const double = new Transform({
  objectMode: true,
  transform(chunk, encoding, callback) {
    callback(null, chunk.n * 2);
  },
});

const sink = new Writable({
  objectMode: true,
  write(chunk, encoding, callback) {
    consumed++;
    callback();
  },
});

sink.on('finish', () => {
  if (consumed !== total) throw new Error(`consumed ${consumed}`);
});
source.pipe(double).pipe(sink);
