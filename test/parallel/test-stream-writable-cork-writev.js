'use strict';
// cork()/uncork() batch writes into one _writev() call; without _writev the queue drains one
// _write() at a time. end() uncorks completely.
require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const log = [];

function describe(chunks) {
  return chunks.map(({ chunk, encoding }) => `${chunk}/${encoding}`).join(',');
}

{
  const w = new Writable({
    objectMode: true,
    write(chunk, encoding, cb) {
      log.push(`a: _write ${chunk}`);
      cb();
    },
    writev(chunks, cb) {
      log.push(`a: _writev ${describe(chunks)} allBuffers=${chunks.allBuffers}`);
      cb();
    },
  });
  w.cork();
  w.write('a', () => log.push('a: cb a'));
  w.write('b', 'hex', () => log.push('a: cb b'));
  log.push(`a: corked=${w.writableCorked} length=${w.writableLength} buffered=${w.writableBuffer.length}`);
  w.uncork();
  log.push(`a: after uncork corked=${w.writableCorked} length=${w.writableLength}`);
  w.cork();
  w.cork();
  w.write('c');
  w.uncork();
  log.push(`a: one uncork of two, corked=${w.writableCorked}`);
  w.end('d', () => log.push('a: end cb'));
  log.push(`a: after end corked=${w.writableCorked}`);
}

{
  // Writes queued while one is in flight go out together through _writev().
  let finishFirst;
  const w = new Writable({
    objectMode: true,
    write(chunk, encoding, cb) {
      log.push(`b: _write ${chunk}`);
      finishFirst = cb;
    },
    writev(chunks, cb) {
      log.push(`b: _writev ${describe(chunks)}`);
      setImmediate(cb);
    },
  });
  w.write(1, () => log.push('b: cb 1'));
  w.write(2, () => log.push('b: cb 2'));
  w.write(3, () => log.push('b: cb 3'));
  log.push(`b: bufferedRequestCount=${w._writableState.bufferedRequestCount}`);
  setImmediate(() => finishFirst());
}

{
  // No _writev: queued writes go one by one.
  const w = new Writable({
    objectMode: true,
    write(chunk, encoding, cb) {
      log.push(`c: _write ${chunk}`);
      cb();
    },
  });
  w.cork();
  w.write(1);
  w.write(2);
  process.nextTick(() => w.uncork());
  w.on('finish', () => log.push('c: finish'));
  process.nextTick(() => w.end());
}

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'a: corked=1 length=2 buffered=2',
    'a: _writev a/null,b/hex allBuffers=false',
    'a: after uncork corked=0 length=0',
    'a: one uncork of two, corked=1',
    'a: _writev c/undefined,d/null allBuffers=false',
    'a: after end corked=0',
    'b: _write 1',
    'b: bufferedRequestCount=2',
    'a: cb a',
    'a: cb b',
    'c: _write 1',
    'c: _write 2',
    'a: end cb',
    'c: finish',
    'b: _writev 2/null,3/null',
    'b: cb 1',
    'b: cb 2',
    'b: cb 3',
  ]);
});
