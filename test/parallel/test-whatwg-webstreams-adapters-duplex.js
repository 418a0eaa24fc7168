'use strict';
// Duplex.toWeb() and Duplex.fromWeb(): a node duplex as a { readable, writable } pair and
// back, half-open behaviour, errors and destroy, argument errors.
const common = require('../common');
const assert = require('assert');
const { inspect } = require('util');
const { Duplex, PassThrough, Readable } = require('stream');

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

// Duplex.toWeb ----------------------------------------------------------------------------

checkLog((log) => {
  const duplex = new Duplex({
    read() {},
    write(chunk, encoding, callback) {
      log(`_write ${chunk}`);
      this.push(String(chunk).toUpperCase());
      callback();
    },
    final(callback) {
      log('_final');
      this.push(null);
      callback();
    },
  });
  const pair = Duplex.toWeb(duplex);
  log(Object.keys(pair).join());
  const writer = pair.writable.getWriter();
  writer.write('ab');
  writer.close().then(() => log('closed'));
  (async () => {
    for await (const chunk of pair.readable) log(`chunk ${Buffer.from(chunk)}`);
    log('end');
  })();
}, ['writable,readable', '_write ab', '_final', 'chunk AB', 'end', 'closed']);

{
  const duplex = new PassThrough();
  duplex.destroy();
  const pair = Duplex.toWeb(duplex);
  assert.deepStrictEqual(Object.keys(pair), ['readable', 'writable']);
  assert.strictEqual(inspect(pair.readable), "ReadableStream { locked: false, state: 'closed', supportsBYOB: false }");
}
assert.throws(() => Duplex.toWeb(new Readable()), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "duplex" argument must be an stream.Duplex. Received an instance of Readable',
});

// Duplex.fromWeb --------------------------------------------------------------------------

checkLog((log) => {
  const transform = new TransformStream({
    transform(chunk, controller) { controller.enqueue(String(chunk).toUpperCase()); },
  });
  const duplex = Duplex.fromWeb(transform, { encoding: 'utf8' });
  log(`allowHalfOpen=${duplex.allowHalfOpen} objectMode=${duplex.readableObjectMode},${duplex.writableObjectMode}`);
  duplex.on('data', (chunk) => log(`data ${JSON.stringify(chunk)}`));
  duplex.on('end', () => log('end'));
  duplex.on('finish', () => log('finish'));
  duplex.on('close', () => log('close'));
  duplex.write('abc');
  duplex.end();
}, ['allowHalfOpen=false objectMode=false,false', 'data "ABC"', 'finish', 'end', 'close']);

checkLog((log) => {
  let readableController;
  const duplex = Duplex.fromWeb({
    readable: new ReadableStream({ start(c) { readableController = c; } }),
    writable: new WritableStream({ write: (chunk) => log(`sink ${chunk}`), close: () => log('sink close') }),
  }, { allowHalfOpen: true, objectMode: true });
  duplex.on('data', (chunk) => log(`data ${chunk}`));
  duplex.on('end', () => log('end'));
  duplex.on('finish', () => log('finish'));
  duplex.on('close', () => log('close'));
  readableController.enqueue('r1');
  readableController.close();
  setTimeout(() => {
    duplex.write('w1');
    duplex.end();
  }, 10);
}, ['data r1', 'end', 'sink w1', 'sink close', 'finish', 'close']);

// destroy() cancels the readable side and aborts the writable side with the error.
checkLog((log) => {
  const duplex = Duplex.fromWeb({
    readable: new ReadableStream({ cancel: (reason) => log(`cancel ${reason?.message}`) }),
    writable: new WritableStream({ abort: (reason) => log(`abort ${reason?.message}`), close: () => log('sink close') }),
  });
  duplex.on('error', (error) => log(`error ${error.message}`));
  duplex.on('close', () => log('close'));
  duplex.destroy(new Error('D'));
}, ['cancel D', 'abort D', 'error D', 'close']);
checkLog((log) => {
  const duplex = Duplex.fromWeb({
    readable: new ReadableStream({ cancel: (reason) => log(`cancel ${reason}`) }),
    writable: new WritableStream({ abort: (reason) => log(`abort ${reason}`), close: () => log('sink close') }),
  });
  duplex.on('close', () => log('close'));
  duplex.destroy();
}, ['cancel null', 'abort null', 'close']);

// An error on either side destroys the duplex.
checkLog((log) => {
  const duplex = Duplex.fromWeb({
    readable: new ReadableStream({ start(c) { c.error(new Error('readable failed')); } }),
    writable: new WritableStream({ abort: (reason) => log(`abort ${reason?.message}`) }),
  });
  duplex.on('error', (error) => log(`error ${error.message}`));
  duplex.on('close', () => log('close'));
  duplex.resume();
}, ['error readable failed', 'close']);
checkLog((log) => {
  const duplex = Duplex.fromWeb({
    readable: new ReadableStream({ cancel: (reason) => log(`cancel ${reason?.message}`) }),
    writable: new WritableStream({ write() { throw new Error('writable failed'); } }),
  });
  duplex.on('error', (error) => log(`error ${error.message}`));
  duplex.on('close', () => log('close'));
  duplex.write('x', (error) => log(`callback ${error?.message}`));
}, ['callback writable failed', 'cancel writable failed', 'error writable failed', 'close']);

{
  const duplex = Duplex.fromWeb(new TransformStream(), { objectMode: true, allowHalfOpen: true });
  assert.deepStrictEqual([duplex.readableHighWaterMark, duplex.writableHighWaterMark, duplex.readableObjectMode,
                          duplex.writableObjectMode, duplex.allowHalfOpen], [16, 16, true, true, true]);
}
assert.throws(() => Duplex.fromWeb(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pair" argument must be of type object. Received type number (1)',
});
assert.throws(() => Duplex.fromWeb({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pair.readable" property must be an instance of ReadableStream. Received undefined',
});
assert.throws(() => Duplex.fromWeb({ readable: new ReadableStream() }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pair.writable" property must be an instance of WritableStream. Received undefined',
});
assert.throws(() => Duplex.fromWeb(new TransformStream(), 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.throws(() => Duplex.fromWeb(new TransformStream(), { objectMode: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.objectMode" property must be of type boolean. Received type number (1)',
});
assert.throws(() => Duplex.fromWeb(new TransformStream(), { encoding: 'bad' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'bad' is invalid. Received 'options.encoding'",
});
