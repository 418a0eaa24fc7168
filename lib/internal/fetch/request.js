'use strict';
// Request: what fetch() sends — a URL, a method, headers, a body and the fetch options.

const { Headers, fill: fillHeaders, setGuard } = require('internal/fetch/headers');
const { kBody, extractBody, mixinBody, cloneBody, bodyUnusable } = require('internal/fetch/body');
const { inspect } = require('internal/util/inspect');

const kState = Symbol('request state');
const kHeaders = Symbol('request headers');
const kSignal = Symbol('request signal');

const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);
const normalizedMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const methodToken = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const enums = {
  redirect: ['follow', 'error', 'manual'],
  mode: ['navigate', 'same-origin', 'no-cors', 'cors'],
  credentials: ['omit', 'same-origin', 'include'],
  cache: ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'],
  referrerPolicy: ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin',
                   'strict-origin', 'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'],
  priority: ['high', 'low', 'auto'],
};

function parseURL(input) {
  try {
    return new URL(`${input}`);
  } catch (cause) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause });
  }
}

function checkEnum(init, name) {
  if (init[name] === undefined) return undefined;
  const value = `${init[name]}`;
  if (!enums[name].includes(value)) {
    throw new TypeError(`Request constructor: ${value} is not an accepted type. Expected one of ${enums[name].join(', ')}.`);
  }
  return value;
}

class Request {
  constructor(input, init = {}) {
    if (arguments.length < 1) throw new TypeError('Request constructor: 1 argument required, but only 0 found.');
    if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError("Request constructor: Expected init (\"Argument 2\") to be an instance of RequestInit.");
    }
    init ??= {};
    const from = input instanceof Request ? input : null;
    const state = from === null ? {
      url: parseURL(input),
      method: 'GET',
      redirect: 'follow',
      mode: 'cors',
      credentials: 'same-origin',
      cache: 'default',
      referrer: 'about:client',
      referrerPolicy: '',
      integrity: '',
      keepalive: false,
      duplex: 'half',
    } : { ...from[kState], url: new URL(from[kState].url.href) };
    if (state.url.username !== '' || state.url.password !== '') {
      throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
    }

    if (init.method !== undefined) {
      let method = `${init.method}`;
      if (!methodToken.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
      const upper = method.toUpperCase();
      if (forbiddenMethods.has(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
      if (normalizedMethods.has(upper)) method = upper;
      if (upper === 'PATCH' && method !== 'PATCH') {
        process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. ' +
                            '`PATCH` is much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
      }
      state.method = method;
    }
    for (const name of ['redirect', 'mode', 'credentials', 'cache', 'referrerPolicy']) {
      const value = checkEnum(init, name);
      if (value !== undefined) state[name] = value;
    }
    if (init.mode === 'navigate') throw new TypeError('Request constructor: invalid request mode navigate.');
    if (init.integrity !== undefined) state.integrity = `${init.integrity}`;
    if (init.keepalive !== undefined) state.keepalive = Boolean(init.keepalive);
    if (init.referrer !== undefined) state.referrer = `${init.referrer}` === '' ? '' : `${init.referrer}`;
    if (init.window !== undefined && init.window !== null) throw new TypeError('RequestInit: Expected window to be null');

    const signal = init.signal !== undefined ? init.signal : from?.[kSignal] ?? null;
    if (signal !== null && !(signal instanceof AbortSignal)) {
      throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
    }
    // The request's own signal follows the one it was given.
    const controller = new AbortController();
    if (signal !== null) {
      if (signal.aborted) controller.abort(signal.reason);
      else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
    }
    this[kSignal] = controller.signal;

    const headers = new Headers();
    fillHeaders(headers, init.headers !== undefined ? init.headers : from?.[kHeaders]);
    this[kHeaders] = headers;

    let body = null;
    const bodyInit = init.body;
    if (bodyInit !== undefined && bodyInit !== null) {
      if (state.method === 'GET' || state.method === 'HEAD') {
        throw new TypeError('Request with GET/HEAD method cannot have body.');
      }
      const extracted = extractBody(bodyInit, state.keepalive);
      body = extracted.body;
      if (extracted.type !== null && !headers.has('content-type')) headers.append('content-type', extracted.type);
      if (body.stream !== null && bodyInit instanceof ReadableStream && init.duplex !== 'half') {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
    } else if (from !== null && from[kBody] !== null) {
      if (bodyUnusable(from)) throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      // The input's body moves to the new request.
      body = from[kBody];
      from[kBody] = { bytes: null, stream: null, used: true };
    }
    this[kBody] = body;
    this[kState] = state;
    setGuard(headers, 'request');
  }

  get method() { return this[kState].method; }
  get url() { return this[kState].url.href; }
  get headers() { return this[kHeaders]; }
  get destination() { return ''; }
  get referrer() {
    const { referrer } = this[kState];
    return referrer === 'no-referrer' ? '' : referrer;
  }
  get referrerPolicy() { return this[kState].referrerPolicy; }
  get mode() { return this[kState].mode; }
  get credentials() { return this[kState].credentials; }
  get cache() { return this[kState].cache; }
  get redirect() { return this[kState].redirect; }
  get integrity() { return this[kState].integrity; }
  get keepalive() { return this[kState].keepalive; }
  get isReloadNavigation() { return false; }
  get isHistoryNavigation() { return false; }
  get signal() { return this[kSignal]; }
  get duplex() { return 'half'; }

  clone() {
    if (bodyUnusable(this)) throw new TypeError('Request.clone: Body has already been consumed.');
    const copy = new Request(this.url, { method: this.method, headers: this.headers, signal: this.signal });
    copy[kState] = { ...this[kState] };
    copy[kBody] = cloneBody(this);
    return copy;
  }

  [inspect.custom](depth, options) {
    return `Request ${inspect({ method: this.method, url: this.url, headers: this.headers, redirect: this.redirect,
                                  bodyUsed: this.bodyUsed, signal: this.signal }, options)}`;
  }
}

mixinBody(Request.prototype);
Object.defineProperty(Request.prototype, Symbol.toStringTag, { __proto__: null, value: 'Request', configurable: true });

module.exports = { Request, kState, kHeaders };
