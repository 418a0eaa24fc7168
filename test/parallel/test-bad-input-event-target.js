'use strict';
// Garbage in every argument position of EventTarget, Event, CustomEvent, AbortController
// and AbortSignal (constructors, statics, methods, and methods called on garbage): the same
// errors as node.
require('../common');
const badInput = require('../common/bad-input');

const freshTarget = () => new EventTarget();
const targets = {
  'new EventTarget': [undefined, badInput.construct(EventTarget)],
  'new Event': [undefined, badInput.construct(Event), { args: ['x', {}] }],
  'new CustomEvent': [undefined, badInput.construct(CustomEvent), { args: ['x', {}] }],
  'new AbortController': [undefined, badInput.construct(AbortController)],
  'new AbortSignal': [undefined, badInput.construct(AbortSignal)],
  ...badInput.methodsOf(AbortSignal, 'AbortSignal', ['abort', 'timeout', 'any'], AbortSignal),
  ...badInput.methodsOf(EventTarget.prototype, 'target', badInput.methodNames(EventTarget.prototype),
                        freshTarget, { args: ['x', () => {}, {}] }),
  ...badInput.methodsOf(Event.prototype, 'event', badInput.methodNames(Event.prototype),
                        () => new Event('x'), { args: ['x', true, true] }),
  ...badInput.methodsOf(AbortController.prototype, 'controller', ['abort'],
                        () => new AbortController()),
  ...badInput.methodsOf(AbortSignal.prototype, 'signal', ['throwIfAborted'],
                        () => new AbortController().signal),
  ...badInput.settersOf(AbortSignal.prototype, 'signal', () => new AbortController().signal),
  ...badInput.settersOf(Event.prototype, 'event', () => new Event('x', { cancelable: true })),
  ...badInput.receiversOf(EventTarget.prototype, 'EventTarget'),
  ...badInput.receiversOf(Event.prototype, 'Event'),
  ...badInput.receiversOf(CustomEvent.prototype, 'CustomEvent'),
  ...badInput.receiversOf(AbortController.prototype, 'AbortController'),
  ...badInput.receiversOf(AbortSignal.prototype, 'AbortSignal'),
};
targets['target.dispatchEvent'][2] = { args: [], fresh: freshTarget };
targets['AbortSignal.timeout'][2] = { args: [] };
targets['AbortSignal.any'][2] = { args: [] };

badInput.check(__filename, targets);
