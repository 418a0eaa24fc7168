'use strict';
// util.parseArgs(): command-line parsing after the POSIX utility conventions. Arguments are
// first split into tokens (options with their values, positionals, the `--` terminator),
// then checked against the configured options and collected into `values`/`positionals`.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateObject,
  validateString,
  validateStringArray,
} = require('internal/validators');

const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
// Option configs are read through own properties only, so Object.prototype cannot inject one.
const ownValue = (object, key) => (hasOwn(object, key) ? object[key] : undefined);
const optionSetting = (options, name, key) =>
  (hasOwn(options, name) ? ownValue(options[name], key) : undefined);

// The user's arguments: after the script, or after the executable for -e/-p.
function mainArguments() {
  const evaluates = ['-e', '--eval', '-p', '--print'].some((flag) => process.execArgv.includes(flag));
  return process.argv.slice(evaluates ? 1 : 2);
}

function validateOptionConfigs(options) {
  for (const [name, config] of Object.entries(options)) {
    validateObject(config, `options.${name}`);
    const type = ownValue(config, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE(`options.${name}.type`, "('string|boolean')", type);
    }
    if (hasOwn(config, 'short')) {
      validateString(config.short, `options.${name}.short`);
      if (config.short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, config.short,
                                        'must be a single character');
      }
    }
    const multiple = ownValue(config, 'multiple');
    if (hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
    const defaultValue = ownValue(config, 'default');
    if (defaultValue !== undefined) {
      const validate = type === 'string' ?
        (multiple ? validateStringArray : validateString) :
        (multiple ? validateBooleanArray : validateBoolean);
      validate(defaultValue, `options.${name}.default`);
    }
  }
}

// The long name configured for a short letter; an unconfigured letter stands for itself.
function longNameFor(letter, options) {
  for (const [name, config] of Object.entries(options)) {
    if (ownValue(config, 'short') === letter) return name;
  }
  return letter;
}

const takesValue = (options, name) => optionSetting(options, name, 'type') === 'string';

// Splits the arguments into tokens. `index` is the position in `args` a token came from;
// the options of an expanded short group (-abc) share the group's index.
function tokenize(args, options) {
  const tokens = [];
  const pending = args.slice();
  let index = -1;
  let expandedLeft = 0;

  while (pending.length > 0) {
    const arg = pending.shift();
    const next = pending[0];
    if (expandedLeft > 0) expandedLeft--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of pending) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }

    const isShort = arg.length >= 2 && arg[0] === '-' && arg[1] !== '-';
    if (isShort && arg.length === 2) {
      // -f, possibly followed by its value
      const name = longNameFor(arg[1], options);
      const token = { kind: 'option', name, rawName: arg, index, value: undefined,
                      inlineValue: undefined };
      if (takesValue(options, name) && next != null) {
        token.value = pending.shift();
        token.inlineValue = false;
      }
      tokens.push(token);
      if (token.value != null) index++;
      continue;
    }
    if (isShort) {
      const name = longNameFor(arg[1], options);
      if (!takesValue(options, name)) {
        // -abc is -a -b -c; a string option inside takes the rest: -abfVALUE is -a -b -fVALUE.
        const expanded = [];
        for (let position = 1; position < arg.length; position++) {
          const letter = arg[position];
          if (!takesValue(options, longNameFor(letter, options)) || position === arg.length - 1) {
            expanded.push(`-${letter}`);
          } else {
            expanded.push(`-${arg.slice(position)}`);
            break;
          }
        }
        pending.unshift(...expanded);
        expandedLeft = expanded.length;
        continue;
      }
      // -fVALUE
      tokens.push({ kind: 'option', name, rawName: `-${arg[1]}`, index, value: arg.slice(2),
                    inlineValue: true });
      continue;
    }

    if (arg.length > 2 && arg.startsWith('--')) {
      const equals = arg.indexOf('=', 3);
      if (equals === -1) {
        // --foo, possibly followed by its value
        const name = arg.slice(2);
        const token = { kind: 'option', name, rawName: arg, index, value: undefined,
                        inlineValue: undefined };
        if (takesValue(options, name) && next != null) {
          token.value = pending.shift();
          token.inlineValue = false;
        }
        tokens.push(token);
        if (token.value != null) index++;
      } else {
        // --foo=value
        const name = arg.slice(2, equals);
        tokens.push({ kind: 'option', name, rawName: `--${name}`, index,
                      value: arg.slice(equals + 1), inlineValue: true });
      }
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }

  return tokens;
}

// Strict mode: the option must be configured and used with the right kind of value.
function checkUsage(token, options, allowPositionals, allowNegative) {
  let name = token.name;
  if (!hasOwn(options, name)) {
    const negated = allowNegative && name.startsWith('no-') ? name.slice(3) : undefined;
    if (negated === undefined || !hasOwn(options, negated) ||
        optionSetting(options, negated, 'type') !== 'boolean') {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
    }
    name = negated;
  }
  const short = optionSetting(options, name, 'short');
  const spelled = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionSetting(options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${spelled} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${spelled}' does not take an argument`);
  }
  // A separate value that looks like an option was probably a forgotten value.
  if (!token.inlineValue && token.value != null && token.value.length > 1 &&
      token.value[0] === '-') {
    const example = token.rawName.startsWith('--') ?
      `'${token.rawName}=-XYZ'` : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

function storeValue(values, options, name, value) {
  if (name === '__proto__') return;
  if (optionSetting(options, name, 'multiple')) {
    if (values[name]) values[name].push(value);
    else values[name] = [value];
  } else {
    values[name] = value;
  }
}

function parseArgs(config = {}) {
  const args = ownValue(config, 'args') ?? mainArguments();
  const strict = ownValue(config, 'strict') ?? true;
  const allowPositionals = ownValue(config, 'allowPositionals') ?? !strict;
  const returnTokens = ownValue(config, 'tokens') ?? false;
  const allowNegative = ownValue(config, 'allowNegative') ?? false;
  const options = ownValue(config, 'options') ?? { __proto__: null };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  validateOptionConfigs(options);

  const tokens = tokenize(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;

  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    } else if (token.kind === 'option') {
      if (strict) checkUsage(token, options, allowPositionals, allowNegative);
      let value = token.value ?? true;
      if (allowNegative && token.name.startsWith('no-') && token.value === undefined) {
        // --no-foo sets foo to false.
        token.name = token.name.slice(3);
        value = false;
      }
      storeValue(result.values, options, token.name, value);
    }
  }

  for (const [name, optionConfig] of Object.entries(options)) {
    const defaultValue = ownValue(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[name] === undefined && name !== '__proto__') {
      result.values[name] = defaultValue;
    }
  }
  return result;
}

module.exports = { parseArgs };
