'use strict';
// Paused mode: 1e6 pushes of small strings, consumed with read() from 'readable'.
const { Readable } = require('stream');

const total = 1e6;
let pushed = 0;
let bytes = 0;

const source = new Readable({
  read() {
    for (let i = 0; i < 64 && pushed < total; i++) {
      pushed++;
      this.push('abcdefgh');
    }
    if (pushed === total) this.push(null);
  },
});

source.on('readable', () => {
  let chunk;
  while ((chunk = source.read(16)) !== null) bytes += chunk.length;
});
source.on('end', () => {
  if (bytes !== total * 8) throw new Error(`read ${bytes}`);
});
