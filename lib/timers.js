'use strict';
// setTimeout, setInterval, setImmediate and their clear* partners (internal/timers.js holds
// the lists; src/timers.cc the one uv timer and the check handle).

const {
  Timeout,
  Immediate,
  clearImmediateItem,
  knownTimersById,
  insert,
  active,
  unrefActive,
  unenroll,
  kRefed,
  validateTimerDuration,
} = require('internal/timers');
const { validateFunction } = require('internal/validators');
const { deprecate } = require('internal/util');

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0: case 1: case 2: break;
    case 3: args = [arg1]; break;
    case 4: args = [arg1, arg2]; break;
    default: args = Array.prototype.slice.call(arguments, 2);
  }
  const timeout = new Timeout(callback, after, args, false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0: case 1: case 2: break;
    case 3: args = [arg1]; break;
    case 4: args = [arg1, arg2]; break;
    default: args = Array.prototype.slice.call(arguments, 2);
  }
  const timeout = new Timeout(callback, repeat, args, true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const found = knownTimersById[timer];
    if (found !== undefined) {
      found._idleTimeout = -1;
      unenroll(found);
    }
  }
}

function clearInterval(timer) {
  // Node lets clearTimeout and clearInterval clear either kind.
  clearTimeout(timer);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0: case 1: break;
    case 2: args = [arg1]; break;
    case 3: args = [arg1, arg2]; break;
    default: args = Array.prototype.slice.call(arguments, 1);
  }
  return new Immediate(callback, args);
}

// A timer or an immediate disposed of is cleared (explicit resource management, node 20).
Timeout.prototype[Symbol.dispose] = function dispose() { clearTimeout(this); };
Immediate.prototype[Symbol.dispose] = function dispose() { clearImmediate(this); };

function clearImmediate(immediate) {
  clearImmediateItem(immediate);
}

// Deprecated helpers some old packages still call.
function enroll(item, msecs) {
  msecs = validateTimerDuration(msecs, 'msecs');
  if (item._idleTimeout !== undefined && item._idleTimeout >= 0) unenroll(item);
  item._idleTimeout = msecs;
  item._idleNext = item._idlePrev = item;
}

// util.promisify(setTimeout) and util.promisify(setImmediate) are timers/promises' own (loaded
// when first asked for).
for (const [fn, name] of [[setTimeout, 'setTimeout'], [setImmediate, 'setImmediate']]) {
  Object.defineProperty(fn, Symbol.for('nodejs.util.promisify.custom'), {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() { return require('timers/promises')[name]; },
  });
}

module.exports = {
  setTimeout,
  clearTimeout,
  setInterval,
  clearInterval,
  setImmediate,
  clearImmediate,
  active: deprecate(active, 'timers.active() is deprecated. Please use timeout.refresh() instead.',
                    'DEP0126'),
  _unrefActive: deprecate(unrefActive,
                          'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.',
                          'DEP0127'),
  unenroll: deprecate((item) => unenroll(item),
                      'timers.unenroll() is deprecated. Please use clearTimeout instead.', 'DEP0096'),
  enroll: deprecate(enroll, 'timers.enroll() is deprecated. Please use setTimeout instead.', 'DEP0095'),
};

Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() { return require('timers/promises'); },
});
void kRefed;
