'use strict';
// What every main script does before running user code: finish process.argv, honour
// --expose-internals, and preload -r modules.


function prepareMainThreadExecution(mainEntry) {
  const { BuiltinModule } = require('internal/bootstrap/loaders');
  if (process._lodeOptions['--expose-internals'] === 'true') BuiltinModule.exposeInternals();
  if (mainEntry !== undefined) process.argv.splice(1, 0, mainEntry);
  const { Module } = require('internal/modules/cjs/loader');
  const whyAlive = process._lodeOptions['--why-alive'];
  const afterMain = whyAlive !== undefined ? require('internal/process/why_alive').setupWhyAlive(whyAlive) : null;
  if (process.env.NODE_CHANNEL_FD !== undefined && internalBinding('worker').isMainThread) {
    require('internal/child_process/ipc').setupChildChannel();
  }
  // A cluster worker says it is online before user code runs, as in node.
  if (process.env.NODE_UNIQUE_ID !== undefined && internalBinding('worker').isMainThread) {
    require('internal/cluster/child').setupWorker();
  }
  if (Object.keys(process._lodeOptions).some((name) => name.startsWith('--report-'))) {
    require('internal/process/report').applyCommandLine(process._lodeOptions);
  }
  loadPreloadModules(Module);
  if (afterMain !== null) process.nextTick(afterMain);
  return Module;
}

function loadPreloadModules(Module) {
  const { requires } = internalBinding('process_methods').getStartupInfo();
  // Module.isPreloading is true while these load, as in node.
  if (requires.length !== 0) Module._preloadModules(requires);
}

module.exports = { prepareMainThreadExecution };
