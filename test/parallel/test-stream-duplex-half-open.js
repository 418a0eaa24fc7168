'use strict';
// Duplex sides: allowHalfOpen, readable: false / writable: false, and when a duplex is
// auto-destroyed (only once both sides are done).
require('../common');
const assert = require('assert');
const { Duplex, Readable, Writable } = require('stream');

const log = [];

function watch(name, d) {
  for (const event of ['end', 'prefinish', 'finish', 'close']) {
    d.on(event, () => log.push(`${name}: ${event}`));
  }
}

{
  // Half-open (default): ending the readable side leaves the writable side open.
  const d = new Duplex({
    objectMode: true,
    read() { this.push(null); },
    write(chunk, encoding, cb) { log.push(`open: _write ${chunk}`); cb(); },
  });
  watch('open', d);
  d.resume();
  d.on('end', () => {
    log.push(`open: writable after end=${d.writable}`);
    d.end('last');
  });
}

{
  // allowHalfOpen: false: the end of the readable side ends the writable side.
  const d = new Duplex({
    objectMode: true,
    allowHalfOpen: false,
    read() { this.push(null); },
    write(chunk, encoding, cb) { cb(); },
  });
  watch('closed-half', d);
  d.resume();
}

{
  // A duplex whose writable side is switched off.
  const d = new Duplex({ objectMode: true, writable: false, read() {} });
  log.push(`no-write: writable=${d.writable} writableEnded=${d.writableEnded} ` +
           `writableFinished=${d.writableFinished} readable=${d.readable}`);
  watch('no-write', d);
  d.push(1);
  d.push(null);
  d.resume();
}

{
  // A duplex whose readable side is switched off.
  const d = new Duplex({ objectMode: true, readable: false, write(chunk, encoding, cb) { cb(); } });
  log.push(`no-read: readable=${d.readable} readableEnded=${d.readableEnded} writable=${d.writable}`);
  watch('no-read', d);
  d.end('x');
}

{
  // Per-side options.
  const d = new Duplex({
    readableObjectMode: true,
    writableHighWaterMark: 7,
    readableHighWaterMark: 3,
  });
  log.push(`options: ${d.readableObjectMode} ${d.writableObjectMode} ` +
           `${d.readableHighWaterMark} ${d.writableHighWaterMark} allowHalfOpen=${d.allowHalfOpen}`);
  const both = new Duplex({ objectMode: true, highWaterMark: 4, readableHighWaterMark: 9 });
  log.push(`both: ${both.readableHighWaterMark} ${both.writableHighWaterMark}`);
  log.push(`instanceof: ${d instanceof Readable} ${d instanceof Writable} ${d instanceof Duplex}`);
  log.push(`not writable: ${new Readable() instanceof Writable}`);
}

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'no-write: writable=false writableEnded=true writableFinished=true readable=true',
    'no-read: readable=false readableEnded=true writable=true',
    'no-read: prefinish',
    'options: true false 3 7 allowHalfOpen=true',
    'both: 4 4',
    'instanceof: true true true',
    'not writable: false',
    'open: end',
    'open: writable after end=true',
    'open: _write last',
    'open: prefinish',
    'closed-half: end',
    'no-write: end',
    'no-read: finish',
    'closed-half: prefinish',
    'no-write: close',
    'no-read: close',
    'open: finish',
    'closed-half: finish',
    'open: close',
    'closed-half: close',
  ]);
});
