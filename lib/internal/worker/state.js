'use strict';
// What worker_threads reports about the thread it is loaded in. In a worker, the main script
// (lib/internal/main/worker_thread.js) fills in parentPort, workerData and the environment
// data its parent sent, before any user code runs.

const workerBinding = internalBinding('worker');

const state = {
  isMainThread: workerBinding.isMainThread,
  threadId: workerBinding.threadId,
  parentPort: null,
  workerData: null,
  // setEnvironmentData() / getEnvironmentData(): copied into each Worker made from here.
  environmentData: new Map(),
};

module.exports = state;
