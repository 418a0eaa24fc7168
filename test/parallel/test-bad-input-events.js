'use strict';
// Garbage in every argument position of the events statics and of the EventEmitter methods:
// the same errors as node.
require('../common');
const badInput = require('../common/bad-input');
const EventEmitter = require('events');

function freshEmitter() {
  const emitter = new EventEmitter();
  emitter.on('error', () => {});
  emitter.setMaxListeners(0);
  return emitter;
}

const targets = {
  // init() re-initialises its receiver: the module object itself here.
  ...badInput.functionsOf(EventEmitter, 'EventEmitter', ['init', 'EventEmitter']),
  ...badInput.methodsOf(EventEmitter.prototype, 'emitter',
                        ['on', 'addListener', 'once', 'off', 'removeListener', 'emit', 'listeners',
                         'rawListeners', 'listenerCount', 'prependListener', 'prependOnceListener',
                         'removeAllListeners', 'setMaxListeners', 'getMaxListeners', 'eventNames'],
                        freshEmitter),
  'new EventEmitter': [undefined, function(...args) { return new EventEmitter(...args); }],
  'EventEmitter.on/emitter': [EventEmitter, EventEmitter.on, { args: [freshEmitter(), 'x'] }],
  'EventEmitter.once/emitter': [EventEmitter, EventEmitter.once, { args: [freshEmitter(), 'x'] }],
};
// setMaxListeners without targets changes the default for every emitter: give it one.
targets['EventEmitter.setMaxListeners'][2] = { args: [1] };
targets['EventEmitter.setMaxListeners/emitter'] =
  [EventEmitter, function(n) { return EventEmitter.setMaxListeners(n, freshEmitter()); }];

// Node 20.20 reads listeners of `undefined` as "any listener at all" and then fails on the
// missing list; lode answers [] as for any other name without listeners.
const knownDifferences = {
  'emitter.listeners(undefined)': 'node bug',
  'emitter.rawListeners(undefined)': 'node bug',
  'emitter.listeners()': 'node bug',
  'emitter.rawListeners()': 'node bug',
};
badInput.check(__filename, targets, knownDifferences);
