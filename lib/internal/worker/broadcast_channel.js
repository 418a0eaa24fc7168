'use strict';
// BroadcastChannel: every channel of one name, on any thread of the process, hears what the
// others post. Underneath, a MessagePort in the process-wide group of that name
// (src/messaging.cc); like node's, an open channel keeps its thread alive until it is
// closed or unref()'d.

const messagingBinding = internalBinding('messaging');
const { EventTarget, defineEventHandler } = require('internal/event_target');
const { createMessageEvent, kForward } = require('internal/worker/messaging');
const { codes: { ERR_INVALID_THIS, ERR_MISSING_ARGS } } = require('internal/errors');
const { customInspectSymbol } = require('internal/util');

let DOMException;
// The brand node checks by reading it (so a proxy's trap runs first, as in node).
const kType = Symbol('kType');

class BroadcastChannel extends EventTarget {
  #name;
  #handle;

  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this.#name = `${name}`;
    Object.defineProperty(this, kType, { value: 'BroadcastChannel', enumerable: false });
    const handle = messagingBinding.broadcastChannel(this.#name);
    handle[kForward] = (data, ports, type) => {
      if (type === 'close') return;
      this.dispatchEvent(createMessageEvent(type, data, [], null));
    };
    messagingBinding.start(handle);
    handle.ref();
    this.#handle = handle;
  }

  static #check(channel) {
    if (channel?.[kType] !== 'BroadcastChannel' || !(#name in channel)) {
      throw new ERR_INVALID_THIS('BroadcastChannel');
    }
  }

  get name() {
    BroadcastChannel.#check(this);
    return this.#name;
  }

  close() {
    BroadcastChannel.#check(this);
    if (this.#handle === undefined) return;
    messagingBinding.close(this.#handle);
    this.#handle = undefined;
  }

  postMessage(message) {
    BroadcastChannel.#check(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this.#handle === undefined) {
      DOMException ??= require('internal/per_context/domexception').DOMException;
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    messagingBinding.post(this.#handle, message, undefined);
  }

  // Whether an open channel keeps the thread alive.
  ref() {
    BroadcastChannel.#check(this);
    this.#handle?.ref();
    return this;
  }

  unref() {
    BroadcastChannel.#check(this);
    this.#handle?.unref();
    return this;
  }

  [customInspectSymbol](depth, options) {
    BroadcastChannel.#check(this);
    if (depth < 0) return 'BroadcastChannel';
    const { inspect } = require('internal/util/inspect');
    const fields = { name: this.#name, active: this.#handle !== undefined };
    return `BroadcastChannel ${inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

for (const name of ['name', 'close', 'postMessage', 'ref', 'unref']) {
  Object.defineProperty(BroadcastChannel.prototype, name, { enumerable: true });
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

module.exports = { BroadcastChannel };
