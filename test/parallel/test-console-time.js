'use strict';
// console.time/timeLog/timeEnd: "label: duration" in node's formats, measured with
// process.hrtime() (looked up at each call, so this test can fake the elapsed time), and
// warnings for unknown or repeated labels.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const stream = new EventEmitter();
const out = [];
stream.write = (chunk) => out.push(chunk);
const console = new Console(stream);

const realHrtime = process.hrtime;
let fakeElapsed = null;
process.hrtime = function hrtime(previous) {
  if (previous !== undefined && fakeElapsed !== null) return fakeElapsed;
  return realHrtime(previous);
};

function timed(elapsed) {
  fakeElapsed = elapsed;
  console.time('t');
  console.timeEnd('t');
  return out.pop();
}

// [seconds, nanoseconds] elapsed -> what is printed.
const formats = [
  [[0, 0], 't: 0ms\n'],
  [[0, 1], 't: 0ms\n'],
  [[0, 1000], 't: 0.001ms\n'],
  [[0, 1234567], 't: 1.235ms\n'],
  [[0, 123456789], 't: 123.457ms\n'],
  [[0, 999999999], 't: 1000ms\n'],
  [[1, 0], 't: 1.000s\n'],
  [[1, 500000], 't: 1.000s\n'],
  [[12, 345678901], 't: 12.346s\n'],
  [[59, 999500000], 't: 59.999s\n'],
  [[59, 999999999], 't: 60.000s\n'],
  [[60, 0], 't: 1:00.000 (m:ss.mmm)\n'],
  [[61, 234000000], 't: 1:01.234 (m:ss.mmm)\n'],
  [[3599, 999999999], 't: 59:60.000 (m:ss.mmm)\n'],
  [[3600, 0], 't: 1:00:00.000 (h:mm:ss.mmm)\n'],
  [[3661, 1000000], 't: 1:01:01.001 (h:mm:ss.mmm)\n'],
  [[36000, 0], 't: 10:00:00.000 (h:mm:ss.mmm)\n'],
  [[360000, 5], 't: 100:00:00.000 (h:mm:ss.mmm)\n'],
];
for (const [elapsed, expected] of formats) {
  assert.strictEqual(timed(elapsed), expected, `${elapsed}`);
}

fakeElapsed = [2, 0];
console.time();
console.timeLog();
console.timeLog(undefined, 'data', { a: 1 });
console.timeLog('default', '%s', 1);  // extra data is appended, never used as a format
console.timeEnd();
console.time(null);
console.timeEnd('null');
console.time('%s');
console.timeEnd('%s');
console.group('g');
console.time(1);
console.timeEnd('1');
console.groupEnd();
assert.deepStrictEqual(out, [
  'default: 2.000s\n',
  'default: 2.000s data { a: 1 }\n',
  'default: 2.000s %s 1\n',
  'default: 2.000s\n',
  'null: 2.000s\n',
  '%s: 2.000s\n',
  'g\n',
  '  1: 2.000s\n',
]);

// A real measurement.
fakeElapsed = null;
out.length = 0;
console.time('real');
const until = Date.now() + 5;
while (Date.now() < until);
console.timeEnd('real');
assert.match(out[0], /^real: \d+(\.\d{1,3})?ms\n$/);
const ms = Number(out[0].slice(6, -3));
assert.ok(ms >= 4 && ms < 1000, `${ms}`);

common.expectWarning('Warning', [
  "Label 'x' already exists for console.time()",
  "No such label 'x' for console.timeEnd()",
  "No such label 'x' for console.timeLog()",
  "No such label 'nope' for console.timeLog()",
]);
fakeElapsed = [0, 0];
out.length = 0;
console.time('x');
console.time('x');
console.timeEnd('x');
console.timeEnd('x');
console.timeLog('x');
console.timeLog('nope', 1);
assert.deepStrictEqual(out, ['x: 0ms\n']);
process.hrtime = realHrtime;
