'use strict';
// util.parseArgs(): options, short groups, values, positionals, defaults, negation, tokens and
// the errors of strict mode.
require('../common');
const assert = require('assert');
const { parseArgs } = require('util');

const options = {
  verbose: { type: 'boolean', short: 'v' },
  file: { type: 'string', short: 'f' },
  tag: { type: 'string', multiple: true, default: ['none'] },
  color: { type: 'boolean', default: true },
};
const parse = (args, extra = {}) => parseArgs({ args, options, ...extra });

assert.deepStrictEqual(parse([]), {
  values: { __proto__: null, tag: ['none'], color: true },
  positionals: [],
});
assert.deepStrictEqual(parse(['-v', '--file', 'a.txt', '--tag=x', '--tag', 'y']).values, {
  __proto__: null, verbose: true, file: 'a.txt', tag: ['x', 'y'], color: true,
});
// Short groups, and a string option inside a group takes the rest of the group.
assert.deepStrictEqual(parse(['-vfname.txt']).values.file, 'name.txt');
assert.deepStrictEqual(parse(['-vf', 'other.txt']).values, {
  __proto__: null, verbose: true, file: 'other.txt', tag: ['none'], color: true,
});
// Values may start with a dash when written inline.
assert.strictEqual(parse(['--file=-x']).values.file, '-x');
assert.strictEqual(parse(['-f-x']).values.file, '-x');
assert.strictEqual(parse(['--file', '-']).values.file, '-');

// Positionals need allowPositionals (or strict: false); `--` ends the options.
assert.deepStrictEqual(parse(['a', '--', '-v', '--file'], { allowPositionals: true }).positionals,
                       ['a', '-v', '--file']);
assert.deepStrictEqual(parseArgs({ args: ['--anything', 'pos', '-xy'], strict: false }), {
  values: { __proto__: null, anything: true, x: true, y: true },
  positionals: ['pos'],
});

// --no-name sets a boolean to false when allowNegative is on.
assert.strictEqual(parse(['--no-color'], { allowNegative: true }).values.color, false);

// Tokens describe what was parsed and where.
assert.deepStrictEqual(parse(['-vf', 'x.txt', '--', 'p'], { tokens: true, allowPositionals: true }).tokens, [
  { kind: 'option', name: 'verbose', rawName: '-v', index: 0, value: undefined, inlineValue: undefined },
  { kind: 'option', name: 'file', rawName: '-f', index: 0, value: 'x.txt', inlineValue: false },
  { kind: 'option-terminator', index: 2 },
  { kind: 'positional', index: 3, value: 'p' },
]);

// Strict-mode errors.
assert.throws(() => parse(['--nope']), {
  code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
  name: 'TypeError',
  message: "Unknown option '--nope'",
});
assert.throws(() => parse(['--nope'], { allowPositionals: true }), {
  message: "Unknown option '--nope'. To specify a positional argument starting with a '-', " +
           'place it at the end of the command after \'--\', as in \'-- "--nope"',
});
assert.throws(() => parse(['pos']), {
  code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  message: "Unexpected argument 'pos'. This command does not take positional arguments",
});
assert.throws(() => parse(['--file']), {
  code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  message: "Option '-f, --file <value>' argument missing",
});
assert.throws(() => parse(['--verbose=yes']), {
  code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  message: "Option '-v, --verbose' does not take an argument",
});
assert.throws(() => parse(['-f', '-v']), {
  code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  message: "Option '-f' argument is ambiguous.\n" +
           "Did you forget to specify the option argument for '-f'?\n" +
           "To specify an option argument starting with a dash use '--file=-XYZ' or '-f-XYZ'.",
});

// Configuration errors.
assert.throws(() => parseArgs({ args: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "args" argument must be an instance of Array. Received type string (\'x\')',
});
assert.throws(() => parseArgs({ options: { a: { type: 'number' } } }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.a.type" property must be (\'string|boolean\'). ' +
           'Received type string (\'number\')',
});
assert.throws(() => parseArgs({ options: { a: { type: 'string', short: 'ab' } } }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.a.short' must be a single character. Received 'ab'",
});
assert.throws(() => parseArgs({ options: { a: { type: 'boolean', multiple: true, default: ['x'] } } }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.a.default[0]" property must be of type boolean. Received type string (\'x\')',
});
