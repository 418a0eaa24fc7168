'use strict';
// write() returns false at the high-water mark, 'drain' follows once everything is written,
// and writableNeedDrain/writableLength track it.
require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const log = [];

{
  const pending = [];
  const w = new Writable({
    objectMode: true,
    highWaterMark: 3,
    write(chunk, encoding, cb) {
      log.push(`a: _write ${chunk}`);
      pending.push(cb);
    },
  });
  w.on('drain', () => log.push(`a: drain length=${w.writableLength} needDrain=${w.writableNeedDrain}`));
  for (let i = 1; i <= 4; i++) {
    const ok = w.write(i, () => log.push(`a: cb ${i}`));
    log.push(`a: write ${i} -> ${ok} length=${w.writableLength} needDrain=${w.writableNeedDrain}`);
  }
  // Complete the writes one by one, asynchronously.
  function next() {
    const cb = pending.shift();
    if (!cb) return;
    log.push('a: completing');
    cb();
    setImmediate(next);
  }
  setImmediate(next);
}

{
  // A synchronous sink: callbacks (and 'drain') come on the next tick, batched.
  const w = new Writable({
    objectMode: true,
    highWaterMark: 2,
    write(chunk, encoding, cb) { cb(); },
  });
  w.on('drain', () => log.push('b: drain'));
  const cb = () => log.push('b: shared cb');
  log.push(`b: ${w.write(1, cb)} ${w.write(2, cb)} ${w.write(3, cb)}`);
  process.nextTick(() => log.push('b: tick'));
}

{
  // highWaterMark 0: every write asks for a drain.
  const w = new Writable({ objectMode: true, highWaterMark: 0, write(chunk, encoding, cb) { setImmediate(cb); } });
  w.on('drain', () => log.push('c: drain'));
  log.push(`c: write -> ${w.write('x')} hwm=${w.writableHighWaterMark}`);
}

{
  // No 'drain' once end() was called.
  const w = new Writable({ objectMode: true, highWaterMark: 1, write(chunk, encoding, cb) { setImmediate(cb); } });
  w.on('drain', () => log.push('d: drain'));
  w.on('finish', () => log.push('d: finish'));
  log.push(`d: write -> ${w.write('x')}`);
  w.end();
  log.push(`d: needDrain after end=${w.writableNeedDrain}`);
}

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'a: _write 1',
    'a: write 1 -> true length=1 needDrain=false',
    'a: write 2 -> true length=2 needDrain=false',
    'a: write 3 -> false length=3 needDrain=true',
    'a: write 4 -> false length=4 needDrain=true',
    'b: true true true',
    'c: write -> false hwm=0',
    'd: write -> false',
    'd: needDrain after end=false',
    'b: shared cb',
    'b: shared cb',
    'b: shared cb',
    'b: tick',
    'a: completing',
    'a: _write 2',
    'a: cb 1',
    'c: drain',
    'd: finish',
    'a: completing',
    'a: _write 3',
    'a: cb 2',
    'a: completing',
    'a: _write 4',
    'a: cb 3',
    'a: completing',
    'a: drain length=0 needDrain=false',
    'a: cb 4',
  ]);
});
