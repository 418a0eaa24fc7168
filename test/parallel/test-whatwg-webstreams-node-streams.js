'use strict';
// Web streams in the node stream utilities: finished(), pipeline() (callback and promise
// forms), compose(), addAbortSignal(), isDisturbed/isErrored/isReadable, Readable.from and
// Duplex.from.
const common = require('../common');
const assert = require('assert');
const stream = require('stream');
const { finished, pipeline, addAbortSignal, isDisturbed, isErrored, isReadable, Readable, Duplex } = stream;

const scenarios = [];
function checkLog(scenario, expected) {
  scenarios.push([scenario, expected]);
}
process.nextTick(common.mustCall(async () => {
  for (const [scenario, expected] of scenarios) {
    const log = [];
    scenario((event) => log.push(event));
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.deepStrictEqual(log, expected);
  }
}));

checkLog((log) => {
  let controller;
  const readable = new ReadableStream({ start(c) { controller = c; } });
  finished(readable, (error) => log(`finished ${error}`));
  readable.getReader().read().then(() => log('read'));
  controller.close();
  log('closed');
}, ['closed', 'read', 'finished undefined']);

checkLog((log) => {
  let controller;
  const readable = new ReadableStream({ start(c) { controller = c; } });
  finished(readable, (error) => log(`finished ${error}`));
  controller.error(new Error('E'));
}, ['finished Error: E']);

checkLog((log) => {
  const writable = new WritableStream();
  finished(writable, (error) => log(`finished ${error}`));
  writable.close().then(() => log('closed'));
}, ['closed', 'finished undefined']);

checkLog((log) => {
  const writable = new WritableStream({ abort: () => log('sink abort') });
  finished(writable, (error) => log(`finished ${error}`));
  writable.abort('A').then(() => log('aborted'));
}, ['sink abort', 'aborted', 'finished A']);

checkLog((log) => {
  const readable = ReadableStream.from(['a', 'b']);
  const writable = new WritableStream({ write: (chunk) => log(`write ${chunk}`), close: () => log('close') });
  pipeline(readable, writable, (error) => log(`done ${error}`));
}, ['write a', 'write b', 'close', 'done undefined']);

checkLog((log) => {
  const readable = ReadableStream.from(['a']);
  const transform = new TransformStream({ transform(chunk, controller) { controller.enqueue(`${chunk}!`); } });
  const writable = new WritableStream({ write: (chunk) => log(`write ${chunk}`) });
  pipeline(readable, transform, writable, (error) => log(`done ${error}`));
}, ['write a!', 'done undefined']);

checkLog((log) => {
  const writable = new WritableStream({ write: (chunk) => log(`write ${Buffer.from(chunk)}`), close: () => log('close') });
  pipeline(Readable.from(['x', 'y']), writable, (error) => log(`done ${error}`));
}, ['write x', 'write y', 'close', 'done undefined']);

checkLog((log) => {
  const passThrough = new stream.PassThrough();
  passThrough.on('data', (chunk) => log(`data ${chunk}`));
  pipeline(ReadableStream.from(['a']), passThrough, (error) => log(`done ${error}`));
}, ['data a', 'done undefined']);

checkLog((log) => {
  stream.promises.pipeline(
    ReadableStream.from(['a']),
    async function* (source) {
      for await (const chunk of source) yield `${chunk}?`;
    },
    new WritableStream({ write: (chunk) => log(`write ${chunk}`) }),
  ).then(() => log('done'));
}, ['write a?', 'done']);

checkLog((log) => {
  const duplex = stream.compose(new TransformStream({
    transform(chunk, controller) { controller.enqueue(String(chunk).toUpperCase()); },
  }));
  duplex.on('data', (chunk) => log(`data ${chunk}`));
  duplex.end('abc');
}, ['data ABC']);

checkLog((log) => {
  const readable = Readable.from(ReadableStream.from(['q']));
  readable.on('data', (chunk) => log(`data ${chunk}`));
  readable.on('end', () => log('end'));
}, ['data q', 'end']);

checkLog((log) => {
  const duplex = Duplex.from(ReadableStream.from(['q']));
  duplex.on('data', (chunk) => log(`data ${chunk}`));
  duplex.on('end', () => log('end'));
}, ['data q', 'end']);

checkLog((log) => {
  const duplex = Duplex.from(new TransformStream());
  duplex.on('data', (chunk) => log(`data ${chunk}`));
  duplex.end('z');
}, ['data z']);

// addAbortSignal() errors a web stream with an AbortError caused by the reason.
checkLog((log) => {
  const controller = new AbortController();
  const readable = new ReadableStream({ cancel: common.mustNotCall() });
  assert.strictEqual(addAbortSignal(controller.signal, readable), readable);
  readable.getReader().closed.catch((error) => log(`closed rejected ${error.name} cause=${error.cause}`));
  controller.abort('why');
}, ['closed rejected AbortError cause=why']);

checkLog((log) => {
  const controller = new AbortController();
  const writable = new WritableStream({ abort: common.mustNotCall() });
  addAbortSignal(controller.signal, writable);
  writable.getWriter().closed.catch((error) => log(`closed rejected ${error.name}`));
  controller.abort('why');
}, ['closed rejected AbortError']);

{
  const readable = new ReadableStream();
  assert.deepStrictEqual([isDisturbed(readable), isErrored(readable), isReadable(readable)], [false, false, true]);
  readable.cancel();
  assert.deepStrictEqual([isDisturbed(readable), isErrored(readable), isReadable(readable)], [true, false, false]);
  const errored = new ReadableStream({ start(controller) { controller.error(new Error('x')); } });
  assert.deepStrictEqual([isDisturbed(errored), isErrored(errored), isReadable(errored)], [false, true, false]);
  const read = ReadableStream.from([1]);
  read.getReader().read();
  assert.strictEqual(isDisturbed(read), true);
}
