'use strict';
// The performance entries node's own modules make ('dns', 'net', 'http'): a producer notes a
// start time only while someone observes its entry type (startTimeIfObserved returns
// undefined otherwise, and nothing else is built), then enqueues the entry when done.

let perf;
function load() {
  perf ??= {
    ...require('internal/perf/observe'),
    ...require('internal/perf/utils'),
    ...require('internal/perf/performance_entry'),
  };
  return perf;
}

function startTimeIfObserved(type) {
  const { hasObserversOf, now } = load();
  return hasObserversOf(type) ? now() : undefined;
}

function enqueueEntry(type, name, startTime, detail) {
  const { enqueue, createNodeEntry, now } = load();
  enqueue(createNodeEntry(name, type, startTime, now() - startTime, detail));
}

module.exports = { startTimeIfObserved, enqueueEntry };
