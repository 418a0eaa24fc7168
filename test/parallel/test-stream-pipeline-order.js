'use strict';
// pipeline(): the callback's tick and argument, which stages are destroyed on failure, and
// generator and async-function stages.
require('../common');
const assert = require('assert');
const { pipeline, Readable, Writable, Transform, PassThrough } = require('stream');

const log = [];

function sink(name, fail) {
  return new Writable({
    objectMode: true,
    write(chunk, encoding, cb) {
      log.push(`${name}: _write ${chunk}`);
      cb(fail && chunk === fail ? new Error(`${name} failed`) : null);
    },
  });
}

function track(name, stream) {
  stream.on('close', () => log.push(`${name}: close destroyed=${stream.destroyed} errored=${stream.errored?.message}`));
  return stream;
}

{
  const result = pipeline(
    track('ok-src', Readable.from([1, 2])),
    track('ok-t', new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c * 2); } })),
    track('ok-dst', sink('ok-dst')),
    (err, value) => log.push(`ok: callback ${err} ${value}`));
  log.push(`ok: returns the last stream ${result instanceof Writable}`);
}

{
  pipeline(
    track('fail-src', Readable.from([1, 2, 3])),
    track('fail-pt', new PassThrough({ objectMode: true })),
    track('fail-dst', sink('fail-dst', 2)),
    (err) => log.push(`fail: callback ${err?.message}`));
}

{
  pipeline(
    function* source() {
      yield 'a';
      yield 'b';
    },
    async function* upper(chunks) {
      for await (const chunk of chunks) yield chunk.toUpperCase();
    },
    async function consume(chunks) {
      const all = [];
      for await (const chunk of chunks) all.push(chunk);
      log.push(`gen: consumed ${all.join('')}`);
      return 'result';
    },
    (err, value) => log.push(`gen: callback ${err} ${value}`));
}

{
  // A source destroyed midway: premature close for the rest.
  const src = track('premature-src', new Readable({ objectMode: true, read() {} }));
  pipeline(src, track('premature-dst', sink('premature-dst')),
           (err) => log.push(`premature: callback ${err?.code}`));
  src.push('x');
  setImmediate(() => src.destroy());
}

{
  // An aborted signal (stream/promises style options through pipeline's promise form).
  const { pipeline: pipelinePromise } = require('stream/promises');
  const controller = new AbortController();
  const src = track('abort-src', new Readable({ objectMode: true, read() {} }));
  pipelinePromise(src, track('abort-dst', sink('abort-dst')), { signal: controller.signal })
    .catch((err) => log.push(`abort: rejected ${err.name} ${err.code}`));
  setImmediate(() => controller.abort());
}

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'ok: returns the last stream true',
    'ok-dst: _write 2',
    'ok-dst: _write 4',
    'fail-dst: _write 1',
    'fail-dst: _write 2',
    'premature-dst: _write x',
    'fail-dst: close destroyed=true errored=fail-dst failed',
    'ok-t: close destroyed=true errored=undefined',
    'fail-pt: close destroyed=true errored=fail-dst failed',
    'fail: callback fail-dst failed',
    'ok-dst: close destroyed=true errored=undefined',
    'gen: consumed AB',
    'ok-src: close destroyed=true errored=undefined',
    'fail-src: close destroyed=true errored=undefined',
    'gen: callback undefined result',
    'ok: callback undefined undefined',
    'premature-src: close destroyed=true errored=undefined',
    'premature-dst: close destroyed=true errored=Premature close',
    'premature: callback ERR_STREAM_PREMATURE_CLOSE',
    'abort-src: close destroyed=true errored=The operation was aborted',
    'abort-dst: close destroyed=true errored=The operation was aborted',
    'abort: rejected AbortError ABORT_ERR',
  ]);
});
