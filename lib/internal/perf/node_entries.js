'use strict';
// The performance entries node's own modules make ('dns', 'net', 'http'): a producer notes a
// start time only while someone observes its entry type (startTimeIfObserved returns
// undefined otherwise, and nothing else is built), then enqueues the entry when done.
// No observer can exist before internal/perf/observe has loaded, and that module announces
// itself here: until then a check is one comparison and loads nothing (it runs per request).

let observe = null;
let perf;

function observeLoaded(module) {
  observe = module;
}

function startTimeIfObserved(type) {
  if (observe === null || !observe.hasObserversOf(type)) return undefined;
  return require('internal/perf/utils').now();
}

function enqueueEntry(type, name, startTime, detail) {
  perf ??= { ...require('internal/perf/utils'), ...require('internal/perf/performance_entry') };
  observe.enqueue(perf.createNodeEntry(name, type, startTime, perf.now() - startTime, detail));
}

module.exports = { observeLoaded, startTimeIfObserved, enqueueEntry };
