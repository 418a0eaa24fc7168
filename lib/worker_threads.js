'use strict';
// worker_threads: threads with their own isolate and event loop (lib/internal/worker.js),
// and the messaging between them (lib/internal/worker/messaging.js).

const state = require('internal/worker/state');
const { Worker, SHARE_ENV, limitsObject } = require('internal/worker');
const {
  MessageChannel, MessagePort, markAsUntransferable, moveMessagePortToContext, receiveMessageOnPort,
} = require('internal/worker/messaging');
const { BroadcastChannel } = require('internal/worker/broadcast_channel');

const workerBinding = internalBinding('worker');

function setEnvironmentData(key, value) {
  if (value === undefined) state.environmentData.delete(key);
  else state.environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return state.environmentData.get(key);
}

module.exports = {
  isMainThread: state.isMainThread,
  MessagePort,
  MessageChannel,
  markAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
  resourceLimits: workerBinding.resourceLimits === undefined ? {} : limitsObject(workerBinding.resourceLimits),
  threadId: state.threadId,
  SHARE_ENV,
  Worker,
  parentPort: state.parentPort,
  workerData: state.workerData,
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
