'use strict';
// The readline Interface shared by `readline` and `readline/promises`: it reads lines from
// an input stream, either as plain text (lines split on \n, \r\n or \r, a \r\n split across
// chunks counted once if the \n comes within crlfDelay ms) or, on a terminal, as keypresses
// edited in place with history (lib/internal/readline/terminal.js).

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const {
  validateAbortSignal, validateArray, validateNumber, validateString, validateUint32,
} = require('internal/validators');
const { emitKeypressEvents } = require('internal/readline/keypress');
const terminal = require('internal/readline/terminal');
const { createLineIterator } = require('internal/readline/line_iterator');

const kHistorySize = 30;
const kMinCrlfDelay = 100;
const kDefaultEscapeCodeTimeout = 500;
const lineEnding = /\r?\n|\r(?!\n)/g;

const {
  kAddHistory, kLineBuffer, kOldPrompt, kPrompt, kQuestionCallback, kSawReturnAt, kDecoder,
  kLineIterator, kSubstringSearch, kPreviousKey, kRefreshLine, kTtyWrite, kOnLine, kLine,
  kWriteToOutput, kQuestion, kQuestionCancel, kSetRawMode, kNormalWrite, kMoveCursor,
  kGetDisplayPos, kInsertString,
} = terminal.symbols;

function InterfaceConstructor(input, output, completer, terminalMode) {
  EventEmitter.call(this);
  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  let tabSize;
  let escapeCodeTimeout = kDefaultEscapeCodeTimeout;

  if (input?.input) {
    // createInterface({ input, output, ... })
    const options = input;
    output = options.output;
    completer = options.completer;
    terminalMode = options.terminal;
    history = options.history;
    historySize = options.historySize;
    signal = options.signal;
    tabSize = options.tabSize;
    if (tabSize !== undefined) validateUint32(tabSize, 'tabSize', true);
    removeHistoryDuplicates = options.removeHistoryDuplicates;
    if (options.prompt !== undefined) prompt = options.prompt;
    crlfDelay = options.crlfDelay;
    if (options.escapeCodeTimeout !== undefined) {
      if (!Number.isFinite(options.escapeCodeTimeout)) {
        // node names the value in force (the default), not the one given
        throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', escapeCodeTimeout);
      }
      escapeCodeTimeout = options.escapeCodeTimeout;
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    input = options.input;
  }

  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  // A completer of one argument answers synchronously; the Interface calls back-style.
  if (typeof completer === 'function' && completer.length !== 2) {
    const answer = completer;
    completer = (line, callback) => callback(null, answer(line));
  }
  if (history === undefined) history = [];
  else validateArray(history, 'history');
  if (historySize === undefined) historySize = kHistorySize;
  validateNumber(historySize, 'historySize', 0);
  // The terminal's own choice unless told: a TTY output means line editing.
  if (terminalMode === undefined && !(output === null || output === undefined)) {
    terminalMode = Boolean(output.isTTY);
  }

  this.isCompletionEnabled = true;
  this.escapeCodeTimeout = escapeCodeTimeout;
  this.tabSize = tabSize ?? 8;
  this.line = '';
  this.output = output;
  this.input = input;
  this.history = history;
  this.historySize = historySize;
  this.removeHistoryDuplicates = Boolean(removeHistoryDuplicates);
  this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.completer = completer;
  this.terminal = Boolean(terminalMode);
  this[kSawReturnAt] = 0;
  this[kPreviousKey] = null;
  this[kSubstringSearch] = null;
  this[kPrompt] = prompt;
  this[kLineIterator] = undefined;
  this[kLineBuffer] = null;
  this[kQuestionCallback] = null;
  this[kOldPrompt] = '';
  this[kDecoder] = new StringDecoder('utf8');

  const self = this;
  function onError(error) { self.emit('error', error); }
  function onData(data) { self[kNormalWrite](data); }
  function onEnd() {
    if (typeof self[kLineBuffer] === 'string' && self[kLineBuffer].length > 0) {
      self.emit('line', self[kLineBuffer]);
    }
    self.close();
  }
  function onTerminalEnd() {
    if (typeof self.line === 'string' && self.line.length > 0) self.emit('line', self.line);
    self.close();
  }
  function onKeypress(text, key) {
    self[kTtyWrite](text, key);
    // A lone surrogate half arrived: redraw once its pair may have come.
    const first = key?.sequence?.codePointAt(0);
    if (first >= 0xd800 && first <= 0xdfff) self[kRefreshLine]();
  }
  function onResize() { self[kRefreshLine](); }

  input.on('error', onError);
  if (!this.terminal) {
    input.on('data', onData);
    input.on('end', onEnd);
    this.once('close', () => {
      input.removeListener('data', onData);
      input.removeListener('error', onError);
      input.removeListener('end', onEnd);
    });
  } else {
    emitKeypressEvents(input, this);
    input.on('keypress', onKeypress);
    input.on('end', onTerminalEnd);
    this[kSetRawMode](true);
    this.terminal = true;
    this.cursor = 0;
    this.historyIndex = -1;
    if (output !== null && output !== undefined) output.on('resize', onResize);
    this.once('close', () => {
      input.removeListener('keypress', onKeypress);
      input.removeListener('error', onError);
      input.removeListener('end', onTerminalEnd);
      if (output !== null && output !== undefined) output.removeListener('resize', onResize);
    });
  }

  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      self.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }

  // Reading starts now, as in node.
  input.resume();
}

Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

class Interface extends InterfaceConstructor {
  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) { this[kPrompt] = prompt; }

  getPrompt() { return this[kPrompt]; }

  [kSetRawMode](mode) {
    const wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasInRawMode;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this[kRefreshLine]();
    } else {
      this[kWriteToOutput](this[kPrompt]);
    }
  }

  [kQuestion](query, callback) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = callback;
      this.prompt();
    }
  }

  [kOnLine](line) {
    if (this[kQuestionCallback]) {
      const callback = this[kQuestionCallback];
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      callback(line);
    } else {
      this.emit('line', line);
    }
  }

  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  [kWriteToOutput](text) {
    validateString(text, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(text);
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this[kSetRawMode](false);
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(data, key) {
    if (this.paused) this.resume();
    if (this.terminal) this[kTtyWrite](data, key);
    else this[kNormalWrite](data);
  }

  [kNormalWrite](chunk) {
    if (chunk === undefined) return;
    let text = this[kDecoder].write(chunk);
    // The \n of a \r\n whose \r ended the previous chunk (and already ended a line).
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (text.charCodeAt(0) === 10) text = text.slice(1);
      this[kSawReturnAt] = 0;
    }
    lineEnding.lastIndex = 0;
    // Only the new text can hold a line ending; the buffer held none.
    if (!lineEnding.test(text)) {
      if (text) this[kLineBuffer] = (this[kLineBuffer] ?? '') + text;
      return;
    }
    if (this[kLineBuffer]) {
      text = this[kLineBuffer] + text;
      this[kLineBuffer] = null;
    }
    this[kSawReturnAt] = text.endsWith('\r') ? Date.now() : 0;
    lineEnding.lastIndex = 0;
    let start = 0;
    let match;
    const lines = [];
    while ((match = lineEnding.exec(text)) !== null) {
      lines.push(text.slice(start, match.index));
      start = lineEnding.lastIndex;
    }
    const rest = text.slice(start);
    if (rest) this[kLineBuffer] = rest;
    for (const line of lines) this[kOnLine](line);
  }

  clearLine() {
    this[kMoveCursor](+Infinity);
    this[kWriteToOutput]('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  getCursorPos() {
    const beforeCursor = this[kPrompt] + this.line.slice(0, this.cursor);
    return this[kGetDisplayPos](beforeCursor);
  }

  [Symbol.asyncIterator]() {
    this[kLineIterator] ??= createLineIterator(this);
    return this[kLineIterator];
  }
}

terminal.install(Interface.prototype);

module.exports = {
  Interface,
  InterfaceConstructor,
  kQuestion,
  kQuestionCancel,
};
