'use strict';
// Garbage in every argument position of the timers functions: the same errors as node.
// Every timer that gets scheduled is cleared at once.
require('../common');
const badInput = require('../common/bad-input');
const timers = require('timers');

function noop() {}
function scheduleAndClear(schedule, clear) {
  return function(...args) {
    const timer = schedule(...args);
    clear(timer);
  };
}

const targets = {
  // enroll, unenroll, active and _unrefActive are deprecated and act on the object given.
  ...badInput.functionsOf(timers, 'timers', ['setTimeout', 'setInterval', 'setImmediate']),
  'timers.setTimeout': [undefined, scheduleAndClear(timers.setTimeout, timers.clearTimeout),
                        { args: [noop, 1, 'argument'] }],
  'timers.setInterval': [undefined, scheduleAndClear(timers.setInterval, timers.clearInterval),
                         { args: [noop, 1, 'argument'] }],
  'timers.setImmediate': [undefined, scheduleAndClear(timers.setImmediate, timers.clearImmediate),
                          { args: [noop, 'argument'] }],
  'timers.enroll/item': [undefined, (msecs) => timers.enroll({}, msecs), { args: [] }],
  'global.setTimeout': [undefined, scheduleAndClear(setTimeout, clearTimeout), { args: [noop] }],
  'global.setInterval': [undefined, scheduleAndClear(setInterval, clearInterval), { args: [noop] }],
  'global.setImmediate': [undefined, scheduleAndClear(setImmediate, clearImmediate), { args: [] }],
  'global.queueMicrotask': [undefined, queueMicrotask, { args: [] }],
};
// The Timeout methods, on a timer that never runs.
const timeout = setTimeout(noop, 1000);
clearTimeout(timeout);
const Timeout = Object.getPrototypeOf(timeout);
Object.assign(targets, badInput.methodsOf(Timeout, 'timeout', badInput.methodNames(Timeout), () => {
  const timer = setTimeout(noop, 1000);
  clearTimeout(timer);
  return timer;
}));

badInput.check(__filename, targets);
