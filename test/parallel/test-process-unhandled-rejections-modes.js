'use strict';
// --unhandled-rejections: throw (default), strict, warn, warn-with-error-code, none.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const code = 'Promise.reject(new Error("nobody caught me")); process.on("exit", (c) => console.log("exit", c))';

function run(mode) {
  const args = mode ? [`--unhandled-rejections=${mode}`, '-e', code] : ['-e', code];
  return spawnSync(process.execPath, args, { encoding: 'utf8' });
}

let r = run();
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /Error: nobody caught me/);

r = run('strict');
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /Error: nobody caught me/);

r = run('warn');
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, 'exit 0\n');
assert.match(r.stderr, /UnhandledPromiseRejectionWarning: Error: nobody caught me/);

r = run('warn-with-error-code');
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /UnhandledPromiseRejectionWarning/);

r = run('none');
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stderr, '');

// A handler attached in the same tick means nothing is reported.
r = spawnSync(process.execPath, ['-e', 'const p = Promise.reject(new Error("x")); p.catch(() => console.log("caught"))'],
              { encoding: 'utf8' });
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, 'caught\n');

// A non-error reason is wrapped, naming the reason.
r = spawnSync(process.execPath, ['-e', 'Promise.reject(7)'], { encoding: 'utf8' });
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /The promise rejected with the reason "7"\./);
assert.match(r.stderr, /code: 'ERR_UNHANDLED_REJECTION'/);
