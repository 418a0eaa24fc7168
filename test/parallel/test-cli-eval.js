'use strict';
// -e / --eval / -p / --print, and how arguments after them reach process.argv.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(args, options) {
  return spawnSync(process.execPath, args, { encoding: 'utf8', ...options });
}

let r = run(['-e', 'console.log(6 * 7)']);
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, '42\n');

r = run(['--eval', 'console.log("long form")']);
assert.strictEqual(r.stdout, 'long form\n');

r = run(['--eval=console.log("with equals")']);
assert.strictEqual(r.stdout, 'with equals\n');

r = run(['-p', '1 + 2']);
assert.strictEqual(r.stdout, '3\n');

r = run(['-p', '({ a: [1, 2], s: "x" })']);
assert.strictEqual(r.stdout, "{ a: [ 1, 2 ], s: 'x' }\n");

r = run(['-p', '"plain string"']);
assert.strictEqual(r.stdout, 'plain string\n');

r = run(['-pe', '[1, 2].length']);
assert.strictEqual(r.stdout, '2\n');

r = run(['-p', 'undefined']);
assert.strictEqual(r.stdout, 'undefined\n');

r = run(['-e', 'console.log(JSON.stringify(process.argv.slice(1)))', 'a', '--b', 'c']);
assert.strictEqual(r.stdout, '["a","--b","c"]\n');

r = run(['-e', 'console.log(JSON.stringify(process.argv.slice(1)))', '--', '-x']);
assert.strictEqual(r.stdout, '["-x"]\n');

// -e code is a script: `var` makes a global, require and module work, __filename is [eval].
r = run(['-e', 'var g = 1; console.log(globalThis.g, typeof require, typeof module, __filename)']);
assert.strictEqual(r.stdout, '1 function object [eval]\n');

r = run(['-e', 'console.log(require("path").join("a", "b"))']);
assert.strictEqual(r.stdout, 'a/b\n');

r = run(['-e', 'throw new Error("from eval")']);
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /^\[eval\]:1\n/);
assert.match(r.stderr, /Error: from eval\n {4}at /);

// Builtin modules are globals in -e and -p, loaded on first use.
r = run(['-p', 'typeof os.cpus + " " + path.join("a", "b")']);
assert.strictEqual(r.stdout, 'function a/b\n');
