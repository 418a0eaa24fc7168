'use strict';
// diagnostics_channel: named channels that code publishes to and tools subscribe to, costing
// next to nothing while nobody listens. A channel object lives as long as someone holds it or
// subscribes to it; asking for the same name again gives the same object meanwhile.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const channels = new Map();  // name -> WeakRef<Channel>
const forget = new FinalizationRegistry((name) => {
  const ref = channels.get(name);
  if (ref !== undefined && ref.deref() === undefined) channels.delete(name);
});

function checkName(name) {
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
}

// Keeps channels with subscribers (or bound stores) alive even when nobody holds them.
const active = new Set();

function updateActive(channel) {
  if (channel._subscribers.length > 0 || channel._stores.size > 0) active.add(channel);
  else active.delete(channel);
}

class Channel {
  constructor(name) {
    this._subscribers = [];
    this._stores = new Map();  // AsyncLocalStorage -> transform
    this.name = name;
  }

  static [Symbol.hasInstance](value) {
    return value !== null && typeof value === 'object' && Array.isArray(value._subscribers) &&
      value._stores instanceof Map && 'name' in value;
  }

  get hasSubscribers() {
    return this._subscribers.length > 0 || this._stores.size > 0;
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    // A copy, so a publish in progress keeps the list it started with.
    this._subscribers = [...this._subscribers, subscription];
    updateActive(this);
  }

  unsubscribe(subscription) {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return false;
    this._subscribers = [...this._subscribers.slice(0, index), ...this._subscribers.slice(index + 1)];
    updateActive(this);
    return true;
  }

  bindStore(store, transform) {
    this._stores.set(store, transform);
    updateActive(this);
  }

  unbindStore(store) {
    if (!this._stores.delete(store)) return false;
    updateActive(this);
    return true;
  }

  publish(data) {
    const subscribers = this._subscribers;
    for (let i = 0; i < subscribers.length; i++) {
      try {
        subscribers[i](data, this.name);
      } catch (err) {
        // A failing subscriber is reported as uncaught, and the others still run.
        process.nextTick(() => {
          throw err;
        });
      }
    }
  }

  // Runs fn with each bound store entered (the store's value computed by its transform from
  // `data`), publishing `data` first.
  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this._stores) {
      const inner = run;
      run = () => {
        let value = data;
        if (typeof transform === 'function') {
          try {
            value = transform(data);
          } catch (err) {
            process.nextTick(() => {
              throw err;
            });
            return inner();
          }
        }
        return store.run(value, inner);
      };
    }
    return run();
  }
}

function channel(name) {
  checkName(name);
  const existing = channels.get(name)?.deref();
  if (existing !== undefined) return existing;
  const created = new Channel(name);
  channels.set(name, new WeakRef(created));
  forget.register(created, name);
  return created;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  checkName(name);
  const existing = channels.get(name)?.deref();
  return existing !== undefined && existing.hasSubscribers;
}

// --- tracing channels -------------------------------------------------------------------------

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

// What every trace* does around the traced call: run() inside start's stores, a synchronous
// throw published on error, and end published however run() leaves.
function runTraced(tracing, context, run) {
  return tracing.start.runStores(context, () => {
    try {
      return run();
    } catch (err) {
      context.error = err;
      tracing.error.publish(context);
      throw err;
    } finally {
      tracing.end.publish(context);
    }
  });
}

class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      for (const event of traceEvents) this[event] = channel(`tracing:${nameOrChannels}:${event}`);
    } else if (nameOrChannels !== null && typeof nameOrChannels === 'object') {
      for (const event of traceEvents) {
        const value = nameOrChannels[event];
        if (!(value instanceof Channel)) throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, 'Channel', value);
        this[event] = value;
      }
    } else {
      throw new ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', 'TracingChannel'], nameOrChannels);
    }
  }

  get hasSubscribers() {
    return traceEvents.some((event) => this[event].hasSubscribers);
  }

  subscribe(handlers) {
    for (const event of traceEvents) if (handlers[event]) this[event].subscribe(handlers[event]);
  }

  unsubscribe(handlers) {
    let done = true;
    for (const event of traceEvents) {
      if (handlers[event] && !this[event].unsubscribe(handlers[event])) done = false;
    }
    return done;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    return runTraced(this, context, () => {
      const result = Reflect.apply(fn, thisArg, args);
      context.result = result;
      return result;
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { asyncStart, asyncEnd, error } = this;
    const reject = (err) => {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return Promise.reject(err);
    };
    const resolve = (result) => {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    };
    return runTraced(this, context, () => Promise.resolve(Reflect.apply(fn, thisArg, args)).then(resolve, reject));
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    function wrapped(err, result) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = result;
      }
      return asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrapped);
    return runTraced(this, context, () => Reflect.apply(fn, thisArg, args));
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
