'use strict';
// Throws garbage at every public function of a module and records what happens: 'ok', or
// the error's code (or constructor name when it has none). A test runs this in the current
// runtime and, when the current runtime is not node, in node too, and compares the two:
// lode must throw the same errors as node and never crash.
const { spawnSync } = require('child_process');

function throwingGetterObject() {
  return new Proxy({}, { get() { throw new Error('getter trap'); } });
}

function detachedBuffer() {
  const buffer = new ArrayBuffer(8);
  const view = new Uint8Array(buffer);
  structuredCloneDetach(buffer);
  return view;
}

function structuredCloneDetach(buffer) {
  if (typeof structuredClone === 'function') {
    try {
      structuredClone(buffer, { transfer: [buffer] });
    } catch {
      // Nothing to detach with: the buffer stays usable.
    }
  }
}

// Each entry: a label and a factory (fresh value per call, since callees may mutate).
const garbage = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['NaN', () => NaN],
  ['-1', () => -1],
  ['-0', () => -0],
  ['huge', () => 2 ** 53],
  ['Infinity', () => Infinity],
  ['1.5', () => 1.5],
  ['bigint', () => 10n],
  ['symbol', () => Symbol('garbage')],
  ['empty string', () => ''],
  ['nul string', () => 'a\u0000b'],
  ['object', () => ({})],
  ['array', () => [1, 'two']],
  ['function', () => function garbageFunction() {}],
  ['throwing getters', throwingGetterObject],
  ['proxy', () => new Proxy([], {})],
  ['detached view', detachedBuffer],
];

function outcome(fn, thisArg, args) {
  try {
    const result = fn.apply(thisArg, args);
    if (result && typeof result.then === 'function') result.then(null, () => {});
    return 'ok';
  } catch (err) {
    if (err === null || (typeof err !== 'object' && typeof err !== 'function')) return `threw ${typeof err}`;
    return err.code || (err.constructor && err.constructor.name) || 'unknown';
  }
}

// `targets`: { label: [thisArg, fn] } built by the test; `skip`: labels not to call.
function run(targets) {
  const results = {};
  for (const label of Object.keys(targets).sort()) {
    const [thisArg, fn] = targets[label];
    for (const [name, make] of garbage) {
      results[`${label}(${name})`] = outcome(fn, thisArg, [make()]);
      results[`${label}('x', ${name})`] = outcome(fn, thisArg, ['x', make()]);
    }
  }
  return results;
}

function functionsOf(object, prefix, skip = []) {
  const targets = {};
  for (const key of Object.keys(object)) {
    // Accessors (lazy exports) are not functions to call; reading them may load more.
    const descriptor = Object.getOwnPropertyDescriptor(object, key);
    if (!('value' in descriptor)) continue;
    const value = descriptor.value;
    const label = `${prefix}.${key}`;
    if (typeof value === 'function' && !skip.includes(key)) targets[label] = [object, value];
  }
  return targets;
}

// Compares this runtime with node for the script at `file` (which prints its results as
// JSON when run with the argument 'report').
function compareWithNode(file, results) {
  if (!process.versions.lode) return;  // under node itself there is nothing to compare
  const node = spawnSync('sh', ['-c', 'command -v node'], { encoding: 'utf8' }).stdout.trim();
  if (!node) return;
  const r = spawnSync(node, [file, 'report'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`node failed on ${file}: ${r.stderr}`);
  const expected = JSON.parse(r.stdout.trim().split('\n').pop());
  const differences = [];
  for (const key of Object.keys(expected)) {
    // A function node has and lode lacks (often one newer than node 20.11) is not compared.
    if (!(key in results)) continue;
    if (expected[key] !== results[key]) differences.push(`${key}: node ${expected[key]}, lode ${results[key]}`);
  }
  if (differences.length) {
    throw new Error(`${differences.length} differences from node:\n${differences.slice(0, 40).join('\n')}`);
  }
}

module.exports = { run, functionsOf, compareWithNode };
