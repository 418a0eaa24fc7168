'use strict';
// readline/promises' Readline: cursor actions queued as escape sequences, written to the
// stream in one write by commit() (which resolves once written), or dropped by rollback().
// With autoCommit they are written as they come.

const { validateBoolean, validateInteger } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { kClearLine, kClearScreenDown, kClearToLineBeginning, kClearToLineEnd } =
  require('internal/readline/callbacks');

const CSI = '\x1b[';

class Readline {
  #autoCommit = false;
  #stream;
  #todo = [];

  constructor(stream, options = undefined) {
    if (!(stream instanceof require('stream').Writable)) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    }
    this.#stream = stream;
    if (options?.autoCommit != null) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this.#autoCommit = options.autoCommit;
    }
  }

  #queue(sequence) {
    if (this.#autoCommit) process.nextTick(() => this.#stream.write(sequence));
    else this.#todo.push(sequence);
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    this.#queue(y == null ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`);
    return this;
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      let sequence = '';
      if (dx < 0) sequence += `${CSI}${-dx}D`;
      else if (dx > 0) sequence += `${CSI}${dx}C`;
      if (dy < 0) sequence += `${CSI}${-dy}A`;
      else if (dy > 0) sequence += `${CSI}${dy}B`;
      this.#queue(sequence);
    }
    return this;
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    this.#queue(dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine);
    return this;
  }

  clearScreenDown() {
    this.#queue(kClearScreenDown);
    return this;
  }

  commit() {
    return new Promise((resolve) => {
      this.#stream.write(this.#todo.join(''), resolve);
      this.#todo = [];
    });
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

module.exports = { Readline };
