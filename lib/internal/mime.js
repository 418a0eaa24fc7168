'use strict';
// util.MIMEType and util.MIMEParams: parsing and serializing MIME types as the WHATWG MIME
// Sniffing standard describes ("parse a MIME type", "serialize a MIME type").

const { codes: { ERR_INVALID_MIME_SYNTAX } } = require('internal/errors');

const isHttpWhitespace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
// HTTP token code points: ! # $ % & ' * + - . ^ _ ` | ~ and ASCII alphanumerics.
const tokenPattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const firstNonTokenPattern = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/;
// HTTP quoted-string token code points: tab, space to ~, and U+0080 to U+00FF.
const firstNonQuotedPattern = /[^\t\u0020-\u007E\u0080-\u00FF]/;

// Leading whitespace only: trailing whitespace is stripped where it matters (subtype, bare
// values), and an unterminated quoted value keeps it, as node does.
function trimLeadingHttpWhitespace(text) {
  let start = 0;
  while (start < text.length && isHttpWhitespace(text[start])) start++;
  return text.slice(start);
}

function validateToken(production, value) {
  const bad = value.length === 0 ? 0 : value.search(firstNonTokenPattern);
  if (bad !== -1) throw new ERR_INVALID_MIME_SYNTAX(production, value, value.length === 0 ? -1 : bad);
}

// Reads a quoted string starting at the '"' at `start`; returns [value, index after it].
function readQuotedString(text, start) {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') return [value, i + 1];
    if (c === '\\') {
      i++;
      if (i >= text.length) {
        value += '\\';
        break;
      }
      value += text[i];
    } else {
      value += c;
    }
    i++;
  }
  return [value, i];
}

function parseParameters(text, position, into) {
  while (position < text.length) {
    position++;  // the ';'
    while (position < text.length && isHttpWhitespace(text[position])) position++;
    let nameEnd = position;
    while (nameEnd < text.length && text[nameEnd] !== ';' && text[nameEnd] !== '=') nameEnd++;
    const name = text.slice(position, nameEnd).toLowerCase();
    position = nameEnd;
    if (position < text.length) {
      if (text[position] === ';') continue;
      position++;  // the '='
    }
    if (position >= text.length) break;
    let value;
    if (text[position] === '"') {
      [value, position] = readQuotedString(text, position);
      while (position < text.length && text[position] !== ';') position++;
    } else {
      let valueEnd = position;
      while (valueEnd < text.length && text[valueEnd] !== ';') valueEnd++;
      value = text.slice(position, valueEnd);
      position = valueEnd;
      let trimmed = value.length;
      while (trimmed > 0 && isHttpWhitespace(value[trimmed - 1])) trimmed--;
      value = value.slice(0, trimmed);
      if (value.length === 0) continue;
    }
    if (name.length !== 0 && tokenPattern.test(name) && !firstNonQuotedPattern.test(value) && !into.has(name)) {
      into.set(name, value);
    }
  }
}

function serializeValue(value) {
  if (value.length !== 0 && tokenPattern.test(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

class MIMEParams {
  #data = new Map();

  delete(name) {
    this.#data.delete(`${name}`);
  }

  get(name) {
    const value = this.#data.get(`${name}`);
    return value === undefined ? null : value;
  }

  has(name) {
    return this.#data.has(`${name}`);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    validateToken('parameter name', name);
    const bad = value.search(firstNonQuotedPattern);
    if (bad !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, bad);
    this.#data.set(name, value);
  }

  *entries() {
    yield* this.#data.entries();
  }

  *keys() {
    yield* this.#data.keys();
  }

  *values() {
    yield* this.#data.values();
  }

  toString() {
    let text = '';
    for (const [name, value] of this.#data) text += `${text ? ';' : ''}${name}=${serializeValue(value)}`;
    return text;
  }

  toJSON() {
    return this.toString();
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  static [Symbol.hasInstance](value) {
    return value !== null && typeof value === 'object' && #data in value;
  }

  // Filled by MIMEType's parser, which skips invalid parameters instead of throwing.
  static parseInto(params, text, position) {
    parseParameters(text, position, params.#data);
  }
}

class MIMEType {
  #type;
  #subtype;
  #params = new MIMEParams();

  constructor(input) {
    const text = trimLeadingHttpWhitespace(`${input}`);
    const slash = text.indexOf('/');
    const type = slash === -1 ? text : text.slice(0, slash);
    if (slash === -1 || type.length === 0 || !tokenPattern.test(type)) {
      throw new ERR_INVALID_MIME_SYNTAX('type', text, type.length === 0 ? -1 : type.search(firstNonTokenPattern));
    }
    let position = slash + 1;
    let subtypeEnd = position;
    while (subtypeEnd < text.length && text[subtypeEnd] !== ';') subtypeEnd++;
    let subtype = text.slice(position, subtypeEnd);
    let trimmed = subtype.length;
    while (trimmed > 0 && isHttpWhitespace(subtype[trimmed - 1])) trimmed--;
    subtype = subtype.slice(0, trimmed);
    if (subtype.length === 0 || !tokenPattern.test(subtype)) {
      throw new ERR_INVALID_MIME_SYNTAX('subtype', text, subtype.length === 0 ? -1 : subtype.search(firstNonTokenPattern));
    }
    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    position = subtypeEnd;
    MIMEParams.parseInto(this.#params, text, position);
  }

  get type() { return this.#type; }

  set type(value) {
    value = `${value}`;
    validateToken('type', value);
    this.#type = value.toLowerCase();
  }

  get subtype() { return this.#subtype; }

  set subtype(value) {
    value = `${value}`;
    validateToken('subtype', value);
    this.#subtype = value.toLowerCase();
  }

  get essence() { return `${this.#type}/${this.#subtype}`; }

  get params() { return this.#params; }

  toString() {
    const params = this.#params.toString();
    return params ? `${this.essence};${params}` : this.essence;
  }

  toJSON() {
    return this.toString();
  }
}

module.exports = { MIMEType, MIMEParams };
