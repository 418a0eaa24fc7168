'use strict';
// A readline Interface in terminal mode edits the line as keys arrive: cursor movement, word
// and line deletion, history with prefix search and the 'history' event, tab completion,
// ctrl+C as 'SIGINT' (or close without a listener), ctrl+D on an empty line closes.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

function setup(options = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.columns = 80;
  output.isTTY = true;
  const written = [];
  output.on('data', (data) => written.push(data.toString()));
  const rl = readline.createInterface({ input, output, prompt: '$ ', ...options });
  const events = [];
  for (const name of ['line', 'close', 'history', 'SIGINT']) {
    rl.on(name, (...args) => events.push([name, ...args.map((arg) => (Array.isArray(arg) ? [...arg] : arg))]));
  }
  const type = (...keys) => { for (const key of keys) input.write(key); };
  return { input, output, written, rl, events, type };
}

{
  const { rl, events, type, written } = setup({ historySize: 2 });
  assert.strictEqual(rl.terminal, true);  // output.isTTY
  rl.prompt();
  assert.deepStrictEqual(written.splice(0), ['\x1b[1G', '\x1b[0J', '$ ', '\x1b[3G']);
  type('a', 'b');
  assert.deepStrictEqual(written.splice(0), ['a', 'b']);
  type('\x1b[D');  // left
  assert.deepStrictEqual([rl.line, rl.cursor], ['ab', 1]);
  assert.deepStrictEqual(written.splice(0), ['\x1b[1D']);
  type('c');
  assert.deepStrictEqual([rl.line, rl.cursor], ['acb', 2]);
  assert.deepStrictEqual(rl.getCursorPos(), { rows: 0, cols: 4 });
  type('\x1b[H', 'X', '\x05', '\x7f');  // home, insert, ctrl+E, backspace
  assert.deepStrictEqual([rl.line, rl.cursor], ['Xac', 3]);
  type('\r');
  type('second', '\x01', '\x1b[3~');  // ctrl+A, delete
  assert.deepStrictEqual([rl.line, rl.cursor], ['econd', 0]);
  type('\r', '\n');  // \r\n is one line ending
  type('third line', '\x17');  // ctrl+W deletes the last word
  assert.deepStrictEqual([rl.line, rl.cursor], ['third ', 6]);
  type('\x15');  // ctrl+U deletes left of the cursor
  assert.deepStrictEqual([rl.line, rl.cursor], ['', 0]);
  type('x\r', '\x1b[A');  // up: the newest entry
  assert.strictEqual(rl.line, 'x');
  type('\x1b[A');
  assert.strictEqual(rl.line, 'econd');  // historySize 2: 'Xac' fell out
  type('\x1b[A');  // past the oldest: the text the search began with
  assert.strictEqual(rl.line, '');
  type('\x1b[B', '\x1b[B');
  assert.strictEqual(rl.line, 'x');
  type('\x1b[B');
  assert.strictEqual(rl.line, '');
  type('e', '\x1b[A');  // prefix search
  assert.strictEqual(rl.line, 'econd');
  type('\r');
  type('one two three', '\x1bb', '\x1bb');  // meta+b twice: word left
  assert.strictEqual(rl.cursor, 4);
  type('\x1bd');  // meta+d: delete the word right
  assert.deepStrictEqual([rl.line, rl.cursor], ['one three', 4]);
  type('\x0b');  // ctrl+K
  assert.strictEqual(rl.line, 'one ');
  type('\x02', '\x02', '\x06');  // ctrl+B twice, ctrl+F
  assert.strictEqual(rl.cursor, 3);
  type('\r');
  assert.deepStrictEqual(events, [
    ['history', ['Xac']], ['line', 'Xac'],
    ['history', ['econd', 'Xac']], ['line', 'econd'],
    ['history', ['x', 'econd']], ['line', 'x'],
    ['history', ['econd', 'x']], ['line', 'econd'],
    ['history', ['one ', 'econd']], ['line', 'one '],
  ]);
  events.length = 0;
  rl.on('SIGINT', common.mustCall(() => rl.close()));
  type('abc', '\x03');
  assert.deepStrictEqual(events, [['SIGINT'], ['close']]);
}

{
  // No SIGINT listener: ctrl+C closes. Ctrl+D closes only on an empty line.
  const first = setup();
  first.rl.removeAllListeners('SIGINT');
  first.type('x', '\x03');
  assert.deepStrictEqual(first.events, [['close']]);
  const second = setup();
  second.type('ab', '\x1b[D', '\x04');
  assert.deepStrictEqual([second.rl.line, second.events], ['a', []]);
  second.type('\x15', '\x04');
  assert.deepStrictEqual(second.events, [['close']]);
}

{
  // Tab completion: one match is completed; a common prefix is filled in; a second tab lists.
  const completer = common.mustCallAtLeast((line) => {
    return [['hello', 'help', 'world'].filter((word) => word.startsWith(line)), line];
  });
  const { rl, type, written } = setup({ completer });
  type('w', '\t');
  assert.strictEqual(rl.line, 'world');
  type('\r', 'h', '\t');
  assert.strictEqual(rl.line, 'hel');
  written.length = 0;
  type('\t');
  assert.strictEqual(written[0], '\r\nhello  help\r\n\r\n');
  type('l', '\t');
  assert.strictEqual(rl.line, 'hello');
  rl.close();
}

{
  // terminal: true on a non-TTY output, and the history option.
  const { rl, type } = setup({ terminal: true, history: ['old'], removeHistoryDuplicates: true });
  type('\x1b[A');
  assert.strictEqual(rl.line, 'old');
  type('\r', 'new\r', 'old\r');
  assert.deepStrictEqual(rl.history, ['old', 'new']);
  rl.close();
  const noHistory = setup({ historySize: 0 });
  noHistory.type('x\r', 'y\r');
  assert.deepStrictEqual(noHistory.rl.history, []);
  noHistory.rl.close();
}

{
  // Kill ring: ctrl+K / ctrl+U kill, ctrl+Y yanks the newest, meta+Y right after a yank
  // swaps in the next older one. Undo (ctrl+_) and redo (ctrl+^) step through edits.
  const { rl, type } = setup();
  type('the quick brown fox', '\x01', '\x06', '\x0b');  // home, right, kill to end
  assert.deepStrictEqual([rl.line, rl.cursor], ['t', 1]);
  type('\x19');  // ctrl+Y
  assert.deepStrictEqual([rl.line, rl.cursor], ['the quick brown fox', 19]);
  type('\x01', '\x06', '\x06', '\x06', '\x06', '\x0b', '\x01', '\x19');
  assert.deepStrictEqual([rl.line, rl.cursor], ['quick brown foxthe ', 15]);
  type('\x1by');  // meta+Y
  assert.deepStrictEqual([rl.line, rl.cursor], ['he quick brown foxthe ', 18]);
  type('\x05', '\x15', 'abc', '\x1f');
  assert.strictEqual(rl.line, 'ab');
  type('\x1f', '\x1f');
  assert.strictEqual(rl.line, '');
  type('\x1e');
  assert.strictEqual(rl.line, 'a');
  rl.close();
}
