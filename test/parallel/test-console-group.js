'use strict';
// console.group/groupCollapsed print their arguments, then indent what follows (every line
// of it, on both streams) by groupIndentation spaces until groupEnd.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

function collector(prefix, into) {
  const stream = new EventEmitter();
  stream.write = (chunk) => into.push(prefix + chunk);
  return stream;
}

const out = [];
const console = new Console(collector('', out), collector('E:', out));
console.group('G1', 2);
console.log('in1');
console.group();
console.log('in2\nsecond line');
console.error('error in 2');
console.dir({ a: 1 });
console.table([1]);
console.groupEnd();
console.log('back to 1');
console.groupEnd();
console.groupEnd();  // extra groupEnd calls do nothing
console.log('top');
console.groupCollapsed('collapsed %s', 'x');
console.log('inside collapsed');
console.groupEnd();
assert.deepStrictEqual(out, [
  'G1 2\n',
  '  in1\n',
  '    in2\n    second line\n',
  'E:    error in 2\n',
  '    { a: 1 }\n',
  '    ┌─────────┬────────┐\n    │ (index) │ Values │\n    ├─────────┼────────┤\n' +
    '    │ 0       │ 1      │\n    └─────────┴────────┘\n',
  '  back to 1\n',
  'top\n',
  'collapsed x\n',
  '  inside collapsed\n',
]);

// Group labels go through the same formatting as log, including %-specifiers.
out.length = 0;
console.group('%s', 'x');
console.groupEnd();
assert.deepStrictEqual(out, ['x\n']);

// The indentation width is an option.
for (const [width, expected] of [
  [4, ['a\n', '    b\n    c\n', '        d\n', 'e\n']],
  [0, ['a\n', 'b\nc\n', 'd\n', 'e\n']],
]) {
  out.length = 0;
  const indented = new Console({ stdout: collector('', out), groupIndentation: width });
  indented.group('a');
  indented.log('b\nc');
  indented.group();
  indented.log('d');
  indented.groupEnd();
  indented.groupEnd();
  indented.groupEnd();
  indented.log('e');
  assert.deepStrictEqual(out, expected);
}
