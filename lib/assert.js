'use strict';
// The `assert` module: `assert(value)` is `assert.ok(value)`; the rest compare values, check
// what functions throw and promises reject, and match strings. Every failure is an
// AssertionError whose stack starts at the caller of the assert function. A message that is
// an Error instance is thrown as it is.

const AssertionError = require('internal/assert/assertion_error');
const { isDeepEqual, isDeepStrictEqual } = require('internal/util/comparisons');
const { falsyValueMessage } = require('internal/assert/source_expression');
const CallTracker = require('internal/assert/calltracker');
const { inspect } = require('internal/util/inspect');
const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { isNativeError, isPromise, isRegExp } = internalBinding('types');

function raise(details) {
  if (details.message instanceof Error) throw details.message;
  throw new AssertionError(details);
}

function requireBoth(argumentCount) {
  if (argumentCount < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
}

// ---------------------------------------------------------------------------------------------
// ok / fail

function checkTruthy(caller, argumentCount, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argumentCount === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = falsyValueMessage(caller);
  } else if (message instanceof Error) {
    throw message;
  }
  const error = new AssertionError({
    actual: value, expected: true, message, operator: '==', stackStartFn: caller,
  });
  error.generatedMessage = generatedMessage;
  throw error;
}

function ok(...args) {
  checkTruthy(ok, args.length, ...args);
}

let warnedAboutFailArguments = false;

function fail(actual, expected, message, operator, stackStartFn) {
  const argumentCount = arguments.length;
  let failedMessage = false;
  if (argumentCount === 0 || (argumentCount === 1 && actual == null)) {
    failedMessage = true;
    message = 'Failed';
  } else if (argumentCount === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!warnedAboutFailArguments) {
      warnedAboutFailArguments = true;
      process.emitWarning(
        'assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning', 'DEP0094');
    }
    if (argumentCount === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const error = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
  });
  if (failedMessage) error.generatedMessage = true;
  throw error;
}

// ---------------------------------------------------------------------------------------------
// Comparisons

const bothNaN = (a, b) => Number.isNaN(a) && Number.isNaN(b);

function equal(actual, expected, message) {
  requireBoth(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || bothNaN(actual, expected)) return;
  raise({ actual, expected, message, operator: '==', stackStartFn: equal });
}

function notEqual(actual, expected, message) {
  requireBoth(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && !bothNaN(actual, expected)) return;
  raise({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
}

function deepEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (isDeepEqual(actual, expected)) return;
  raise({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
}

function notDeepEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (!isDeepEqual(actual, expected)) return;
  raise({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
}

function deepStrictEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (isDeepStrictEqual(actual, expected)) return;
  raise({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
}

function notDeepStrictEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) return;
  raise({
    actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual,
  });
}

function strictEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (Object.is(actual, expected)) return;
  raise({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
}

function notStrictEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (!Object.is(actual, expected)) return;
  raise({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
}

// ---------------------------------------------------------------------------------------------
// throws / rejects / doesNotThrow / doesNotReject

// Stands for "nothing was thrown" (undefined can be thrown).
const NOTHING_THROWN = Symbol('nothing thrown');

function thrownBy(fn) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  try {
    fn();
  } catch (error) {
    return error;
  }
  return NOTHING_THROWN;
}

function isThenable(value) {
  return isPromise(value) ||
    (value !== null && typeof value === 'object' &&
     typeof value.then === 'function' && typeof value.catch === 'function');
}

async function rejectionOf(promiseOrFn) {
  let promise;
  if (typeof promiseOrFn === 'function') {
    promise = promiseOrFn();
    if (!isThenable(promise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
    }
  } else if (isThenable(promiseOrFn)) {
    promise = promiseOrFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseOrFn);
  }
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return NOTHING_THROWN;
}

// Placeholder objects holding only the compared keys, so the listing of a failed validation
// object shows just those ("Comparison { ... }").
class Comparison {
  constructor(source, keys, thrown) {
    for (const key of keys) {
      if (!(key in source)) continue;
      const wanted = source[key];
      const matchedPattern = thrown !== undefined && typeof thrown[key] === 'string' &&
        isRegExp(wanted) && RegExp.prototype.exec.call(wanted, thrown[key]) !== null;
      this[key] = matchedPattern ? thrown[key] : wanted;
    }
  }
}

function matchesPattern(pattern, value) {
  return RegExp.prototype.exec.call(pattern, value) !== null;
}

// Each key of a validation object must be deep-strict-equal on the thrown value (a RegExp
// may instead match a string property).
function checkValidationObject(thrown, expectation, message, caller) {
  const keys = Object.keys(expectation);
  if (expectation instanceof Error) {
    keys.push('name', 'message');
  } else if (keys.length === 0) {
    throw new ERR_INVALID_ARG_VALUE('error', expectation, 'may not be an empty object');
  }
  for (const key of keys) {
    const wanted = expectation[key];
    if (typeof thrown[key] === 'string' && isRegExp(wanted) && matchesPattern(wanted, thrown[key])) {
      continue;
    }
    if (key in thrown && isDeepStrictEqual(thrown[key], wanted)) continue;
    if (message) {
      raise({ actual: thrown, expected: expectation, message, operator: caller.name, stackStartFn: caller });
    }
    const error = new AssertionError({
      actual: new Comparison(thrown, keys),
      expected: new Comparison(expectation, keys, thrown),
      operator: 'deepStrictEqual',
      stackStartFn: caller,
    });
    error.actual = thrown;
    error.expected = expectation;
    error.operator = caller.name;
    throw error;
  }
}

function isErrorLike(value) {
  return isNativeError(value) || value instanceof Error;
}

function describeClassMismatch(thrown, expectedClass) {
  let text = `The error is expected to be an instance of "${expectedClass.name}". Received `;
  if (!isErrorLike(thrown)) return `${text}"${inspect(thrown, { depth: -1 })}"`;
  const name = (thrown.constructor && thrown.constructor.name) || thrown.name;
  text += expectedClass.name === name ?
    'an error with identical name but a different prototype.' : `"${name}"`;
  if (thrown.message) text += `\n\nError message:\n\n${thrown.message}`;
  return text;
}

// Throws unless `thrown` satisfies `expectation`: a RegExp (tested against String(thrown)),
// a class, a validation function returning true, or a validation object.
function checkThrown(thrown, expectation, message, caller) {
  let generated;
  if (typeof expectation === 'function') {
    // Arrow functions have no prototype and are validation functions.
    if (expectation.prototype !== undefined && thrown instanceof expectation) return;
    if (Object.prototype.isPrototypeOf.call(Error, expectation)) {
      generated = describeClassMismatch(thrown, expectation);
    } else {
      const verdict = Reflect.apply(expectation, {}, [thrown]);
      if (verdict === true) return;
      const name = expectation.name ? `"${expectation.name}" ` : '';
      generated = `The ${name}validation function is expected to return "true". ` +
        `Received ${inspect(verdict)}`;
      if (isErrorLike(thrown)) generated += `\n\nCaught error:\n\n${thrown}`;
    }
  } else if (isRegExp(expectation)) {
    const text = String(thrown);
    if (matchesPattern(expectation, text)) return;
    generated = `The input did not match the regular expression ${inspect(expectation)}. ` +
      `Input:\n\n${inspect(text)}\n`;
  } else if (typeof thrown !== 'object' || thrown === null) {
    // A primitive was thrown where an object was described: show both as a listing.
    const error = new AssertionError({
      actual: thrown, expected: expectation, message, operator: 'deepStrictEqual', stackStartFn: caller,
    });
    error.operator = caller.name;
    throw error;
  } else {
    checkValidationObject(thrown, expectation, message, caller);
    return;
  }
  const error = new AssertionError({
    actual: thrown,
    expected: expectation,
    message: message || generated,
    operator: caller.name,
    stackStartFn: caller,
  });
  error.generatedMessage = !message;
  throw error;
}

const EXPECTATION_TYPES = ['Object', 'Error', 'Function', 'RegExp'];

function expectFailure(caller, thrown, expectation, message, argumentCount) {
  if (typeof expectation === 'string') {
    if (argumentCount === 3) throw new ERR_INVALID_ARG_TYPE('error', EXPECTATION_TYPES, expectation);
    if (typeof thrown === 'object' && thrown !== null) {
      if (thrown.message === expectation) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
          `The error message "${thrown.message}" is identical to the message.`);
      }
    } else if (thrown === expectation) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
        `The error "${thrown}" is identical to the message.`);
    }
    message = expectation;
    expectation = undefined;
  } else if (expectation != null && typeof expectation !== 'object' &&
             typeof expectation !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', EXPECTATION_TYPES, expectation);
  }

  if (thrown === NOTHING_THROWN) {
    const what = caller === rejects ? 'rejection' : 'exception';
    let details = expectation && expectation.name ? ` (${expectation.name})` : '';
    details += message ? `: ${message}` : '.';
    raise({
      actual: undefined,
      expected: expectation,
      operator: caller.name,
      message: `Missing expected ${what}${details}`,
      stackStartFn: caller,
    });
  }
  if (expectation) checkThrown(thrown, expectation, message, caller);
}

function matchesUnwanted(thrown, expectation) {
  if (typeof expectation === 'function') {
    if (expectation.prototype !== undefined && thrown instanceof expectation) return true;
    if (Object.prototype.isPrototypeOf.call(Error, expectation)) return false;
    return Reflect.apply(expectation, {}, [thrown]) === true;
  }
  if (isRegExp(expectation)) return matchesPattern(expectation, String(thrown));
  throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expectation);
}

function expectNoFailure(caller, thrown, expectation, message) {
  if (thrown === NOTHING_THROWN) return;
  if (typeof expectation === 'string') {
    message = expectation;
    expectation = undefined;
  }
  if (expectation && !matchesUnwanted(thrown, expectation)) throw thrown;
  const what = caller === doesNotReject ? 'rejection' : 'exception';
  // Falsy values stand for themselves: `Actual message: "null"`.
  const thrownMessage = thrown && thrown.message;
  raise({
    actual: thrown,
    expected: expectation,
    operator: caller.name,
    message: `Got unwanted ${what}${message ? `: ${message}` : '.'}\n` +
      `Actual message: "${thrownMessage}"`,
    stackStartFn: caller,
  });
}

function throws(fn, ...rest) {
  expectFailure(throws, thrownBy(fn), rest[0], rest[1], rest.length + 1);
}

async function rejects(promiseOrFn, ...rest) {
  expectFailure(rejects, await rejectionOf(promiseOrFn), rest[0], rest[1], rest.length + 1);
}

function doesNotThrow(fn, ...rest) {
  expectNoFailure(doesNotThrow, thrownBy(fn), rest[0], rest[1]);
}

async function doesNotReject(promiseOrFn, ...rest) {
  expectNoFailure(doesNotReject, await rejectionOf(promiseOrFn), rest[0], rest[1]);
}

// ---------------------------------------------------------------------------------------------
// ifError, match, doesNotMatch

function ifError(error) {
  if (error === null || error === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof error === 'object' && typeof error.message === 'string') {
    message += error.message.length === 0 && error.constructor ?
      error.constructor.name : error.message;
  } else {
    message += inspect(error);
  }
  const failure = new AssertionError({
    actual: error, expected: null, operator: 'ifError', message, stackStartFn: ifError,
  });
  // Show where the error came from: its own frames after the frames leading here, without the
  // frames both share.
  const originalStack = error.stack;
  if (typeof originalStack === 'string') {
    const framesStart = originalStack.indexOf('\n    at');
    if (framesStart !== -1) {
      const originalFrames = originalStack.slice(framesStart + 1).split('\n');
      let ownLines = failure.stack.split('\n');
      for (const frame of originalFrames) {
        const shared = ownLines.indexOf(frame);
        if (shared !== -1) {
          ownLines = ownLines.slice(0, shared);
          break;
        }
      }
      failure.stack = `${ownLines.join('\n')}\n${originalFrames.join('\n')}`;
    }
  }
  throw failure;
}

function checkMatch(string, regexp, message, caller, shouldMatch) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const isString = typeof string === 'string';
  if (isString && matchesPattern(regexp, string) === shouldMatch) return;
  if (message instanceof Error) throw message;
  let text = message;
  if (!message) {
    if (!isString) {
      text = 'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})`;
    } else {
      text = (shouldMatch ? 'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    }
  }
  const error = new AssertionError({
    actual: string, expected: regexp, message: text, operator: caller.name, stackStartFn: caller,
  });
  error.generatedMessage = !message;
  throw error;
}

function match(string, regexp, message) {
  checkMatch(string, regexp, message, match, true);
}

function doesNotMatch(string, regexp, message) {
  checkMatch(string, regexp, message, doesNotMatch, false);
}

// ---------------------------------------------------------------------------------------------
// Exports. `assert` is `ok` itself; `assert.strict` is a second `ok`-like function whose
// equal/deepEqual/... are the strict variants.

let warnedAboutCallTracker = false;
// CallTracker behind a one-time deprecation warning (DEP0173).
function deprecated(...args) {
  if (!warnedAboutCallTracker) {
    warnedAboutCallTracker = true;
    process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
  }
  if (new.target === undefined) return Reflect.apply(CallTracker, this, args);
  return Reflect.construct(CallTracker, args, new.target);
}
Object.setPrototypeOf(deprecated, CallTracker);
deprecated.prototype = CallTracker.prototype;

const assert = module.exports = ok;

Object.assign(assert, {
  fail,
  AssertionError,
  ok,
  equal,
  notEqual,
  deepEqual,
  notDeepEqual,
  deepStrictEqual,
  notDeepStrictEqual,
  strictEqual,
  notStrictEqual,
  throws,
  rejects,
  doesNotThrow,
  doesNotReject,
  ifError,
  match,
  doesNotMatch,
  CallTracker: deprecated,
});

function strict(...args) {
  checkTruthy(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: strictEqual,
  deepEqual: deepStrictEqual,
  notEqual: notStrictEqual,
  notDeepEqual: notDeepStrictEqual,
});
assert.strict.strict = assert.strict;
