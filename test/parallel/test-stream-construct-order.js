'use strict';
// _construct(): nothing is read, written, finished or destroyed until its callback has run,
// and its error destroys the stream.
require('../common');
const assert = require('assert');
const { Readable, Writable, Duplex } = require('stream');

const log = [];

{
  const r = new Readable({
    objectMode: true,
    construct(cb) {
      log.push('r: _construct');
      setImmediate(() => {
        log.push('r: constructed');
        cb();
      });
    },
    read() {
      log.push('r: _read');
      this.push('v');
      this.push(null);
    },
  });
  r.on('data', (chunk) => log.push(`r: data ${chunk}`));
  r.on('end', () => log.push('r: end'));
  log.push('r: created');
}

{
  const w = new Writable({
    objectMode: true,
    construct(cb) {
      log.push('w: _construct');
      setImmediate(() => {
        log.push('w: constructed');
        cb();
      });
    },
    write(chunk, encoding, cb) {
      log.push(`w: _write ${chunk}`);
      cb();
    },
    final(cb) {
      log.push('w: _final');
      cb();
    },
  });
  w.write('a', () => log.push('w: write cb'));
  w.end(() => log.push('w: end cb'));
  w.on('finish', () => log.push('w: finish'));
}

{
  // Destroyed while constructing: _destroy waits for _construct.
  const d = new Duplex({
    construct(cb) {
      log.push('d: _construct');
      setImmediate(cb);
    },
    destroy(err, cb) {
      log.push(`d: _destroy ${err?.message}`);
      cb(err);
    },
  });
  d.on('error', (err) => log.push(`d: error ${err.message}`));
  d.on('close', () => log.push('d: close'));
  d.destroy(new Error('early'));
  log.push(`d: destroyed=${d.destroyed}`);
}

{
  // A failing _construct.
  const r = new Readable({
    construct(cb) { cb(new Error('cannot construct')); },
    read() { log.push('fail: _read (never)'); },
  });
  r.on('error', (err) => log.push(`fail: error ${err.message}`));
  r.on('close', () => log.push('fail: close'));
  r.resume();
}

{
  // Calling back twice.
  const w = new Writable({
    construct(cb) {
      cb();
      cb();
    },
    write(chunk, encoding, cb) { cb(); },
  });
  w.on('error', (err) => log.push(`twice: error ${err.code}`));
}

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'r: created',
    'd: destroyed=true',
    'r: _construct',
    'w: _construct',
    'd: _construct',
    'fail: error cannot construct',
    'fail: close',
    'twice: error ERR_MULTIPLE_CALLBACK',
    'r: constructed',
    'r: _read',
    'r: data v',
    'r: end',
    'w: constructed',
    'w: _write a',
    'w: _final',
    'w: write cb',
    'w: end cb',
    'w: finish',
    'd: _destroy early',
    'd: error early',
    'd: close',
  ]);
});
