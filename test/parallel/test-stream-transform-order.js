'use strict';
// Transform: when _transform and _flush run, how its output interleaves with writes and
// events, and how a full readable side holds writes back.
require('../common');
const assert = require('assert');
const { Transform, PassThrough } = require('stream');

const log = [];

{
  const t = new Transform({
    objectMode: true,
    transform(chunk, encoding, cb) {
      log.push(`a: _transform ${chunk}`);
      if (chunk === 2) {
        this.push('2a');
        this.push('2b');
        cb();
      } else {
        cb(null, chunk * 10);
      }
    },
    flush(cb) {
      log.push('a: _flush');
      cb(null, 'flushed');
    },
  });
  for (const event of ['prefinish', 'finish', 'end', 'close']) t.on(event, () => log.push(`a: ${event}`));
  t.on('data', (chunk) => log.push(`a: data ${chunk}`));
  t.write(1, () => log.push('a: write cb 1'));
  t.write(2, () => log.push('a: write cb 2'));
  t.end(3, () => log.push('a: end cb'));
}

{
  // Nobody reads: the readable side fills to its mark, then writes wait.
  const t = new Transform({
    objectMode: true,
    highWaterMark: 2,
    transform(chunk, encoding, cb) {
      log.push(`b: _transform ${chunk}`);
      cb(null, chunk);
    },
  });
  for (let i = 1; i <= 6; i++) {
    const ok = t.write(i, () => log.push(`b: write cb ${i}`));
    log.push(`b: write ${i} -> ${ok}`);
  }
  setImmediate(() => {
    log.push(`b: readableLength=${t.readableLength} writableLength=${t.writableLength}`);
    log.push(`b: read ${t.read()}`);
    setImmediate(() => {
      log.push(`b: readableLength=${t.readableLength} writableLength=${t.writableLength}`);
    });
  });
}

{
  // _flush error, and an error from _transform.
  const t1 = new Transform({ transform(c, e, cb) { cb(); }, flush(cb) { cb(new Error('flush failed')); } });
  t1.on('error', (err) => log.push(`c: error ${err.message}`));
  t1.on('finish', () => log.push('c: finish'));
  t1.end();
  const t2 = new Transform({ objectMode: true, transform(c, e, cb) { cb(new Error('bad chunk')); } });
  t2.on('error', (err) => log.push(`c: error ${err.message}`));
  t2.write('x', (err) => log.push(`c: write cb ${err?.message}`));
}

{
  // PassThrough in byte-less object mode, and a Transform subclass with its own _final.
  const p = new PassThrough({ objectMode: true });
  p.on('data', (chunk) => log.push(`d: data ${chunk}`));
  p.on('end', () => log.push('d: end'));
  p.end('only');
  class Custom extends Transform {
    _transform(chunk, encoding, cb) { cb(null, chunk); }
    _flush(cb) { log.push('e: _flush'); cb(); }
    _final(cb) { log.push('e: _final'); cb(); }
  }
  const c = new Custom({ objectMode: true });
  c.on('prefinish', () => log.push('e: prefinish'));
  c.on('finish', () => log.push('e: finish'));
  c.on('end', () => log.push('e: end'));
  c.resume();
  c.end();
}

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'a: _transform 1',
    'a: data 10',
    'a: _transform 2',
    'a: data 2a',
    'a: data 2b',
    'a: _transform 3',
    'a: data 30',
    'a: _flush',
    'a: data flushed',
    'a: prefinish',
    'b: _transform 1',
    'b: write 1 -> true',
    'b: _transform 2',
    'b: write 2 -> true',
    'b: write 3 -> false',
    'b: write 4 -> false',
    'b: write 5 -> false',
    'b: write 6 -> false',
    'd: data only',
    'e: _final',
    'e: _flush',
    'e: prefinish',
    'a: write cb 1',
    'a: write cb 2',
    'a: end',
    'a: end cb',
    'a: finish',
    'b: write cb 1',
    'c: error flush failed',
    'c: write cb bad chunk',
    'd: end',
    'e: end',
    'e: finish',
    'a: close',
    'c: error bad chunk',
    'b: readableLength=2 writableLength=5',
    'b: _transform 3',
    'b: write cb 2',
    'b: read 1',
    'b: readableLength=2 writableLength=4',
  ]);
});
