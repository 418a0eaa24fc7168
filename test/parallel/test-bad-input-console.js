'use strict';
// Garbage in every argument position of the Console constructor and of a Console's
// methods (writing to a stream that keeps nothing): the same errors as node.
require('../common');
const badInput = require('../common/bad-input');
const { Console } = require('console');

const sink = { write() { return true; } };
const freshConsole = () => new Console(sink, sink);
const sample = freshConsole();
const names = Object.keys(sample).filter((name) => typeof sample[name] === 'function');

const targets = {
  'new Console': [undefined, badInput.construct(Console), { args: [sink, sink, false] }],
  'Console': [undefined, Console],
  'new Console/options': [undefined, (value) => new Console({ stdout: sink, ...value }), { args: [] }],
};
for (const option of ['stderr', 'ignoreErrors', 'colorMode', 'inspectOptions', 'groupIndentation']) {
  targets[`new Console/${option}`] =
    [undefined, (value) => new Console({ stdout: sink, [option]: value }), { args: [] }];
}
for (const name of names) {
  // Each method is bound to its console, so a fresh console's method is called each time.
  targets[`console.${name}`] = [undefined, function(...args) {
    return freshConsole()[name](...args);
  }, { args: ['x', 'y'] }];
}

badInput.check(__filename, targets);
