'use strict';
// util.inspect() and util.format(): the text Node prints for any value.
//
// Programs and tests compare this text, so the layout follows Node's observable rules:
// which entries share a line, how long arrays fold into aligned columns, when nested
// objects collapse to `[Object]`, how errors, classes and circular references read.
//
// The formatter walks the value depth-first. `formatValue` handles primitives, proxies,
// custom inspectors and cycles; `formatObject` describes an object as a *frame* (the text
// before the braces, the braces, the property keys and a function that lists the inner
// entries) and `layoutEntries` decides how the entries are laid out.

const utilBinding = internalBinding('util');
const {
  getOwnNonIndexProperties,
  getPromiseDetails,
  getProxyDetails,
  previewEntries,
  getExternalValue,
} = utilBinding;
const {
  kPending,
  kRejected,
  ALL_PROPERTIES,
  ONLY_ENUMERABLE,
} = utilBinding.constants;
const types = require('internal/util/types');
// removeColors takes off only the SGR sequences inspect itself emits, to measure its output.
const { isError, removeColors } = require('internal/util');
const {
  getStringWidth,
  isFullWidthCodePoint,
  isZeroWidthCodePoint,
  stripVTControlCharacters,
} = require('internal/util/string_width');

const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
const isEnumerable = (object, key) => Object.prototype.propertyIsEnumerable.call(object, key);

let validators;
function lazyValidators() {
  validators ??= require('internal/validators');
  return validators;
}

// ---------------------------------------------------------------------------------------------
// Options, colors and styles

const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

// SGR codes: [turn on, turn off].
const colors = Object.create(null);
for (const [name, on, off] of [
  ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23], ['underline', 4, 24],
  ['blink', 5, 25], ['inverse', 7, 27], ['hidden', 8, 28], ['strikethrough', 9, 29],
  ['doubleunderline', 21, 24], ['black', 30, 39], ['red', 31, 39], ['green', 32, 39],
  ['yellow', 33, 39], ['blue', 34, 39], ['magenta', 35, 39], ['cyan', 36, 39],
  ['white', 37, 39], ['bgBlack', 40, 49], ['bgRed', 41, 49], ['bgGreen', 42, 49],
  ['bgYellow', 43, 49], ['bgBlue', 44, 49], ['bgMagenta', 45, 49], ['bgCyan', 46, 49],
  ['bgWhite', 47, 49], ['framed', 51, 54], ['overlined', 53, 55], ['gray', 90, 39],
  ['redBright', 91, 39], ['greenBright', 92, 39], ['yellowBright', 93, 39],
  ['blueBright', 94, 39], ['magentaBright', 95, 39], ['cyanBright', 96, 39],
  ['whiteBright', 97, 39], ['bgGray', 100, 49], ['bgRedBright', 101, 49],
  ['bgGreenBright', 102, 49], ['bgYellowBright', 103, 49], ['bgBlueBright', 104, 49],
  ['bgMagentaBright', 105, 49], ['bgCyanBright', 106, 49], ['bgWhiteBright', 107, 49],
]) {
  colors[name] = [on, off];
}

// Alternative spellings share the entry of their canonical name; assigning through an alias
// changes the canonical entry. They are hidden from enumeration like Node's.
for (const [alias, target] of [
  ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'], ['bgBlackBright', 'bgGray'],
  ['faint', 'dim'], ['crossedout', 'strikethrough'], ['strikeThrough', 'strikethrough'],
  ['crossedOut', 'strikethrough'], ['conceal', 'hidden'], ['swapColors', 'inverse'],
  ['swapcolors', 'inverse'], ['doubleUnderline', 'doubleunderline'],
]) {
  Object.defineProperty(colors, alias, {
    get() { return this[target]; },
    set(value) { this[target] = value; },
    configurable: true,
    enumerable: false,
  });
}

const styles = Object.assign(Object.create(null), {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(text, styleType) {
  const style = inspect.styles[styleType];
  if (style === undefined) return text;
  const codes = inspect.colors[style];
  if (codes === undefined) return text;
  return `\u001b[${codes[0]}m${text}\u001b[${codes[1]}m`;
}

function stylizeNoColor(text) {
  return text;
}


// ---------------------------------------------------------------------------------------------
// Entry point

function inspect(value, options) {
  const state = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    circular: undefined,
    userOptions: undefined,
    stylize: stylizeNoColor,
    ...inspectDefaultOptions,
  };
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) state.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) state.colors = arguments[3];
    }
    if (typeof options === 'boolean') {
      state.showHidden = options;
    } else if (options) {
      for (const key of Object.keys(options)) {
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          state[key] = options[key];
        } else if (state.userOptions === undefined) {
          // Unknown keys are handed to custom inspectors untouched.
          state.userOptions = options;
        }
      }
    }
  }
  if (state.colors) state.stylize = stylizeWithColor;
  if (state.maxArrayLength === null) state.maxArrayLength = Infinity;
  if (state.maxStringLength === null) state.maxStringLength = Infinity;
  return formatValue(state, value, 0);
}

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    lazyValidators().validateObject(options, 'options');
    return Object.assign(inspectDefaultOptions, options);
  },
  enumerable: false,
  configurable: false,
});

inspect.colors = colors;
inspect.styles = styles;

// ---------------------------------------------------------------------------------------------
// Strings, numbers and other primitives

// How each escaped code unit is written (`\n`, `\x1B`, ...); `undefined` means no escape.
const escapeTable = [];
for (let code = 0; code < 0xa0; code++) {
  if (code < 0x20 || code >= 0x7f) {
    escapeTable[code] = `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  }
}
escapeTable[8] = '\\b';
escapeTable[9] = '\\t';
escapeTable[10] = '\\n';
escapeTable[12] = '\\f';
escapeTable[13] = '\\r';
escapeTable[0x5c] = '\\\\';

// Escapes control characters, backslashes, lone surrogates and (when `quote` is a single
// quote) single quotes.
function escapeText(text, escapeSingleQuote) {
  let result = '';
  let copiedUpTo = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    let replacement;
    if (code < 0xa0) {
      replacement = code === 0x27 ? (escapeSingleQuote ? "\\'" : undefined) : escapeTable[code];
    } else if (code >= 0xd800 && code <= 0xdfff) {
      const next = index + 1 < text.length ? text.charCodeAt(index + 1) : 0;
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        index++;
        continue;
      }
      replacement = `\\u${code.toString(16)}`;
    }
    if (replacement !== undefined) {
      result += text.slice(copiedUpTo, index) + replacement;
      copiedUpTo = index + 1;
    }
  }
  return copiedUpTo === 0 ? text : result + text.slice(copiedUpTo);
}

// Quotes a string the way Node does: single quotes unless the text contains one, then double
// quotes, then backticks (unless a template could be read into it).
function quoteString(text) {
  let quote = "'";
  if (text.includes("'")) {
    if (!text.includes('"')) {
      quote = '"';
    } else if (!text.includes('`') && !text.includes('${')) {
      quote = '`';
    }
  }
  return `${quote}${escapeText(text, quote === "'")}${quote}`;
}

const kMinSplitLength = 16;

function formatString(state, stylize, text) {
  let trailer = '';
  if (text.length > state.maxStringLength) {
    const remaining = text.length - state.maxStringLength;
    text = text.slice(0, state.maxStringLength);
    trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
  }
  if (state.compact !== true &&
      text.length > kMinSplitLength &&
      text.length > state.breakLength - state.indentationLvl - 4) {
    // Long multi-line strings print one source line per row, joined with `+`.
    const lines = text.split(/(?<=\n)/);
    const joiner = ` +\n${' '.repeat(state.indentationLvl + 2)}`;
    return lines.map((line) => stylize(quoteString(line), 'string')).join(joiner) + trailer;
  }
  return stylize(quoteString(text), 'string') + trailer;
}

// '1234567' -> '1_234_567' (a leading minus sign is kept apart).
function groupDigitsFromEnd(digits) {
  const signLength = digits[0] === '-' ? 1 : 0;
  let end = digits.length;
  let groups = '';
  while (end - signLength > 3) {
    groups = `_${digits.slice(end - 3, end)}${groups}`;
    end -= 3;
  }
  return digits.slice(0, end) + groups;
}

// '1234567' -> '123_456_7' (for the digits after a decimal point).
function groupDigitsFromStart(digits) {
  let start = 0;
  let groups = '';
  while (digits.length - start > 3) {
    groups += `${digits.slice(start, start + 3)}_`;
    start += 3;
  }
  return groups + digits.slice(start);
}

function formatNumber(stylize, number, numericSeparator) {
  if (!numericSeparator) {
    return stylize(Object.is(number, -0) ? '-0' : `${number}`, 'number');
  }
  const integer = Math.trunc(number);
  if (integer === number) {
    const text = String(integer);
    if (!Number.isFinite(number) || text.includes('e')) return stylize(text, 'number');
    return stylize(groupDigitsFromEnd(text), 'number');
  }
  if (Number.isNaN(number)) return stylize('NaN', 'number');
  const text = String(number);
  const point = text.indexOf('.');
  return stylize(
    `${groupDigitsFromEnd(text.slice(0, point))}.${groupDigitsFromStart(text.slice(point + 1))}`,
    'number');
}

function formatBigInt(stylize, bigint, numericSeparator) {
  const text = String(bigint);
  return stylize(`${numericSeparator ? groupDigitsFromEnd(text) : text}n`, 'bigint');
}

function formatPrimitive(stylize, value, state) {
  switch (typeof value) {
    case 'string': return formatString(state, stylize, value);
    case 'number': return formatNumber(stylize, value, state.numericSeparator);
    case 'bigint': return formatBigInt(stylize, value, state.numericSeparator);
    case 'boolean': return stylize(`${value}`, 'boolean');
    case 'undefined': return stylize('undefined', 'undefined');
    default: return stylize(Symbol.prototype.toString.call(value), 'symbol');
  }
}

// ---------------------------------------------------------------------------------------------
// Values: custom inspectors, proxies and cycles

function formatValue(state, value, level, insideTypedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(state.stylize, value, state);
  }
  if (value === null) return state.stylize('null', 'null');

  // Proxies are looked through without running any of their traps.
  const receiver = value;
  const proxy = getProxyDetails(value, !!state.showProxy);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) return state.stylize('<Revoked Proxy>', 'special');
    if (state.showProxy) return formatProxy(state, proxy, level);
    value = proxy;
  }

  if (state.customInspect) {
    const custom = value[customInspectSymbol];
    if (typeof custom === 'function' && custom !== inspect && !isPrototypeObject(value)) {
      const depth = state.depth === null ? null : state.depth - level;
      const foreign = proxy !== undefined || !(receiver instanceof Object);
      const result = custom.call(receiver, depth, optionsForCustomInspect(state, foreign), inspect);
      if (result !== receiver) {
        if (typeof result !== 'string') return formatValue(state, result, level);
        return result.replaceAll('\n', `\n${' '.repeat(state.indentationLvl)}`);
      }
    }
  }

  if (state.seen.includes(value)) {
    state.circular ??= new Map();
    let index = state.circular.get(value);
    if (index === undefined) {
      index = state.circular.size + 1;
      state.circular.set(value, index);
    }
    return state.stylize(`[Circular *${index}]`, 'special');
  }

  return formatObject(state, value, level, insideTypedArray);
}

// `Foo.prototype` carries Foo's inspector but is not a Foo; print it plainly.
function isPrototypeObject(value) {
  const constructor = value.constructor;
  return Boolean(constructor) && constructor.prototype === value;
}

// The options object a custom inspector receives. Values from another realm get a
// null-prototype copy with only primitives, so no object of this realm leaks to them.
function optionsForCustomInspect(state, foreign) {
  const options = {
    stylize: state.stylize,
    showHidden: state.showHidden,
    depth: state.depth,
    colors: state.colors,
    customInspect: state.customInspect,
    showProxy: state.showProxy,
    maxArrayLength: state.maxArrayLength,
    maxStringLength: state.maxStringLength,
    breakLength: state.breakLength,
    compact: state.compact,
    sorted: state.sorted,
    getters: state.getters,
    numericSeparator: state.numericSeparator,
    ...state.userOptions,
  };
  if (!foreign) return options;
  Object.setPrototypeOf(options, null);
  for (const key of Object.keys(options)) {
    const option = options[key];
    if ((typeof option === 'object' || typeof option === 'function') && option !== null) {
      delete options[key];
    }
  }
  options.stylize = Object.setPrototypeOf((text, styleType) => {
    let styled;
    try {
      styled = `${state.stylize(text, styleType)}`;
    } catch {
      // A throwing stylize leaves the text as it is.
    }
    return typeof styled === 'string' ? styled : text;
  }, null);
  return options;
}

function formatProxy(state, proxy, level) {
  if (state.depth !== null && level > state.depth) {
    return state.stylize('Proxy [Array]', 'special');
  }
  level += 1;
  state.indentationLvl += 2;
  const entries = [formatValue(state, proxy[0], level), formatValue(state, proxy[1], level)];
  state.indentationLvl -= 2;
  return layoutEntries(state, entries, '', ['Proxy [', ']'], kArrayExtrasType, level);
}

// ---------------------------------------------------------------------------------------------
// Objects

// How the entries of a frame are named: plain properties print `key: value`; array elements
// print bare values, and an array's other properties are `kArrayExtrasType`.
const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

// Names of the global constructors present at startup; instances whose constructor is one of
// these are "built-in" (no prototype properties are listed for them, `%s` inspects them).
const builtInObjects = new Set(
  Object.getOwnPropertyNames(globalThis).filter((name) => /^[A-Z][a-zA-Z0-9]+$/.test(name)));

function isInstanceOf(object, constructor) {
  try {
    return object instanceof constructor;
  } catch {
    return false;
  }
}

// `Foo`, or `Foo <Bar>` / `Object <[Object: null prototype] {}>` when the prototype chain
// has no usable constructor, or null for a null-prototype object. With `showHidden`,
// collects the properties of user-defined prototypes into `protoProps`.
function constructorNameOf(object, state, level, protoProps) {
  let firstProto;
  const start = object;
  while (object) {
    const descriptor = Object.getOwnPropertyDescriptor(object, 'constructor');
    if (descriptor !== undefined &&
        typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' &&
        isInstanceOf(start, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== object || !builtInObjects.has(descriptor.value.name))) {
        collectPrototypeProperties(state, start, firstProto || start, level, protoProps);
      }
      return String(descriptor.value.name);
    }
    object = Object.getPrototypeOf(object);
    if (firstProto === undefined) firstProto = object;
  }
  if (firstProto === null) return null;

  const internalName = utilBinding.getConstructorName(start);
  if (state.depth !== null && level > state.depth) return `${internalName} <Complex prototype>`;
  const protoName = constructorNameOf(firstProto, state, level + 1, protoProps);
  if (protoName === null) {
    const protoText = inspect(firstProto, { ...state, customInspect: false, depth: -1 });
    return `${internalName} <${protoText}>`;
  }
  return `${internalName} <${protoName}>`;
}

// Lists the non-method properties of up to three user-defined prototypes of `main` (faint
// when colored), skipping names the object or a nearer prototype already has.
function collectPrototypeProperties(state, main, proto, level, output) {
  const shadowed = new Set();
  let lastKeys = [];
  for (let layer = 0; layer < 3; layer++) {
    if (layer !== 0 || main === proto) {
      proto = Object.getPrototypeOf(proto);
      if (proto === null) return;
      const descriptor = Object.getOwnPropertyDescriptor(proto, 'constructor');
      if (descriptor !== undefined &&
          typeof descriptor.value === 'function' &&
          builtInObjects.has(descriptor.value.name)) {
        return;
      }
    }
    if (layer !== 0) for (const key of lastKeys) shadowed.add(key);
    lastKeys = Reflect.ownKeys(proto);
    state.seen.push(main);
    for (const key of lastKeys) {
      if (key === 'constructor' || hasOwn(main, key) || (layer !== 0 && shadowed.has(key))) {
        continue;
      }
      const descriptor = Object.getOwnPropertyDescriptor(proto, key);
      if (typeof descriptor.value === 'function') continue;
      const text = formatProperty(state, proto, level, key, kObjectType, descriptor, main);
      output.push(state.colors ? `\u001b[2m${text}\u001b[22m` : text);
    }
    state.seen.pop();
  }
}

// `Foo [Tag] ` style prefixes; `fallback` names the kind for null-prototype objects.
function describePrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function ownKeysOf(value, showHidden) {
  const symbols = Object.getOwnPropertySymbols(value);
  let keys;
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    keys.push(...symbols);
    return keys;
  }
  try {
    keys = Object.keys(value);
  } catch {
    // Uninitialized bindings of a module namespace make Object.keys throw.
    keys = Object.getOwnPropertyNames(value);
  }
  for (const symbol of symbols) {
    if (isEnumerable(value, symbol)) keys.push(symbol);
  }
  return keys;
}

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

// Works out how `value` is printed. Returns either the finished text (for objects with
// nothing inside) or a frame: { keys, base, braces, kind, listEntries }.
function frameOf(state, value, constructor, tag, level, insideTypedArray, protoProps) {
  const filter = state.showHidden ? ALL_PROPERTIES : ONLY_ENUMERABLE;
  const nothingMore = (keys) => keys.length === 0 && protoProps === undefined;
  const listNothing = () => [];

  if (Symbol.iterator in value || constructor === null) {
    if (Array.isArray(value)) {
      const prefix = constructor !== 'Array' || tag !== '' ?
        describePrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      const keys = getOwnNonIndexProperties(value, filter);
      const open = `${prefix}[`;
      if (value.length === 0 && nothingMore(keys)) return `${open}]`;
      return frame(keys, '', [open, ']'], kArrayExtrasType, formatArray);
    }
    if (types.isSet(value)) {
      const size = setSize(value);
      const prefix = describePrefix(constructor, tag, 'Set', `(${size})`);
      const keys = ownKeysOf(value, state.showHidden);
      if (size === 0 && nothingMore(keys)) return `${prefix}{}`;
      const source = constructor !== null ? value : Set.prototype.values.call(value);
      return frame(keys, '', [`${prefix}{`, '}'], kObjectType,
                   (s, v, l) => formatSetEntries(s, source, size, l));
    }
    if (types.isMap(value)) {
      const size = mapSize(value);
      const prefix = describePrefix(constructor, tag, 'Map', `(${size})`);
      const keys = ownKeysOf(value, state.showHidden);
      if (size === 0 && nothingMore(keys)) return `${prefix}{}`;
      const source = constructor !== null ? value : Map.prototype.entries.call(value);
      return frame(keys, '', [`${prefix}{`, '}'], kObjectType,
                   (s, v, l) => formatMapEntries(s, source, size, l));
    }
    if (types.isTypedArray(value)) {
      const keys = getOwnNonIndexProperties(value, filter);
      let elements = value;
      let fallback = '';
      if (constructor === null) {
        // Without a prototype the elements are read through a copy of the same kind.
        fallback = typedArrayKindOf(value);
        elements = new globalThis[fallback](value);
      }
      const length = typedArrayLength(value);
      const prefix = describePrefix(constructor, tag, fallback, `(${length})`);
      const open = `${prefix}[`;
      if (value.length === 0 && keys.length === 0 && !state.showHidden) return `${open}]`;
      return frame(keys, '', [open, ']'], kArrayExtrasType,
                   (s, v, l) => formatTypedArray(s, elements, length, l));
    }
    if (types.isMapIterator(value)) {
      const braces = iteratorBraces('Map', tag);
      return frame(ownKeysOf(value, state.showHidden), '', braces, kObjectType,
                   (s, v, l) => formatIterator(s, v, l, braces));
    }
    if (types.isSetIterator(value)) {
      const braces = iteratorBraces('Set', tag);
      return frame(ownKeysOf(value, state.showHidden), '', braces, kObjectType,
                   (s, v, l) => formatIterator(s, v, l, braces));
    }
  }

  const keys = ownKeysOf(value, state.showHidden);
  const braces = ['{', '}'];

  if (typeof value === 'function') {
    const base = functionBase(value, constructor, tag);
    if (nothingMore(keys)) return state.stylize(base, 'special');
    return frame(keys, base, braces, kObjectType, listNothing);
  }
  if (constructor === 'Object') {
    if (types.isArgumentsObject(value)) {
      braces[0] = '[Arguments] {';
    } else if (tag !== '') {
      braces[0] = `${describePrefix(constructor, tag, 'Object')}{`;
    }
    if (nothingMore(keys)) return `${braces[0]}}`;
    return frame(keys, '', braces, kObjectType, listNothing);
  }
  if (types.isRegExp(value)) {
    let base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value));
    const prefix = describePrefix(constructor, tag, 'RegExp');
    if (prefix !== 'RegExp ') base = `${prefix}${base}`;
    if (nothingMore(keys) || (state.depth !== null && level > state.depth)) {
      return state.stylize(base, 'regexp');
    }
    return frame(keys, base, braces, kObjectType, listNothing);
  }
  if (types.isDate(value)) {
    const time = Date.prototype.getTime.call(value);
    let base = Number.isNaN(time) ?
      Date.prototype.toString.call(value) : Date.prototype.toISOString.call(value);
    const prefix = describePrefix(constructor, tag, 'Date');
    if (prefix !== 'Date ') base = `${prefix}${base}`;
    if (nothingMore(keys)) return state.stylize(base, 'date');
    return frame(keys, base, braces, kObjectType, listNothing);
  }
  if (isError(value)) {
    const base = formatErrorBase(state, value, constructor, tag, keys);
    if (nothingMore(keys)) return base;
    return frame(keys, base, braces, kObjectType, listNothing);
  }
  if (types.isAnyArrayBuffer(value)) {
    const kind = types.isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
    const prefix = describePrefix(constructor, tag, kind);
    let listEntries = listNothing;
    if (insideTypedArray === undefined) {
      listEntries = formatArrayBufferContents;
    } else if (nothingMore(keys)) {
      return `${prefix}{ byteLength: ${formatNumber(state.stylize, value.byteLength, false)} }`;
    }
    keys.unshift('byteLength');
    return frame(keys, '', [`${prefix}{`, '}'], kObjectType, listEntries);
  }
  if (types.isDataView(value)) {
    // `buffer` comes last: it is the only one that is not a number.
    keys.unshift('byteLength', 'byteOffset', 'buffer');
    return frame(keys, '', [`${describePrefix(constructor, tag, 'DataView')}{`, '}'],
                 kObjectType, listNothing);
  }
  if (types.isPromise(value)) {
    return frame(keys, '', [`${describePrefix(constructor, tag, 'Promise')}{`, '}'],
                 kObjectType, formatPromise);
  }
  if (types.isWeakSet(value)) {
    return frame(keys, '', [`${describePrefix(constructor, tag, 'WeakSet')}{`, '}'], kObjectType,
                 state.showHidden ? formatWeakSetEntries : formatUnknownItems);
  }
  if (types.isWeakMap(value)) {
    return frame(keys, '', [`${describePrefix(constructor, tag, 'WeakMap')}{`, '}'], kObjectType,
                 state.showHidden ? formatWeakMapEntries : formatUnknownItems);
  }
  if (types.isModuleNamespaceObject(value)) {
    const namespaceKeys = keys.slice();
    keys.length = 0;
    return frame(keys, '', [`${describePrefix(constructor, tag, 'Module')}{`, '}'], kObjectType,
                 (s, v, l) => formatNamespace(s, v, l, namespaceKeys));
  }
  if (types.isBoxedPrimitive(value)) {
    const base = boxedBase(state, value, keys, constructor, tag);
    if (nothingMore(keys)) return base;
    return frame(keys, base, braces, kObjectType, listNothing);
  }
  const fallback = types.isArgumentsObject(value) ? 'Arguments' : 'Object';
  if (nothingMore(keys)) {
    if (types.isExternal(value)) {
      const address = getExternalValue(value).toString(16);
      return state.stylize(`[External: ${address}]`, 'special');
    }
    return `${describePrefix(constructor, tag, fallback)}{}`;
  }
  braces[0] = `${describePrefix(constructor, tag, fallback)}{`;
  return frame(keys, '', braces, kObjectType, listNothing);
}

function frame(keys, base, braces, kind, listEntries) {
  return { keys, base, braces, kind, listEntries };
}

const setSizeGetter = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
const mapSizeGetter = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
const typedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayLengthGetter =
  Object.getOwnPropertyDescriptor(typedArrayPrototype, 'length').get;
const typedArrayTagGetter =
  Object.getOwnPropertyDescriptor(typedArrayPrototype, Symbol.toStringTag).get;
const setSize = (set) => setSizeGetter.call(set);
const mapSize = (map) => mapSizeGetter.call(map);
const typedArrayLength = (array) => typedArrayLengthGetter.call(array);
const typedArrayKindOf = (array) => typedArrayTagGetter.call(array);

function iteratorBraces(kind, tag) {
  const name = `${kind} Iterator`;
  if (tag !== name) tag = tag === '' ? name : `${tag}] [${name}`;
  return [`[${tag}] {`, '}'];
}

// The Symbol.toStringTag worth showing: a string that is not already printed as a property.
function visibleTag(value, state) {
  const tag = value[Symbol.toStringTag];
  if (typeof tag !== 'string' || tag === '') return '';
  const printedAsProperty = state.showHidden ?
    hasOwn(value, Symbol.toStringTag) : isEnumerable(value, Symbol.toStringTag);
  return printedAsProperty ? '' : tag;
}

function formatObject(state, value, level, insideTypedArray) {
  let protoProps;
  if (state.showHidden && (state.depth === null || level <= state.depth)) protoProps = [];
  const constructor = constructorNameOf(value, state, level, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
  const tag = visibleTag(value, state);

  const described = frameOf(state, value, constructor, tag, level, insideTypedArray, protoProps);
  if (typeof described === 'string') return described;
  const { keys, braces, kind, listEntries } = described;
  let base = described.base;

  if (state.depth !== null && level > state.depth) {
    const name = describePrefix(constructor, tag, 'Object').slice(0, -1);
    return state.stylize(constructor !== null ? `[${name}]` : name, 'special');
  }
  level += 1;
  state.seen.push(value);
  state.currentDepth = level;

  const indentationLvl = state.indentationLvl;
  let entries;
  try {
    entries = listEntries(state, value, level);
    for (const key of keys) {
      entries.push(formatProperty(state, value, level, key, kind));
    }
    if (protoProps !== undefined) entries.push(...protoProps);
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    // Very deep structures end in a marker instead of crashing the caller.
    state.seen.pop();
    state.indentationLvl = indentationLvl;
    const name = describePrefix(constructor, tag, 'Object').slice(0, -1);
    return state.stylize(
      `[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
      'special');
  }

  if (state.circular !== undefined) {
    const index = state.circular.get(value);
    if (index !== undefined) {
      const reference = state.stylize(`<ref *${index}>`, 'special');
      if (state.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  state.seen.pop();

  if (state.sorted) {
    const comparator = state.sorted === true ? undefined : state.sorted;
    if (kind === kObjectType) {
      entries.sort(comparator);
    } else if (keys.length > 1) {
      // Only the named properties after the elements are sorted.
      const named = entries.splice(entries.length - keys.length).sort(comparator);
      entries.push(...named);
    }
  }

  const text = layoutEntries(state, entries, base, braces, kind, level, value);
  // Stop descending once the output is huge, so the string stays below V8's limits and the
  // event loop is not blocked for long.
  const spent = (state.budget[state.indentationLvl] || 0) + text.length;
  state.budget[state.indentationLvl] = spent;
  if (spent > 2 ** 27) state.depth = -1;
  return text;
}

function isStackOverflow(error) {
  return error instanceof RangeError && error.message === 'Maximum call stack size exceeded';
}

// ---------------------------------------------------------------------------------------------
// Kinds of objects

function functionBase(value, constructor, tag) {
  const source = Function.prototype.toString.call(value);
  if (source.startsWith('class') && source.endsWith('}') && looksLikeClass(source.slice(5, -1))) {
    return classBase(value, constructor, tag);
  }
  let type = 'Function';
  if (types.isGeneratorFunction(value)) type = `Generator${type}`;
  if (types.isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  base += value.name === '' ? ' (anonymous)' : `: ${value.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

// `body` is the source after the `class` keyword. A class has its `{` before any `(`
// (outside comments, which may contain anything).
function looksLikeClass(body) {
  const brace = body.indexOf('{');
  if (brace === -1) return false;
  if (!body.slice(0, brace).includes('(')) return true;
  const withoutComments = body.replace(/(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g, '');
  return /^(\s+[^(]*?)\s*{/.test(withoutComments);
}

function classBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor === null) {
    base += ' extends [null prototype]';
  } else {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  }
  return `[${base}]`;
}

function boxedBase(state, value, keys, constructor, tag) {
  let type;
  let primitive;
  if (types.isNumberObject(value)) {
    type = 'Number';
    primitive = Number.prototype.valueOf.call(value);
  } else if (types.isStringObject(value)) {
    type = 'String';
    primitive = String.prototype.valueOf.call(value);
    // The index properties only repeat the characters.
    keys.splice(0, primitive.length);
  } else if (types.isBooleanObject(value)) {
    type = 'Boolean';
    primitive = Boolean.prototype.valueOf.call(value);
  } else if (types.isBigIntObject(value)) {
    type = 'BigInt';
    primitive = BigInt.prototype.valueOf.call(value);
  } else {
    type = 'Symbol';
    primitive = Symbol.prototype.valueOf.call(value);
  }
  let base = `[${type}`;
  if (type !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  base += `: ${formatPrimitive(stylizeNoColor, primitive, state)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || state.stylize === stylizeNoColor) return base;
  return state.stylize(base, type.toLowerCase());
}

function formatArray(state, array, level) {
  const length = array.length;
  const shown = Math.min(Math.max(0, state.maxArrayLength), length);
  const output = [];
  for (let index = 0; index < shown; index++) {
    if (!hasOwn(array, index)) return formatSparseArray(state, array, level, shown, output, index);
    output.push(formatProperty(state, array, level, index, kArrayType));
  }
  if (length > shown) output.push(remainingText(length - shown));
  return output;
}

const arrayIndexPattern = /^(0|[1-9][0-9]*)$/;

// Continues formatArray from the first hole: each run of holes is one entry,
// `<n empty items>`, and counts toward maxArrayLength like an element.
function formatSparseArray(state, array, level, maxEntries, output, firstHole) {
  const keys = Object.keys(array);
  let next = firstHole;
  for (let keyIndex = firstHole; keyIndex < keys.length && output.length < maxEntries; keyIndex++) {
    const key = keys[keyIndex];
    const index = +key;
    if (index > 2 ** 32 - 2) break;
    if (`${next}` !== key) {
      if (!arrayIndexPattern.test(key)) break;
      output.push(state.stylize(emptyItems(index - next), 'undefined'));
      next = index;
      if (output.length === maxEntries) break;
    }
    output.push(formatProperty(state, array, level, key, kArrayType));
    next++;
  }
  const remaining = array.length - next;
  if (output.length !== maxEntries) {
    if (remaining > 0) output.push(state.stylize(emptyItems(remaining), 'undefined'));
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function emptyItems(count) {
  return `<${count} empty item${count > 1 ? 's' : ''}>`;
}

function formatTypedArray(state, elements, length, level) {
  const shown = Math.min(Math.max(0, state.maxArrayLength), length);
  const output = [];
  const formatElement = elements.length > 0 && typeof elements[0] === 'number' ?
    formatNumber : formatBigInt;
  for (let index = 0; index < shown; index++) {
    output.push(formatElement(state.stylize, elements[index], state.numericSeparator));
  }
  if (elements.length > shown) output.push(remainingText(elements.length - shown));
  if (state.showHidden) {
    state.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      output.push(`[${key}]: ${formatValue(state, elements[key], level, true)}`);
    }
    state.indentationLvl -= 2;
  }
  return output;
}

function formatArrayBufferContents(state, buffer) {
  let bytes;
  try {
    bytes = new Uint8Array(buffer);
  } catch {
    return [state.stylize('(detached)', 'special')];
  }
  const shown = Math.min(state.maxArrayLength, bytes.length);
  const hex = [];
  for (let index = 0; index < shown; index++) {
    hex.push(bytes[index].toString(16).padStart(2, '0'));
  }
  let text = hex.join(' ');
  const remaining = bytes.length - state.maxArrayLength;
  if (remaining > 0) text += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${state.stylize('[Uint8Contents]', 'special')}: <${text}>`];
}

function formatSetEntries(state, set, size, level) {
  const shown = Math.min(Math.max(0, state.maxArrayLength), size);
  const output = [];
  state.indentationLvl += 2;
  for (const item of set) {
    if (output.length >= shown) break;
    output.push(formatValue(state, item, level));
  }
  if (size > shown) output.push(remainingText(size - shown));
  state.indentationLvl -= 2;
  return output;
}

function formatMapEntries(state, map, size, level) {
  const shown = Math.min(Math.max(0, state.maxArrayLength), size);
  const output = [];
  state.indentationLvl += 2;
  for (const [key, item] of map) {
    if (output.length >= shown) break;
    output.push(`${formatValue(state, key, level)} => ${formatValue(state, item, level)}`);
  }
  if (size > shown) output.push(remainingText(size - shown));
  state.indentationLvl -= 2;
  return output;
}

// Items of a set iterator or weak set (a flat preview list).
function formatPreviewItems(state, items, level, weak) {
  const shown = Math.min(Math.max(state.maxArrayLength, 0), items.length);
  const output = [];
  state.indentationLvl += 2;
  for (let index = 0; index < shown; index++) output.push(formatValue(state, items[index], level));
  state.indentationLvl -= 2;
  // Weak collections have no stable order: sort for a repeatable output.
  if (weak && !state.sorted) output.sort();
  if (items.length > shown) output.push(remainingText(items.length - shown));
  return output;
}

// Pairs of a map entries iterator or weak map; `items` is [key0, value0, key1, value1, ...].
function formatPreviewPairs(state, items, level, weak) {
  const pairs = items.length / 2;
  const shown = Math.min(Math.max(state.maxArrayLength, 0), pairs);
  const output = [];
  state.indentationLvl += 2;
  for (let pair = 0; pair < shown; pair++) {
    const key = formatValue(state, items[pair * 2], level);
    const item = formatValue(state, items[pair * 2 + 1], level);
    if (weak) {
      output.push(`${key} => ${item}`);
    } else {
      output.push(layoutEntries(state, [key, item], '', ['[', ']'], kArrayExtrasType, level));
    }
  }
  if (weak && !state.sorted) output.sort();
  state.indentationLvl -= 2;
  if (pairs > shown) output.push(remainingText(pairs - shown));
  return output;
}

function formatIterator(state, iterator, level, braces) {
  const [items, isKeyValue] = previewEntries(iterator, true);
  if (isKeyValue) {
    braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    return formatPreviewPairs(state, items, level, false);
  }
  return formatPreviewItems(state, items, level, false);
}

function formatWeakSetEntries(state, set, level) {
  return formatPreviewItems(state, previewEntries(set), level, true);
}

function formatWeakMapEntries(state, map, level) {
  return formatPreviewPairs(state, previewEntries(map), level, true);
}

function formatUnknownItems(state) {
  return [state.stylize('<items unknown>', 'special')];
}

function formatPromise(state, promise, level) {
  const [promiseState, result] = getPromiseDetails(promise);
  if (promiseState === kPending) return [state.stylize('<pending>', 'special')];
  state.indentationLvl += 2;
  const text = formatValue(state, result, level);
  state.indentationLvl -= 2;
  return [promiseState === kRejected ? `${state.stylize('<rejected>', 'special')} ${text}` : text];
}

function formatNamespace(state, namespace, level, keys) {
  return keys.map((key) => {
    try {
      return formatProperty(state, namespace, level, key, kObjectType);
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      // A binding in its temporal dead zone: lay the line out like an empty string value,
      // then put the marker where the value goes.
      const line = formatProperty(state, { [key]: '' }, level, key, kObjectType);
      return line.slice(0, line.lastIndexOf(' ') + 1) + state.stylize('<uninitialized>', 'special');
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Properties

const identifierKey = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function formatProperty(state, object, level, key, kind, descriptor, receiver = object) {
  descriptor ||= Object.getOwnPropertyDescriptor(object, key) ||
    { value: object[key], enumerable: true };
  let text;
  let separator = ' ';
  if (descriptor.value !== undefined) {
    const extraIndent = state.compact !== true || kind !== kObjectType ? 2 : 3;
    state.indentationLvl += extraIndent;
    text = formatValue(state, descriptor.value, level);
    if (extraIndent === 3 && state.breakLength < getStringWidth(text, state.colors)) {
      separator = `\n${' '.repeat(state.indentationLvl)}`;
    }
    state.indentationLvl -= extraIndent;
  } else if (descriptor.get !== undefined) {
    text = formatAccessor(state, descriptor, receiver, level);
  } else if (descriptor.set !== undefined) {
    text = state.stylize('[Setter]', 'special');
  } else {
    text = state.stylize('undefined', 'undefined');
  }
  if (kind === kArrayType) return text;

  let name;
  if (typeof key === 'symbol') {
    name = `[${state.stylize(escapeText(Symbol.prototype.toString.call(key), true), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (descriptor.enumerable === false) {
    name = `[${escapeText(key, true)}]`;
  } else if (identifierKey.test(key)) {
    name = state.stylize(key, 'name');
  } else {
    name = state.stylize(quoteString(key), 'string');
  }
  return `${name}:${separator}${text}`;
}

function formatAccessor(state, descriptor, receiver, level) {
  const label = descriptor.set !== undefined ? 'Getter/Setter' : 'Getter';
  const stylize = state.stylize;
  const getters = state.getters;
  const invoke = getters === true ||
    (getters === 'get' && descriptor.set === undefined) ||
    (getters === 'set' && descriptor.set !== undefined);
  if (!getters || !invoke) return stylize(`[${label}]`, 'special');
  try {
    const result = descriptor.get.call(receiver);
    state.indentationLvl += 2;
    let text;
    if (result === null) {
      text = `${stylize(`[${label}:`, 'special')} ${stylize('null', 'null')}${stylize(']', 'special')}`;
    } else if (typeof result === 'object') {
      text = `${stylize(`[${label}]`, 'special')} ${formatValue(state, result, level)}`;
    } else {
      const primitive = formatPrimitive(stylize, result, state);
      text = `${stylize(`[${label}:`, 'special')} ${primitive}${stylize(']', 'special')}`;
    }
    state.indentationLvl -= 2;
    return text;
  } catch (error) {
    const message = `<Inspection threw (${error.message})>`;
    return `${stylize(`[${label}:`, 'special')} ${message}${stylize(']', 'special')}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Errors

function stackOf(error) {
  return error.stack ? String(error.stack) : Error.prototype.toString.call(error);
}

// The first line(s) of an error with its stack, adjusted so it names the real class, with
// frames shared with its cause folded, indented for its position.
function formatErrorBase(state, error, constructor, tag, keys) {
  const name = error.name != null ? String(error.name) : 'Error';
  let stack = stackOf(error);

  // name, message and stack already show in the stack text.
  if (!state.showHidden && keys.length !== 0) {
    for (const field of ['name', 'message', 'stack']) {
      const index = keys.indexOf(field);
      if (index !== -1 && stack.includes(error[field])) keys.splice(index, 1);
    }
  }
  if ('cause' in error && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  if (Array.isArray(error.errors) && (keys.length === 0 || !keys.includes('errors'))) {
    keys.push('errors');
  }

  stack = nameErrorInStack(stack, constructor, name, tag);

  // Look for the frames after the message, which may itself contain "\n    at".
  let messageEnd = (error.message && stack.indexOf(error.message)) || -1;
  if (messageEnd !== -1) messageEnd += error.message.length;
  const framesStart = stack.indexOf('\n    at', messageEnd);
  if (framesStart === -1) {
    stack = `[${stack}]`;
  } else {
    const frames = stackFrames(state, error, stack.slice(framesStart + 1));
    let text = stack.slice(0, framesStart);
    if (state.colors) {
      for (const line of frames) text += `\n${highlightFrame(state, line)}`;
    } else {
      text += `\n${frames.join('\n')}`;
    }
    stack = text;
  }
  if (state.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(state.indentationLvl)}`);
  }
  return stack;
}

// Makes the stack header name the error's class when it differs from `name`
// (`class Foo extends Error` prints `Foo [Error]: ...` unless `name` was set).
function nameErrorInStack(stack, constructor, name, tag) {
  let nameLength = name.length;
  const looksRegular = name.endsWith('Error') && stack.startsWith(name) &&
    (stack.length === nameLength || stack[nameLength] === ':' || stack[nameLength] === '\n');
  if (constructor !== null && !looksRegular) return stack;

  let fallback = 'Error';
  if (constructor === null) {
    const match = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
      /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
    fallback = (match && match[1]) || '';
    nameLength = fallback.length;
    fallback ||= 'Error';
  }
  const prefix = describePrefix(constructor, tag, fallback).slice(0, -1);
  if (name === prefix) return stack;
  if (prefix.includes(name)) {
    return nameLength === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(nameLength)}`;
  }
  return `${prefix} [${name}]${stack.slice(nameLength)}`;
}

// The frame lines of an error. Frames it shares with its cause's stack are replaced by one
// `... n lines matching cause stack trace ...` line.
function stackFrames(state, error, framesText) {
  const frames = framesText.split('\n');
  let cause;
  try {
    ({ cause } = error);
  } catch {
    // A throwing `cause` getter is ignored.
  }
  if (cause != null && isError(cause)) {
    const causeStack = stackOf(cause);
    const causeFramesStart = causeStack.indexOf('\n    at');
    if (causeFramesStart !== -1) {
      const causeFrames = causeStack.slice(causeFramesStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const marker = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, state.stylize(marker, 'undefined'));
      }
    }
  }
  return frames;
}

// The first run of more than three lines of `a` that also appears in `b` (with more than
// three lines of `b` from its start): its length and where it starts in `a`.
function identicalSequenceRange(a, b) {
  for (let start = 0; start < a.length - 3; start++) {
    const match = b.indexOf(a[start]);
    if (match === -1) continue;
    const available = b.length - match;
    if (available <= 3) continue;
    const limit = Math.min(a.length - start, available);
    let length = 1;
    while (length < limit && a[start + length] === b[match + length]) length++;
    if (length > 3) return { len: length, offset: start };
  }
  return { len: 0, offset: 0 };
}

const coreFrame = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
// A package name, with its scope for scoped packages.
const nodeModulesPath = /[/\\]node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+?)(?=[/\\])/g;

let builtinIds;
function isBuiltinId(id) {
  builtinIds ??= new Set(internalBinding('builtins').builtinIds);
  return builtinIds.has(id);
}

// With colors: frames in builtin modules are grey, module names under node_modules are
// underlined, and the working directory part of a path is grey.
function highlightFrame(state, line) {
  const core = coreFrame.exec(line);
  if (core !== null && isBuiltinId(core[1])) return state.stylize(line, 'undefined');
  line = underlineNodeModules(state, line);
  let cwd;
  try {
    cwd = process.cwd();
  } catch {
    return line;
  }
  let marked = greyWorkingDirectory(state, line, cwd);
  if (marked === line) marked = greyWorkingDirectory(state, line, fileUrlOf(cwd));
  return marked;
}

function fileUrlOf(path) {
  try {
    return require('url').pathToFileURL(path).href;
  } catch {
    return `file://${path}`;
  }
}

function underlineNodeModules(state, line) {
  let result = '';
  let copied = 0;
  for (const match of line.matchAll(nodeModulesPath)) {
    const nameStart = match.index + match[0].length - match[1].length;
    result += line.slice(copied, nameStart) + state.stylize(match[1], 'module');
    copied = match.index + match[0].length;
  }
  return copied === 0 ? line : result + line.slice(copied);
}

function greyWorkingDirectory(state, line, cwd) {
  let cwdStart = line.indexOf(cwd);
  if (cwdStart === -1) return line;
  let cwdLength = cwd.length;
  if (line.slice(cwdStart - 7, cwdStart) === 'file://') {
    cwdStart -= 7;
    cwdLength += 7;
  }
  const start = line[cwdStart - 1] === '(' ? cwdStart - 1 : cwdStart;
  const end = start !== cwdStart && line.endsWith(')') ? -1 : line.length;
  const cwdEnd = cwdStart + cwdLength + 1;
  let result = line.slice(0, start) + state.stylize(line.slice(start, cwdEnd), 'undefined') +
    line.slice(cwdEnd, end);
  if (end === -1) result += state.stylize(')', 'undefined');
  return result;
}

// ---------------------------------------------------------------------------------------------
// Layout

// Joins the entries of one object: on a single line when they are few and short enough,
// otherwise one per line (long arrays first fold into columns).
function layoutEntries(state, entries, base, braces, kind, level, value) {
  const prefix = base ? `${base} ` : '';
  if (state.compact !== true) {
    if (typeof state.compact === 'number' && state.compact >= 1) {
      const count = entries.length;
      if (kind === kArrayExtrasType && count > 6) {
        entries = groupArrayElements(state, entries, value);
      }
      // Objects nesting at most `compact` levels below themselves may share a line.
      if (state.currentDepth - level < state.compact && count === entries.length) {
        const start = entries.length + state.indentationLvl + braces[0].length + base.length + 10;
        if (fitsOnLine(state, entries, start, base)) {
          const joined = entries.join(', ');
          if (!joined.includes('\n')) return `${prefix}${braces[0]} ${joined} ${braces[1]}`;
        }
      }
    }
    const newline = `\n${' '.repeat(state.indentationLvl)}`;
    return `${prefix}${braces[0]}${newline}  ${entries.join(`,${newline}  `)}${newline}${braces[1]}`;
  }

  // compact: true packs entries and breaks lines only where needed.
  if (fitsOnLine(state, entries, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${entries.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(state.indentationLvl);
  const opening = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${opening}${entries.join(`,\n${indentation}  `)} ${braces[1]}`;
}

function fitsOnLine(state, entries, start, base) {
  let total = entries.length + start;
  if (total + entries.length > state.breakLength) return false;
  for (const entry of entries) {
    total += state.colors ? removeColors(entry).length : entry.length;
    if (total > state.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

// Folds many short array entries into aligned columns; numbers are right-aligned.
function groupArrayElements(state, entries, value) {
  const separatorSpace = 2; // ", "
  let count = entries.length;
  // The trailing "... more items" entry stays on its own line.
  if (state.maxArrayLength < entries.length) count--;
  const widths = [];
  let totalLength = 0;
  let maxLength = 0;
  for (let index = 0; index < count; index++) {
    // Columns line up on screen, so measure what the terminal draws.
    const width = getStringWidth(entries[index], state.colors);
    widths.push(width);
    totalLength += width + separatorSpace;
    if (width > maxLength) maxLength = width;
  }
  const cellWidth = maxLength + separatorSpace;
  // Group only when three columns fit and no entry dwarfs the others.
  if (cellWidth * 3 + state.indentationLvl >= state.breakLength ||
      (totalLength / cellWidth <= 5 && maxLength > 6)) {
    return entries;
  }
  // Aim for a roughly square block, counting a character as 2.5 times taller than wide,
  // with more columns for short entries.
  const averageBias = Math.sqrt(cellWidth - totalLength / entries.length);
  const biasedWidth = Math.max(cellWidth - 3 - averageBias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(2.5 * biasedWidth * count) / biasedWidth),
    Math.floor((state.breakLength - state.indentationLvl) / cellWidth),
    state.compact * 4,
    15,
  );
  if (columns <= 1) return entries;

  const columnWidths = [];
  for (let column = 0; column < columns; column++) {
    let widest = 0;
    for (let index = column; index < entries.length; index += columns) {
      if (widths[index] > widest) widest = widths[index];
    }
    columnWidths.push(widest + separatorSpace);
  }
  let alignRight = value !== undefined;
  if (alignRight) {
    for (let index = 0; index < entries.length; index++) {
      if (typeof value[index] !== 'number' && typeof value[index] !== 'bigint') {
        alignRight = false;
        break;
      }
    }
  }
  const rows = [];
  for (let rowStart = 0; rowStart < count; rowStart += columns) {
    const rowEnd = Math.min(rowStart + columns, count);
    let row = '';
    for (let index = rowStart; index < rowEnd; index++) {
      const last = index === rowEnd - 1;
      // Pad by visible width: escape sequences take no room on screen.
      const invisible = entries[index].length - widths[index];
      const cell = last ? entries[index] : `${entries[index]}, `;
      const width = columnWidths[index - rowStart] + invisible - (last ? separatorSpace : 0);
      if (alignRight) {
        row += cell.padStart(width, ' ');
      } else {
        row += last ? cell : cell.padEnd(width, ' ');
      }
    }
    rows.push(row);
  }
  if (state.maxArrayLength < entries.length) rows.push(entries[count]);
  return rows;
}

// ---------------------------------------------------------------------------------------------
// util.format

// Objects whose string conversion is the one from a built-in prototype print through inspect
// for `%s`; an own or user-defined toString / Symbol.toPrimitive is called instead.
function hasBuiltInToString(value) {
  const target = getProxyDetails(value, false);
  if (target !== undefined) {
    if (target === null) return true;
    value = target;
  }
  if (typeof value.toString !== 'function' && typeof value[Symbol.toPrimitive] !== 'function') {
    return true;
  }
  if (hasOwn(value, 'toString') || hasOwn(value, Symbol.toPrimitive)) return false;
  let holder = value;
  do {
    holder = Object.getPrototypeOf(holder);
    if (holder === null) return true;
  } while (!hasOwn(holder, 'toString') && !hasOwn(holder, Symbol.toPrimitive));
  const descriptor = Object.getOwnPropertyDescriptor(holder, 'constructor');
  return descriptor !== undefined &&
    typeof descriptor.value === 'function' &&
    builtInObjects.has(descriptor.value.name);
}

let circularJsonMessage;
function stringifyForFormat(value) {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (circularJsonMessage === undefined) {
      try {
        const loop = {};
        loop.loop = loop;
        JSON.stringify(loop);
      } catch (circularError) {
        circularJsonMessage = firstLine(circularError.message);
      }
    }
    if (error.name === 'TypeError' && firstLine(error.message) === circularJsonMessage) {
      return '[Circular]';
    }
    throw error;
  }
}

function firstLine(text) {
  const end = text.indexOf('\n');
  return end === -1 ? text : text.slice(0, end);
}

function separatorOption(options) {
  return options?.numericSeparator ?? inspectDefaultOptions.numericSeparator;
}

// Text for one placeholder (the character after `%`) and its argument.
function formatPlaceholder(letter, argument, options) {
  switch (letter) {
    case 's':
      if (typeof argument === 'number') {
        return formatNumber(stylizeNoColor, argument, separatorOption(options));
      }
      if (typeof argument === 'bigint') {
        return formatBigInt(stylizeNoColor, argument, separatorOption(options));
      }
      if (typeof argument !== 'object' || argument === null || !hasBuiltInToString(argument)) {
        return String(argument);
      }
      return inspect(argument, { ...options, depth: 0, colors: false, compact: 3 });
    case 'j':
      return `${stringifyForFormat(argument)}`;
    case 'd':
      if (typeof argument === 'bigint') {
        return formatBigInt(stylizeNoColor, argument, separatorOption(options));
      }
      if (typeof argument === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number(argument), separatorOption(options));
    case 'O':
      return inspect(argument, options);
    case 'o':
      return inspect(argument, { ...options, showHidden: true, showProxy: true, depth: 4 });
    case 'i':
      if (typeof argument === 'bigint') {
        return formatBigInt(stylizeNoColor, argument, separatorOption(options));
      }
      if (typeof argument === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number.parseInt(argument), separatorOption(options));
    case 'f':
      if (typeof argument === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number.parseFloat(argument), separatorOption(options));
    case 'c':
      // CSS has no meaning in a terminal; the argument is consumed.
      return '';
  }
  return undefined;
}

function formatWithOptionsInternal(options, args) {
  const first = args[0];
  let used = 0;
  let text = '';
  let joiner = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let copied = 0;
    for (let index = 0; index < first.length - 1; index++) {
      if (first.charCodeAt(index) !== 37) continue; // '%'
      const letter = first[++index];
      if (letter === '%') {
        // '%%' prints one percent sign.
        text += first.slice(copied, index);
        copied = index + 1;
        continue;
      }
      if (used + 1 === args.length) continue;
      const replacement = formatPlaceholder(letter, args[used + 1], options);
      if (replacement === undefined) continue;
      used++;
      text += first.slice(copied, index - 1) + replacement;
      copied = index + 1;
    }
    if (copied !== 0) {
      used++;
      joiner = ' ';
      if (copied < first.length) text += first.slice(copied);
    }
  }

  for (; used < args.length; used++) {
    const argument = args[used];
    text += joiner;
    text += typeof argument !== 'string' ? inspect(argument, options) : argument;
    joiner = ' ';
  }
  return text;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  lazyValidators().validateObject(inspectOptions, 'inspectOptions',
                                  lazyValidators().kValidateObjectAllowArray);
  return formatWithOptionsInternal(inspectOptions, args);
}

module.exports = {
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  getStringWidth,
  identicalSequenceRange,
  isZeroWidthCodePoint,
  isFullWidthCodePoint,
  stripVTControlCharacters,
  stylizeWithColor,
  stylizeNoColor,
  removeColors,
};
