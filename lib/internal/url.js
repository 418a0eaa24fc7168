'use strict';
// The WHATWG URL API: URL and URLSearchParams, plus the file-URL and host helpers that
// `require('url')` exposes. Parsing itself lives in internal/url/parser.

const {
  State,
  basicParse,
  serialize,
  serializePath,
  serializeOrigin,
  hasOpaquePath,
  cannotHaveCredentialsOrPort,
  stripTrailingSpacesFromOpaquePath,
} = require('internal/url/parser');
const { domainToUnicode: hostToUnicode } = require('internal/url/host');
const { percentEncode, USERINFO_SET, FORM_URLENCODED_SET } = require('internal/url/percent');
const { toUSVString, percentDecode } = require('internal/querystring');
const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// Arguments are converted as WebIDL's USVString does: String(), then lone surrogates to U+FFFD.
function toUSV(value) {
  return toUSVString(`${value}`);
}

// application/x-www-form-urlencoded ----------------------------------------------------------------

function parseFormUrlencoded(input) {
  const list = [];
  for (const sequence of input.split('&')) {
    if (sequence === '') continue;
    const equals = sequence.indexOf('=');
    const name = equals === -1 ? sequence : sequence.slice(0, equals);
    const value = equals === -1 ? '' : sequence.slice(equals + 1);
    list.push([percentDecode(name, true), percentDecode(value, true)]);
  }
  return list;
}

function serializeFormUrlencoded(list) {
  let output = '';
  for (let i = 0; i < list.length; i++) {
    if (i > 0) output += '&';
    output += `${percentEncode(list[i][0], FORM_URLENCODED_SET, true)}=` +
              percentEncode(list[i][1], FORM_URLENCODED_SET, true);
  }
  return output;
}

// Shared by the two inspectors below: one line if it fits in breakLength, else one item per
// line with the closing brace on the last, as node prints them.
function formatItems(prefix, items, options) {
  const length = items.reduce((total, item) => total + stripColors(item).length + 2, -2);
  if (length > options.breakLength) return `${prefix} {\n  ${items.join(',\n  ')} }`;
  return `${prefix} { ${items.join(', ')} }`;
}

function stripColors(text) {
  return text.replace(/\u001b\[\d\d?m/g, '');
}

function innerOptions(options, depth) {
  return { ...options, depth: depth === null || depth === undefined ? depth : depth - 1 };
}

// URLSearchParams -------------------------------------------------------------------------------

// Set from URL's class body: lets a URLSearchParams write back the query of its URL, and
// url.format() read a URL's parts.
let setQueryOfURL;
let recordOfURL;
// Set from URLSearchParams' class body: how URL creates and refreshes its searchParams.
let createParamsForURL;
let replaceParamsList;
let paramsListOf;

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const iteratorMethod = init[Symbol.iterator];
      if (typeof iteratorMethod === 'function') {
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = [...pair];
          if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this.#list.push([toUSV(items[0]), toUSV(items[1])]);
        }
      } else if (iteratorMethod !== undefined && iteratorMethod !== null) {
        throw new ERR_ARG_NOT_ITERABLE('Query pairs');
      } else {
        // A record: own enumerable keys; a repeated (converted) key keeps its first place.
        const record = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
          if (descriptor === undefined || !descriptor.enumerable) continue;
          record.set(toUSV(key), toUSV(init[key]));
        }
        for (const pair of record) this.#list.push(pair);
      }
      return;
    }
    let text = toUSV(init);
    if (text[0] === '?') text = text.slice(1);
    this.#list = parseFormUrlencoded(text);
  }

  static {
    createParamsForURL = (url, query) => {
      const params = new URLSearchParams();
      params.#url = url;
      params.#list = query === null ? [] : parseFormUrlencoded(query);
      return params;
    };
    replaceParamsList = (params, query) => {
      params.#list = query === null ? [] : parseFormUrlencoded(query);
    };
    paramsListOf = (params) => params.#list;
  }

  static #brand(value) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function') || !(#list in value)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    return value;
  }

  // The URL Standard's "update" steps: the URL's query follows the list.
  #update() {
    if (this.#url === null) return;
    const serialized = serializeFormUrlencoded(this.#list);
    setQueryOfURL(this.#url, serialized === '' ? null : serialized);
  }

  get size() {
    return URLSearchParams.#brand(this).#list.length;
  }

  append(name, value) {
    URLSearchParams.#brand(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push([toUSV(name), toUSV(value)]);
    this.#update();
  }

  delete(name, value = undefined) {
    URLSearchParams.#brand(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    if (value !== undefined) {
      value = toUSV(value);
      this.#list = this.#list.filter((pair) => pair[0] !== name || pair[1] !== value);
    } else {
      this.#list = this.#list.filter((pair) => pair[0] !== name);
    }
    this.#update();
  }

  get(name) {
    URLSearchParams.#brand(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    const pair = this.#list.find((entry) => entry[0] === name);
    return pair === undefined ? null : pair[1];
  }

  getAll(name) {
    URLSearchParams.#brand(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    return this.#list.filter((pair) => pair[0] === name).map((pair) => pair[1]);
  }

  has(name, value = undefined) {
    URLSearchParams.#brand(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    if (value !== undefined) {
      value = toUSV(value);
      return this.#list.some((pair) => pair[0] === name && pair[1] === value);
    }
    return this.#list.some((pair) => pair[0] === name);
  }

  set(name, value) {
    URLSearchParams.#brand(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSV(name);
    value = toUSV(value);
    const index = this.#list.findIndex((pair) => pair[0] === name);
    if (index === -1) {
      this.#list.push([name, value]);
    } else {
      this.#list[index] = [name, value];
      this.#list = this.#list.filter((pair, at) => at <= index || pair[0] !== name);
    }
    this.#update();
  }

  // Stable, by UTF-16 code units of the names.
  sort() {
    URLSearchParams.#brand(this);
    this.#list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.#update();
  }

  entries() {
    return createIterator(URLSearchParams.#brand(this), 'entries');
  }

  forEach(callback, thisArg = undefined) {
    URLSearchParams.#brand(this);
    validateFunction(callback, 'callback');
    // Index-based, so changes made by the callback are seen.
    for (let i = 0; i < this.#list.length; i++) {
      const [name, value] = this.#list[i];
      callback.call(thisArg, value, name, this);
    }
  }

  keys() {
    return createIterator(URLSearchParams.#brand(this), 'keys');
  }

  values() {
    return createIterator(URLSearchParams.#brand(this), 'values');
  }

  toString() {
    return serializeFormUrlencoded(URLSearchParams.#brand(this).#list);
  }

  [inspectSymbol](depth, options, inspect) {
    URLSearchParams.#brand(this);
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const inner = innerOptions(options, depth);
    const items = this.#list.map(([name, value]) => `${inspect(name, inner)} => ${inspect(value, inner)}`);
    const name = this.constructor?.name ?? 'URLSearchParams';
    if (items.length === 0) return `${name} {}`;
    return formatItems(name, items, options);
  }
}

// Live iterators over a URLSearchParams: they see pairs added while iterating.
const iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

class URLSearchParamsIterator {
  #params;
  #kind;
  #index = 0;

  constructor(params, kind) {
    this.#params = params;
    this.#kind = kind;
  }

  static #brand(value) {
    if (value === null || typeof value !== 'object' || !(#params in value)) {
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    return value;
  }

  #item(pair) {
    if (this.#kind === 'keys') return pair[0];
    if (this.#kind === 'values') return pair[1];
    return [pair[0], pair[1]];
  }

  next() {
    URLSearchParamsIterator.#brand(this);
    const list = paramsListOf(this.#params);
    if (this.#index >= list.length) return { value: undefined, done: true };
    return { value: this.#item(list[this.#index++]), done: false };
  }

  [inspectSymbol](depth, options, inspect) {
    URLSearchParamsIterator.#brand(this);
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const inner = innerOptions(options, depth);
    const remaining = paramsListOf(this.#params).slice(this.#index).map((pair) => this.#item(pair));
    const items = remaining.map((item) => inspect(item, inner));
    // One item per line exactly when inspect would break the same items as an array. An
    // exhausted iterator prints as `{  }`, as node's does.
    if (inspect(remaining, inner).includes('\n')) {
      return `URLSearchParams Iterator {\n  ${items.join(',\n  ')} }`;
    }
    return `URLSearchParams Iterator { ${items.join(', ')} }`;
  }
}
Object.setPrototypeOf(URLSearchParamsIterator.prototype, iteratorPrototype);
// The class itself stays private: its prototype has no constructor, as in node.
delete URLSearchParamsIterator.prototype.constructor;

function createIterator(params, kind) {
  return new URLSearchParamsIterator(params, kind);
}

// URL ---------------------------------------------------------------------------------------------

class URL {
  #record;
  #href;
  #searchParams = null;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSV(input);
    let baseRecord = null;
    if (base !== undefined) {
      base = toUSV(base);
      baseRecord = basicParse(base);
      if (baseRecord === null) throw new ERR_INVALID_URL(input, base);
    }
    const record = basicParse(input, baseRecord);
    if (record === null) throw new ERR_INVALID_URL(input, base);
    this.#record = record;
    this.#href = serialize(record);
  }

  static {
    recordOfURL = (url) => url.#record;
    setQueryOfURL = (url, query) => {
      url.#record.query = query;
      if (query === null) stripTrailingSpacesFromOpaquePath(url.#record);
      url.#href = serialize(url.#record);
    };
  }

  // Reading this first in each accessor makes a foreign `this` fail V8's brand check.
  get #url() {
    return this.#record;
  }

  #changed() {
    this.#href = serialize(this.#record);
  }

  toString() {
    this.#url; // eslint-disable-line no-unused-expressions
    return this.#href;
  }

  get href() {
    this.#url; // eslint-disable-line no-unused-expressions
    return this.#href;
  }

  set href(value) {
    this.#url; // eslint-disable-line no-unused-expressions
    value = toUSV(value);
    const record = basicParse(value);
    if (record === null) throw new ERR_INVALID_URL(value);
    this.#record = record;
    this.#changed();
    if (this.#searchParams !== null) replaceParamsList(this.#searchParams, record.query);
  }

  get origin() {
    return serializeOrigin(this.#url);
  }

  get protocol() {
    return `${this.#url.scheme}:`;
  }

  set protocol(value) {
    basicParse(`${toUSV(value)}:`, null, this.#url, State.SCHEME_START);
    this.#changed();
  }

  get username() {
    return this.#url.username;
  }

  set username(value) {
    const record = this.#url;
    value = toUSV(value);
    if (cannotHaveCredentialsOrPort(record)) return;
    record.username = percentEncode(value, USERINFO_SET);
    this.#changed();
  }

  get password() {
    return this.#url.password;
  }

  set password(value) {
    const record = this.#url;
    value = toUSV(value);
    if (cannotHaveCredentialsOrPort(record)) return;
    record.password = percentEncode(value, USERINFO_SET);
    this.#changed();
  }

  get host() {
    const { host, port } = this.#url;
    if (host === null) return '';
    return port === null ? host : `${host}:${port}`;
  }

  set host(value) {
    const record = this.#url;
    value = toUSV(value);
    if (hasOpaquePath(record)) return;
    basicParse(value, null, record, State.HOST);
    this.#changed();
  }

  get hostname() {
    return this.#url.host ?? '';
  }

  set hostname(value) {
    const record = this.#url;
    value = toUSV(value);
    if (hasOpaquePath(record)) return;
    basicParse(value, null, record, State.HOSTNAME);
    this.#changed();
  }

  get port() {
    const { port } = this.#url;
    return port === null ? '' : `${port}`;
  }

  set port(value) {
    const record = this.#url;
    value = toUSV(value);
    if (cannotHaveCredentialsOrPort(record)) return;
    if (value === '') record.port = null;
    else basicParse(value, null, record, State.PORT);
    this.#changed();
  }

  get pathname() {
    return serializePath(this.#url);
  }

  set pathname(value) {
    const record = this.#url;
    value = toUSV(value);
    if (hasOpaquePath(record)) return;
    record.path = [];
    basicParse(value, null, record, State.PATH_START);
    this.#changed();
  }

  get search() {
    const { query } = this.#url;
    return query === null || query === '' ? '' : `?${query}`;
  }

  set search(value) {
    const record = this.#url;
    value = toUSV(value);
    if (value === '') {
      record.query = null;
      stripTrailingSpacesFromOpaquePath(record);
    } else {
      const input = value[0] === '?' ? value.slice(1) : value;
      record.query = '';
      basicParse(input, null, record, State.QUERY);
    }
    this.#changed();
    if (this.#searchParams !== null) replaceParamsList(this.#searchParams, record.query);
  }

  get searchParams() {
    this.#searchParams ??= createParamsForURL(this, this.#url.query);
    return this.#searchParams;
  }

  get hash() {
    const { fragment } = this.#url;
    return fragment === null || fragment === '' ? '' : `#${fragment}`;
  }

  set hash(value) {
    const record = this.#url;
    value = toUSV(value);
    if (value === '') {
      record.fragment = null;
      stripTrailingSpacesFromOpaquePath(record);
    } else {
      const input = value[0] === '#' ? value.slice(1) : value;
      record.fragment = '';
      basicParse(input, null, record, State.FRAGMENT);
    }
    this.#changed();
  }

  toJSON() {
    this.#url; // eslint-disable-line no-unused-expressions
    return this.#href;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    try {
      return new URL(input, base);
    } catch (error) {
      if (error?.code === 'ERR_INVALID_URL') return null;
      throw error;
    }
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSV(input);
    let baseRecord = null;
    if (base !== undefined) {
      baseRecord = basicParse(toUSV(base));
      if (baseRecord === null) return false;
    }
    return basicParse(input, baseRecord) !== null;
  }

  static createObjectURL(object) {
    const Blob = blobClass();
    if (Blob === undefined || !(object instanceof Blob)) {
      throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', object);
    }
    const id = randomId();
    objectURLs.set(id, object);
    return `blob:nodedata:${id}`;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const record = basicParse(toUSV(url));
    if (record === null || record.scheme !== 'blob' || !hasOpaquePath(record)) return;
    const [origin, id] = record.path.split(':');
    if (origin === 'nodedata') objectURLs.delete(id);
  }

  [inspectSymbol](depth, options, inspect) {
    this.#url; // eslint-disable-line no-unused-expressions
    if (typeof depth === 'number' && depth < 0) return this;
    const shown = {};
    for (const key of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
                       'port', 'pathname', 'search', 'searchParams', 'hash']) {
      shown[key] = this[key];
    }
    const name = this.constructor?.name ?? 'URL';
    return `${name} ${inspect(shown, { ...options, depth })}`;
  }
}

// Blob URLs: created only for Blobs, which the buffer module provides (loaded lazily).
const objectURLs = new Map();
function blobClass() {
  try {
    return require('buffer').Blob;
  } catch {
    return undefined;
  }
}
function randomId() {
  const hex = () => Math.floor(Math.random() * 0x10000).toString(16).padStart(4, '0');
  return `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-${hex()}-${hex()}${hex()}${hex()}`;
}
function getBlobFromObjectURL(url) {
  const record = basicParse(toUSV(url));
  if (record === null || record.scheme !== 'blob' || !hasOpaquePath(record)) return undefined;
  const [origin, id] = record.path.split(':');
  return origin === 'nodedata' ? objectURLs.get(id) : undefined;
}

// Node's classes: methods and accessors are enumerable, and each has a toStringTag.
function makeEnumerable(prototype) {
  for (const key of Object.getOwnPropertyNames(prototype)) {
    if (key === 'constructor') continue;
    Object.defineProperty(prototype, key, { enumerable: true });
  }
}
makeEnumerable(URL.prototype);
makeEnumerable(URLSearchParams.prototype);
for (const key of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  Object.defineProperty(URL, key, { enumerable: true });
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true, enumerable: false,
});
Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams Iterator', configurable: true,
});
Object.defineProperty(URLSearchParamsIterator.prototype, 'next', { enumerable: true });

// Helpers for require('url') ------------------------------------------------------------------------

// Node's duck test for URL objects (its own or look-alikes), as opposed to legacy Url objects.
function isURL(value) {
  return Boolean(value?.href && value.protocol && value.auth === undefined && value.path === undefined);
}

// The host as the hostname setter of a ws: URL would leave it, or '' when rejected.
function parseAsHostname(domain) {
  const record = basicParse('ws://x');
  return basicParse(domain, null, record, State.HOSTNAME) === null ? null : record.host;
}

function domainToASCII(...args) {
  if (args.length < 1) throw new ERR_MISSING_ARGS('domain');
  return parseAsHostname(toUSV(args[0])) ?? '';
}

function domainToUnicode(...args) {
  if (args.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = parseAsHostname(toUSV(args[0]));
  return host === null ? '' : hostToUnicode(host);
}

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows ?? false;
  let url = path;
  if (typeof path === 'string') url = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return windows ? windowsPathFromFileURL(url) : posixPathFromFileURL(url);
}

function posixPathFromFileURL(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const { pathname } = url;
  if (/%2f/i.test(pathname)) throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  return decodeURIComponent(pathname);
}

function windowsPathFromFileURL(url) {
  const { hostname } = url;
  let { pathname } = url;
  if (/%2f|%5c/i.test(pathname)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
  }
  pathname = decodeURIComponent(pathname.replace(/\//g, '\\'));
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.charCodeAt(1) | 0x20;
  if (letter < 0x61 || letter > 0x7a || pathname[2] !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  }
  return pathname.slice(1);
}

// Characters of a file path that would otherwise be read as URL syntax, or that node
// escapes for safety; the URL parser encodes the rest (controls, non-ASCII, space, …).
function escapePathCharacters(path, windows) {
  const special = windows ? /[%\t\n\r "#<>?[\]^`{|}~]/g : /[%\\\t\n\r "#<>?[\]^`{|}~]/g;
  return path.replace(special, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function pathToFileURL(filepath, options = undefined) {
  const windows = options?.windows ?? false;
  const pathModule = require('path');
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  if (windows) return windowsFileURL(filepath, pathModule.win32);
  let resolved = pathModule.posix.resolve(filepath);
  // resolve() drops a trailing slash; the URL keeps it.
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  return new URL(`file://${escapePathCharacters(resolved, false)}`);
}

function windowsFileURL(filepath, win32) {
  if (filepath.startsWith('\\\\')) {
    // UNC path: \\server\share\rest; the server needs a separator after it.
    const hostnameEnd = filepath.indexOf('\\', 2);
    if (hostnameEnd === -1) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    }
    const url = new URL('file://');
    url.hostname = filepath.slice(2, hostnameEnd);
    url.pathname = escapePathCharacters(filepath.slice(hostnameEnd).replace(/\\/g, '/'), true);
    return url;
  }
  let resolved = win32.resolve(filepath);
  const last = filepath[filepath.length - 1];
  if ((last === '\\' || last === '/') && !resolved.endsWith('\\')) resolved += '\\';
  const path = escapePathCharacters(resolved.replace(/\\/g, '/'), true);
  return new URL(`file://${path.startsWith('/') ? '' : '/'}${path}`);
}

// url.format(URL, options): the serialization with parts left out on request and, with
// `unicode`, the host in Unicode.
function formatURL(url, { auth, fragment, search, unicode }) {
  let record;
  try {
    record = recordOfURL(url);
  } catch {
    // A URL look-alike: work from its href.
    record = basicParse(toUSV(url.href));
    if (record === null) throw new ERR_INVALID_URL(`${url.href}`);
  }
  let output = `${record.scheme}:`;
  if (record.host !== null) {
    output += '//';
    if (auth && (record.username !== '' || record.password !== '')) {
      output += record.username;
      if (record.password !== '') output += `:${record.password}`;
      output += '@';
    }
    output += unicode ? hostToUnicode(record.host) : record.host;
    if (record.port !== null) output += `:${record.port}`;
  } else if (!hasOpaquePath(record) && record.path.length > 1 && record.path[0] === '') {
    output += '/.';
  }
  output += serializePath(record);
  if (search && record.query !== null) output += `?${record.query}`;
  if (fragment && record.fragment !== null) output += `#${record.fragment}`;
  return output;
}

function toPathIfFileURL(value) {
  return isURL(value) ? fileURLToPath(value) : value;
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: typeof hostname === 'string' && hostname.startsWith('[') ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

module.exports = {
  URL,
  URLSearchParams,
  isURL,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
  formatURL,
  getBlobFromObjectURL,
};
