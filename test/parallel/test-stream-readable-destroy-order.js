'use strict';
// destroy(): 'error' then 'close' on the tick after _destroy() calls back, the callback
// before either, and only the first error kept.
require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const log = [];

function watch(name, stream) {
  stream.on('error', (err) => log.push(`${name}: error ${err.message}`));
  stream.on('close', () => log.push(`${name}: close errored=${stream.errored?.message} ` +
                                     `destroyed=${stream.destroyed} closed=${stream.closed}`));
  stream.on('end', () => log.push(`${name}: end`));
  process.nextTick(() => log.push(`${name}: tick`));
}

{
  const r = new Readable({ read() {} });
  watch('a', r);
  r.destroy(new Error('first'), (err) => log.push(`a: cb ${err?.message}`));
  log.push(`a: destroyed=${r.destroyed} closed=${r.closed} errored=${r.errored?.message}`);
  r.destroy(new Error('second'), (err) => log.push(`a: second cb ${err}`));
}

{
  // An asynchronous _destroy(): nothing is emitted until it calls back.
  const r = new Readable({
    read() {},
    destroy(err, cb) {
      log.push(`b: _destroy ${err?.message}`);
      setTimeout(() => { log.push('b: _destroy done'); cb(err); }, 1);
    },
  });
  watch('b', r);
  r.destroy(new Error('boom'));
}

{
  // _destroy() replacing the error, or swallowing it.
  const r1 = new Readable({ read() {}, destroy(err, cb) { cb(new Error('replaced')); } });
  watch('c1', r1);
  r1.destroy(new Error('original'));
  const r2 = new Readable({ read() {}, destroy(err, cb) { cb(null); } });
  watch('c2', r2);
  r2.destroy(new Error('swallowed'));
  const r3 = new Readable({ read() {}, destroy() { throw new Error('thrown'); } });
  watch('c3', r3);
  r3.destroy();
}

{
  // emitClose: false, and destroy() without an error.
  const r = new Readable({ read() {}, emitClose: false });
  watch('d', r);
  r.destroy();
  log.push(`d: readableAborted=${r.readableAborted}`);
}

{
  // Data queued at destroy time is not delivered.
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  r.on('data', (chunk) => log.push(`e: data ${chunk}`));
  watch('e', r);
  r.destroy();
  log.push(`e: push after destroy -> ${r.push(2)}`);
}

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'a: cb first',
    'a: destroyed=true closed=true errored=first',
    'a: second cb undefined',
    'b: _destroy boom',
    'd: readableAborted=true',
    'e: push after destroy -> false',
    'a: tick',
    'a: error first',
    'a: close errored=first destroyed=true closed=true',
    'b: tick',
    'c1: tick',
    'c1: error replaced',
    'c1: close errored=original destroyed=true closed=true',
    'c2: tick',
    'c2: close errored=swallowed destroyed=true closed=true',
    'c3: tick',
    'c3: error thrown',
    'c3: close errored=thrown destroyed=true closed=true',
    'd: tick',
    'e: data 1',
    'e: tick',
    'e: close errored=undefined destroyed=true closed=true',
    'b: _destroy done',
    'b: error boom',
    'b: close errored=boom destroyed=true closed=true',
  ]);
});
