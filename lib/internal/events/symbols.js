'use strict';
// Symbols shared by `events`, the streams and EventTarget. The descriptions match Node's, so
// util.inspect() of an emitter prints the same keys.

module.exports = {
  // Per-emitter flag: route promise rejections of listeners to 'error' (captureRejections).
  kCapture: Symbol('kCapture'),
  // Per-emitter flag: `_events` was pre-shaped by a subclass (streams); keys of removed
  // listeners are set to undefined instead of being deleted, to keep the object's shape.
  kShapeMode: Symbol('shapeMode'),
  // On a prototype: its emitters live briefly and emit a few events (an http message), so their
  // `_events` is a dictionary-mode Object.create(null) (as node's `{ __proto__: null }` is),
  // which optimized code makes inline, where a fast-mode one costs a runtime call.
  kFewEvents: Symbol('kFewEvents'),
  kErrorMonitor: Symbol('events.errorMonitor'),
  kRejection: Symbol.for('nodejs.rejection'),
  kMaxEventTargetListeners: Symbol('events.maxEventTargetListeners'),
  kMaxEventTargetListenersWarned: Symbol('events.maxEventTargetListenersWarned'),
  // Set (to true) on the EventTarget constructor; Node uses the same registered symbol.
  kIsEventTarget: Symbol.for('nodejs.event_target'),
  // An EventTarget implementation provides `target[kEventTargetListeners](type)`, returning
  // the listeners (functions or handler objects) registered for `type`, in order; that is
  // what events.getEventListeners() reports for it.
  kEventTargetListeners: Symbol('kEventTargetListeners'),
  // On an Error thrown by emit('error') without listeners: a function returning the stack
  // extended by where the event was emitted ("Emitted 'error' event at: ..."). The report of
  // an uncaught exception uses it as the stack when it is present.
  kEnhanceStackBeforeInspector: Symbol('kEnhanceStackBeforeInspector'),
};
