'use strict';
// colorMode 'auto' colors output for a TTY with more than two colors (or as FORCE_COLOR
// says); true and false force the choice. Each stream is judged on its own.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

delete process.env.FORCE_COLOR;
delete process.env.NO_COLOR;
delete process.env.NODE_DISABLE_COLORS;

const out = [];
function stream(extra = {}) {
  const result = new EventEmitter();
  result.write = (chunk) => out.push(chunk);
  return Object.assign(result, extra);
}
function logged(console, ...args) {
  console.log(...args);
  return out.pop();
}

const plain = stream();
const tty = stream({ isTTY: true, getColorDepth: () => 8 });
const monochromeTty = stream({ isTTY: true, getColorDepth: () => 1 });
const ttyWithoutDepth = stream({ isTTY: true });

const colored = '\x1b[33m1\x1b[39m x { a: \x1b[32m\'b\'\x1b[39m }\n';
const uncolored = "1 x { a: 'b' }\n";
const args = [1, 'x', { a: 'b' }];

assert.strictEqual(logged(new Console(plain), ...args), uncolored);
assert.strictEqual(logged(new Console(tty), ...args), colored);
assert.strictEqual(logged(new Console(monochromeTty), ...args), uncolored);
assert.strictEqual(logged(new Console(ttyWithoutDepth), ...args), colored);
assert.strictEqual(logged(new Console({ stdout: plain, colorMode: true }), ...args), colored);
assert.strictEqual(logged(new Console({ stdout: tty, colorMode: false }), ...args), uncolored);
// Strings given directly are never colored, nor is a format string's output.
assert.strictEqual(logged(new Console(tty), '%s', 'str'), 'str\n');

// warn and error look at stderr.
const split = new Console({ stdout: plain, stderr: tty });
split.log(1);
split.error(1);
assert.deepStrictEqual(out.splice(0), ['1\n', '\x1b[33m1\x1b[39m\n']);

// dir follows the color mode too.
new Console(tty).dir('s');
assert.strictEqual(out.pop(), "\x1b[32m's'\x1b[39m\n");

// FORCE_COLOR decides in 'auto' mode whatever the stream is.
process.env.FORCE_COLOR = '1';
assert.strictEqual(logged(new Console(plain), 1), '\x1b[33m1\x1b[39m\n');
process.env.FORCE_COLOR = '0';
assert.strictEqual(logged(new Console(tty), 1), '1\n');
assert.strictEqual(logged(new Console({ stdout: plain, colorMode: true }), 1), '\x1b[33m1\x1b[39m\n');
delete process.env.FORCE_COLOR;
