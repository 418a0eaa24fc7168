'use strict';
// Helpers shared by every test. Each test is a standalone script that must pass under both
// lode and node, so this file uses only public, documented APIs.
const assert = require('assert');
const path = require('path');

const isLode = typeof process.versions.lode === 'string';
const mustCallChecks = [];

function runCallChecks(exitCode) {
  if (exitCode !== 0) return;
  const failed = mustCallChecks.filter((context) => {
    if ('minimum' in context) return context.actual < context.minimum;
    return context.actual !== context.exact;
  });
  for (const context of failed) {
    const expected = 'minimum' in context ? `at least ${context.minimum}` : `exactly ${context.exact}`;
    console.log('Mismatched %s function calls. Expected %s, actual %d.',
                context.name, expected, context.actual);
    console.log(context.stack.split('\n').slice(2).join('\n'));
  }
  if (failed.length) process.exit(1);
}

function noop() {}

function registerCheck(fn, field, count) {
  if (mustCallChecks.length === 0) process.on('exit', runCallChecks);
  const context = { [field]: count, actual: 0, stack: new Error().stack, name: fn.name || '<anonymous>' };
  mustCallChecks.push(context);
  const wrapper = function(...args) {
    context.actual++;
    return fn.apply(this, args);
  };
  Object.defineProperty(wrapper, 'length', { value: fn.length });
  return wrapper;
}

function mustCall(fn, exact) {
  if (typeof fn === 'number') [fn, exact] = [noop, fn];
  return registerCheck(fn || noop, 'exact', exact === undefined ? 1 : exact);
}

function mustCallAtLeast(fn, minimum) {
  if (typeof fn === 'number') [fn, minimum] = [noop, fn];
  return registerCheck(fn || noop, 'minimum', minimum === undefined ? 1 : minimum);
}

function mustNotCall(message) {
  const where = new Error().stack.split('\n')[2];
  return function mustNotCall(...args) {
    assert.fail(`${message || 'function should not have been called'} at ${(where || '').trim()}` +
                (args.length ? `\ncalled with arguments: ${args.map(String).join(', ')}` : ''));
  };
}

function mustSucceed(fn, exact) {
  return mustCall(function(err, ...args) {
    assert.ifError(err);
    if (typeof fn === 'function') return fn.apply(this, args);
  }, exact);
}

// Returns a validator for assert.throws() and friends, or (with `exact`) a callback that must
// receive such an error that many times.
function expectsError(validator, exact) {
  return mustCall((...args) => {
    if (args.length !== 1) assert.fail(`Expected one argument, got ${args.length}`);
    const error = args[0];
    assert.throws(() => { throw error; }, validator);
    return true;
  }, exact);
}

function expectWarning(name, expected) {
  const expectedWarnings = Array.isArray(expected) ? expected : [expected];
  process.on('warning', mustCall((warning) => {
    assert.strictEqual(warning.name, name);
    const next = expectedWarnings.shift();
    if (typeof next === 'string') assert.strictEqual(warning.message, next);
    else if (Array.isArray(next)) {
      assert.strictEqual(warning.message, next[0]);
      if (next[1] !== undefined) assert.strictEqual(warning.code, next[1]);
    }
  }, expectedWarnings.length));
}

function skip(message) {
  console.log(`1..0 # Skipped: ${message}`);
  process.exit(0);
}

function platformTimeout(ms) {
  return ms * (process.env.LODE_ASAN ? 5 : 1);
}

module.exports = {
  isLode,
  isWindows: process.platform === 'win32',
  isLinux: process.platform === 'linux',
  isMacOS: process.platform === 'darwin',
  fixturesDir: path.join(__dirname, '..', 'fixtures'),
  mustCall,
  mustCallAtLeast,
  mustNotCall,
  mustSucceed,
  expectsError,
  expectWarning,
  skip,
  platformTimeout,
};
