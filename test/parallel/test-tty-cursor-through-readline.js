'use strict';
// tty.WriteStream's cursorTo, moveCursor, clearLine and clearScreenDown call readline's
// functions of those names (replacing them changes the stream's), passing arguments through
// and returning their result.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const tty = require('tty');

const calls = [];
for (const name of ['cursorTo', 'moveCursor', 'clearLine', 'clearScreenDown']) {
  readline[name] = (...args) => {
    calls.push([name, args.length]);
    const callback = args.at(-1);
    if (typeof callback === 'function') process.nextTick(callback);
    return 'from readline';
  };
}
const prototype = tty.WriteStream.prototype;
const fake = Object.create(prototype);
assert.strictEqual(prototype.cursorTo.call(fake, 1, 2), 'from readline');
assert.strictEqual(prototype.moveCursor.call(fake, 1, 2, common.mustCall()), 'from readline');
assert.strictEqual(prototype.clearLine.call(fake, 1), 'from readline');
assert.strictEqual(prototype.clearScreenDown.call(fake, common.mustCall()), 'from readline');
assert.deepStrictEqual(calls.map(([name]) => name), ['cursorTo', 'moveCursor', 'clearLine', 'clearScreenDown']);
