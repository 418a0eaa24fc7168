'use strict';
// For `assert(value)` / `assert.ok(value)` without a message, Node.js quotes the failing call
// from the caller's source: "The expression evaluated to a falsy value:\n\n  assert.ok(x)\n".
// This finds that call: V8 reports the position of the called name (`ok` in `assert.ok(x)`,
// `assert` in `assert(x)`, the `(` after a computed member); from there the argument list runs
// to its matching `)`, and the callee chain (`a.b[c]().d`) extends back on the same line.
// When the source cannot be read (eval, builtins, deleted files) there is no quote and the
// caller falls back to its plain message.

const messageCache = new Map();

const CONTROL_CHARACTERS = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;
function escapeControl(character) {
  if (character === '\b') return '\\b';
  if (character === '\f') return '\\f';
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

const ID_PART = /[\p{ID_Continue}$\u200c\u200d]/u;
const ID_START = /[\p{ID_Start}$_]/u;

// The caller of `stackStartFn` as a V8 CallSite, or undefined.
function callerSite(stackStartFn) {
  const savedPrepare = Error.prepareStackTrace;
  const limitDescriptor = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  const canSetLimit = limitDescriptor === undefined ? Object.isExtensible(Error) :
    limitDescriptor.writable === true || limitDescriptor.set !== undefined;
  const savedLimit = Error.stackTraceLimit;
  try {
    Error.prepareStackTrace = (holder, sites) => sites;
    if (canSetLimit) Error.stackTraceLimit = 1;
    const holder = {};
    Error.captureStackTrace(holder, stackStartFn);
    const sites = holder.stack;
    return Array.isArray(sites) ? sites[0] : undefined;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    if (canSetLimit) Error.stackTraceLimit = savedLimit;
  }
}

function readSource(fileName) {
  // Builtin modules are not read from disk, whatever file their name may resemble.
  if (fileName.startsWith('node:')) return undefined;
  let path = fileName;
  if (path.startsWith('file://')) {
    path = decodeURIComponent(path.slice('file://'.length).replace(/^localhost\//, '/'));
  } else if (!path.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(path)) {
    return undefined;
  }
  try {
    return require('fs').readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

// Message for a failed `ok` called at the caller of `stackStartFn`, or undefined.
function falsyValueMessage(stackStartFn) {
  let site;
  try {
    site = callerSite(stackStartFn);
  } catch {
    return undefined;
  }
  if (site === undefined) return undefined;
  const fileName = site.getFileName();
  const line = site.getLineNumber() - 1;
  const column = site.getColumnNumber() - 1;
  if (!fileName || line < 0 || column < 0) return undefined;

  const cacheKey = `${fileName}:${line}:${column}`;
  if (messageCache.has(cacheKey)) return messageCache.get(cacheKey);
  let message;
  try {
    const source = readSource(fileName);
    if (source !== undefined) {
      const quoted = quoteCall(source.replace(/\r\n/g, '\n'), line, column);
      if (quoted !== undefined) {
        message = `The expression evaluated to a falsy value:\n\n  ${quoted}\n`;
      }
    }
  } catch {
    message = undefined;
  }
  messageCache.set(cacheKey, message);
  return message;
}

function lineStartOf(source, line) {
  let index = 0;
  for (let i = 0; i < line; i++) {
    index = source.indexOf('\n', index);
    if (index === -1) return -1;
    index++;
  }
  return index;
}

// The source range [start, end) of the call V8 reports at `position`.
function locateCall(source, lineStart, position) {
  // For `f()(x)` V8 reports the second `(`; Node.js then quotes the call that ends right
  // there, `f()`, as its parser counts a call's end as part of it.
  if (source[position] === '(' && source[position - 1] === ')') {
    const opening = matchingOpenBackward(source, lineStart, position - 1);
    if (opening !== -1 && isArgumentList(source, lineStart, opening)) {
      return [calleeStart(source, lineStart, opening), position];
    }
  }
  const scanner = new Scanner(source);
  const open = scanner.callParenthesisAfter(position);
  if (open === -1) return undefined;
  const close = scanner.matchingClose(open);
  if (close === -1) return undefined;
  return [calleeStart(source, lineStart, Math.min(position, open)), close + 1];
}

// Whether the `(` at `opening` starts arguments (it follows a callee) rather than a group.
function isArgumentList(source, lineStart, opening) {
  let index = opening - 1;
  while (index >= lineStart && (source[index] === ' ' || source[index] === '\t')) index--;
  if (index < lineStart) return false;
  const character = source[index];
  if (character === ')' || character === ']') return true;
  if (!ID_PART.test(character)) return false;
  const nameStart = identifierStartBackward(source, lineStart, index);
  return nameStart !== -1 && !isKeywordBefore(source.slice(nameStart, index + 1)) &&
    !/^(?:if|while|for|switch|catch|function|with)$/.test(source.slice(nameStart, index + 1));
}

function quoteCall(source, line, column) {
  const lineStart = lineStartOf(source, line);
  if (lineStart === -1) return undefined;
  const range = locateCall(source, lineStart, lineStart + column);
  if (range === undefined) return undefined;
  const [start, end] = range;
  const indentLimit = start - lineStart;
  const [first, ...rest] = source.slice(start, end).split('\n');
  let text = first;
  for (const next of rest) {
    // Lines after the first lose up to as much indentation as the call had.
    let cut = 0;
    while (cut < indentLimit && (next[cut] === ' ' || next[cut] === '\t')) cut++;
    text += `\n  ${next.slice(cut)}`;
  }
  return text.replace(CONTROL_CHARACTERS, escapeControl);
}

// Walks back from the callee over `.name`, `?.name`, `[...]` and `(...)` on the same line. A
// name continues the chain only after a dot; brackets continue it after a name or brackets.
function calleeStart(source, lineStart, position) {
  let start = position;
  let atName = ID_START.test(source[position]);
  let index = position - 1;
  const previous = () => {
    while (index >= lineStart && (source[index] === ' ' || source[index] === '\t')) index--;
    return index >= lineStart ? source[index] : '';
  };
  for (;;) {
    let character = previous();
    if (character === '.') {
      index -= source[index - 1] === '?' ? 2 : 1;
      character = previous();
    } else if (atName) {
      return start;
    }
    if (character === ']' || character === ')') {
      const opening = matchingOpenBackward(source, lineStart, index);
      if (opening === -1) return start;
      start = opening;
      atName = false;
      index = opening - 1;
    } else if (character !== '' && ID_PART.test(character)) {
      const nameStart = identifierStartBackward(source, lineStart, index);
      if (nameStart === -1 || isKeywordBefore(source.slice(nameStart, index + 1))) return start;
      start = nameStart;
      atName = true;
      index = nameStart - 1;
    } else {
      return start;
    }
  }
}

function isKeywordBefore(word) {
  return /^(?:return|typeof|void|delete|await|yield|new|in|of|instanceof|case|throw|else|do)$/.test(word);
}

function identifierStartBackward(source, lineStart, index) {
  let start = index;
  while (start - 1 >= lineStart && ID_PART.test(source[start - 1])) start--;
  return ID_START.test(source[start]) ? start : -1;
}

// Backward bracket matching on one line; quotes inside are skipped.
function matchingOpenBackward(source, lineStart, index) {
  const pairs = { ']': '[', ')': '(', '}': '{' };
  const stack = [];
  for (let i = index; i >= lineStart; i--) {
    const character = source[i];
    if (character === '"' || character === "'" || character === '`') {
      let j = i - 1;
      while (j >= lineStart && !(source[j] === character && source[j - 1] !== '\\')) j--;
      if (j < lineStart) return -1;
      i = j;
    } else if (character in pairs) {
      stack.push(pairs[character]);
    } else if (character === '[' || character === '(' || character === '{') {
      if (stack.pop() !== character) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

// A forward scanner that knows enough JavaScript to skip strings, templates, comments and
// regular expression literals while matching brackets.
class Scanner {
  constructor(source) {
    this.source = source;
  }

  // Index of the `(` that starts the argument list of the call whose callee name is at
  // `position`, or -1.
  callParenthesisAfter(position) {
    const { source } = this;
    let index = position;
    if (ID_START.test(source[index] || '')) {
      while (index < source.length && ID_PART.test(source[index])) index++;
    }
    for (;;) {
      index = this.skipTrivia(index);
      if (source.startsWith('?.', index)) {
        index += 2;
        continue;
      }
      return source[index] === '(' ? index : -1;
    }
  }

  skipTrivia(index) {
    const { source } = this;
    for (;;) {
      while (index < source.length && /\s/.test(source[index])) index++;
      if (source.startsWith('//', index)) {
        const end = source.indexOf('\n', index);
        index = end === -1 ? source.length : end;
      } else if (source.startsWith('/*', index)) {
        const end = source.indexOf('*/', index + 2);
        index = end === -1 ? source.length : end + 2;
      } else {
        return index;
      }
    }
  }

  // Index of the bracket closing the one at `open`, or -1.
  matchingClose(open) {
    const { source } = this;
    const closing = { '(': ')', '[': ']', '{': '}' };
    const expected = [];
    // Whether a `/` here would start a regular expression (rather than divide).
    let regexAllowed = true;
    let index = open;
    while (index < source.length) {
      const character = source[index];
      if (/\s/.test(character)) {
        index++;
        continue;
      }
      if (source.startsWith('//', index) || source.startsWith('/*', index)) {
        index = this.skipTrivia(index);
        continue;
      }
      if (character in closing) {
        expected.push(closing[character]);
        regexAllowed = true;
        index++;
        continue;
      }
      if (character === ')' || character === ']' || character === '}') {
        if (expected.pop() !== character) return -1;
        if (expected.length === 0) return index;
        regexAllowed = false;
        index++;
        continue;
      }
      if (character === '"' || character === "'") {
        index = this.endOfString(index);
        regexAllowed = false;
      } else if (character === '`') {
        index = this.endOfTemplate(index);
        regexAllowed = false;
      } else if (character === '/' && regexAllowed) {
        index = this.endOfRegExp(index);
        regexAllowed = false;
      } else if (ID_PART.test(character)) {
        const wordStart = index;
        while (index < source.length && ID_PART.test(source[index])) index++;
        regexAllowed = isKeywordBefore(source.slice(wordStart, index));
      } else {
        // Punctuators: after most of them an expression (possibly a regex) follows.
        regexAllowed = true;
        index++;
        if ((character === '+' || character === '-') && source[index] === character) {
          index++;
          regexAllowed = false;
        }
      }
      if (index === -1) return -1;
    }
    return -1;
  }

  endOfString(index) {
    const { source } = this;
    const quote = source[index];
    for (let i = index + 1; i < source.length; i++) {
      if (source[i] === '\\') i++;
      else if (source[i] === quote) return i + 1;
      else if (source[i] === '\n') return -1;
    }
    return -1;
  }

  endOfTemplate(index) {
    const { source } = this;
    for (let i = index + 1; i < source.length; i++) {
      if (source[i] === '\\') {
        i++;
      } else if (source[i] === '`') {
        return i + 1;
      } else if (source[i] === '$' && source[i + 1] === '{') {
        const close = this.matchingClose(i + 1);
        if (close === -1) return -1;
        i = close;
      }
    }
    return -1;
  }

  endOfRegExp(index) {
    const { source } = this;
    let inClass = false;
    for (let i = index + 1; i < source.length; i++) {
      const character = source[i];
      if (character === '\\') {
        i++;
      } else if (character === '[') {
        inClass = true;
      } else if (character === ']') {
        inClass = false;
      } else if (character === '/' && !inClass) {
        i++;
        while (i < source.length && ID_PART.test(source[i])) i++;
        return i;
      } else if (character === '\n') {
        return -1;
      }
    }
    return -1;
  }
}

module.exports = { falsyValueMessage };
