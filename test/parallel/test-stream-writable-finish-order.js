'use strict';
// end(): _final(), 'prefinish', the end() callback, 'finish' and 'close', in Node's order and
// on Node's ticks, with synchronous and asynchronous writes.
require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const log = [];

function watch(name, w) {
  for (const event of ['prefinish', 'finish', 'close', 'drain']) {
    w.on(event, () => log.push(`${name}: ${event}`));
  }
  w.on('error', (err) => log.push(`${name}: error ${err.message}`));
  process.nextTick(() => log.push(`${name}: tick`));
  Promise.resolve().then(() => log.push(`${name}: microtask`));
}

{
  const w = new Writable({
    objectMode: true,
    write(chunk, encoding, cb) {
      log.push(`sync: _write ${chunk}`);
      cb();
    },
  });
  watch('sync', w);
  w.write(1, () => log.push('sync: write cb 1'));
  w.write(2, () => log.push('sync: write cb 2'));
  w.end(() => log.push('sync: end cb'));
  log.push(`sync: writableEnded=${w.writableEnded} writableFinished=${w.writableFinished}`);
}

{
  const w = new Writable({
    objectMode: true,
    write(chunk, encoding, cb) {
      log.push(`async: _write ${chunk}`);
      setImmediate(cb);
    },
    final(cb) {
      log.push('async: _final');
      setImmediate(cb);
    },
  });
  watch('async', w);
  w.write(1, () => log.push('async: write cb 1'));
  w.write(2, () => log.push('async: write cb 2'));
  w.end(3, () => log.push('async: end cb'));
}

{
  // A synchronous _final().
  const w = new Writable({
    write(chunk, encoding, cb) { cb(); },
    final(cb) {
      log.push('final-sync: _final');
      cb();
    },
  });
  watch('final-sync', w);
  w.end();
}

{
  // _final() failing: no 'finish'; the end() callback gets the error.
  const w = new Writable({
    write(chunk, encoding, cb) { cb(); },
    final(cb) { cb(new Error('final failed')); },
  });
  watch('final-error', w);
  w.end((err) => log.push(`final-error: end cb ${err?.message}`));
}

{
  // end() twice, and end() after finish.
  const w = new Writable({ write(chunk, encoding, cb) { cb(); } });
  watch('twice', w);
  w.end(() => log.push('twice: end cb 1'));
  w.end(() => log.push('twice: end cb 2'));
  w.on('finish', () => {
    w.end((err) => log.push(`twice: end after finish ${err?.code}`));
  });
}

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'sync: _write 1',
    'sync: _write 2',
    'sync: prefinish',
    'sync: writableEnded=true writableFinished=false',
    'async: _write 1',
    'final-sync: _final',
    'final-sync: prefinish',
    'twice: prefinish',
    'sync: tick',
    'sync: write cb 1',
    'sync: write cb 2',
    'async: tick',
    'final-sync: tick',
    'final-sync: finish',
    'final-error: tick',
    'final-error: error final failed',
    'final-error: close',
    'final-error: end cb final failed',
    'twice: tick',
    'twice: end cb 1',
    'twice: end cb 2',
    'twice: finish',
    'sync: end cb',
    'sync: finish',
    'final-sync: close',
    'twice: end after finish ERR_STREAM_ALREADY_FINISHED',
    'twice: close',
    'sync: close',
    'sync: microtask',
    'async: microtask',
    'final-sync: microtask',
    'final-error: microtask',
    'twice: microtask',
    'async: _write 2',
    'async: write cb 1',
    'async: _write 3',
    'async: write cb 2',
    'async: _final',
    'async: prefinish',
    'async: end cb',
    'async: finish',
    'async: close',
  ]);
});
