'use strict';
// Garbage in every argument position of tty.isatty and the tty.ReadStream/WriteStream
// constructors: the same errors as node. -0 is not passed to the constructors (it is fd 0,
// this process's stdin); that lode takes it without aborting is checked on its own.
require('../common');
const assert = require('assert');
const badInput = require('../common/bad-input');
const tty = require('tty');

const stdinFd = ['-0'];
const targets = {
  ...badInput.functionsOf(tty, 'tty', ['ReadStream', 'WriteStream']),
  'new ReadStream': [undefined, (...args) => new tty.ReadStream(...args), { args: [], skip: stdinFd }],
  'new WriteStream': [undefined, (...args) => new tty.WriteStream(...args), { args: [], skip: stdinFd }],
};

if (process.versions.lode) {
  assert.strictEqual(tty.isatty(-0), tty.isatty(0));
}

badInput.check(__filename, targets);
