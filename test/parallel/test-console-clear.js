'use strict';
// console.clear() homes the cursor and erases the screen, only on a TTY whose TERM is not
// 'dumb'; elsewhere it writes nothing.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const written = [];
const stream = new EventEmitter();
stream.write = (chunk, callback) => written.push([chunk, typeof callback]);
const console = new Console(stream);
const savedTerm = process.env.TERM;

stream.isTTY = false;
console.clear();
assert.deepStrictEqual(written, []);

stream.isTTY = true;
process.env.TERM = 'xterm-256color';
console.group('indented');
written.length = 0;
console.clear();
// Two direct writes, unaffected by the group indentation.
assert.deepStrictEqual(written, [['\x1b[1;1H', 'undefined'], ['\x1b[0J', 'undefined']]);

written.length = 0;
process.env.TERM = 'dumb';
console.clear();
assert.deepStrictEqual(written, []);

if (savedTerm === undefined) delete process.env.TERM;
else process.env.TERM = savedTerm;
