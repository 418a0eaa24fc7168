'use strict';
// The global console: like node's, a plain object (not a Console instance, though
// `console instanceof Console` holds) carrying bound copies of Console's methods, writing to
// process.stdout and process.stderr, which it looks up on first use.

const { Console, bindMethod, setStreams, setState } = require('internal/console/constructor');

const globalConsole = Object.create({});

for (const name of Object.keys(Console.prototype)) {
  Object.defineProperty(globalConsole, name, {
    value: bindMethod(Console.prototype[name], globalConsole, name),
    writable: true,
    enumerable: true,
    configurable: true,
  });
}
setStreams(globalConsole, {
  getStdout: () => process.stdout,
  getStderr: () => process.stderr,
});
setState(globalConsole, {});
globalConsole.Console = Console;

// The methods V8 adds for an attached inspector. lode has none, so like node without a
// debugger attached they do nothing.
const inspectorMethodNames = [
  'dir', 'dirXml', 'table', 'groupEnd', 'clear', 'count', 'countReset', 'profile', 'profileEnd',
  'timeLog', 'debug', 'error', 'info', 'log', 'warn', 'trace', 'group', 'groupCollapsed',
  'assert', 'time', 'timeEnd', 'timeStamp',
];
const inspectorOnly = {
  profile() {},
  profileEnd() {},
  timeStamp() {},
  // A console whose output only an inspector would see.
  context(name) {
    const context = {};
    for (const method of inspectorMethodNames) {
      context[method] = Object.defineProperty(function(data) {}, 'name', { value: method });
    }
    return context;
  },
  // Async stack tagging for debuggers; without one, run() just calls the function.
  createTask(...args) {
    const [name] = args;
    if (typeof name !== 'string' || name === '') {
      throw new Error('First argument must be a non-empty string.');
    }
    return { run: (fn) => fn() };
  },
};
Object.assign(globalConsole, inspectorOnly);

Object.defineProperty(globalConsole, Symbol.toStringTag, {
  value: 'console', writable: false, enumerable: false, configurable: true,
});

module.exports = globalConsole;
