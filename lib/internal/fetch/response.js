'use strict';
// Response: what fetch() resolves with, and what a program can build itself.

const { Headers, fill: fillHeaders, setGuard } = require('internal/fetch/headers');
const { kBody, extractBody, mixinBody, cloneBody, bodyUnusable } = require('internal/fetch/body');
const { inspect } = require('internal/util/inspect');

const kState = Symbol('response state');
const kHeaders = Symbol('response headers');

const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);
const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const reasonPhrase = /^[\t\x20-\x7e\x80-\xff]*$/;

function initResponse(response, init, body) {
  if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError('Response constructor: Expected init to be an object.');
  }
  init ??= {};
  const status = init.status !== undefined ? Number(init.status) : 200;
  if (!Number.isInteger(status) || status < 200 || status > 599) {
    throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
  }
  const statusText = init.statusText !== undefined ? `${init.statusText}` : '';
  if (!reasonPhrase.test(statusText)) throw new TypeError('Invalid statusText');
  response[kState] = { status, statusText, type: 'default', urls: [] };
  const headers = new Headers();
  if (init.headers !== undefined) fillHeaders(headers, init.headers);
  response[kHeaders] = headers;
  response[kBody] = null;
  if (body !== null) {
    if (nullBodyStatuses.has(status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${status}`);
    }
    response[kBody] = body.body;
    if (body.type !== null && !headers.has('content-type')) headers.append('content-type', body.type);
  }
  setGuard(headers, 'response');
}

class Response {
  constructor(body = null, init = {}) {
    initResponse(this, init, body === null || body === undefined ? null : extractBody(body));
  }

  static error() {
    const response = new Response();
    response[kState] = { status: 0, statusText: '', type: 'error', urls: [] };
    setGuard(response[kHeaders], 'immutable');
    return response;
  }

  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const response = Object.create(Response.prototype);
    initResponse(response, init, { body: extractBody(text).body, type: 'application/json' });
    return response;
  }

  static redirect(url, status = 302) {
    let parsed;
    try {
      parsed = new URL(`${url}`);
    } catch (cause) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause });
    }
    if (!redirectStatuses.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const response = new Response(null, { status });
    setGuard(response[kHeaders], 'none');
    response[kHeaders].set('location', parsed.href);
    setGuard(response[kHeaders], 'immutable');
    return response;
  }

  get type() { return this[kState].type; }
  get url() {
    const { urls } = this[kState];
    if (urls.length === 0) return '';
    const url = new URL(urls[urls.length - 1].href);
    url.hash = '';
    return url.href;
  }
  get redirected() { return this[kState].urls.length > 1; }
  get status() { return this[kState].status; }
  get ok() { return this[kState].status >= 200 && this[kState].status <= 299; }
  get statusText() { return this[kState].statusText; }
  get headers() { return this[kHeaders]; }

  clone() {
    if (bodyUnusable(this)) throw new TypeError('Response.clone: Body has already been consumed.');
    const copy = Object.create(Response.prototype);
    copy[kState] = { ...this[kState], urls: [...this[kState].urls] };
    copy[kHeaders] = new Headers(this[kHeaders]);
    setGuard(copy[kHeaders], 'response');
    copy[kBody] = cloneBody(this);
    return copy;
  }

  [inspect.custom](depth, options) {
    return `Response ${inspect({ status: this.status, statusText: this.statusText, headers: this.headers,
                                   body: this.body, bodyUsed: this.bodyUsed, ok: this.ok, redirected: this.redirected,
                                   type: this.type, url: this.url }, options)}`;
  }
}

mixinBody(Response.prototype);
Object.defineProperty(Response.prototype, Symbol.toStringTag, { __proto__: null, value: 'Response', configurable: true });

// Internal: the Response fetch() makes from a server's answer.
function responseFromNetwork({ status, statusText, headers, body, urls }) {
  const response = Object.create(Response.prototype);
  response[kState] = { status, statusText, type: 'basic', urls };
  response[kHeaders] = headers;
  setGuard(headers, 'immutable');
  response[kBody] = body;
  return response;
}

module.exports = { Response, responseFromNetwork, redirectStatuses, nullBodyStatuses };
