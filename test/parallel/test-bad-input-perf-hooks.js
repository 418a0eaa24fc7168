'use strict';
// Garbage in every argument position of perf_hooks and of the performance methods: the
// same errors as node.
require('../common');
const badInput = require('../common/bad-input');
const perfHooks = require('perf_hooks');

const { performance } = perfHooks;
const Performance = Object.getPrototypeOf(performance);
const targets = {
  ...badInput.functionsOf(perfHooks, 'perf_hooks'),
  ...badInput.methodsOf(Performance, 'performance', badInput.methodNames(Performance), performance),
  'new PerformanceObserver': [undefined, badInput.construct(perfHooks.PerformanceObserver)],
  'new PerformanceMark': [undefined, badInput.construct(perfHooks.PerformanceMark), { args: ['x', {}] }],
};
targets['performance.mark'][2] = { args: ['x', { startTime: 1, detail: null }] };
targets['performance.measure'][2] = { args: ['x', { start: 0, end: 1 }, undefined] };
targets['performance.markResourceTiming'][2] = {
  args: [{}, 'http://a/', 'fetch', globalThis, '', {}, 200, ''],
};

const observer = new perfHooks.PerformanceObserver(() => {});
const Observer = perfHooks.PerformanceObserver.prototype;
Object.assign(targets,
              badInput.methodsOf(Observer, 'observer', badInput.methodNames(Observer), observer),
              badInput.functionsOf(perfHooks.PerformanceObserver, 'PerformanceObserver'));
targets['observer.observe'][2] = { args: [{ type: 'mark' }] };
const histogram = perfHooks.createHistogram();
const Histogram = Object.getPrototypeOf(histogram);
Object.assign(targets,
              badInput.methodsOf(Histogram, 'histogram', badInput.methodNames(Histogram), histogram));

Object.assign(targets,
              badInput.receiversOf(Performance, 'Performance'),
              badInput.receiversOf(Observer, 'PerformanceObserver'),
              badInput.receiversOf(Histogram, 'RecordableHistogram'),
              badInput.receiversOf(Object.getPrototypeOf(Histogram), 'Histogram'));

const knownDifferences = {
  // node brand-checks histograms by reading a symbol-keyed property, so a proxy receiver's
  // get trap runs (and throws); lode's private-field checks do not consult proxies.
  'Histogram.*(throwing getters)': 'brand check by property read',
  'RecordableHistogram.*(throwing getters)': 'brand check by property read',
};
badInput.check(__filename, targets, knownDifferences);
observer.disconnect();
