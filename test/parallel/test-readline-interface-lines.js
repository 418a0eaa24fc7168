'use strict';
// A readline Interface on a non-terminal stream: lines split on \n, \r\n and \r (a \r\n split
// across chunks counts once), the unterminated rest emitted at 'end', prompt() and question()
// writing to the output, setPrompt/getPrompt, pause/resume/close events, option defaults and
// node's argument errors.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

{
  const input = new PassThrough();
  const output = new PassThrough();
  const rl = readline.createInterface({ input, output, prompt: '$ ' });
  const events = [];
  for (const name of ['line', 'close', 'pause', 'resume', 'history']) {
    rl.on(name, (...args) => events.push([name, ...args]));
  }
  output.on('data', (data) => events.push(['out', data.toString()]));
  assert.strictEqual(rl.terminal, false);
  assert.strictEqual(rl.crlfDelay, 100);
  assert.strictEqual(rl.historySize, 30);
  assert.strictEqual(rl.getPrompt(), '$ ');
  assert.strictEqual(rl.line, '');
  assert.strictEqual(rl.closed, undefined);
  rl.prompt();
  input.write('one\ntwo\r\nthree\rfour');
  input.write('\nfive\r');
  input.write('\nsix');
  rl.question('name? ', common.mustCall((answer) => events.push(['answer', answer])));
  input.end('\n seven ');
  rl.on('close', common.mustCall(() => {
    assert.deepStrictEqual(events, [
      ['out', '$ '], ['line', 'one'], ['line', 'two'], ['line', 'three'], ['line', 'four'],
      ['line', 'five'], ['out', 'name? '], ['answer', 'six'], ['line', ' seven '], ['pause'], ['close'],
    ]);
    assert.strictEqual(rl.closed, true);
    assert.strictEqual(rl.getPrompt(), '$ ');  // restored after the question
    assert.throws(() => rl.question('again?', common.mustNotCall()), {
      code: 'ERR_USE_AFTER_CLOSE', message: 'readline was closed',
    });
  }));
}

{
  // pause() and resume() reach the input and emit once each; close() pauses first.
  const input = new PassThrough();
  const rl = readline.createInterface(input);
  const events = [];
  for (const name of ['pause', 'resume', 'close']) rl.on(name, () => events.push(name));
  assert.strictEqual(rl.pause(), rl);
  rl.pause();
  assert.strictEqual(input.isPaused(), true);
  assert.strictEqual(rl.resume(), rl);
  rl.resume();
  assert.strictEqual(input.isPaused(), false);
  rl.setPrompt('> ');
  rl.close();
  rl.close();
  assert.deepStrictEqual(events, ['pause', 'resume', 'pause', 'close']);
  assert.strictEqual(input.listenerCount('data'), 0);
}

{
  // write() feeds the interface as input would.
  const rl = readline.createInterface({ input: new PassThrough(), crlfDelay: Infinity });
  const lines = [];
  rl.on('line', (line) => lines.push(line));
  rl.write('a\r');
  rl.write('\nb\n');
  assert.deepStrictEqual(lines, ['a', 'b']);
  assert.strictEqual(rl.crlfDelay, Infinity);
  rl.close();
}

{
  // An aborted signal closes the interface.
  const controller = new AbortController();
  const rl = readline.createInterface({ input: new PassThrough(), signal: controller.signal });
  rl.on('close', common.mustCall());
  controller.abort();
  const early = readline.createInterface({ input: new PassThrough(), signal: AbortSignal.abort() });
  early.on('close', common.mustCall());
}

{
  const input = new PassThrough();
  assert.strictEqual(readline.createInterface({ input, crlfDelay: 50 }).crlfDelay, 100);
  assert.strictEqual(readline.createInterface({ input, historySize: 3 }).historySize, 3);
  assert.strictEqual(readline.Interface({ input }) instanceof readline.Interface, true);
  for (const [options, expected] of [
    [{ completer: 1 }, { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' }],
    [{ historySize: -1 }, { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' }],
    [{ historySize: 'x' }, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }],
    [{ history: 'x' }, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }],
    [{ tabSize: 0 }, { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' }],
    [{ escapeCodeTimeout: 'x' }, { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' }],
    [{ signal: 1 }, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }],
  ]) {
    assert.throws(() => readline.createInterface({ input, ...options }), expected);
  }
}

assert.deepStrictEqual(Object.keys(readline).sort(), [
  'Interface', 'clearLine', 'clearScreenDown', 'createInterface', 'cursorTo', 'emitKeypressEvents',
  'moveCursor', 'promises',
]);
assert.strictEqual(readline.promises, require('readline/promises'));

{
  // The legacy Interface keeps node's underscore names (methods and state accessors); the
  // readline/promises one has none of them.
  const rl = readline.createInterface({ input: new PassThrough() });
  for (const name of ['_ttyWrite', '_refreshLine', '_insertString', '_getCursorPos', '_historyPrev']) {
    assert.strictEqual(typeof rl[name], 'function', name);
  }
  assert.strictEqual(rl._prompt, '> ');
  rl._prompt = '% ';
  assert.strictEqual(rl.getPrompt(), '% ');
  rl.close();
  const modern = require('readline/promises').createInterface({ input: new PassThrough() });
  assert.strictEqual(modern._ttyWrite, undefined);
  modern.close();
}
