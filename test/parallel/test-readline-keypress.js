'use strict';
// readline.emitKeypressEvents decodes input into node's 'keypress' events: printable text,
// control characters as ctrl+letter, ESC+char as meta, CSI/SS3 sequences (xterm, vt220,
// rxvt, Linux console) by name with modifiers, and a lone ESC as 'escape' after the timeout.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

// [input, expected { ch, sequence, name?, ctrl, meta, shift, code? }]; the last is a lone ESC.
const cases = [
  ["\u001b[2P", {"ch":null,"sequence":"\u001b[2P","name":"f1","ctrl":false,"meta":false,"shift":true,"code":"[P"}],
  ["\u001b[31m", {"ch":null,"sequence":"\u001b[31m","name":"undefined","ctrl":false,"meta":false,"shift":false,"code":"[31m"}],
  ["\u001b[[5~", {"ch":null,"sequence":"\u001b[[5~","name":"pageup","ctrl":false,"meta":false,"shift":false,"code":"[[5~"}],
  ["\u001b[3;3~", {"ch":null,"sequence":"\u001b[3;3~","name":"delete","ctrl":false,"meta":true,"shift":false,"code":"[3~"}],
  ["\u001b[200~", {"ch":null,"sequence":"\u001b[200~","name":"paste-start","ctrl":false,"meta":false,"shift":false,"code":"[200~"}],
  ["a", {"ch": "a", "sequence": "a", "name": "a", "ctrl": false, "meta": false, "shift": false}],
  ["A", {"ch": "A", "sequence": "A", "name": "a", "ctrl": false, "meta": false, "shift": true}],
  ["1", {"ch": "1", "sequence": "1", "name": "1", "ctrl": false, "meta": false, "shift": false}],
  [" ", {"ch": " ", "sequence": " ", "name": "space", "ctrl": false, "meta": false, "shift": false}],
  ["\r", {"ch": "\r", "sequence": "\r", "name": "return", "ctrl": false, "meta": false, "shift": false}],
  ["\n", {"ch": "\n", "sequence": "\n", "name": "enter", "ctrl": false, "meta": false, "shift": false}],
  ["\t", {"ch": "\t", "sequence": "\t", "name": "tab", "ctrl": false, "meta": false, "shift": false}],
  ["\u007f", {"ch": "\u007f", "sequence": "\u007f", "name": "backspace", "ctrl": false, "meta": false, "shift": false}],
  ["\b", {"ch": "\b", "sequence": "\b", "name": "backspace", "ctrl": false, "meta": false, "shift": false}],
  ["\u0001", {"ch": "\u0001", "sequence": "\u0001", "name": "a", "ctrl": true, "meta": false, "shift": false}],
  ["\u001a", {"ch": "\u001a", "sequence": "\u001a", "name": "z", "ctrl": true, "meta": false, "shift": false}],
  ["\u001bb", {"ch": null, "sequence": "\u001bb", "name": "b", "ctrl": false, "meta": true, "shift": false}],
  ["\u001bB", {"ch": null, "sequence": "\u001bB", "name": "b", "ctrl": false, "meta": true, "shift": true}],
  ["\u001b\r", {"ch": null, "sequence": "\u001b\r", "name": "return", "ctrl": false, "meta": true, "shift": false}],
  ["\u001b[A", {"ch": null, "sequence": "\u001b[A", "name": "up", "ctrl": false, "meta": false, "shift": false, "code": "[A"}],
  ["\u001b[B", {"ch": null, "sequence": "\u001b[B", "name": "down", "ctrl": false, "meta": false, "shift": false, "code": "[B"}],
  ["\u001b[C", {"ch": null, "sequence": "\u001b[C", "name": "right", "ctrl": false, "meta": false, "shift": false, "code": "[C"}],
  ["\u001b[D", {"ch": null, "sequence": "\u001b[D", "name": "left", "ctrl": false, "meta": false, "shift": false, "code": "[D"}],
  ["\u001b[H", {"ch": null, "sequence": "\u001b[H", "name": "home", "ctrl": false, "meta": false, "shift": false, "code": "[H"}],
  ["\u001b[F", {"ch": null, "sequence": "\u001b[F", "name": "end", "ctrl": false, "meta": false, "shift": false, "code": "[F"}],
  ["\u001bOA", {"ch": null, "sequence": "\u001bOA", "name": "up", "ctrl": false, "meta": false, "shift": false, "code": "OA"}],
  ["\u001bOP", {"ch": null, "sequence": "\u001bOP", "name": "f1", "ctrl": false, "meta": false, "shift": false, "code": "OP"}],
  ["\u001b[15~", {"ch": null, "sequence": "\u001b[15~", "name": "f5", "ctrl": false, "meta": false, "shift": false, "code": "[15~"}],
  ["\u001b[24~", {"ch": null, "sequence": "\u001b[24~", "name": "f12", "ctrl": false, "meta": false, "shift": false, "code": "[24~"}],
  ["\u001b[3~", {"ch": null, "sequence": "\u001b[3~", "name": "delete", "ctrl": false, "meta": false, "shift": false, "code": "[3~"}],
  ["\u001b[3;5~", {"ch": null, "sequence": "\u001b[3;5~", "name": "delete", "ctrl": true, "meta": false, "shift": false, "code": "[3~"}],
  ["\u001b[1;5C", {"ch": null, "sequence": "\u001b[1;5C", "name": "right", "ctrl": true, "meta": false, "shift": false, "code": "[C"}],
  ["\u001b[1;2D", {"ch": null, "sequence": "\u001b[1;2D", "name": "left", "ctrl": false, "meta": false, "shift": true, "code": "[D"}],
  ["\u001b[1;3A", {"ch": null, "sequence": "\u001b[1;3A", "name": "up", "ctrl": false, "meta": true, "shift": false, "code": "[A"}],
  ["\u001b[5~", {"ch": null, "sequence": "\u001b[5~", "name": "pageup", "ctrl": false, "meta": false, "shift": false, "code": "[5~"}],
  ["\u001b[6~", {"ch": null, "sequence": "\u001b[6~", "name": "pagedown", "ctrl": false, "meta": false, "shift": false, "code": "[6~"}],
  ["\u001b[2~", {"ch": null, "sequence": "\u001b[2~", "name": "insert", "ctrl": false, "meta": false, "shift": false, "code": "[2~"}],
  ["\u001b[Z", {"ch": null, "sequence": "\u001b[Z", "name": "tab", "ctrl": false, "meta": false, "shift": true, "code": "[Z"}],
  ["\u001b[[A", {"ch": null, "sequence": "\u001b[[A", "name": "f1", "ctrl": false, "meta": false, "shift": false, "code": "[[A"}],
  ["\u001b[a", {"ch": null, "sequence": "\u001b[a", "name": "up", "ctrl": false, "meta": false, "shift": true, "code": "[a"}],
  ["\u001bOc", {"ch": null, "sequence": "\u001bOc", "name": "right", "ctrl": true, "meta": false, "shift": false, "code": "Oc"}],
  ["\u001b[7^", {"ch": null, "sequence": "\u001b[7^", "name": "home", "ctrl": true, "meta": false, "shift": false, "code": "[7^"}],
  ["\u001b[99~", {"ch": null, "sequence": "\u001b[99~", "name": "undefined", "ctrl": false, "meta": false, "shift": false, "code": "[99~"}],
  ["\u00e9", {"ch": "\u00e9", "sequence": "\u00e9", "ctrl": false, "meta": false, "shift": false}],
  ["\ud83d\ude00", {"ch": "\ud83d\ude00", "sequence": "\ud83d\ude00", "ctrl": false, "meta": false, "shift": false}],
  ["!", {"ch": "!", "sequence": "!", "ctrl": false, "meta": false, "shift": false}],
  ["\u001b!", {"ch": null, "sequence": "\u001b!", "ctrl": false, "meta": true, "shift": false}],
  ["\u001b\u001b[A", {"ch": null, "sequence": "\u001b\u001b[A", "name": "up", "ctrl": false, "meta": false, "shift": false, "code": "[A"}],
  ["\u001bO5P", {"ch": null, "sequence": "\u001bO5P", "name": "f1", "ctrl": true, "meta": false, "shift": false, "code": "OP"}],
  ["\u001b[1;5P", {"ch": null, "sequence": "\u001b[1;5P", "name": "f1", "ctrl": true, "meta": false, "shift": false, "code": "[P"}],
  ["\u001b", {"ch": null, "sequence": "\u001b", "name": "escape", "ctrl": false, "meta": true, "shift": false}],
];

const input = new PassThrough();
readline.emitKeypressEvents(input);
readline.emitKeypressEvents(input);  // a second call changes nothing
const got = [];
input.on('keypress', (ch, key) => got.push({ ch: ch ?? null, ...key }));
for (const [sequence] of cases.slice(0, -1)) input.write(sequence);
input.write('\x1b');
setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(got, cases.map(([, expected]) => ({ name: undefined, ...expected })));
}), 800);

// Several keys in one chunk, and a multi-byte character split across chunks.
const chunked = new PassThrough();
readline.emitKeypressEvents(chunked);
const names = [];
chunked.on('keypress', (ch, key) => names.push(key.name ?? ch));
chunked.write('ab\x1b[A\x03');
const euro = Buffer.from('\u20ac');
chunked.write(euro.subarray(0, 1));
chunked.write(euro.subarray(1));
assert.deepStrictEqual(names, ['a', 'b', 'up', 'c', '\u20ac']);
