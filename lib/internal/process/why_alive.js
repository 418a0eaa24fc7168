'use strict';
// What keeps the event loop alive: process.getActiveResourcesInfo(), and lode's --why-alive
// report (on SIGUSR2, and once when the loop is still busy a while after the main script),
// which also says where each resource was created.

const binding = internalBinding('why_alive');
const timers = require('internal/timers');

let trackCreation = false;

// "file:line:column" of the first frame outside lode's library, for --why-alive.
function captureCreationSite() {
  if (!trackCreation) return undefined;
  const holder = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 20;
  Error.captureStackTrace(holder, captureCreationSite);
  Error.stackTraceLimit = limit;
  for (const line of holder.stack.split('\n').slice(1)) {
    const match = /\(?([^()\s]+:\d+:\d+)\)?$/.exec(line.trim());
    if (match && !match[1].startsWith('node:')) return match[1];
  }
  return undefined;
}

function getActiveResourcesInfo() {
  // Requests first, then handles, then timers, as node lists them.
  const types = binding.getActiveRequests();
  for (const entry of binding.getActiveHandles(true)) types.push(entry.type);
  for (let i = timers.activeTimerCount(); i > 0; i--) types.push('Timeout');
  for (let i = timers.immediateInfo[timers.kRefCount]; i > 0; i--) types.push('Immediate');
  return types;
}

// process._getActiveHandles(): the objects behind the ref'd native handles — a net.Socket or
// net.Server rather than its handle, as node returns them.
function getActiveHandles() {
  const { kOwner } = require('internal/stream_base_commons');
  return binding.getActiveHandles(true).map(({ handle }) => handle[kOwner] ?? handle);
}

// process._getActiveRequests(): the requests in flight (their class names: lode keeps no JS
// object per request).
function getActiveRequests() {
  return binding.getActiveRequests();
}

function describeTimer(timer) {
  const repeat = timer._repeat ? ', repeating' : '';
  return `Timeout (${timer._idleTimeout} ms${repeat})`;
}

function report() {
  const lines = [];
  for (const entry of binding.getActiveHandles()) {
    lines.push(`${entry.type}${entry.createdAt ? ` created at ${entry.createdAt}` : ''}`);
  }
  for (const timer of timers.activeTimers()) {
    const site = timer[timers.kCreatedAt];
    lines.push(`${describeTimer(timer)}${site ? ` created at ${site}` : ''}`);
  }
  for (const immediate of timers.activeImmediates()) {
    const site = immediate[timers.kCreatedAt];
    lines.push(`Immediate${site ? ` created at ${site}` : ''}`);
  }
  const count = lines.length === 1 ? '1 resource keeps' : `${lines.length} resources keep`;
  const text = `(lode:${process.pid}) why alive: ${count} the event loop running${lines.length ? ':' : '.'}\n` +
    lines.map((line) => `  - ${line}\n`).join('');
  internalBinding('fs').writeString(2, text);
}

// `--why-alive[=ms]`: record creation sites, report on SIGUSR2, and report once if the loop is
// still running `ms` after the main script (an unref'd timer fires only in that case).
function setupWhyAlive(value) {
  trackCreation = true;
  binding.setTrackCreation(true);
  binding.reportOnSignal(report);
  const delay = value === 'true' ? 2000 : Number(value);
  return () => {
    if (Number.isFinite(delay) && delay > 0) require('timers').setTimeout(report, delay).unref();
  };
}

module.exports = {
  getActiveResourcesInfo, getActiveHandles, getActiveRequests, captureCreationSite, setupWhyAlive, report,
};
