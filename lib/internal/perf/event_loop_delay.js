'use strict';
// monitorEventLoopDelay({ resolution }): a histogram of how long the loop takes to come back
// to a timer set every `resolution` ms, sampled in C++ (src/performance.cc) once enabled.

const { EventLoopDelay } = internalBinding('performance');
const { validateInteger, validateObject } = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const { createEventLoopDelayHistogram } = require('internal/histogram');

function monitorEventLoopDelay(options = kEmptyObject) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return createEventLoopDelayHistogram(new EventLoopDelay(resolution));
}

module.exports = { monitorEventLoopDelay };
