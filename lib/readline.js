'use strict';
// `readline`: line-by-line reading of a stream, with line editing and history on a terminal.
// The Interface itself is lib/internal/readline/interface.js; this module adds the callback
// flavour of question() and the cursor helpers.

const { Interface: BaseInterface, InterfaceConstructor, kQuestion, kQuestionCancel } =
  require('internal/readline/interface');
const { clearLine, clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const { emitKeypressEvents } = require('internal/readline/keypress');
const { validateAbortSignal } = require('internal/validators');
const { AbortError } = require('internal/errors');
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  InterfaceConstructor.call(this, input, output, completer, terminal);
}
Object.setPrototypeOf(Interface.prototype, BaseInterface.prototype);
Object.setPrototypeOf(Interface, BaseInterface);

// question(query[, options], callback): shows `query`, calls back with the next line. An
// aborted options.signal cancels it (the callback is never called).
Interface.prototype.question = function question(query, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  if (options !== null && typeof options === 'object' && options.signal) {
    const { signal } = options;
    validateAbortSignal(signal, 'options.signal');
    if (signal.aborted) return;
    const onAbort = () => this[kQuestionCancel]();
    signal.addEventListener('abort', onAbort, { once: true });
    const cleanup = () => signal.removeEventListener('abort', onAbort);
    const answer = callback;
    callback = typeof answer === 'function' ? (line) => {
      cleanup();
      return answer(line);
    } : cleanup;
  }
  if (typeof callback === 'function') this[kQuestion](query, callback);
};

// util.promisify(rl.question) resolves with the answer and rejects on abort.
Object.defineProperty(Interface.prototype.question, kCustomPromisify, {
  __proto__: null,
  configurable: true,
  value: function question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let callback = resolve;
      if (options?.signal) {
        const { signal } = options;
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        const onAbort = () => reject(new AbortError(undefined, { cause: signal.reason }));
        signal.addEventListener('abort', onAbort, { once: true });
        callback = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this.question(query, options, callback);
    });
  },
});

// node's underscore names on the legacy Interface, which programs written against older
// readline still use: methods, and accessors for the state behind them.
const symbols = require('internal/readline/terminal').symbols;
const { kSawKeyPress } = require('internal/readline/keypress');
function defineMethod(name, value) {
  Object.defineProperty(Interface.prototype, name, {
    __proto__: null, configurable: true, writable: true, value,
  });
}
for (const name of ['setRawMode', 'onLine', 'writeToOutput', 'addHistory', 'refreshLine', 'normalWrite',
                    'insertString', 'line', 'getDisplayPos', 'moveCursor', 'ttyWrite', 'tabComplete',
                    'wordLeft', 'wordRight', 'deleteLeft', 'deleteRight', 'deleteWordLeft',
                    'deleteWordRight', 'deleteLineLeft', 'deleteLineRight']) {
  const symbol = symbols[`k${name[0].toUpperCase()}${name.slice(1)}`];
  defineMethod(`_${name}`, function(...args) { return this[symbol](...args); });
}
defineMethod('_historyNext', function() { return this[symbols.kWalkHistory](-1); });
defineMethod('_historyPrev', function() { return this[symbols.kWalkHistory](1); });
defineMethod('_getCursorPos', BaseInterface.prototype.getCursorPos);
for (const [name, symbol] of [
  ['_decoder', symbols.kDecoder], ['_line_buffer', symbols.kLineBuffer], ['_oldPrompt', symbols.kOldPrompt],
  ['_previousKey', symbols.kPreviousKey], ['_prompt', symbols.kPrompt],
  ['_questionCallback', symbols.kQuestionCallback], ['_sawKeyPress', kSawKeyPress],
  ['_sawReturnAt', symbols.kSawReturnAt],
]) {
  Object.defineProperty(Interface.prototype, name, {
    __proto__: null,
    configurable: true,
    get() { return this[symbol]; },
    set(value) { this[symbol] = value; },
  });
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return require('readline/promises'); },
});
