'use strict';
// finished(): when the callback runs and with what, for streams in various states, options
// and signals, and the cleanup function it returns.
require('../common');
const assert = require('assert');
const { finished, Readable, Writable, Duplex, PassThrough } = require('stream');
const EE = require('events');

const log = [];

function report(name) {
  return (err) => log.push(`${name}: ${err ? `${err.code || err.name} ${err.message}` : 'ok'}`);
}

{
  const r = Readable.from([1]);
  finished(r, report('readable ended'));
  r.resume();
}

{
  const w = new Writable({ write(chunk, encoding, cb) { cb(); } });
  finished(w, report('writable finished'));
  w.end('x');
}

{
  const r = new Readable({ read() {} });
  finished(r, report('readable destroyed'));
  r.destroy();
}

{
  const r = new Readable({ read() {} });
  finished(r, report('readable errored'));
  r.on('error', () => {});
  r.destroy(new Error('bad'));
}

{
  // Already finished streams are reported on the next tick.
  const w = new Writable({ write(chunk, encoding, cb) { cb(); } });
  w.end();
  w.on('close', () => {
    finished(w, report('already closed'));
  });
  const r = new Readable({ read() {}, autoDestroy: false });
  r.push(null);
  r.resume();
  r.on('end', () => {
    finished(r, report('already ended'));
  });
}

{
  // Only the readable side of a duplex.
  const d = new Duplex({ read() {}, write(chunk, encoding, cb) { cb(); } });
  finished(d, { writable: false }, report('duplex readable only'));
  d.push(null);
  d.resume();
}

{
  // error: false ignores 'error' events (and waits for 'close').
  const p = new PassThrough();
  finished(p, { error: false }, report('error false'));
  p.on('error', () => log.push('error false: error event'));
  p.emit('error', new Error('ignored'));
  setImmediate(() => p.destroy());
}

{
  // The returned function removes the listeners.
  const r = new Readable({ read() {} });
  const before = r.listenerCount('close');
  const cleanup = finished(r, report('cleaned up (never)'));
  log.push(`cleanup: added ${r.listenerCount('close') - before}`);
  cleanup();
  log.push(`cleanup: left ${r.listenerCount('close') - before}`);
  r.destroy();
}

{
  // An abort signal.
  const controller = new AbortController();
  const r = new Readable({ read() {} });
  finished(r, { signal: controller.signal }, report('signal'));
  controller.abort();
}

{
  // An old-style emitter counts as a stream once it has write() or pipe().
  const legacy = new EE();
  legacy.write = () => true;
  finished(legacy, report('legacy'));
  legacy.emit('finish');
}

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'error false: error event',
    'cleanup: added 1',
    'cleanup: left 0',
    'signal: ABORT_ERR The operation was aborted',
    'legacy: ok',
    'readable destroyed: ERR_STREAM_PREMATURE_CLOSE Premature close',
    'readable errored: Error bad',
    'writable finished: ok',
    'duplex readable only: ok',
    'already closed: ok',
    'already ended: ok',
    'readable ended: ok',
    'error false: ERR_STREAM_PREMATURE_CLOSE Premature close',
  ]);
});
