'use strict';
// The tick on which 'data', 'end' and 'close' arrive in flowing mode, against nextTick and
// microtask markers, for sources that push synchronously and asynchronously.
require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const log = [];

function markTicks(name) {
  process.nextTick(() => log.push(`${name}: tick`));
  Promise.resolve().then(() => log.push(`${name}: microtask`));
}

{
  // A source that pushes everything from its first _read() call.
  let calls = 0;
  const r = new Readable({
    objectMode: true,
    read() {
      log.push(`sync: _read ${++calls}`);
      this.push('a');
      this.push('b');
      this.push(null);
    },
  });
  r.on('data', (chunk) => log.push(`sync: data ${chunk}`));
  r.on('end', () => log.push('sync: end'));
  r.on('close', () => log.push('sync: close'));
  r.on('resume', () => log.push('sync: resume'));
  markTicks('sync');
}

{
  // One chunk per _read() call, pushed a tick later.
  let n = 0;
  const r = new Readable({
    objectMode: true,
    read() {
      n++;
      log.push(`async: _read ${n}`);
      process.nextTick(() => this.push(n <= 2 ? `c${n}` : null));
    },
  });
  r.on('data', (chunk) => log.push(`async: data ${chunk}`));
  r.on('end', () => log.push('async: end'));
  r.on('close', () => log.push('async: close'));
}

{
  // Chunks pushed before anyone listens are delivered when 'data' is attached.
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  r.push(2);
  r.push(null);
  log.push(`prefilled: length ${r.readableLength}, flowing ${r.readableFlowing}`);
  r.on('data', (chunk) => log.push(`prefilled: data ${chunk}`));
  log.push(`prefilled: flowing after on(data) ${r.readableFlowing}`);
  r.on('end', () => log.push('prefilled: end'));
  r.on('close', () => log.push('prefilled: close'));
}

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'prefilled: length 2, flowing null',
    'prefilled: flowing after on(data) true',
    'sync: _read 1',
    'sync: resume',
    'sync: data a',
    'sync: data b',
    'sync: tick',
    'async: _read 1',
    'prefilled: data 1',
    'prefilled: data 2',
    'sync: end',
    'async: data c1',
    'prefilled: end',
    'sync: close',
    'async: _read 2',
    'prefilled: close',
    'async: data c2',
    'async: _read 3',
    'async: end',
    'async: close',
    'sync: microtask',
  ]);
});
