'use strict';
// Timers run callbacks whose own call/apply were replaced, and objects handed to the legacy
// timers.active() without an _onTimeout simply leave the list when due.
const common = require('../common');
const timers = require('timers');

const fn = common.mustCall(4);
fn.call = 'not a function';
fn.apply = 'not a function either';
setTimeout(fn, 1);
setTimeout(fn, 1, 'an', 'argument');
setImmediate(fn);
setImmediate(fn, 'x');

process.noDeprecation = true;
const bare = { _idleTimeout: 1 };
timers.active(bare);
setTimeout(common.mustCall(), 20);
