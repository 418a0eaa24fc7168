'use strict';
// Writable.toWeb() and Writable.fromWeb(): writes, backpressure, close/end, errors, abort and
// destroy in both directions, object mode and string decoding, argument errors.
const common = require('../common');
const assert = require('assert');
const { inspect } = require('util');
const { Writable } = require('stream');

// Scenarios log events; each runs alone, after the previous one has settled, and its log
// is checked then.
const scenarios = [];
function checkLog(scenario, expected) {
  scenarios.push([scenario, expected]);
}
process.nextTick(common.mustCall(async () => {
  for (const [scenario, expected] of scenarios) {
    const log = [];
    scenario((event) => log.push(event));
    await new Promise((resolve) => setTimeout(resolve, 40));
    assert.deepStrictEqual(log, expected);
  }
}));

// Writable.toWeb ------------------------------------------------------------------------

// Outside object mode the high water mark counts chunks.
checkLog((log) => {
  const writable = new Writable({
    highWaterMark: 3,
    write(chunk, encoding, callback) {
      log(`_write ${JSON.stringify(chunk)}`);
      setTimeout(callback, 1);
    },
    final(callback) {
      log('_final');
      callback();
    },
  });
  writable.on('finish', () => log('finish'));
  writable.on('close', () => log('close'));
  const writer = Writable.toWeb(writable).getWriter();
  log(`desiredSize ${writer.desiredSize}`);
  writer.write('a').then(() => log('wrote a'));
  writer.write(new Uint8Array([1])).then(() => log('wrote bytes'));
  log(`desiredSize ${writer.desiredSize}`);
  writer.close().then(() => log('closed'));
}, ['desiredSize 3', 'desiredSize 1', '_write {"type":"Buffer","data":[97]}', 'wrote a', 'wrote bytes',
    '_write {"type":"Buffer","data":[1]}', '_final', 'finish', 'close', 'closed']);

checkLog((log) => {
  const writable = new Writable({
    objectMode: true,
    highWaterMark: 2,
    write(chunk, encoding, callback) {
      log(`_write ${JSON.stringify(chunk)}`);
      callback();
    },
  });
  const writer = Writable.toWeb(writable).getWriter();
  log(`desiredSize ${writer.desiredSize}`);
  writer.write({ a: 1 }).then(() => log('wrote'));
  writer.close().then(() => log('closed'));
}, ['desiredSize 2', '_write {"a":1}', 'wrote', 'closed']);

// A write that fills the node stream waits for 'drain'.
checkLog((log) => {
  const callbacks = [];
  const writable = new Writable({
    highWaterMark: 1,
    write(chunk, encoding, callback) {
      log(`_write ${chunk}`);
      callbacks.push(callback);
    },
  });
  const writer = Writable.toWeb(writable).getWriter();
  writer.write('a').then(() => log('wrote a'));
  writer.write('b').then(() => log('wrote b'));
  setTimeout(() => {
    log('callback 1');
    callbacks.shift()();
  }, 3);
  setTimeout(() => {
    log('callback 2');
    callbacks.shift()();
  }, 6);
}, ['_write a', 'callback 1', '_write b', 'wrote a', 'callback 2', 'wrote b']);

checkLog((log) => {
  const writable = new Writable({ write(chunk, encoding, callback) { callback(new Error('bad')); } });
  writable.on('error', (error) => log(`error ${error.message}`));
  const writer = Writable.toWeb(writable).getWriter();
  writer.write('a').then(() => log('wrote'), (error) => log(`write rejected ${error.message}`));
  writer.closed.catch((error) => log(`closed rejected ${error.message}`));
}, ['error bad', 'write rejected bad', 'closed rejected bad']);

// abort() destroys the node stream with the reason.
checkLog((log) => {
  const writable = new Writable({ write(chunk, encoding, callback) { callback(); } });
  writable.on('error', (error) => log(`error ${error}`));
  writable.on('close', () => log('close'));
  Writable.toWeb(writable).abort('R').then(() => log(`aborted destroyed=${writable.destroyed}`));
}, ['aborted destroyed=true', 'error R', 'close']);

// The node stream destroyed without an error: the web stream errors with an AbortError.
checkLog((log) => {
  const writable = new Writable({ write(chunk, encoding, callback) { callback(); } });
  const writer = Writable.toWeb(writable).getWriter();
  writer.closed.then(() => log('closed'), (error) => log(`closed rejected ${error.name} ${error.message}`));
  writable.destroy();
}, ['closed rejected AbortError The operation was aborted']);

// A destroyed or ended node stream gives a web stream that is closing.
checkLog((log) => {
  const destroyed = new Writable();
  destroyed.destroy();
  const stream = Writable.toWeb(destroyed);
  log(inspect(stream));
  const ended = new Writable({ write(chunk, encoding, callback) { callback(); } });
  ended.end();
  const other = Writable.toWeb(ended);
  setTimeout(() => log(`${inspect(stream)} ${inspect(other)}`), 1);
}, ["WritableStream { locked: false, state: 'writable' }",
    "WritableStream { locked: false, state: 'closed' } WritableStream { locked: false, state: 'closed' }"]);

assert.throws(() => Writable.toWeb({}), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "streamWritable" argument must be an stream.Writable. Received an instance of Object',
});

// Writable.fromWeb ------------------------------------------------------------------------

// Strings become Buffers (decodeStrings); writes buffered meanwhile go out together.
checkLog((log) => {
  const stream = new WritableStream({
    write(chunk) { log(`sink write ${chunk.constructor.name} ${JSON.stringify([...chunk])}`); },
    close() { log('sink close'); },
  });
  const writable = Writable.fromWeb(stream);
  log(`highWaterMark=${writable.writableHighWaterMark} objectMode=${writable.writableObjectMode}`);
  writable.write('ab', () => log('callback ab'));
  writable.write(Buffer.from('c'), () => log('callback c'));
  writable.write('ff', 'hex', () => log('callback hex'));
  writable.end(() => log('end callback'));
  writable.on('finish', () => log('finish'));
  writable.on('close', () => log('close'));
}, ['highWaterMark=16384 objectMode=false', 'sink write Buffer [97,98]', 'callback ab',
    'sink write Buffer [99]', 'sink write Buffer [255]', 'callback c', 'callback hex', 'sink close',
    'end callback', 'finish', 'close']);

checkLog((log) => {
  const writable = Writable.fromWeb(new WritableStream({ write(chunk) { log(`sink write ${JSON.stringify(chunk)}`); } }),
                                    { decodeStrings: false });
  writable.write('ab', () => log('callback'));
}, ['sink write "ab"', 'callback']);

checkLog((log) => {
  const writable = Writable.fromWeb(new WritableStream({ write(chunk) { log(`sink write ${JSON.stringify(chunk)}`); } }),
                                    { objectMode: true, highWaterMark: 5 });
  log(`highWaterMark=${writable.writableHighWaterMark} objectMode=${writable.writableObjectMode}`);
  writable.write({ x: 1 }, () => log('callback'));
}, ['highWaterMark=5 objectMode=true', 'sink write {"x":1}', 'callback']);

checkLog((log) => {
  const writable = Writable.fromWeb(new WritableStream({ write() { throw new Error('sink failed'); } }));
  writable.on('error', (error) => log(`error ${error.message}`));
  writable.on('close', () => log('close'));
  writable.write('a', (error) => log(`callback ${error?.message}`));
}, ['callback sink failed', 'error sink failed', 'close']);

// destroy(error) aborts the web stream; destroy() closes it.
checkLog((log) => {
  const writable = Writable.fromWeb(new WritableStream({
    abort: (reason) => log(`sink abort ${reason?.message}`),
    close: () => log('sink close'),
  }));
  writable.on('error', (error) => log(`error ${error.message}`));
  writable.on('close', () => log('close'));
  writable.destroy(new Error('D'));
}, ['sink abort D', 'error D', 'close']);
checkLog((log) => {
  const writable = Writable.fromWeb(new WritableStream({
    abort: (reason) => log(`sink abort ${reason}`),
    close: () => log('sink close'),
  }));
  writable.on('close', () => log('close'));
  writable.destroy();
}, ['sink close', 'close']);

// The web stream erroring on its own destroys the node stream.
checkLog((log) => {
  let controller;
  const writable = Writable.fromWeb(new WritableStream({ start(c) { controller = c; } }));
  writable.on('error', (error) => log(`error ${error.message}`));
  writable.on('close', () => log('close'));
  controller.error(new Error('X'));
}, ['error X', 'close']);

assert.throws(() => Writable.fromWeb({}), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "writableStream" argument must be an instance of WritableStream. Received an instance of Object',
});
assert.throws(() => Writable.fromWeb(new WritableStream(), { decodeStrings: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.decodeStrings" property must be of type boolean. Received type number (1)',
});
assert.throws(() => Writable.fromWeb(new WritableStream(), { objectMode: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.objectMode" property must be of type boolean. Received type number (1)',
});
{
  const stream = new WritableStream();
  stream.getWriter();
  assert.throws(() => Writable.fromWeb(stream), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: WritableStream is locked',
  });
}
