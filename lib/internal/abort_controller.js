'use strict';
// AbortController and AbortSignal. A signal aborts once: it records the reason, then fires a
// trusted 'abort' event, then aborts the signals that AbortSignal.any() made to follow it.
// (That order, dependents only after the source's own listeners, is Node 20's.)
//
// Signals made by any() are "composite". They follow the plain signals underneath their
// arguments, so chains of any() stay one level deep. A source holds its dependents weakly,
// so per-request composites of a long-lived signal can be collected; but a dependent with
// 'abort' listeners is also held strongly by its sources until it aborts, because someone
// is waiting for it even if nobody references it any more.

const {
  EventTarget,
  createTrustedEvent,
  defineEventHandler,
  inspectWithName,
  observeListenerCount,
} = require('internal/event_target');
const { DOMException } = require('internal/per_context/domexception');
const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateAbortSignal, validateUint32 } = require('internal/validators');
const { customInspectSymbol } = require('internal/util');

const ReflectApply = Reflect.apply;
const { dispatchEvent } = EventTarget.prototype; // immune to a patched prototype

let timers; // loaded on first AbortSignal.timeout()
function lazySetTimeout(...args) {
  timers ??= require('timers');
  return timers.setTimeout(...args);
}

// Only this module can make signals: `new AbortSignal()` is an illegal constructor.
const kCreateSignal = Symbol('kCreateSignal');

// Set by AbortSignal's static block.
let isAbortSignal; // (value) => whether value is an AbortSignal
let abortSignal;   // (signal, reason): aborts the signal and its dependents, once

// Each signal can name itself through a function-valued symbol property, so that a Proxy of
// a signal (as node's tests make of options objects) still reads as that signal, as node's
// symbol-keyed state does.
const kSelf = Symbol('kSelf');

// The signal `value` is (or is a Proxy of); throws for anything else.
function checkSignal(value) {
  if (isAbortSignal(value)) return value;
  const self = value !== null && typeof value === 'object' ? value[kSelf] : undefined;
  const signal = typeof self === 'function' ? self() : undefined;
  if (!isAbortSignal(signal)) throw new ERR_INVALID_THIS('AbortSignal');
  return signal;
}

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  #selfRef = null;           // WeakRef to this signal, as its sources store it (composites)
  #sourceRefs = null;        // WeakRefs to the plain signals a composite follows
  #dependentRefs = null;     // Set of the #selfRef of each composite following this signal
  #liveDependentsAtSweep = 0;
  #heldDependents = null;    // Set of composites with 'abort' listeners, kept alive by us
  #followsForeignSignal = false; // a composite that cannot be flattened away

  constructor(key = undefined) {
    if (key !== kCreateSignal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    Object.defineProperty(this, kSelf, { __proto__: null, value: () => this });
  }

  static {
    isAbortSignal = (value) => value !== null && typeof value === 'object' && #aborted in value;
    abortSignal = (signal, reason) => signal.#abort(reason);
  }

  get aborted() {
    return checkSignal(this).#aborted;
  }

  get reason() {
    return checkSignal(this).#reason;
  }

  throwIfAborted() {
    const signal = checkSignal(this);
    if (signal.#aborted) throw signal.#reason;
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const signal = new AbortSignal(kCreateSignal);
    signal.#aborted = true;
    signal.#reason = reason;
    return signal;
  }

  // The timer does not keep the process alive: a program that has nothing else to do
  // exits without waiting for its timeouts.
  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kCreateSignal);
    lazySetTimeout(() => {
      signal.#abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay).unref();
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals)) throw new ERR_INVALID_ARG_TYPE('signals', 'Array', signals);
    // Like Node, this accepts any object with an `aborted` property (a polyfilled signal).
    for (let index = 0; index < signals.length; index++) {
      validateAbortSignal(signals[index], `signals[${index}]`);
    }
    const composite = new AbortSignal(kCreateSignal);
    for (const signal of signals) {
      if (signal.aborted) {
        composite.#aborted = true;
        composite.#reason = signal.reason;
        return composite;
      }
    }
    const sources = new Set();
    for (const signal of signals) {
      if (!isAbortSignal(signal)) {
        composite.#followForeignSignal(signal);
      } else if (signal.#sourceRefs === null || signal.#followsForeignSignal) {
        sources.add(signal);
      } else {
        for (const ref of signal.#sourceRefs) {
          const source = ref.deref();
          if (source !== undefined) sources.add(source);
        }
      }
    }
    composite.#selfRef = new WeakRef(composite);
    composite.#sourceRefs = [];
    for (const source of sources) {
      composite.#sourceRefs.push(new WeakRef(source));
      source.#addDependent(composite.#selfRef);
    }
    observeListenerCount(composite, (type, count) => {
      if (type === 'abort') composite.#holdBySources(count > 0);
    });
    return composite;
  }

  // A signal from elsewhere can only be followed through its events; it holds us strongly.
  #followForeignSignal(signal) {
    this.#followsForeignSignal = true;
    if (typeof signal.addEventListener !== 'function') return;
    signal.addEventListener('abort', () => this.#abort(signal.reason), { __proto__: null, once: true });
  }

  #abort(reason) {
    if (this.#aborted) return;
    this.#aborted = true;
    this.#reason = reason;
    if (this.#sourceRefs !== null) this.#leaveSources();
    ReflectApply(dispatchEvent, this, [createTrustedEvent('abort')]);
    const dependents = this.#dependentRefs;
    this.#dependentRefs = null;
    this.#heldDependents = null;
    if (dependents === null) return;
    for (const ref of dependents) ref.deref()?.#abort(reason);
  }

  #addDependent(ref) {
    this.#dependentRefs ??= new Set();
    this.#dependentRefs.add(ref);
    // Collected dependents leave dead references behind; clear them out whenever the set
    // has doubled since the last sweep, which keeps the cost per any() constant.
    if (this.#dependentRefs.size > 2 * this.#liveDependentsAtSweep + 16) {
      for (const entry of this.#dependentRefs) {
        if (entry.deref() === undefined) this.#dependentRefs.delete(entry);
      }
      this.#liveDependentsAtSweep = this.#dependentRefs.size;
    }
  }

  // A composite that aborted (through one source) stops being a dependent of the others.
  #leaveSources() {
    for (const ref of this.#sourceRefs) {
      const source = ref.deref();
      source?.#dependentRefs?.delete(this.#selfRef);
      source?.#heldDependents?.delete(this);
    }
    this.#sourceRefs = [];
  }

  #holdBySources(hold) {
    if (this.#aborted) return;
    for (const ref of this.#sourceRefs) {
      const source = ref.deref();
      if (source === undefined || source.#aborted) continue;
      if (hold) {
        source.#heldDependents ??= new Set();
        source.#heldDependents.add(this);
      } else {
        source.#heldDependents?.delete(this);
      }
    }
  }

  [customInspectSymbol](depth, options) {
    checkSignal(this);
    if (depth < 0) return options.stylize(`[${this.constructor.name}]`, 'special');
    return inspectWithName(this.constructor.name, { aborted: this.#aborted }, options);
  }
}

// As in Node, `reason` and throwIfAborted() stay non-enumerable.
Object.defineProperty(AbortSignal.prototype, 'aborted', { enumerable: true });
defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});

class AbortController {
  #signal = new AbortSignal(kCreateSignal);

  get signal() {
    if (!(#signal in this)) throw new ERR_INVALID_THIS('AbortController');
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    if (!(#signal in this)) throw new ERR_INVALID_THIS('AbortController');
    abortSignal(this.#signal, reason);
  }

  [customInspectSymbol](depth, options) {
    if (!(#signal in this)) throw new ERR_INVALID_THIS('AbortController');
    // Past the depth limit the controller prints as a plain object does.
    if (depth < 0) return this;
    return inspectWithName(this.constructor.name, { signal: this.#signal }, options);
  }
}

for (const name of ['signal', 'abort']) {
  Object.defineProperty(AbortController.prototype, name, { enumerable: true });
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  value: 'AbortController', writable: false, enumerable: false, configurable: true,
});

// util.transferableAbortSignal()/transferableAbortController(): they mark a signal as
// transferable to workers, which lode does not have yet; the values themselves are unchanged.
function transferableAbortSignal(signal) {
  if (!isAbortSignal(signal)) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  return signal;
}

function transferableAbortController() {
  return new AbortController();
}

module.exports = {
  AbortController,
  AbortSignal,
  isAbortSignal,
  transferableAbortController,
  transferableAbortSignal,
};
