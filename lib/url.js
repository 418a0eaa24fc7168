'use strict';
// The url module: the WHATWG URL API (internal/url) and node's legacy, lenient parser —
// url.parse/format/resolve and the Url class — which splits a string into fields without
// validating much, and keeps all of its long-standing quirks.

const {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  isURL,
  formatURL,
} = require('internal/url');
const { asciiTable, escapeText } = require('internal/querystring');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL, ERR_INVALID_URI } } = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');

let querystring;
function lazyQuerystring() {
  querystring ??= require('querystring');
  return querystring;
}

// Protocols whose URLs never have a host.
const hostlessProtocols = new Set(['javascript', 'javascript:']);
// Protocols that are always written with '//'.
const slashedProtocols = new Set([
  'http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:', 'file', 'file:',
  'ws', 'ws:', 'wss', 'wss:',
]);
// Protocols whose rest is kept exactly as written (no escaping).
const unescapedProtocols = new Set(['javascript', 'javascript:']);

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const userAtHostPattern = /^\/\/[^@/]+@[^@/]+/;
// A path (and query) with no host, no fragment and nothing to escape: taken as is.
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const forbiddenHostCharacters = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenIPv6HostCharacters = /[\0\t\n\r #%/<>?@\\^|]/;
const maxHostnameLength = 255;

// Characters that end the host part without ending the authority ('@' may still follow).
const notInHost = new Set([' ', '"', '%', "'", ';', '<', '>', '\\', '^', '`', '{', '|', '}']);
// Characters escaped in the rest of the URL (after the host).
const escapedInRest = /[\t\n\r "'<>\\^`{|}]/g;
const restEscapes = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C',
  '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
// What format() leaves unescaped in `auth`.
const authKeep = asciiTable("!'()*-.:_~");

function isTrimmed(code) {
  return code <= 0x20 || code === 0xa0 || code === 0xfeff;
}

function isIPv6Hostname(hostname) {
  return hostname.startsWith('[') && hostname.endsWith(']');
}

let warnedAboutPort = false;
function warnInvalidPort(url) {
  if (warnedAboutPort) return;
  warnedAboutPort = true;
  process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
                      'DeprecationWarning', 'DEP0170');
}

// The legacy ToASCII: UTS #46 through ICU, leniently; as in node, a NUL ends the name.
let idna;
function hostnameToASCII(hostname, url) {
  const end = hostname.indexOf('\0');
  if (end !== -1) hostname = hostname.slice(0, end);
  if (/^[\x00-\x7f]*$/.test(hostname) && !/(?:^|\.)xn--/i.test(hostname)) return hostname.toLowerCase();
  idna ??= internalBinding('url');
  const ascii = idna.toASCII(hostname);
  if (ascii === undefined || (ascii === '' && hostname !== '')) throw new ERR_INVALID_URL(url);
  return ascii;
}

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

let warnedAboutParse = false;
function warnAboutParse() {
  if (warnedAboutParse) return;
  const pending = process._lodeOptions?.['--pending-deprecation'] === 'true' ||
                  process.env.NODE_PENDING_DEPRECATION === '1';
  if (!pending) return;
  warnedAboutParse = true;
  process.emitWarning('`url.parse()` behavior is not standardized and prone to errors that have security ' +
                      'implications. Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` ' +
                      'vulnerabilities.', 'DeprecationWarning', 'DEP0169');
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  warnAboutParse();
  if (url instanceof Url) return url;
  const result = new Url();
  result.parse(url, parseQueryString, slashesDenoteHost);
  return result;
}

// Surrounding whitespace goes; backslashes before the query or fragment become slashes.
function prepareInput(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isTrimmed(url.charCodeAt(start))) start++;
  while (end > start && isTrimmed(url.charCodeAt(end - 1))) end--;
  let rest = url.slice(start, end);
  const queryOrHash = rest.search(/[?#]/);
  const head = queryOrHash === -1 ? rest : rest.slice(0, queryOrHash);
  if (head.includes('\\')) rest = head.replace(/\\/g, '/') + rest.slice(head.length);
  return rest;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let rest = prepareInput(url);

  // A path with no '#', and no '@' before its query, needs no parsing.
  if (!slashesDenoteHost && !rest.includes('#') && !/^[^?]*@/.test(rest)) {
    const simple = simplePathPattern.exec(rest);
    if (simple !== null) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? lazyQuerystring().parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = Object.create(null);
      }
      return this;
    }
  }

  let protocol = protocolPattern.exec(rest)?.[0];
  let lowerProtocol;
  if (protocol !== undefined) {
    lowerProtocol = protocol.toLowerCase();
    this.protocol = lowerProtocol;
    rest = rest.slice(protocol.length);
  }

  // '//' after the protocol (or '//user@host' without one) starts an authority.
  let slashes = false;
  if (slashesDenoteHost || protocol !== undefined || userAtHostPattern.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(protocol !== undefined && hostlessProtocols.has(lowerProtocol))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  // Note: the original spelling of the protocol decides here, so 'HTTP:x' has host 'x'.
  if (!hostlessProtocols.has(lowerProtocol) &&
      (slashes || (protocol !== undefined && !slashedProtocols.has(protocol)))) {
    rest = parseAuthority(this, rest, url);
  }

  if (!unescapedProtocols.has(lowerProtocol)) {
    rest = rest.replace(escapedInRest, (character) => restEscapes[character]);
  }

  const hashAt = rest.indexOf('#');
  const beforeHash = hashAt === -1 ? rest : rest.slice(0, hashAt);
  if (hashAt !== -1) this.hash = rest.slice(hashAt);
  const questionAt = beforeHash.indexOf('?');
  if (questionAt !== -1) {
    this.search = beforeHash.slice(questionAt);
    this.query = beforeHash.slice(questionAt + 1);
    if (parseQueryString) this.query = lazyQuerystring().parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = Object.create(null);
  }
  const pathname = questionAt === -1 ? beforeHash : beforeHash.slice(0, questionAt);
  if (pathname !== '') this.pathname = pathname;
  if (slashedProtocols.has(lowerProtocol) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Reads `[auth@]host[:port]` from the start of `rest` into `self` and returns what follows
// the host.
function parseAuthority(self, rest, url) {
  // Tabs and newlines vanish from the authority (but not from what follows it).
  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd === -1 ? rest : rest.slice(0, authorityEnd);
  if (/[\t\n\r]/.test(authority)) rest = authority.replace(/[\t\n\r]/g, '') + rest.slice(authority.length);
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length; i++) {
    const character = rest[i];
    if (character === '#' || character === '/' || character === '?') {
      if (nonHost === -1) nonHost = i;
      break;
    }
    if (character === '@') {
      // The last '@' before the path wins: what came before is all auth.
      atSign = i;
      nonHost = -1;
    } else if (nonHost === -1 && notInHost.has(character)) {
      nonHost = i;
    }
  }
  let hostStart = 0;
  if (atSign !== -1) {
    self.auth = decodeURIComponent(rest.slice(0, atSign));
    hostStart = atSign + 1;
  }
  if (nonHost === -1) {
    self.host = rest.slice(hostStart);
    rest = '';
  } else {
    self.host = rest.slice(hostStart, nonHost);
    rest = rest.slice(nonHost);
  }
  self.parseHost();
  if (typeof self.hostname !== 'string') self.hostname = '';

  const ipv6 = isIPv6Hostname(self.hostname);
  if (!ipv6) {
    // Anything from a ':' on (an unusable port) moves to the path.
    const colon = self.hostname.indexOf(':');
    if (colon !== -1) {
      warnInvalidPort(url);
      rest = `/${self.hostname.slice(colon)}${rest}`;
      self.hostname = self.hostname.slice(0, colon);
    }
  }
  self.hostname = self.hostname.length > maxHostnameLength ? '' : self.hostname.toLowerCase();
  if (self.hostname !== '') {
    if (ipv6) {
      if (forbiddenIPv6HostCharacters.test(self.hostname)) throw new ERR_INVALID_URL(url);
    } else {
      self.hostname = hostnameToASCII(self.hostname, url);
      // No characters that would make the host read differently elsewhere.
      if (forbiddenHostCharacters.test(self.hostname)) throw new ERR_INVALID_URL(url);
    }
  }
  self.host = self.hostname + (self.port ? `:${self.port}` : '');
  if (ipv6) {
    self.hostname = self.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
}

function escapeAuth(auth) {
  return escapeText(auth, authKeep, () => new ERR_INVALID_URI());
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${escapeAuth(auth)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const { hostname } = this;
    host = auth + (hostname.includes(':') && !isIPv6Hostname(hostname) ? `[${hostname}]` : hostname);
    if (this.port) host += `:${this.port}`;
  }
  let query = '';
  if (this.query !== null && typeof this.query === 'object') query = lazyQuerystring().stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 0x3a) protocol += ':';
  pathname = pathname.replace(/[#?]/g, (character) => (character === '#' ? '%23' : '%3F'));

  // Slashed protocols get '//' before the host; a file URL gets it even without one.
  if (this.slashes || slashedProtocols.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.startsWith('file')) {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

// Resolution ---------------------------------------------------------------------------------
// Node's own algorithm, older than RFC 3986 and the URL Standard: the result starts as a copy
// of this URL and takes over pieces of `relative` depending on what it has.

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') relative = urlParse(relative, false, true);
  const result = new Url();
  Object.assign(result, this);
  // The fragment always comes from the relative URL, even when it has none.
  result.hash = relative.hash;
  if (relative.href === '') return withHref(result);
  if (relative.slashes && !relative.protocol) return resolveNetworkPath(result, relative);
  if (relative.protocol && relative.protocol !== result.protocol) {
    return resolveOtherProtocol(result, relative);
  }
  return resolvePath(result, relative);
};

// Splits `host` into hostname and port (a trailing ':digits').
Url.prototype.parseHost = function parseHost() {
  let { host } = this;
  const port = portPattern.exec(host)?.[0];
  if (port !== undefined) {
    if (port !== ':') this.port = port.slice(1);
    host = host.slice(0, host.length - port.length);
  }
  if (host) this.hostname = host;
};

function withHref(result) {
  result.href = result.format();
  return result;
}

function pathAndSearch(result) {
  return (result.pathname || '') + (result.search || '');
}

// '//host/path': everything but the protocol comes from the relative URL.
function resolveNetworkPath(result, relative) {
  for (const key of Object.keys(relative)) {
    if (key !== 'protocol') result[key] = relative[key];
  }
  if (slashedProtocols.has(result.protocol) && result.hostname && !result.pathname) {
    result.pathname = '/';
    result.path = '/';
  }
  return withHref(result);
}

// A different protocol: the relative URL is absolute. For slashed protocols a missing host
// is taken from the path ('http:host/path').
function resolveOtherProtocol(result, relative) {
  if (!slashedProtocols.has(relative.protocol)) {
    Object.assign(result, relative);
    return withHref(result);
  }
  result.protocol = relative.protocol;
  if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostlessProtocols.has(relative.protocol)) {
    const segments = (relative.pathname || '').split('/');
    let host;
    while (segments.length > 0 && !host) host = segments.shift();
    relative.host = host || '';
    if (!relative.hostname) relative.hostname = '';
    if (segments[0] !== '') segments.unshift('');
    if (segments.length < 2) segments.unshift('');
    result.pathname = segments.join('/');
  } else {
    result.pathname = relative.pathname;
  }
  result.search = relative.search;
  result.query = relative.query;
  result.host = relative.host || '';
  result.auth = relative.auth;
  result.hostname = relative.hostname || relative.host;
  result.port = relative.port;
  if (result.pathname || result.search) result.path = pathAndSearch(result);
  result.slashes = result.slashes || relative.slashes;
  return withHref(result);
}

// For protocols without '//' ('mailto:user@host'), the host travels as the first segment.
function moveHostIntoPath(url, segments) {
  if (url.host) {
    if (segments[0] === '') segments[0] = url.host;
    else segments.unshift(url.host);
  }
}

// The first segment becomes the host again; 'user@host' there is split into auth and host.
function takeHostFromSegment(result, segment) {
  result.host = segment;
  result.hostname = segment;
  const at = typeof segment === 'string' ? segment.indexOf('@') : -1;
  if (at > 0) {
    const [auth, host] = segment.split('@');
    result.auth = auth;
    result.host = host;
    result.hostname = host;
  }
}

function startsAbsolute(segments) {
  return segments[0] === '' || Boolean(segments[0] && segments[0][0] === '/');
}

// Removes '.' and '..' segments; returns how many '..' climbed above the first segment.
function removeDotSegments(segments) {
  let pending = 0;
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i];
    if (segment === '.') {
      segments.splice(i, 1);
    } else if (segment === '..') {
      segments.splice(i, 1);
      pending++;
    } else if (pending > 0) {
      segments.splice(i, 1);
      pending--;
    }
  }
  return pending;
}

function resolvePath(result, relative) {
  const baseIsAbsolute = Boolean(result.pathname && result.pathname[0] === '/');
  const relativeIsAbsolute = Boolean(relative.host || (relative.pathname && relative.pathname[0] === '/'));
  const absoluteAtFirst = Boolean(relativeIsAbsolute || baseIsAbsolute || (result.host && relative.pathname));
  let mustBeAbsolute = absoluteAtFirst;
  let segments = result.pathname ? result.pathname.split('/') : [];
  const relativeSegments = relative.pathname ? relative.pathname.split('/') : [];
  const hostInPath = Boolean(result.protocol && !slashedProtocols.has(result.protocol));

  if (hostInPath) {
    result.hostname = '';
    result.port = null;
    moveHostIntoPath(result, segments);
    result.host = '';
    if (relative.protocol) {
      // A relative URL that names the protocol brings its own auth (or none).
      result.auth = null;
      relative.hostname = null;
      relative.port = null;
      moveHostIntoPath(relative, relativeSegments);
      relative.host = null;
    }
    mustBeAbsolute = mustBeAbsolute && (relativeSegments[0] === '' || segments[0] === '');
  }

  if (relativeIsAbsolute) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    segments = relativeSegments;
  } else if (relativeSegments.length > 0) {
    // Relative path: replaces the last segment of the base.
    segments.pop();
    segments = segments.concat(relativeSegments);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query: the base path stays.
    if (hostInPath) takeHostFromSegment(result, segments.shift());
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) result.path = pathAndSearch(result);
    return withHref(result);
  }

  if (segments.length === 0) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return withHref(result);
  }

  // A path ending in '.', '..' or '/' keeps a trailing slash.
  const last = segments[segments.length - 1];
  const trailingSlash = last === '' ||
    (Boolean(result.host || relative.host || segments.length > 1) && (last === '.' || last === '..'));

  const climbed = removeDotSegments(segments);
  if (!absoluteAtFirst) {
    for (let i = 0; i < climbed; i++) segments.unshift('..');
  }
  if (mustBeAbsolute && !startsAbsolute(segments)) segments.unshift('');
  if (trailingSlash && !segments.join('/').endsWith('/')) segments.push('');

  const isAbsolute = startsAbsolute(segments);
  if (hostInPath) {
    takeHostFromSegment(result, isAbsolute ? '' : (segments.length > 0 ? segments.shift() : ''));
  }
  mustBeAbsolute = mustBeAbsolute || Boolean(result.host && segments.length > 0);
  if (mustBeAbsolute && !isAbsolute) segments.unshift('');

  if (segments.length > 0) {
    result.pathname = segments.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  if (result.pathname !== null || result.search !== null) result.path = pathAndSearch(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return withHref(result);
}

// Module functions -----------------------------------------------------------------------------

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    // Falsy options are the defaults; others must be a plain object (not an array).
    if (options) validateObject(options, 'options');
    return formatURL(urlObject, {
      auth: Boolean(options?.auth ?? true),
      fragment: Boolean(options?.fragment ?? true),
      search: Boolean(options?.search ?? true),
      unicode: Boolean(options?.unicode),
    });
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
