'use strict';
// An exception nobody caught in a worker becomes an 'error' event of its Worker in the
// parent. It crosses the thread boundary as plain data: for an Error, its built-in type,
// message, stack (with the arrow to the throwing line in front, as a report would show it)
// and whichever own properties can be cloned; other values as themselves when they clone,
// as their inspected text when they do not.

const { isNativeError } = internalBinding('types');

const kErrorTypes = {
  Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError, AggregateError,
};

// The nearest built-in error type on the prototype chain ('Error' for anything else).
function builtinTypeOf(error) {
  for (let proto = Object.getPrototypeOf(error); proto !== null; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'constructor');
    const name = descriptor?.value?.name;
    if (Object.hasOwn(kErrorTypes, name) && kErrorTypes[name].prototype === proto) return name;
  }
  return 'Error';
}

function isClonable(value) {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

function serializeError(error, arrow) {
  if (error !== null && typeof error === 'object' && (isNativeError(error) || error instanceof Error)) {
    const props = {};
    for (const key of Object.keys(error)) {
      let value;
      try {
        value = error[key];
      } catch {
        continue;
      }
      if (isClonable(value)) props[key] = value;
    }
    let stack = error.stack;
    if (typeof stack === 'string' && arrow) stack = `${arrow}\n${stack}`;
    return {
      kind: 'error',
      type: builtinTypeOf(error),
      message: `${error.message}`,
      stack: typeof stack === 'string' ? stack : undefined,
      props,
    };
  }
  if (typeof error === 'symbol') return { kind: 'symbol', description: error.description };
  if (isClonable(error)) return { kind: 'value', value: error };
  return { kind: 'value', value: require('internal/util/inspect').inspect(error) };
}

function deserializeError(data) {
  switch (data.kind) {
    case 'error': {
      const Type = kErrorTypes[data.type] ?? Error;
      const error = Type === AggregateError ? new AggregateError([], data.message) : new Type(data.message);
      if (data.stack !== undefined) {
        Object.defineProperty(error, 'stack', {
          value: data.stack, writable: true, enumerable: false, configurable: true,
        });
      }
      return Object.assign(error, data.props);
    }
    case 'symbol':
      return Symbol(data.description);
    default:
      return data.value;
  }
}

module.exports = { serializeError, deserializeError };
