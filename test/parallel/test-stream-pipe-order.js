'use strict';
// pipe(): events on both ends, backpressure with one and with several destinations, the
// `end` option, and unpipe().
require('../common');
const assert = require('assert');
const { Readable, Writable, PassThrough } = require('stream');

const log = [];

function source(name, chunks) {
  let i = 0;
  return new Readable({
    objectMode: true,
    read() {
      const chunk = i < chunks.length ? chunks[i++] : null;
      log.push(`${name}: push ${chunk}`);
      this.push(chunk);
    },
  });
}

function sink(name, { highWaterMark = 16, async = false } = {}) {
  const w = new Writable({
    objectMode: true,
    highWaterMark,
    write(chunk, encoding, cb) {
      log.push(`${name}: _write ${chunk}`);
      if (async) setImmediate(cb);
      else cb();
    },
  });
  for (const event of ['pipe', 'unpipe', 'drain', 'finish', 'close']) {
    w.on(event, () => log.push(`${name}: ${event}`));
  }
  return w;
}

{
  const src = source('a', [1, 2, 3]);
  src.on('end', () => log.push('a: end'));
  src.pipe(sink('a-dest'));
  log.push(`a: flowing=${src.readableFlowing} pipes=${src._readableState.pipes.length}`);
}

{
  // A slow destination with a small mark pauses the source.
  const src = source('b', [1, 2, 3, 4]);
  src.on('pause', () => log.push('b: pause'));
  src.on('resume', () => log.push('b: resume'));
  src.pipe(sink('b-dest', { highWaterMark: 1, async: true }));
}

{
  // Two destinations: the source waits for both to drain.
  const src = source('c', [1, 2]);
  src.pipe(sink('c-fast'));
  src.pipe(sink('c-slow', { highWaterMark: 1, async: true }));
}

{
  // { end: false } leaves the destination open; unpipe() detaches.
  const src = source('d', [1]);
  const dest = sink('d-dest');
  src.pipe(dest, { end: false });
  src.on('end', () => {
    log.push(`d: end, dest writable=${dest.writable}`);
    dest.end('after');
  });
  const other = new PassThrough({ objectMode: true });
  const src2 = new Readable({ objectMode: true, read() {} });
  src2.pipe(other);
  other.on('unpipe', () => log.push('d: other unpipe'));
  src2.unpipe(other);
  log.push(`d: after unpipe flowing=${src2.readableFlowing} pipes=${src2._readableState.pipes.length}`);
  src2.unpipe(other);
}

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'a-dest: pipe',
    'a: flowing=true pipes=1',
    'b-dest: pipe',
    'c-fast: pipe',
    'c-slow: pipe',
    'd-dest: pipe',
    'd: other unpipe',
    'd: after unpipe flowing=false pipes=0',
    'a: push 1',
    'a: push 2',
    'a-dest: _write 1',
    'a: push 3',
    'a-dest: _write 2',
    'a: push null',
    'a-dest: _write 3',
    'b: push 1',
    'b: resume',
    'b: push 2',
    'b-dest: _write 1',
    'b: pause',
    'c: push 1',
    'c: push 2',
    'c-fast: _write 1',
    'c-slow: _write 1',
    'd: push 1',
    'd: push null',
    'd-dest: _write 1',
    'a: end',
    'b: push 3',
    'b: push 4',
    'b: push null',
    'c: push null',
    'd-dest: unpipe',
    'd: end, dest writable=true',
    'd-dest: _write after',
    'a-dest: finish',
    'a-dest: unpipe',
    'd-dest: finish',
    'a-dest: close',
    'd-dest: close',
    'b-dest: drain',
    'b: resume',
    'b-dest: _write 2',
    'b: pause',
    'c-slow: drain',
    'c-fast: _write 2',
    'c-slow: _write 2',
    'c-fast: finish',
    'c-fast: unpipe',
    'c-fast: close',
    'b-dest: drain',
    'b: resume',
    'b-dest: _write 3',
    'b: pause',
    'c-slow: finish',
    'c-slow: unpipe',
    'c-slow: close',
    'b-dest: drain',
    'b: resume',
    'b-dest: _write 4',
    'b: pause',
    'b-dest: finish',
    'b-dest: unpipe',
    'b-dest: close',
  ]);
});
