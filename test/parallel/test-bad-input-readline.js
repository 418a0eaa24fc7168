'use strict';
// Garbage in every argument position of readline's functions, of createInterface (both
// flavours), of the Interface methods and of readline/promises' Readline: node's errors.
require('../common');
const badInput = require('../common/bad-input');
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough } = require('stream');

function freshInterface() {
  return readline.createInterface({ input: new PassThrough(), output: new PassThrough() });
}
function freshPromisesInterface() {
  return readlinePromises.createInterface({ input: new PassThrough(), output: new PassThrough() });
}
const stream = new PassThrough();
const interfaceMethods = ['setPrompt', 'getPrompt', 'prompt', 'question', 'write', 'pause', 'resume',
                          'close', 'getCursorPos'];
const targets = {
  ...badInput.functionsOf(readline, 'readline', ['Interface', 'createInterface', 'emitKeypressEvents']),
  'readline.createInterface': [undefined, readline.createInterface, { args: [] }],
  'readline.createInterface(options)': [undefined, (options) => readline.createInterface({ input: new PassThrough(), ...options }), { args: [] }],
  'readline.emitKeypressEvents': [undefined, (value) => readline.emitKeypressEvents(new PassThrough(), value), { args: [] }],
  'readline/promises.createInterface': [undefined, readlinePromises.createInterface, { args: [] }],
  'cursorTo(stream)': [undefined, (x, y) => readline.cursorTo(stream, x, y), { args: [] }],
  'moveCursor(stream)': [undefined, (x, y) => readline.moveCursor(stream, x, y), { args: [] }],
  'clearLine(stream)': [undefined, (dir, cb) => readline.clearLine(stream, dir, cb), { args: [] }],
  ...badInput.methodsOf(readline.Interface.prototype, 'Interface', interfaceMethods, freshInterface, { args: [] }),
  ...badInput.methodsOf(readlinePromises.Interface.prototype, 'promises.Interface', ['question'], freshPromisesInterface, { args: [] }),
  'new Readline': [undefined, (...args) => new readlinePromises.Readline(...args), { args: [] }],
  ...badInput.methodsOf(readlinePromises.Readline.prototype, 'Readline',
                        ['cursorTo', 'moveCursor', 'clearLine', 'clearScreenDown', 'commit', 'rollback'],
                        () => new readlinePromises.Readline(new PassThrough()), { args: [] }),
};

badInput.check(__filename, targets);
