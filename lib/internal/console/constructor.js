'use strict';
// The Console class: every method formats with util.formatWithOptions and writes one line to
// its stream (stdout for log/info/debug/dir/table, stderr for error/warn/trace).

const {
  codes: { ERR_CONSOLE_WRITABLE_STREAM, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateObject, validateString, validateOneOf } = require('internal/validators');

let inspectModule;
const lazyInspect = () => (inspectModule ??= require('internal/util/inspect'));

const kCounts = Symbol('counts');
const kTimers = Symbol('timers');
const kGroupIndent = Symbol('groupIndent');
const kGroupIndentationWidth = Symbol('groupIndentationWidth');
const kColorMode = Symbol('colorMode');
const kInspectOptions = Symbol('inspectOptions');

function isWritable(stream) {
  return stream !== null && typeof stream === 'object' && typeof stream.write === 'function';
}

class Console {
  constructor(options, stderr, ignoreErrors) {
    if (!new.target) return new Console(options, stderr, ignoreErrors);
    if (!options || typeof options.write === 'function') {
      options = { stdout: options, stderr, ignoreErrors };
    }
    const {
      stdout,
      stderr: errorStream = stdout,
      ignoreErrors: ignore = true,
      colorMode = 'auto',
      inspectOptions,
      groupIndentation = 2,
    } = options;
    if (!isWritable(stdout)) throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
    if (!isWritable(errorStream)) throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
    validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
    if (inspectOptions !== undefined) {
      validateObject(inspectOptions, 'options.inspectOptions');
      if (inspectOptions.colors !== undefined && colorMode !== 'auto') {
        const { codes: { ERR_INCOMPATIBLE_OPTION_PAIR } } = require('internal/errors');
        throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
      }
    }
    Object.defineProperties(this, {
      _stdout: { value: stdout, writable: true, configurable: true },
      _stderr: { value: errorStream, writable: true, configurable: true },
      _ignoreErrors: { value: Boolean(ignore), writable: true, configurable: true },
    });
    this[kCounts] = new Map();
    this[kTimers] = new Map();
    this[kGroupIndent] = '';
    this[kGroupIndentationWidth] = groupIndentation;
    this[kColorMode] = colorMode;
    this[kInspectOptions] = inspectOptions;
    // Methods are bound so `const { log } = console` works, as in node.
    for (const key of Object.getOwnPropertyNames(Console.prototype)) {
      if (key === 'constructor' || key.startsWith('_')) continue;
      const desc = Object.getOwnPropertyDescriptor(Console.prototype, key);
      if (typeof desc.value === 'function') {
        Object.defineProperty(this, key, { ...desc, enumerable: true, value: desc.value.bind(this) });
      }
    }
  }

  [Symbol.for('lode.console.write')](useStderr, text) {
    const stream = useStderr ? this._stderr : this._stdout;
    const indent = this[kGroupIndent];
    if (indent.length !== 0) {
      if (text.includes('\n')) text = text.replace(/\n/g, `\n${indent}`);
      text = indent + text;
    }
    text += '\n';
    if (!this._ignoreErrors) return stream.write(text);
    try {
      stream.write(text);
    } catch {
      // node ignores errors on the console's streams (EPIPE and the like).
    }
  }

  _colorsFor(stream) {
    if (this[kColorMode] !== 'auto') return this[kColorMode];
    return Boolean(stream.isTTY && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
  }

  _format(useStderr, args) {
    const stream = useStderr ? this._stderr : this._stdout;
    const options = this[kInspectOptions];
    const colors = this._colorsFor(stream);
    const opts = options ? { ...options } : {};
    if (opts.colors === undefined) opts.colors = colors;
    return lazyInspect().formatWithOptions(opts, ...args);
  }

  log(...args) { this[kWrite](false, this._format(false, args)); }
  info(...args) { this[kWrite](false, this._format(false, args)); }
  debug(...args) { this[kWrite](false, this._format(false, args)); }
  warn(...args) { this[kWrite](true, this._format(true, args)); }
  error(...args) { this[kWrite](true, this._format(true, args)); }

  dir(object, options) {
    const opts = { customInspect: false, ...this[kInspectOptions], ...options };
    if (opts.colors === undefined) opts.colors = this._colorsFor(this._stdout);
    this[kWrite](false, lazyInspect().inspect(object, opts));
  }

  dirxml(...args) { this.log(...args); }

  trace(...args) {
    const err = { name: 'Trace', message: this._format(true, args) };
    Error.captureStackTrace(err, this.trace);
    this.error(err.stack);
  }

  assert(expression, ...args) {
    if (expression) return;
    if (typeof args[0] === 'string') {
      args[0] = `Assertion failed: ${args[0]}`;
    } else {
      args.unshift('Assertion failed');
    }
    this.warn(...args);
  }

  count(label = 'default') {
    label = `${label}`;
    const count = (this[kCounts].get(label) || 0) + 1;
    this[kCounts].set(label, count);
    this.log(`${label}: ${count}`);
  }

  countReset(label = 'default') {
    label = `${label}`;
    if (!this[kCounts].has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    this[kCounts].delete(label);
  }

  group(...data) {
    if (data.length > 0) this.log(...data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  }

  groupCollapsed(...data) { this.group(...data); }

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  }

  time(label = 'default') {
    label = `${label}`;
    if (this[kTimers].has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this[kTimers].set(label, process.hrtime.bigint());
  }

  timeEnd(label = 'default') {
    label = `${label}`;
    if (this._timeLog('timeEnd', label, [])) this[kTimers].delete(label);
  }

  timeLog(label = 'default', ...data) {
    this._timeLog('timeLog', `${label}`, data);
  }

  _timeLog(name, label, data) {
    const start = this[kTimers].get(label);
    if (start === undefined) {
      process.emitWarning(`No such label '${label}' for console.${name}()`);
      return false;
    }
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    this.log(`${label}: ${formatTime(ms)}`, ...data);
    return true;
  }

  table(data, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('properties', 'Array', properties);
    }
    if (data === null || typeof data !== 'object') return this.log(data);
    this.log(require('internal/console/table').renderTable(data, properties, (v) => formatCell(v)));
  }
}

const kWrite = Symbol.for('lode.console.write');

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [whole, fraction] = seconds.toFixed(3).split('.');
    const pad = (n) => String(n).padStart(2, '0');
    return `${hours !== 0 ? `${hours}:${pad(minutes)}` : minutes}:${whole.padStart(2, '0')}.${fraction} (${hours !== 0 ? 'h:mm' : ''}${hours !== 0 ? '' : 'm'}:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function formatCell(value) {
  return lazyInspect().inspect(value, { depth: 1, colors: false, compact: 3, breakLength: Infinity });
}

module.exports = { Console, kWrite, formatTime };
