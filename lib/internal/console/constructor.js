'use strict';
// The Console class. Each method formats its arguments into one string, indents it for the
// current group and writes it, newline-terminated, to stdout (log, info, debug, dir, dirxml,
// table, time*, count, group) or stderr (warn, error, trace, assert).
//
// Console is a plain function rather than a class so that it can be called without `new`,
// and every instance gets its methods bound (`const { log } = console` works). The global
// console is not an instance; lib/console.js builds it with the helpers exported here.

const {
  codes: {
    ERR_CONSOLE_WRITABLE_STREAM,
    ERR_INCOMPATIBLE_OPTION_PAIR,
  },
} = require('internal/errors');
const {
  validateArray,
  validateInteger,
  validateObject,
  validateOneOf,
} = require('internal/validators');

let inspectModule;
const lazyInspect = () => (inspectModule ??= require('internal/util/inspect'));
let utilModule;
const lazyUtil = () => (utilModule ??= require('internal/util'));

const kIsConsole = Symbol('kIsConsole');
const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kInspectOptions = Symbol('kInspectOptions');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');

const kMaxGroupIndentation = 1000;

function isWritableStream(stream) {
  return Boolean(stream) && typeof stream.write === 'function';
}

function Console(options /* or: stdout, stderr, ignoreErrors */, ...rest) {
  // Calling Console() without `new` constructs, as in node.
  if (new.target === undefined) return Reflect.construct(Console, [options, ...rest]);

  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: rest[0], ignoreErrors: rest[1] };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  if (!isWritableStream(stdout)) throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!isWritableStream(stderr)) throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    // Colors come from one place: an explicit colorMode (even 'auto') rules out colors here.
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
  }

  // Bound copies of the methods, looked up through `this` so a subclass's overrides win.
  for (const name of Object.keys(Console.prototype)) {
    this[name] = bindMethod(this[name], this, name);
  }
  setStreams(this, { stdout, stderr });
  setState(this, { ignoreErrors, colorMode, groupIndentation, inspectOptions });
}

// `console instanceof Console` holds for the global console too, which is built as a plain
// object; what marks a console is the state setState() gives it.
Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance !== null && instance !== undefined && instance[kIsConsole] === true;
  },
});

function bindMethod(method, target, name) {
  const bound = method.bind(target);
  Object.defineProperty(bound, 'name', { value: name });
  return bound;
}

function defineHidden(target, name, value) {
  Object.defineProperty(target, name, { value, writable: true, enumerable: false, configurable: true });
}

// Async write errors on a stream with no 'error' listener would crash the process; a
// console swallows them, listening just long enough to catch the one that is coming.
function createWriteErrorHandler(target, streamName) {
  return (err) => {
    const stream = target[streamName];
    if (err !== null && err !== undefined && !stream._writableState?.errorEmitted &&
        typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0) {
      stream.once('error', noop);
    }
  };
}

function noop() {}

// `streams` is either { stdout, stderr } or, for the global console, { getStdout, getStderr }
// which are called on first use (process.stdout is created lazily).
function setStreams(target, streams) {
  if (streams.getStdout !== undefined) {
    for (const [name, get] of [['_stdout', streams.getStdout], ['_stderr', streams.getStderr]]) {
      let stream;
      Object.defineProperty(target, name, {
        get() { return (stream ??= get()); },
        set(value) { stream = value; },
        enumerable: false,
        configurable: true,
      });
    }
  } else {
    defineHidden(target, '_stdout', streams.stdout);
    defineHidden(target, '_stderr', streams.stderr);
  }
  defineHidden(target, '_stdoutErrorHandler', createWriteErrorHandler(target, '_stdout'));
  defineHidden(target, '_stderrErrorHandler', createWriteErrorHandler(target, '_stderr'));
}

function setState(target, { ignoreErrors = true, colorMode = 'auto', groupIndentation = 2,
                            inspectOptions = undefined }) {
  defineHidden(target, '_ignoreErrors', Boolean(ignoreErrors));
  defineHidden(target, '_times', new Map());
  defineHidden(target, kCounts, new Map());
  defineHidden(target, kColorMode, colorMode);
  defineHidden(target, kInspectOptions, inspectOptions);
  defineHidden(target, kIsConsole, true);
  defineHidden(target, kGroupIndent, '');
  defineHidden(target, kGroupIndentationWidth, groupIndentation);
}

// The util.inspect options for output to `stream`: the user's inspectOptions (colors filled
// in from the color mode when they do not say), or just the color choice.
function inspectOptionsFor(console, stream) {
  let colors = console[kColorMode];
  if (colors === 'auto') colors = lazyUtil().shouldColorize(stream);
  const options = console[kInspectOptions];
  if (options === undefined) return { colors };
  if (options.colors === undefined) return { ...options, colors };
  return options;
}

function formatFor(console, useStderr, args) {
  const stream = useStderr ? console._stderr : console._stdout;
  return lazyInspect().formatWithOptions(inspectOptionsFor(console, stream), ...args);
}

function writeToConsole(console, useStderr, text) {
  const indent = console[kGroupIndent];
  if (indent.length !== 0) {
    if (text.includes('\n')) text = text.replace(/\n/g, `\n${indent}`);
    text = indent + text;
  }
  text += '\n';
  const stream = useStderr ? console._stderr : console._stdout;
  if (!console._ignoreErrors) {
    stream.write(text);
    return;
  }
  const onWriteError = useStderr ? console._stderrErrorHandler : console._stdoutErrorHandler;
  // Errors may come synchronously (files, TTYs) or later (pipes): a temporary no-op
  // listener covers the first kind, the write callback the second.
  try {
    if (stream.listenerCount('error') === 0) stream.once('error', noop);
    stream.write(text, onWriteError);
  } catch (err) {
    // The console never throws for its stream's sake, but running out of stack is the
    // caller's problem, not the stream's.
    if (err instanceof RangeError && err.message === 'Maximum call stack size exceeded') throw err;
  } finally {
    stream.removeListener('error', noop);
  }
}

// "1.234ms", "12.345s", "1:02.345 (m:ss.mmm)", "1:00:02.345 (h:mm:ss.mmm)".
function formatTime(ms) {
  const kSecond = 1000;
  const kMinute = 60 * kSecond;
  const kHour = 60 * kMinute;
  if (ms < kSecond) return `${Number(ms.toFixed(3))}ms`;
  if (ms < kMinute) return `${(ms / kSecond).toFixed(3)}s`;
  const hours = Math.floor(ms / kHour);
  const minutes = Math.floor((ms % kHour) / kMinute);
  // Rounding happens on the seconds alone, so 59.9999s shows as "60.000", as in node.
  const [seconds, millis] = ((ms % kMinute) / kSecond).toFixed(3).split('.');
  const twoDigits = (n) => `${n}`.padStart(2, '0');
  if (hours === 0) return `${minutes}:${twoDigits(seconds)}.${millis} (m:ss.mmm)`;
  return `${hours}:${twoDigits(minutes)}:${twoDigits(seconds)}.${millis} (h:mm:ss.mmm)`;
}

// Prints "label: duration" plus `data`; returns false (after a warning) for unknown labels.
function logElapsed(console, methodName, label, data) {
  const start = console._times.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${methodName}()`);
    return false;
  }
  // process.hrtime is looked up on every call, as node does.
  const [seconds, nanoseconds] = process.hrtime(start);
  const elapsed = formatTime(seconds * 1000 + nanoseconds / 1e6);
  console.log('%s: %s', label, elapsed, ...data);
  return true;
}

// console.table's cells: util.inspect kept to one short line, unless the console's own
// inspectOptions say otherwise.
function formatTableCell(console, value) {
  const isWideObject = value !== null && typeof value === 'object' && !Array.isArray(value) &&
    Object.keys(value).length > 2;
  return lazyInspect().inspect(value, {
    depth: isWideObject ? -1 : 0,
    maxArrayLength: 3,
    breakLength: Infinity,
    ...inspectOptionsFor(console, console._stdout),
  });
}

// The methods, in node's order (Object.keys(console) shows it). Written as an object literal
// so they are enumerable, like node's.
const consoleMethods = {
  log(...args) {
    writeToConsole(this, false, formatFor(this, false, args));
  },

  warn(...args) {
    writeToConsole(this, true, formatFor(this, true, args));
  },

  dir(object, options) {
    const text = lazyInspect().inspect(object, {
      customInspect: false,
      ...inspectOptionsFor(this, this._stdout),
      ...options,
    });
    writeToConsole(this, false, text);
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, process.hrtime());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (logElapsed(this, 'timeEnd', label, [])) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    logElapsed(this, 'timeLog', `${label}`, data);
  },

  trace: function trace(...args) {
    const report = { name: 'Trace', message: formatFor(this, true, args) };
    Error.captureStackTrace(report, trace);
    this.error(report.stack);
  },

  assert(expression, ...args) {
    if (expression) return;
    args[0] = args.length === 0 ? 'Assertion failed' : `Assertion failed: ${args[0]}`;
    this.warn(...args);
  },

  // Only a terminal can be cleared: move the cursor home, then erase below it.
  clear() {
    const stream = this._stdout;
    if (stream.isTTY && process.env.TERM !== 'dumb') {
      stream.write('\x1b[1;1H');  // cursor to row 1, column 1
      stream.write('\x1b[0J');  // erase from the cursor to the end of the screen
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const count = (this[kCounts].get(label) ?? 0) + 1;
    this[kCounts].set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    label = `${label}`;
    if (!this[kCounts].has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    this[kCounts].delete(label);
  },

  group(...data) {
    if (data.length > 0) this.log(...data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },

  groupEnd() {
    const indent = this[kGroupIndent];
    this[kGroupIndent] = indent.slice(0, indent.length - this[kGroupIndentationWidth]);
  },

  table(data, properties) {
    if (properties !== undefined) validateArray(properties, 'properties');
    if (data === null || typeof data !== 'object') {
      this.log(data);
      return;
    }
    const { tabulate, renderTable } = require('internal/console/table');
    const { header, columns } = tabulate(data, properties, (value) => formatTableCell(this, value));
    this.log(renderTable(header, columns));
  },
};

// Aliases are the same functions, as in node (console.debug.name on the prototype is 'log').
consoleMethods.debug = consoleMethods.log;
consoleMethods.info = consoleMethods.log;
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.error = consoleMethods.warn;
consoleMethods.groupCollapsed = consoleMethods.group;

// A prototype shaped like a class's: a non-enumerable `constructor` first, then the methods.
Console.prototype = Object.assign(Object.defineProperty({}, 'constructor', {
  value: Console, writable: true, enumerable: false, configurable: true,
}), consoleMethods);

module.exports = {
  Console,
  bindMethod,
  setStreams,
  setState,
  formatTime,
};
