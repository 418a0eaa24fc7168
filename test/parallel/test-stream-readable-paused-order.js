'use strict';
// Paused mode: when 'readable' fires, what read() returns, and when _read() is called again.
require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const log = [];

{
  let n = 0;
  const r = new Readable({
    objectMode: true,
    highWaterMark: 2,
    read(size) {
      n++;
      log.push(`a: _read(${size}) #${n} length=${this.readableLength}`);
      if (n <= 3) this.push(`x${n}`);
      else this.push(null);
    },
  });
  r.on('readable', () => {
    log.push(`a: readable length=${r.readableLength} flowing=${r.readableFlowing}`);
    let chunk;
    while ((chunk = r.read()) !== null) log.push(`a: read ${chunk}`);
    log.push(`a: read null, ended=${r.readableEnded}`);
  });
  r.on('end', () => log.push('a: end'));
  r.on('close', () => log.push('a: close'));
  log.push(`a: after on(readable) flowing=${r.readableFlowing}`);
}

{
  // A source that pushes later: 'readable' once per batch.
  let n = 0;
  const r = new Readable({
    objectMode: true,
    read() {
      n++;
      log.push(`b: _read #${n}`);
      setTimeout(() => {
        this.push(`y${n}`);
        if (n === 2) this.push(null);
      }, 1);
    },
  });
  r.on('readable', () => {
    const chunk = r.read();
    log.push(`b: readable -> ${chunk}`);
  });
  r.on('end', () => log.push('b: end'));
}

{
  // 'readable' wins over 'data': the stream stays paused; data fires from read().
  const r = new Readable({ objectMode: true, read() {} });
  r.on('data', (chunk) => log.push(`c: data ${chunk}`));
  r.on('readable', () => {
    log.push('c: readable');
    while (r.read() !== null);
  });
  log.push(`c: flowing=${r.readableFlowing}`);
  r.push(1);
  r.push(2);
  r.push(null);
  r.on('end', () => log.push('c: end'));
}

{
  // read(0) only triggers a _read() call; read() on an ended empty stream schedules 'end'.
  const r = new Readable({ objectMode: true, read() { log.push('d: _read'); } });
  log.push(`d: read(0) -> ${r.read(0)}`);
  r.push('v');
  r.push(null);
  log.push(`d: read() -> ${r.read()}`);
  log.push(`d: read() -> ${r.read()}`);
  r.on('end', () => log.push('d: end'));
}

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'a: after on(readable) flowing=false',
    'c: flowing=false',
    'd: _read',
    'd: read(0) -> null',
    'd: read() -> v',
    'd: read() -> null',
    'a: _read(2) #1 length=0',
    'b: _read #1',
    'c: readable',
    'c: data 1',
    'c: data 2',
    'd: end',
    'a: readable length=1 flowing=false',
    'a: _read(2) #2 length=1',
    'a: read x1',
    'a: _read(2) #3 length=1',
    'a: read x2',
    'a: _read(2) #4 length=1',
    'a: read x3',
    'a: read null, ended=false',
    'c: end',
    'a: readable length=0 flowing=false',
    'a: read null, ended=false',
    'a: readable length=0 flowing=false',
    'a: read null, ended=false',
    'a: end',
    'a: close',
    'b: _read #2',
    'b: readable -> y1',
    'b: readable -> y2',
    'b: readable -> null',
    'b: end',
  ]);
});
