'use strict';
// util.inspect of URLSearchParams and its iterators: `'name' => 'value'` pairs, one per line
// when they do not fit, `[Object]` past the depth limit.
require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect(new URLSearchParams()), 'URLSearchParams {}');
assert.strictEqual(util.inspect(new URLSearchParams('a=1&b=2')), "URLSearchParams { 'a' => '1', 'b' => '2' }");
assert.strictEqual(util.inspect(new URLSearchParams('a=1&b=2'), { breakLength: 20 }),
                   "URLSearchParams {\n  'a' => '1',\n  'b' => '2' }");
const long = new URLSearchParams();
for (let i = 0; i < 8; i++) long.append(`key${i}`, `value-value-${i}`);
assert.strictEqual(util.inspect(long), `URLSearchParams {
  'key0' => 'value-value-0',
  'key1' => 'value-value-1',
  'key2' => 'value-value-2',
  'key3' => 'value-value-3',
  'key4' => 'value-value-4',
  'key5' => 'value-value-5',
  'key6' => 'value-value-6',
  'key7' => 'value-value-7' }`);
assert.strictEqual(util.inspect(long.keys()), `URLSearchParams Iterator {
  'key0',
  'key1',
  'key2',
  'key3',
  'key4',
  'key5',
  'key6',
  'key7' }`);

const params = new URLSearchParams('x=1&y=2');
assert.strictEqual(util.inspect(params.keys()), "URLSearchParams Iterator { 'x', 'y' }");
assert.strictEqual(util.inspect(params.values()), "URLSearchParams Iterator { '1', '2' }");
assert.strictEqual(util.inspect(params.entries()), "URLSearchParams Iterator { [ 'x', '1' ], [ 'y', '2' ] }");
const partly = params.entries();
partly.next();
assert.strictEqual(util.inspect(partly), "URLSearchParams Iterator { [ 'y', '2' ] }");
partly.next();
assert.strictEqual(util.inspect(partly), 'URLSearchParams Iterator {  }');
assert.strictEqual(util.inspect(params.entries(), { breakLength: 20 }),
                   "URLSearchParams Iterator {\n  [\n  'x',\n  '1'\n],\n  [\n  'y',\n  '2'\n] }");

assert.strictEqual(util.inspect({ x: params }, { depth: 0 }), '{ x: [Object] }');
assert.strictEqual(util.inspect({ x: { y: params.keys() } }, { depth: 1 }), '{ x: { y: [Object] } }');
assert.strictEqual(util.inspect(params, { depth: -1 }), '[Object]');
assert.strictEqual(util.inspect(params, { colors: true }),
                   "URLSearchParams { \u001b[32m'x'\u001b[39m => \u001b[32m'1'\u001b[39m, " +
                   "\u001b[32m'y'\u001b[39m => \u001b[32m'2'\u001b[39m }");

class MyParams extends URLSearchParams {}
assert.strictEqual(util.inspect(new MyParams('a=1')), "MyParams { 'a' => '1' }");
