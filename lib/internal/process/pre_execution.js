'use strict';
// What every main script does before running user code: finish process.argv, honour
// --expose-internals, and preload -r modules.

const path = require('path');

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
  loadPreloadModules(Module);
  if (afterMain !== null) process.nextTick(afterMain);
  return Module;
}

function loadPreloadModules(Module) {
  const { requires } = internalBinding('process_methods').getStartupInfo();
  if (requires.length === 0) return;
  // Preloads resolve like a require from a module in the current folder.
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  for (const request of requires) {
    const isRelative = request.startsWith('./') || request.startsWith('../');
    Module._load(isRelative ? path.resolve(request) : request, parent, false);
  }
}

module.exports = { prepareMainThreadExecution };
