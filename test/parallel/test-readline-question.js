'use strict';
// question() in its three flavours: callback, util.promisify, and readline/promises; an
// AbortSignal cancels a pending question (the promise rejects with an AbortError carrying
// the reason) and restores the prompt; readline/promises' Readline queues cursor actions.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough, Writable } = require('stream');
const { promisify } = require('util');

(async () => {
  {
    const input = new PassThrough();
    const output = new PassThrough();
    const rl = readline.createInterface({ input, output });
    const question = promisify(rl.question).bind(rl);
    const answer = question('a? ');
    input.write('first\n');
    assert.strictEqual(await answer, 'first');
    rl.question('b? ', {}, common.mustCall((line) => assert.strictEqual(line, 'second')));
    input.write('second\n');
    const controller = new AbortController();
    const cancelled = question('c? ', { signal: controller.signal });
    controller.abort('why');
    await assert.rejects(cancelled, { name: 'AbortError', cause: 'why' });
    rl.question('d? ', { signal: AbortSignal.abort() }, common.mustNotCall());
    // A callback question aborted: never called, the line goes to 'line' instead.
    const again = new AbortController();
    rl.question('e? ', { signal: again.signal }, common.mustNotCall());
    again.abort();
    rl.once('line', common.mustCall((line) => assert.strictEqual(line, 'to line')));
    input.write('to line\n');
    assert.strictEqual(rl.getPrompt(), '> ');
    assert.throws(() => rl.question('x', { signal: 1 }, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
    rl.close();
  }

  {
    const input = new PassThrough();
    const output = new PassThrough();
    const written = [];
    output.on('data', (data) => written.push(data.toString()));
    const rl = readlinePromises.createInterface({ input, output });
    assert.ok(rl instanceof readlinePromises.Interface);
    const answer = rl.question('name? ');
    input.write('lode\n');
    assert.strictEqual(await answer, 'lode');
    assert.deepStrictEqual(written, ['name? ']);
    const controller = new AbortController();
    const pending = rl.question('x? ', { signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError', code: 'ABORT_ERR' });
    await assert.rejects(rl.question('y? ', { signal: AbortSignal.abort(new Error('r')) }),
                         { name: 'AbortError', cause: new Error('r') });
    rl.close();
    await assert.rejects(async () => rl.question('z? '), { code: 'ERR_USE_AFTER_CLOSE' });
  }

  {
    // A completer returning a promise, on readline/promises.
    const input = new PassThrough();
    const output = new PassThrough();
    const rl = readlinePromises.createInterface({
      input, output, terminal: true, completer: async (line) => [['alpha'], line],
    });
    input.write('al');
    input.write('\t');
    await new Promise((resolve) => setImmediate(resolve));
    assert.strictEqual(rl.line, 'alpha');
    rl.close();
  }

  {
    const chunks = [];
    const stream = new Writable({ write(chunk, encoding, callback) { chunks.push(chunk.toString()); callback(); } });
    const rl = new readlinePromises.Readline(stream);
    assert.strictEqual(rl.cursorTo(1).cursorTo(2, 3).moveCursor(-1, 2).clearLine(-1).clearLine(0)
      .clearLine(1).clearScreenDown(), rl);
    assert.deepStrictEqual(chunks, []);
    await rl.commit();
    assert.deepStrictEqual(chunks, ['\x1b[2G\x1b[4;3H\x1b[1D\x1b[2B\x1b[1K\x1b[2K\x1b[0K\x1b[0J']);
    rl.cursorTo(5).rollback();
    await rl.commit();
    assert.deepStrictEqual(chunks.slice(1), ['']);
    const auto = new readlinePromises.Readline(stream, { autoCommit: true });
    auto.cursorTo(7);
    await new Promise((resolve) => setImmediate(resolve));
    assert.strictEqual(chunks.at(-1), '\x1b[8G');
    assert.throws(() => new readlinePromises.Readline({ write() {} }), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => rl.clearLine(2), { code: 'ERR_OUT_OF_RANGE' });
    assert.throws(() => rl.cursorTo('a'), { code: 'ERR_INVALID_ARG_TYPE' });
  }
})().then(common.mustCall());
