'use strict';
// `readline/promises`: the Interface whose question() returns a promise, and Readline, which
// queues cursor moves and clears for a terminal stream and writes them on commit().

const { Interface: BaseInterface, kQuestion, kQuestionCancel } = require('internal/readline/interface');
const { Readline } = require('internal/readline/promises');
const { validateAbortSignal } = require('internal/validators');
const { AbortError } = require('internal/errors');

class Interface extends BaseInterface {
  constructor(input, output, completer, terminal) {
    // A completer here may answer with a promise.
    const options = input?.input ? input : null;
    const given = options ? options.completer : completer;
    if (typeof given === 'function') {
      const promising = (line, callback) => {
        Promise.resolve(given(line)).then((result) => callback(null, result), callback);
      };
      if (options) input = { ...options, completer: promising };
      else completer = promising;
    }
    super(input, output, completer, terminal);
  }

  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let callback = resolve;
      if (options?.signal) {
        const { signal } = options;
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        const onAbort = () => {
          this[kQuestionCancel]();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        callback = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this[kQuestion](query, callback);
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
