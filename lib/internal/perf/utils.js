'use strict';
// The clock and startup milestones under perf_hooks, plus small helpers its modules share.
//
// The bootstrap requires this file to install the `performance` global, and loading it
// initializes the 'performance' binding: that happens before the event loop first runs,
// which is when libuv's idle-time accounting must be turned on and when the binding can
// still catch the loop's start. Keep it small: every process pays for it.

const binding = internalBinding('performance');

const { now, timeOrigin, loopIdleTime } = binding;
const milestoneIndex = new Map(binding.milestoneNames.map((name, index) => [name, index]));
const kLoopExit = milestoneIndex.get('loopExit');

// Milliseconds since timeOrigin at which startup reached `name`; -1 while it has not.
function getMilestone(name) {
  const index = milestoneIndex.get(name);
  // Nothing in C++ sees the loop end before process.emit('exit'); a read during 'exit' is
  // the first moment JS knows it has.
  if (index === kLoopExit && process._exiting) binding.markMilestone(index);
  return binding.milestone(index);
}

function isMilestoneName(name) {
  return milestoneIndex.has(name);
}

function getPerformanceGlobal() {
  return require('internal/perf/performance').performance;
}

let DOMException;
function makeDOMException(message, name) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, name);
}

// structuredClone for a mark's or measure's detail (null and undefined give null).
function cloneDetail(detail) {
  if (detail == null) return null;
  const result = {};
  const copy = binding.cloneValue(detail, result);
  if (result.cloneError !== undefined) throw makeDOMException(result.cloneError, 'DataCloneError');
  return copy;
}

module.exports = {
  now,
  timeOrigin,
  loopIdleTime,
  milestoneNames: binding.milestoneNames,
  getMilestone,
  isMilestoneName,
  getPerformanceGlobal,
  makeDOMException,
  cloneDetail,
};
