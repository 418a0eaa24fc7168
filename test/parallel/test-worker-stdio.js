'use strict';
// A worker's stdout and stderr reach the parent as worker.stdout / worker.stderr streams
// (captured with stdout: true / stderr: true, else passed on to the parent's own); with
// stdin: true, worker.stdin feeds the worker's process.stdin.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { Worker } = require('worker_threads');
const { Readable, Writable } = require('stream');

{
  const worker = new Worker(`
    console.log('log line', { a: 1 });
    console.error('error line');
    process.stdout.write('raw ');
    process.stdout.write(Buffer.from('bytes\\n'));
  `, { eval: true, stdout: true, stderr: true });
  assert.ok(worker.stdout instanceof Readable);
  assert.ok(worker.stderr instanceof Readable);
  assert.strictEqual(worker.stdin, null);
  let out = '';
  let err = '';
  worker.stdout.setEncoding('utf8').on('data', (chunk) => { out += chunk; });
  worker.stderr.setEncoding('utf8').on('data', (chunk) => { err += chunk; });
  worker.stdout.on('end', common.mustCall(() => {
    assert.strictEqual(out, "log line { a: 1 }\nraw bytes\n");
  }));
  worker.on('exit', common.mustCall(() => {
    setImmediate(common.mustCall(() => assert.strictEqual(err, 'error line\n')));
  }));
}

{
  const worker = new Worker(`
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk) => { text += chunk; });
    process.stdin.on('end', () => require('worker_threads').parentPort.postMessage(text));
  `, { eval: true, stdin: true });
  assert.ok(worker.stdin instanceof Writable);
  worker.on('message', common.mustCall((text) => assert.strictEqual(text, 'first second')));
  worker.stdin.write('first ');
  setTimeout(() => worker.stdin.end('second'), 20);
}

// Without stdin: true, the worker's stdin is empty.
{
  const worker = new Worker(`
    process.stdin.on('data', () => { throw new Error('no data expected'); });
    process.stdin.on('end', () => require('worker_threads').parentPort.postMessage('ended'));
  `, { eval: true });
  worker.on('message', common.mustCall((message) => assert.strictEqual(message, 'ended')));
}

// Not captured: it shows up in the parent's own output, in order.
const child = spawnSync(process.execPath, ['-e', `
  const { Worker } = require('worker_threads');
  console.log('parent first');
  new Worker("console.log('from the worker'); console.error('worker error'); process.stdout.write('a'); process.stdout.write('b\\\\n');", { eval: true })
    .on('exit', () => console.log('parent last'));
`], { encoding: 'utf8', timeout: 20000 });
assert.strictEqual(child.status, 0, child.stderr);
assert.strictEqual(child.stdout, 'parent first\nfrom the worker\nab\nparent last\n');
assert.strictEqual(child.stderr, 'worker error\n');
