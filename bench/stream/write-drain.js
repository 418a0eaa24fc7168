'use strict';
// 2e6 writes of short strings into a Writable, waiting for 'drain' whenever write() says so;
// half the writes complete synchronously, half on a later tick.
const { Writable } = require('stream');

const total = 2e6;
let written = 0;
let n = 0;

const sink = new Writable({
  highWaterMark: 1024,
  decodeStrings: false,
  write(chunk, encoding, callback) {
    written++;
    if (written & 1) callback();
    else process.nextTick(callback);
  },
});

function writeSome() {
  while (n < total) {
    n++;
    if (!sink.write('hello')) {
      sink.once('drain', writeSome);
      return;
    }
  }
  sink.end();
}

sink.on('finish', () => {
  if (written !== total) throw new Error(`wrote ${written}`);
});
writeSome();
