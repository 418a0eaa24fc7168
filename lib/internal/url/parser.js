'use strict';
// The URL Standard's basic URL parser (a state machine over the input) and serializer.
//
// A URL record is a plain object: { scheme, username, password, host, port, path, query,
// fragment }. host is null or a serialized host; port null or a number; path an array of
// segments, or a string for URLs with an opaque path ('mailto:x'); query and fragment null
// or strings. Setters run the parser with a state override on an existing record.

const { parseHost } = require('internal/url/host');
const {
  C0_CONTROL_SET,
  FRAGMENT_SET,
  QUERY_SET,
  SPECIAL_QUERY_SET,
  PATH_SET,
  USERINFO_SET,
  percentEncode,
} = require('internal/url/percent');

const specialSchemes = new Map([
  ['ftp', 21], ['file', null], ['http', 80], ['https', 443], ['ws', 80], ['wss', 443],
]);

function isSpecialScheme(scheme) {
  return specialSchemes.has(scheme);
}

function defaultPort(scheme) {
  return specialSchemes.get(scheme) ?? null;
}

const State = {
  SCHEME_START: 1,
  SCHEME: 2,
  NO_SCHEME: 3,
  SPECIAL_RELATIVE_OR_AUTHORITY: 4,
  PATH_OR_AUTHORITY: 5,
  RELATIVE: 6,
  RELATIVE_SLASH: 7,
  SPECIAL_AUTHORITY_SLASHES: 8,
  SPECIAL_AUTHORITY_IGNORE_SLASHES: 9,
  AUTHORITY: 10,
  HOST: 11,
  HOSTNAME: 12,
  PORT: 13,
  FILE: 14,
  FILE_SLASH: 15,
  FILE_HOST: 16,
  PATH_START: 17,
  PATH: 18,
  OPAQUE_PATH: 19,
  QUERY: 20,
  FRAGMENT: 21,
};

function createRecord() {
  return {
    scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null,
  };
}

function cloneRecord(record) {
  return { ...record, path: typeof record.path === 'string' ? record.path : [...record.path] };
}

function hasOpaquePath(record) {
  return typeof record.path === 'string';
}

function includesCredentials(record) {
  return record.username !== '' || record.password !== '';
}

function cannotHaveCredentialsOrPort(record) {
  return record.host === null || record.host === '' || record.scheme === 'file';
}

function isAsciiAlpha(c) {
  if (c === undefined || c.length !== 1) return false;
  const code = c.charCodeAt(0) | 0x20;
  return code >= 0x61 && code <= 0x7a;
}

function isAsciiDigit(c) {
  return c !== undefined && c >= '0' && c <= '9';
}

function isSchemeCharacter(c) {
  return isAsciiAlpha(c) || isAsciiDigit(c) || c === '+' || c === '-' || c === '.';
}

// Scanners for runs of characters a state takes without a decision: each returns the index
// of the first character that ends the run (or the input's length).
function scanScheme(input, from) {
  let index = from;
  while (index < input.length && isSchemeCharacter(input[index])) index++;
  return index;
}

function scanAuthority(input, from, special) {
  let index = from;
  for (; index < input.length; index++) {
    const code = input.charCodeAt(index);
    if (code === 0x40 || code === 0x2f || code === 0x3f || code === 0x23 || (special && code === 0x5c)) break;
  }
  return index;
}

function scanHost(input, from) {
  let index = from;
  for (; index < input.length; index++) {
    const code = input.charCodeAt(index);
    // : [ ] / ? # \
    if (code === 0x3a || code === 0x5b || code === 0x5d || code === 0x2f || code === 0x3f ||
        code === 0x23 || code === 0x5c) break;
  }
  return index;
}

function scanPathSegment(input, from, special, stateOverride) {
  let index = from;
  for (; index < input.length; index++) {
    const code = input.charCodeAt(index);
    if (code === 0x2f || (special && code === 0x5c) || (!stateOverride && (code === 0x3f || code === 0x23))) break;
  }
  return index;
}

function isWindowsDriveLetter(text) {
  return text.length === 2 && isAsciiAlpha(text[0]) && (text[1] === ':' || text[1] === '|');
}

function isNormalizedWindowsDriveLetter(text) {
  return text.length === 2 && isAsciiAlpha(text[0]) && text[1] === ':';
}

function startsWithWindowsDriveLetter(input, from) {
  if (input.length - from < 2) return false;
  if (!isWindowsDriveLetter(input.slice(from, from + 2))) return false;
  if (input.length - from === 2) return true;
  const third = input[from + 2];
  return third === '/' || third === '\\' || third === '?' || third === '#';
}

function isSingleDotSegment(segment) {
  return segment === '.' || segment.toLowerCase() === '%2e';
}

function isDoubleDotSegment(segment) {
  switch (segment.toLowerCase()) {
    case '..':
    case '.%2e':
    case '%2e.':
    case '%2e%2e':
      return true;
    default:
      return false;
  }
}

function shortenPath(record) {
  const { path } = record;
  if (record.scheme === 'file' && path.length === 1 && isNormalizedWindowsDriveLetter(path[0])) return;
  path.pop();
}

// For setters: a URL with an opaque path loses trailing spaces once nothing follows them.
function stripTrailingSpacesFromOpaquePath(record) {
  if (!hasOpaquePath(record) || record.fragment !== null || record.query !== null) return;
  record.path = record.path.replace(/ +$/, '');
}

const kFailure = null;

// Parses `input` (already a well-formed string) against `base` (a record or null). Without
// `url`, returns a new record or null on failure. With `url` and `stateOverride` (a setter),
// modifies `url` in place and returns it, or null if the value was rejected.
function basicParse(input, base = null, url = null, stateOverride = 0) {
  if (url === null) {
    url = createRecord();
    if (input.charCodeAt(0) <= 0x20 || input.charCodeAt(input.length - 1) <= 0x20) {
      input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
    }
  }
  if (/[\t\n\r]/.test(input)) input = input.replace(/[\t\n\r]/g, '');

  let state = stateOverride || State.SCHEME_START;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;

  // Each state sees every code point and then, once, the end of the input (c undefined);
  // states step back by decrementing pointer.
  let pointer = 0;
  for (;;) {
    const c = input[pointer];
    switch (state) {
      case State.SCHEME_START:
        if (isAsciiAlpha(c)) {
          buffer += c.toLowerCase();
          state = State.SCHEME;
        } else if (!stateOverride) {
          state = State.NO_SCHEME;
          pointer--;
        } else {
          return kFailure;
        }
        break;

      case State.SCHEME:
        if (isSchemeCharacter(c)) {
          const end = scanScheme(input, pointer);
          buffer += input.slice(pointer, end).toLowerCase();
          pointer = end - 1;
        } else if (c === ':') {
          if (stateOverride) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return url;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return url;
            if (url.scheme === 'file' && url.host === '') return url;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = State.FILE;
          } else if (isSpecialScheme(url.scheme) && base !== null && base.scheme === url.scheme) {
            state = State.SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (isSpecialScheme(url.scheme)) {
            state = State.SPECIAL_AUTHORITY_SLASHES;
          } else if (input[pointer + 1] === '/') {
            state = State.PATH_OR_AUTHORITY;
            pointer++;
          } else {
            url.path = '';
            state = State.OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = State.NO_SCHEME;
          pointer = -1;
        } else {
          return kFailure;
        }
        break;

      case State.NO_SCHEME:
        if (base === null || (hasOpaquePath(base) && c !== '#')) return kFailure;
        if (hasOpaquePath(base) && c === '#') {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = State.FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = State.RELATIVE;
          pointer--;
        } else {
          state = State.FILE;
          pointer--;
        }
        break;

      case State.SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === '/' && input[pointer + 1] === '/') {
          state = State.SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = State.RELATIVE;
          pointer--;
        }
        break;

      case State.PATH_OR_AUTHORITY:
        if (c === '/') {
          state = State.AUTHORITY;
        } else {
          state = State.PATH;
          pointer--;
        }
        break;

      case State.RELATIVE:
        url.scheme = base.scheme;
        if (c === '/' || (c === '\\' && isSpecialScheme(url.scheme))) {
          state = State.RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = [...base.path];
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = State.QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = State.FRAGMENT;
          } else if (c !== undefined) {
            url.query = null;
            shortenPath(url);
            state = State.PATH;
            pointer--;
          }
        }
        break;

      case State.RELATIVE_SLASH:
        if (isSpecialScheme(url.scheme) && (c === '/' || c === '\\')) {
          state = State.SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === '/') {
          state = State.AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = State.PATH;
          pointer--;
        }
        break;

      case State.SPECIAL_AUTHORITY_SLASHES:
        state = State.SPECIAL_AUTHORITY_IGNORE_SLASHES;
        if (c === '/' && input[pointer + 1] === '/') pointer++;
        else pointer--;
        break;

      case State.SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== '/' && c !== '\\') {
          state = State.AUTHORITY;
          pointer--;
        }
        break;

      case State.AUTHORITY: {
        const special = isSpecialScheme(url.scheme);
        const end = scanAuthority(input, pointer, special);
        buffer += input.slice(pointer, end);
        pointer = end;
        const c = input[pointer];
        if (c === '@') {
          if (atSignSeen) buffer = `%40${buffer}`;
          atSignSeen = true;
          // Everything up to the first ':' is the username, the rest the password.
          const colon = passwordTokenSeen ? -1 : buffer.indexOf(':');
          if (passwordTokenSeen) {
            url.password += percentEncode(buffer, USERINFO_SET);
          } else if (colon === -1) {
            url.username += percentEncode(buffer, USERINFO_SET);
          } else {
            passwordTokenSeen = true;
            url.username += percentEncode(buffer.slice(0, colon), USERINFO_SET);
            url.password += percentEncode(buffer.slice(colon + 1), USERINFO_SET);
          }
          buffer = '';
        } else if (c === undefined || c === '/' || c === '?' || c === '#' ||
                   (c === '\\' && isSpecialScheme(url.scheme))) {
          if (atSignSeen && buffer === '') return kFailure;
          pointer -= buffer.length + 1;
          buffer = '';
          state = State.HOST;
        }
        break;
      }

      case State.HOST:
      case State.HOSTNAME:
        // Plain host characters need no decision: take them in one step.
        if (!(stateOverride && url.scheme === 'file')) {
          const end = scanHost(input, pointer);
          if (end > pointer) {
            buffer += input.slice(pointer, end);
            pointer = end - 1;
            break;
          }
        }
        if (stateOverride && url.scheme === 'file') {
          pointer--;
          state = State.FILE_HOST;
        } else if (c === ':' && !insideBrackets) {
          if (buffer === '') return kFailure;
          if (stateOverride === State.HOSTNAME) return kFailure;
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === null) return kFailure;
          url.host = host;
          buffer = '';
          state = State.PORT;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' ||
                   (c === '\\' && isSpecialScheme(url.scheme))) {
          pointer--;
          if (isSpecialScheme(url.scheme) && buffer === '') return kFailure;
          if (stateOverride && buffer === '' && (includesCredentials(url) || url.port !== null)) {
            return kFailure;
          }
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === null) return kFailure;
          url.host = host;
          buffer = '';
          state = State.PATH_START;
          if (stateOverride) return url;
        } else {
          if (c === '[') insideBrackets = true;
          if (c === ']') insideBrackets = false;
          buffer += c;
        }
        break;

      case State.PORT:
        if (isAsciiDigit(c)) {
          buffer += c;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' ||
                   (c === '\\' && isSpecialScheme(url.scheme)) || stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return kFailure;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          }
          if (stateOverride) return url;
          state = State.PATH_START;
          pointer--;
        } else {
          return kFailure;
        }
        break;

      case State.FILE:
        url.scheme = 'file';
        url.host = '';
        if (c === '/' || c === '\\') {
          state = State.FILE_SLASH;
        } else if (base !== null && base.scheme === 'file') {
          url.host = base.host;
          url.path = [...base.path];
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = State.QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = State.FRAGMENT;
          } else if (c !== undefined) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(input, pointer)) shortenPath(url);
            else url.path = [];
            state = State.PATH;
            pointer--;
          }
        } else {
          state = State.PATH;
          pointer--;
        }
        break;

      case State.FILE_SLASH:
        if (c === '/' || c === '\\') {
          state = State.FILE_HOST;
        } else {
          if (base !== null && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(input, pointer) && base.path.length > 0 &&
                isNormalizedWindowsDriveLetter(base.path[0])) {
              url.path.push(base.path[0]);
            }
          }
          state = State.PATH;
          pointer--;
        }
        break;

      case State.FILE_HOST:
        if (c === undefined || c === '/' || c === '\\' || c === '?' || c === '#') {
          pointer--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            // The drive letter quirk: buffer is kept and becomes the first path segment.
            state = State.PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = State.PATH_START;
          } else {
            let host = parseHost(buffer, !isSpecialScheme(url.scheme));
            if (host === null) return kFailure;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return url;
            buffer = '';
            state = State.PATH_START;
          }
        } else {
          buffer += c;
        }
        break;

      case State.PATH_START:
        if (isSpecialScheme(url.scheme)) {
          state = State.PATH;
          if (c !== '/' && c !== '\\') pointer--;
        } else if (!stateOverride && c === '?') {
          url.query = '';
          state = State.QUERY;
        } else if (!stateOverride && c === '#') {
          url.fragment = '';
          state = State.FRAGMENT;
        } else if (c !== undefined) {
          state = State.PATH;
          if (c !== '/') pointer--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case State.PATH: {
        const special = isSpecialScheme(url.scheme);
        // The segment's characters all at once, up to the character that ends it.
        const end = scanPathSegment(input, pointer, special, stateOverride);
        buffer += input.slice(pointer, end);
        pointer = end;
        const c = input[pointer];
        const slash = c === '/' || (special && c === '\\');
        // Segments are encoded when complete; '.' and '%2e' survive encoding unchanged.
        const segment = percentEncode(buffer, PATH_SET);
        if (isDoubleDotSegment(segment)) {
          shortenPath(url);
          if (!slash) url.path.push('');
        } else if (isSingleDotSegment(segment)) {
          if (!slash) url.path.push('');
        } else if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(segment)) {
          url.path.push(`${segment[0]}:`);
        } else {
          url.path.push(segment);
        }
        buffer = '';
        if (c === '?') {
          url.query = '';
          state = State.QUERY;
        } else if (c === '#') {
          url.fragment = '';
          state = State.FRAGMENT;
        }
        break;
      }

      case State.OPAQUE_PATH: {
        // Everything up to '?' or '#' at once.
        let end = pointer;
        while (end < input.length && input[end] !== '?' && input[end] !== '#') end++;
        url.path += percentEncode(input.slice(pointer, end), C0_CONTROL_SET);
        pointer = end;
        if (input[pointer] === '?') {
          url.query = '';
          state = State.QUERY;
        } else if (input[pointer] === '#') {
          url.fragment = '';
          state = State.FRAGMENT;
        }
        break;
      }

      case State.QUERY: {
        let end = pointer;
        while (end < input.length && (stateOverride || input[end] !== '#')) end++;
        const set = isSpecialScheme(url.scheme) ? SPECIAL_QUERY_SET : QUERY_SET;
        url.query += percentEncode(input.slice(pointer, end), set);
        pointer = end;
        if (input[pointer] === '#') {
          url.fragment = '';
          state = State.FRAGMENT;
        }
        break;
      }

      case State.FRAGMENT:
        url.fragment += percentEncode(input.slice(pointer), FRAGMENT_SET);
        pointer = input.length;
        break;

      default:
        throw new Error(`unknown URL parser state ${state}`);
    }
    if (pointer >= input.length) break;
    pointer++;
  }
  return url;
}

function serializePath(record) {
  if (hasOpaquePath(record)) return record.path;
  let output = '';
  for (const segment of record.path) output += `/${segment}`;
  return output;
}

function serialize(record, excludeFragment = false) {
  let output = `${record.scheme}:`;
  if (record.host !== null) {
    output += '//';
    if (includesCredentials(record)) {
      output += record.username;
      if (record.password !== '') output += `:${record.password}`;
      output += '@';
    }
    output += record.host;
    if (record.port !== null) output += `:${record.port}`;
  } else if (!hasOpaquePath(record) && record.path.length > 1 && record.path[0] === '') {
    // Keeps '//' at the start of the path from reading as an authority.
    output += '/.';
  }
  output += serializePath(record);
  if (record.query !== null) output += `?${record.query}`;
  if (!excludeFragment && record.fragment !== null) output += `#${record.fragment}`;
  return output;
}

function serializeOrigin(record) {
  switch (record.scheme) {
    case 'blob': {
      const inner = basicParse(serializePath(record));
      if (inner !== null && (inner.scheme === 'http' || inner.scheme === 'https')) {
        return serializeOrigin(inner);
      }
      return 'null';
    }
    case 'ftp':
    case 'http':
    case 'https':
    case 'ws':
    case 'wss':
      return `${record.scheme}://${record.host}${record.port === null ? '' : `:${record.port}`}`;
    default:
      return 'null';
  }
}

module.exports = {
  State,
  basicParse,
  serialize,
  serializePath,
  serializeOrigin,
  cloneRecord,
  hasOpaquePath,
  cannotHaveCredentialsOrPort,
  includesCredentials,
  isSpecialScheme,
  defaultPort,
  stripTrailingSpacesFromOpaquePath,
};
