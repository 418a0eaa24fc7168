'use strict';
// AssertionError and the messages assert generates when no message is given. Each operator
// family has its own layout (Node.js 20's, which programs and tests compare):
// - strictEqual / deepStrictEqual: a "+ actual - expected" listing (see ./diff), or
//   "a !== b" when both sides are short primitives;
// - notStrictEqual / notDeepStrictEqual: the value that should have differed;
// - deepEqual / notDeepEqual: both values, one after the other;
// - anything else: "actual <operator> expected".

const { inspect, inspectDefaultOptions, stripVTControlCharacters } =
  require('internal/util/inspect');
const { isErrorStackTraceLimitWritable } = require('internal/errors');
const { diffLines } = require('internal/assert/diff');
const { validateObject } = require('internal/validators');

const HEADERS = {
  __proto__: null,
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Short primitives are printed inline ("1 !== 2") when both fit in this many characters.
const INLINE_LIMIT = 12;
// Longer outputs of a single value are cut to this many lines.
const MAX_VALUE_LINES = 50;
const KEPT_VALUE_LINES = 46;

const PLAIN = { green: '', red: '', blue: '', reset: '' };
const COLORED = { green: '\u001b[32m', red: '\u001b[31m', blue: '\u001b[34m', reset: '\u001b[39m' };

// Colors only when stderr is a terminal showing more than two colors; FORCE_COLOR, when set,
// decides instead (documented depths: "", "1", "true" 16 colors, "2" 256, "3" 16 million,
// anything else none). Checked per error, so a changed environment takes effect.
function currentPalette() {
  try {
    const { stderr } = process;
    if (!stderr || !stderr.isTTY) return PLAIN;
    const forced = process.env.FORCE_COLOR;
    if (forced !== undefined) {
      return ['', '1', 'true', '2', '3'].includes(forced) ? COLORED : PLAIN;
    }
    if (typeof stderr.getColorDepth !== 'function' || stderr.getColorDepth() > 2) return COLORED;
  } catch {
    // No usable stderr: no colors.
  }
  return PLAIN;
}

function terminalColumns() {
  try {
    const { stderr } = process;
    if (stderr && stderr.isTTY) return stderr.columns;
  } catch {
    // Fall through to the default width.
  }
  return 80;
}

function inspectForMessage(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

const isObjectLike = (value) => typeof value === 'object' && value !== null;

// An error's stack would swamp the listing; a stand-in with the same prototype, own
// enumerable properties and message inspects as "[Name: message]" instead.
function withoutStack(error) {
  const stand = Object.create(Object.getPrototypeOf(error));
  for (const key of Object.keys(error)) stand[key] = error[key];
  Object.defineProperty(stand, 'message', { __proto__: null, value: error.message });
  return stand;
}

function firstDifference(a, b) {
  let index = 0;
  while (index < a.length && a[index] === b[index]) index++;
  return index;
}

function diffMessage(actual, expected, operator, customHeader) {
  const palette = currentPalette();
  const actualText = inspectForMessage(actual);
  const actualLines = actualText.split('\n');
  const expectedLines = inspectForMessage(expected).split('\n');

  const bothReferences =
    (isObjectLike(actual) && isObjectLike(expected)) ||
    (typeof actual === 'function' && typeof expected === 'function');
  if (operator === 'strictEqual' && bothReferences) operator = 'strictEqualObject';
  const header = customHeader || HEADERS[operator];

  let pointer = '';
  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    const visible = (text) => (inspectDefaultOptions.colors ? stripVTControlCharacters(text) : text);
    const actualVisible = visible(actualLines[0]);
    const expectedVisible = visible(expectedLines[0]);
    const width = actualVisible.length + expectedVisible.length;
    if (width <= INLINE_LIMIT) {
      const shortPrimitives = !isObjectLike(actual) && !isObjectLike(expected) &&
        (actual !== 0 || expected !== 0);
      if (shortPrimitives) return `${header}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
    } else if (operator !== 'strictEqualObject' && width < terminalColumns()) {
      // Point at the first differing character, unless it is among the first three.
      const at = firstDifference(actualVisible, expectedVisible);
      if (at > 2) pointer = `\n  ${' '.repeat(at)}^`;
    }
  }

  const marks = {
    plus: `${palette.green}+${palette.reset}`,
    minus: `${palette.red}-${palette.reset}`,
    ellipsis: `${palette.blue}...${palette.reset}`,
  };
  const listing = diffLines(actualLines, expectedLines, marks);
  if (listing === null) {
    // Same text on both sides: the values only differ by identity (or by what inspect hides).
    return `${HEADERS.notIdentical}\n\n${shortenLines(actualLines, marks.ellipsis).join('\n')}\n`;
  }
  const legend = `${palette.green}+ actual${palette.reset} ${palette.red}- expected${palette.reset}`;
  const skipped = listing.skipped ? ` ${marks.ellipsis} Lines skipped` : '';
  return `${header}\n${legend}${skipped}\n\n${listing.lines.join('\n')}${pointer}`;
}

function shortenLines(lines, ellipsis) {
  if (lines.length <= MAX_VALUE_LINES) return lines;
  return [...lines.slice(0, KEPT_VALUE_LINES), ellipsis];
}

function notEqualMessage(actual, operator) {
  const palette = currentPalette();
  let header = HEADERS[operator];
  if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) {
    header = HEADERS.notStrictEqualObject;
  }
  const lines = shortenLines(inspectForMessage(actual).split('\n'),
                             `${palette.blue}...${palette.reset}`);
  if (lines.length === 1) {
    const separator = lines[0].length > 5 ? '\n\n' : ' ';
    return `${header}${separator}${lines[0]}`;
  }
  return `${header}\n\n${lines.join('\n')}\n`;
}

function truncate(text, limit) {
  return text.length > limit ? `${text.slice(0, limit - 3)}...` : text;
}

function sideBySideMessage(actual, expected, operator) {
  const actualText = inspectForMessage(actual);
  const expectedText = inspectForMessage(expected);
  if (operator === 'notDeepEqual' && actualText === expectedText) {
    return truncate(`${HEADERS.notDeepEqual}\n\n${actualText}`, 1024);
  }
  const shownActual = truncate(actualText, 512);
  const shownExpected = truncate(expectedText, 512);
  if (operator === 'deepEqual') {
    return `${HEADERS.deepEqual}\n\n${shownActual}\n\nshould loosely deep-equal\n\n${shownExpected}`;
  }
  if (operator === 'notDeepEqual') {
    return `${HEADERS.notDeepEqualUnequal}\n\n${shownActual}\n\n` +
      `should not loosely deep-equal\n\n${shownExpected}`;
  }
  return `${shownActual} ${operator} ${shownExpected}`;
}

function bothErrorsWithStacks(actual, expected) {
  return isObjectLike(actual) && isObjectLike(expected) &&
    actual instanceof Error && 'stack' in actual &&
    expected instanceof Error && 'stack' in expected;
}

const hasListing = (operator) => operator === 'deepStrictEqual' || operator === 'strictEqual';

// The message for `operator`. A given message is used as it is, except that for the listing
// operators it only replaces the header.
function buildMessage(actual, expected, operator, message) {
  if (hasListing(operator)) {
    // A template, as node builds this header: a Symbol message throws.
    return diffMessage(actual, expected, operator, message ? `${message}` : undefined);
  }
  if (message != null) return String(message);
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    return notEqualMessage(actual, operator);
  }
  return sideBySideMessage(actual, expected, operator);
}

// Long strings are cut when an AssertionError itself is inspected: its message already
// shows the values.
function abbreviate(text) {
  const lines = text.split('\n', 11);
  if (lines.length > 10) return `${lines.slice(0, 10).join('\n')}\n...`;
  // Node.js keeps the part *after* the first 512 characters here; so does lode.
  if (text.length > 512) return `${text.slice(512)}...`;
  return text;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, stackStartFunction, details } = options;
    let { actual, expected } = options;
    // As in Node.js, the stand-ins also become the error's `actual` and `expected`, and a
    // given message keeps the real errors (stacks included) in the listing.
    if (message == null && bothErrorsWithStacks(actual, expected)) {
      actual = withoutStack(actual);
      expected = withoutStack(expected);
    }

    // The stack is captured below, from the caller's frame; none is needed here.
    const limitWritable = isErrorStackTraceLimitWritable();
    const savedLimit = Error.stackTraceLimit;
    if (limitWritable) Error.stackTraceLimit = 0;
    try {
      super(buildMessage(actual, expected, operator, message));
    } finally {
      if (limitWritable) Error.stackTraceLimit = savedLimit;
    }

    this.generatedMessage = !message;
    // The stack's first line reads "AssertionError [ERR_ASSERTION]: ..."; the name stays
    // "AssertionError".
    Object.defineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      details.forEach((detail, index) => {
        this[`message ${index}`] = detail.message;
        this[`actual ${index}`] = detail.actual;
        this[`expected ${index}`] = detail.expected;
        this[`operator ${index}`] = detail.operator;
        this[`stack trace ${index}`] = detail.stack;
      });
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    // Reading the stack fixes its first line while the long name is in place.
    // eslint-disable-next-line no-unused-expressions
    this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof savedActual === 'string') this.actual = abbreviate(savedActual);
    if (typeof savedExpected === 'string') this.expected = abbreviate(savedExpected);
    try {
      // Only the top level of actual and expected: the message already shows them in full.
      return inspect(this, { ...options, customInspect: false, depth: 0 });
    } finally {
      this.actual = savedActual;
      this.expected = savedExpected;
    }
  }
}

module.exports = AssertionError;
