'use strict';
// lode's builtins come with V8's code caches made at build time: a plain run compiles none of
// them afresh; a run whose V8 flags differ (the caches would not fit) compiles them as usual.
// Either way they behave the same: sources, names and stack positions are the real ones.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const probe = `
const { internalBinding } = require('internal/test/binding');
require('http'); require('child_process');
const stats = internalBinding('builtins').codeCacheStats();
let where;
try { require('fs').readFileSync(123n); } catch (err) { where = err.stack.split('\\n')[1]; }
const source = require('path').join.toString();  // 'function posixJoin(...args) {'
console.log(JSON.stringify({ stats, where, source: source.slice(0, 18) }));
`;

function run(flags) {
  const r = spawnSync(process.execPath, [...flags, '--expose-internals', '--no-warnings', '-e', probe],
                      { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

const plain = run([]);
assert.ok(plain.stats.embedded > 100, JSON.stringify(plain.stats));
assert.ok(plain.stats.accepted > 50, JSON.stringify(plain.stats));
assert.strictEqual(plain.stats.rejected, 0);

const other = run(['--expose-gc']);
assert.strictEqual(other.stats.accepted, 0);
assert.ok(other.stats.rejected > 50, JSON.stringify(other.stats));

for (const result of [plain, other]) {
  assert.match(result.where, /node:fs:\d+:\d+/);
  assert.strictEqual(result.source, 'function posixJoin');
}
assert.strictEqual(plain.where, other.where);
