'use strict';
// v8.promiseHooks: functions V8 calls when a promise is created (init), before and after each
// of its reactions runs, and when it settles. Any number of hooks may be registered; each
// event's hooks are combined into the one function V8 takes per event.

const { validateFunction } = require('internal/validators');
const { setPromiseHooks } = internalBinding('v8_binding');

const hooksByEvent = { init: [], before: [], after: [], settled: [] };

// A hook list as one function (or undefined when empty). The list is copied, so a hook that
// registers or removes hooks changes the next event, not this one. Init hooks get the
// promise and its parent (undefined when none), the others the promise alone.
function combine(hooks, withParent) {
  if (hooks.length === 0) return undefined;
  const current = [...hooks];
  if (withParent) {
    return function runInitHooks(promise, parent) {
      for (const hook of current) hook(promise, parent);
    };
  }
  return function runPromiseHooks(promise) {
    for (const hook of current) hook(promise);
  };
}

function install() {
  setPromiseHooks(combine(hooksByEvent.init, true), combine(hooksByEvent.before, false),
                  combine(hooksByEvent.after, false), combine(hooksByEvent.settled, false));
}

// Adds hooks ([event, hook] pairs); returns the function that removes them again.
function register(pairs) {
  for (const [event, hook] of pairs) hooksByEvent[event].push(hook);
  install();
  let registered = true;
  function stop() {
    if (!registered) return;
    registered = false;
    for (const [event, hook] of pairs) {
      const hooks = hooksByEvent[event];
      hooks.splice(hooks.indexOf(hook), 1);
    }
    install();
  }
  // Node hands out a bound function ("bound stop").
  return stop.bind(undefined);
}

function hookRegistrar(event) {
  return (hook) => {
    validateFunction(hook, `${event}Hook`);
    return register([[event, hook]]);
  };
}

const onInit = hookRegistrar('init');
const onBefore = hookRegistrar('before');
const onAfter = hookRegistrar('after');
const onSettled = hookRegistrar('settled');

// Falsy members are skipped, as in node.
function createHook({ init, before, after, settled } = {}) {
  const pairs = [];
  for (const [event, hook] of [['init', init], ['before', before], ['after', after], ['settled', settled]]) {
    if (!hook) continue;
    validateFunction(hook, `${event}Hook`);
    pairs.push([event, hook]);
  }
  const stop = register(pairs);
  return () => stop();
}

module.exports = { createHook, onInit, onBefore, onAfter, onSettled };
