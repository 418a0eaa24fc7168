'use strict';
// Throws garbage at every public function of a module and records what happens: 'ok', or
// the error's code (or constructor name when it has none); a returned promise is awaited
// and recorded as 'resolved', 'rejected <code>' or 'pending'. A test runs this in the
// current runtime and, when the current runtime is not node, in node too, and compares the
// two: lode must throw the same errors as node and never crash.
//
// A test builds `targets`: { label: [thisArg, fn, options] } (functionsOf(), methodsOf(),
// settersOf() and receiversOf() build them) and hands them to check(__filename, targets[,
// knownDifferences]). Every target is also called without arguments, and errors thrown
// later, from callbacks, are counted under '(uncaught errors)'.
// options (all optional):
//   args:   valid leading arguments; garbage goes in every position from 0 to args.length,
//           after the valid arguments before it (default ['x']: garbage first, then 'x', garbage)
//   fresh:  () => thisArg, called before every call, for methods that change their receiver
//   skip:   labels of garbage values not to pass (e.g. numbers where one could be a real pid);
//           'no arguments' leaves out the call without arguments that every target gets
//   nodeAborts: labels of garbage values node aborts on (a CHECK in its C++): under node they
//           are not passed, under lode they are, and the outcome is not compared (lode must
//           only survive them)
//   sequential: a returned promise is awaited before the next call (for calls that share
//           state, such as files, where concurrent calls would race)
// To find what aborts a runtime, run a test with BAD_INPUT_LIST_TARGETS=1 (lists the labels),
// then BAD_INPUT_ONLY=<label> [BAD_INPUT_ONLY_GARBAGE=<name>] and the argument 'report'.
// BAD_INPUT_LIMIT=<n> shows more differences; BAD_INPUT_LIST_MISSING=1 names the functions
// node has and lode lacks (those are not compared).
const { spawnSync } = require('child_process');

function throwingGetterObject() {
  return new Proxy({}, { get() { throw new Error('getter trap'); } });
}

function detach(buffer) {
  // structuredClone with a transfer list is the portable way to detach a buffer.
  structuredClone(buffer, { transfer: [buffer] });
  return buffer;
}

function detachedView() {
  const view = new Uint8Array(8);
  detach(view.buffer);
  return view;
}

// Each entry: a label and a factory (a fresh value per call, since callees may mutate).
const garbage = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['true', () => true],
  ['NaN', () => NaN],
  ['-1', () => -1],
  ['-0', () => -0],
  ['huge', () => 2 ** 53],
  ['-huge', () => -(2 ** 53)],
  ['2**31', () => 2 ** 31],
  ['2**32', () => 2 ** 32],
  ['Infinity', () => Infinity],
  ['1.5', () => 1.5],
  ['bigint', () => 10n],
  ['symbol', () => Symbol('garbage')],
  ['empty string', () => ''],
  ['nul string', () => 'a\u0000b'],
  ['string object', () => new String('hex')],
  ['object', () => ({})],
  ['array', () => [1, 'two']],
  ['function', () => function garbageFunction() {}],
  ['throwing getters', throwingGetterObject],
  ['proxy', () => new Proxy([], {})],
  ['detached view', detachedView],
  ['detached buffer', () => detach(new ArrayBuffer(8))],
];

function errorName(err) {
  if (err === null || (typeof err !== 'object' && typeof err !== 'function')) return `threw ${typeof err}`;
  if (typeof err.code === 'string' && err.code !== '') return err.code;
  const constructorName = (err.constructor && err.constructor.name) || 'unknown';
  // A DOMException's code is a legacy number; its name says what went wrong.
  return constructorName === 'DOMException' ? `DOMException ${err.name}` : constructorName;
}

function describe(value) {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'function') return value.name || 'function';
  if (typeof value === 'bigint') return `${value}n`;
  if (Array.isArray(value)) return `[${value.map(describe).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    if (ArrayBuffer.isView(value)) return `${value.constructor.name}(${value.length})`;
    // Other runtimes' objects have other own properties: name them by their class.
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return `[${prototype.constructor.name}]`;
    return `{${Object.keys(value).map((key) => `${key}: ${describe(value[key])}`).join(', ')}}`;
  }
  return String(value);
}

// Calls fn once; returns the outcome, or a promise for it when fn returned a thenable.
function outcome(fn, thisArg, args) {
  let result;
  try {
    result = fn.apply(thisArg, args);
  } catch (err) {
    return errorName(err);
  }
  if (result !== null && (typeof result === 'object' || typeof result === 'function') &&
      result instanceof Promise) {
    return result.then(() => 'resolved', (err) => `rejected ${errorName(err)}`);
  }
  return 'ok';
}

// Calls every target with every garbage value in every position; promises are awaited
// for up to `patience` milliseconds, then recorded as 'pending'.
async function run(targets, patience = 1000) {
  const results = {};
  const pending = [];
  // Garbage can also fail later, in a callback (node's own stream.destroy('x') does): such
  // errors are counted by kind, as the process would otherwise die of the first.
  const uncaught = [];
  const onUncaught = (err) => uncaught.push(errorName(err));
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
  function record(key, result) {
    if (typeof result === 'string') {
      results[key] = result;
      return undefined;
    }
    results[key] = 'pending';
    const settled = result.then((text) => { results[key] = text; });
    pending.push(settled);
    return settled;
  }
  // For a sequential target: wait for the call to settle, but not forever.
  async function settle(recorded) {
    if (recorded === undefined) return;
    let timer;
    const timeout = new Promise((resolve) => { timer = setTimeout(resolve, patience); });
    await Promise.race([recorded, timeout]);
    clearTimeout(timer);
  }
  // To find what aborts a runtime: BAD_INPUT_ONLY=<label> runs one target alone, and
  // BAD_INPUT_ONLY_GARBAGE=<name> one garbage value alone.
  const only = process.env.BAD_INPUT_ONLY;
  const onlyGarbage = process.env.BAD_INPUT_ONLY_GARBAGE;
  for (const label of Object.keys(targets).sort()) {
    if (only !== undefined && label !== only) continue;
    const [thisArg, fn, options = {}] = targets[label];
    const valid = options.args || ['x'];
    if (!options.skip || !options.skip.includes('no arguments')) {
      const receiver = options.fresh ? options.fresh() : thisArg;
      const recorded = record(`${label}()`, outcome(fn, receiver, []));
      if (options.sequential) await settle(recorded);
    }
    for (let position = 0; position <= valid.length; position++) {
      const before = valid.slice(0, position);
      const prefix = before.map(describe).map((text) => `${text}, `).join('');
      for (const [name, make] of garbage) {
        if (onlyGarbage !== undefined && name !== onlyGarbage) continue;
        if (options.skip && options.skip.includes(name)) continue;
        if (options.nodeAborts && options.nodeAborts.includes(name)) {
          if (process.versions.lode) {
            const result = outcome(fn, options.fresh ? options.fresh() : thisArg, [...before, make()]);
            if (typeof result !== 'string') await settle(result);
          }
          continue;
        }
        const key = `${label}(${prefix}${name})`;
        const receiver = options.fresh ? options.fresh() : thisArg;
        const recorded = record(key, outcome(fn, receiver, [...before, make()]));
        if (options.sequential) await settle(recorded);
      }
    }
  }
  let timer;
  await Promise.race([
    Promise.all(pending),
    new Promise((resolve) => { timer = setTimeout(resolve, patience); }),
  ]);
  clearTimeout(timer);
  // One more turn for errors scheduled with setImmediate or nextTick by the last calls.
  await new Promise((resolve) => setImmediate(resolve));
  process.removeListener('uncaughtException', onUncaught);
  process.removeListener('unhandledRejection', onUncaught);
  if (uncaught.length) results['(uncaught errors)'] = uncaught.sort().join(' ');
  return results;
}

function functionsOf(object, prefix, skip = [], options = undefined) {
  const targets = {};
  for (const key of Object.keys(object)) {
    // Accessors (lazy exports) are not functions to call; reading them may load more.
    const descriptor = Object.getOwnPropertyDescriptor(object, key);
    if (!('value' in descriptor)) continue;
    const value = descriptor.value;
    const label = `${prefix}.${key}`;
    if (typeof value === 'function' && !skip.includes(key)) {
      targets[label] = options ? [object, value, options] : [object, value];
    }
  }
  return targets;
}

// The names of the methods (not accessors, not the constructor) an object has itself.
function methodNames(object) {
  return Object.getOwnPropertyNames(object).filter((name) => {
    const descriptor = Object.getOwnPropertyDescriptor(object, name);
    return name !== 'constructor' && typeof descriptor.value === 'function';
  });
}

// The setters of `prototype`, called on a fresh receiver each: { 'prefix.name=': ... }.
function settersOf(prototype, prefix, fresh) {
  const targets = {};
  for (const name of Object.getOwnPropertyNames(prototype)) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
    if (typeof descriptor.set === 'function') {
      targets[`${prefix}.${name}=`] = [undefined, descriptor.set, { args: [], fresh }];
    }
  }
  return targets;
}

// Every method and accessor of `prototype` called on garbage as its receiver (`this`), with
// no arguments: { 'prefix.name.call': ... }, { 'prefix.name get': ... }.
function receiversOf(prototype, prefix) {
  const targets = {};
  const options = { args: [], skip: ['no arguments'] };
  for (const name of Object.getOwnPropertyNames(prototype)) {
    if (name === 'constructor') continue;
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
    if (typeof descriptor.value === 'function') {
      const method = descriptor.value;
      targets[`${prefix}.${name}.call`] = [undefined, (receiver) => method.call(receiver), options];
    }
    if (typeof descriptor.get === 'function') {
      const getter = descriptor.get;
      targets[`${prefix}.${name} get`] = [undefined, (receiver) => getter.call(receiver), options];
    }
  }
  return targets;
}

// `new Class(...args)` as a function to call.
function construct(Class) {
  return function(...args) { return new Class(...args); };
}

// The methods `names` of `prototype`, called on `receiver` (or a fresh one per call).
function methodsOf(prototype, prefix, names, receiverOrFactory, options = {}) {
  const targets = {};
  const fresh = typeof receiverOrFactory === 'function' ? receiverOrFactory : undefined;
  for (const name of names) {
    const fn = prototype[name];
    if (typeof fn !== 'function') continue;  // missing in this runtime: skipped by compare
    const own = { ...options, ...(options[name] || {}) };
    if (fresh) own.fresh = fresh;
    targets[`${prefix}.${name}`] = [fresh ? undefined : receiverOrFactory, fn, own];
  }
  return targets;
}

// Whether `key` is one of the known differences: { pattern: reason }, where a pattern is a
// result key in which '*' stands for any text.
function isKnownDifference(key, knownDifferences) {
  for (const pattern of Object.keys(knownDifferences)) {
    if (pattern === key) return true;
    if (!pattern.includes('*')) continue;
    const source = pattern.split('*').map((part) => part.replace(/[\\^$.|?+()[\]{}]/g, '\\$&'));
    if (new RegExp(`^${source.join('.*')}$`).test(key)) return true;
  }
  return false;
}

// The node to compare with: the node on the PATH, which every test passes under. Another can
// be named with $LODE_REFERENCE_NODE (say a node 20.11, to see what changed since), but the
// known differences below are written for the node on the PATH.
function referenceNode() {
  if (process.env.LODE_REFERENCE_NODE) return process.env.LODE_REFERENCE_NODE;
  return spawnSync('sh', ['-c', 'command -v node'], { encoding: 'utf8' }).stdout.trim();
}

// Compares this runtime's results with node's for the script at `file` (which prints its
// results as JSON when run with the argument 'report'). `knownDifferences`: { pattern: reason }
// for outcomes that differ on purpose (where matching node would mean copying a node bug,
// or where node aborts).
function compareWithNode(file, results, knownDifferences = {}, sameOutcomes = new Set()) {
  if (!process.versions.lode) return;  // under node itself there is nothing to compare
  const node = referenceNode();
  if (!node) return;
  const r = spawnSync(node, [file, 'report'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`node failed on ${file}: ${r.stderr}`);
  const expected = JSON.parse(r.stdout.trim().split('\n').pop());
  const differences = [];
  const missing = new Set();
  for (const key of Object.keys(expected)) {
    // A function node has and lode lacks (often one newer than node 20.11) is not compared.
    if (!(key in results)) {
      missing.add(key.slice(0, key.indexOf('(')));
      continue;
    }
    if (isKnownDifference(key, knownDifferences)) continue;
    const same = (a, b) => a === b || (sameOutcomes.has(a) && sameOutcomes.has(b));
    if (!same(expected[key], results[key])) differences.push(`${key}: node ${expected[key]}, lode ${results[key]}`);
  }
  if (process.env.BAD_INPUT_LIST_MISSING && missing.size) {
    console.error(`not in lode: ${[...missing].join(' ')}`);
  }
  if (differences.length) {
    const limit = Number(process.env.BAD_INPUT_LIMIT) || 40;
    throw new Error(`${differences.length} differences from node:\n${differences.slice(0, limit).join('\n')}`);
  }
}

// Runs the targets, then prints the results (under node with the argument 'report') or
// compares them with node's; a difference is thrown as an uncaught exception.
// options.sameOutcomes: outcomes that count as one (a network query still 'pending' and one
// already 'rejected ECONNREFUSED' differ only in timing).
function check(file, targets, knownDifferences, options = {}) {
  if (process.env.BAD_INPUT_LIST_TARGETS) {
    console.log(Object.keys(targets).sort().join('\n'));
    return;
  }
  run(targets).then((results) => {
    if (process.argv[2] === 'report') {
      console.log(JSON.stringify(results));
    } else {
      compareWithNode(file, results, knownDifferences, new Set(options.sameOutcomes ?? []));
    }
  }).then(null, (err) => process.nextTick(() => { throw err; }));
}

module.exports = {
  garbage, run, functionsOf, methodsOf, methodNames, settersOf, receiversOf, construct,
  compareWithNode, check,
};
