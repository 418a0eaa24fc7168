'use strict';
// Readable.from(): sync iterables are read synchronously inside _read(), promises among their
// values are awaited from then on, async iterables once per step; errors and null values.
require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const log = [];

{
  function* numbers() {
    log.push('sync: generator started');
    yield 1;
    log.push('sync: after 1');
    yield 2;
  }
  const r = Readable.from(numbers());
  log.push(`sync: objectMode=${r.readableObjectMode} hwm=${r.readableHighWaterMark}`);
  r.on('data', (chunk) => log.push(`sync: data ${chunk}`));
  r.on('end', () => log.push('sync: end'));
  r.on('close', () => log.push('sync: close'));
  process.nextTick(() => log.push('sync: tick'));
  Promise.resolve().then(() => log.push('sync: microtask'));
}

{
  const r = Readable.from([Promise.resolve('p1'), 'v2', Promise.resolve('p3')]);
  r.on('data', (chunk) => log.push(`promises: data ${chunk}`));
  r.on('end', () => log.push('promises: end'));
}

{
  async function* gen() {
    yield 'g1';
    yield 'g2';
  }
  const r = Readable.from(gen());
  r.on('data', (chunk) => log.push(`async: data ${chunk}`));
  r.on('end', () => log.push('async: end'));
}

{
  const r = Readable.from((function* () {
    yield 'ok';
    throw new Error('generator failed');
  })());
  r.on('data', (chunk) => log.push(`throws: data ${chunk}`));
  r.on('error', (err) => log.push(`throws: error ${err.message}`));
  r.on('close', () => log.push('throws: close'));
}

{
  const r = Readable.from([1, null, 2]);
  r.on('data', (chunk) => log.push(`null: data ${chunk}`));
  r.on('error', (err) => log.push(`null: error ${err.code} ${err.message}`));
}

{
  // A string is one chunk; options override the defaults.
  const r = Readable.from('whole string');
  r.on('data', (chunk) => log.push(`string: data ${chunk}`));
  const r2 = Readable.from([1, 2], { highWaterMark: 5 });
  log.push(`options: hwm=${r2.readableHighWaterMark}`);
}

{
  // Destroying closes the iterator (its finally block runs) before 'close'.
  function* endless() {
    try {
      while (true) yield 'x';
    } finally {
      log.push('destroy: generator finally');
    }
  }
  const r = Readable.from(endless());
  r.once('data', () => {
    log.push('destroy: first data');
    r.destroy();
  });
  r.on('close', () => log.push('destroy: close'));
}

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'sync: objectMode=true hwm=1',
    'options: hwm=5',
    'sync: generator started',
    'sync: after 1',
    'sync: data 1',
    'sync: data 2',
    'sync: tick',
    'throws: data ok',
    'null: data 1',
    'string: data whole string',
    'destroy: first data',
    'destroy: generator finally',
    'sync: end',
    'sync: microtask',
    'promises: data p1',
    'promises: data v2',
    'promises: data p3',
    'async: data g1',
    'async: data g2',
    'promises: end',
    'async: end',
    'throws: error generator failed',
    'throws: close',
    'null: error ERR_STREAM_NULL_VALUES May not write null values to stream',
    'destroy: close',
    'sync: close',
  ]);
});
