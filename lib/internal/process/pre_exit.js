'use strict';
// Work lode itself must finish before the process (or thread) ends, whichever way it ends:
// run just before 'exit' is emitted, in order of registration, each at most once. The IPC
// channel writes the messages it batched this tick here.

const hooks = new Set();

function addPreExitHook(hook) {
  hooks.add(hook);
}

function removePreExitHook(hook) {
  hooks.delete(hook);
}

function runPreExitHooks() {
  for (const hook of hooks) {
    hooks.delete(hook);
    try {
      hook();
    } catch {
      // Too late to report: the process is ending.
    }
  }
}

module.exports = { addPreExitHook, removePreExitHook, runPreExitHooks };
