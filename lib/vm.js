'use strict';
// vm: compile and run code in this context or in contexts of its own, whose global object
// forwards to a "contextified" sandbox object (src/contextify_context.cc).

const {
  ContextifyScript,
  makeContext,
  isContext: isContextBinding,
  compileFunction: compileFunctionBinding,
  measureMemory: measureMemoryBinding,
} = internalBinding('contextify');
const { decorateErrorStack } = internalBinding('errors');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_SCRIPT_EXECUTION_INTERRUPTED,
    ERR_SCRIPT_EXECUTION_TIMEOUT,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateInt32,
  validateObject,
  validateOneOf,
  validateString,
  validateUint32,
  validateArray,
} = require('internal/validators');

const kParsingContext = Symbol('kParsingContext');
let contextCount = 0;

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

function isContext(object) {
  validateObject(object, 'object', { allowArray: true });
  return isContextBinding(object);
}

function getRunOptions(options) {
  if (typeof options === 'string') options = { filename: options };
  validateObject(options, 'options');
  const { timeout, displayErrors = true, breakOnSigint = false } = options;
  if (timeout !== undefined) validateUint32(timeout, 'options.timeout', true);
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return { timeout, displayErrors, breakOnSigint };
}

const runCompiled = ContextifyScript.prototype.runInContext;

// An error leaving the script: with displayErrors (the default), its stack begins with where
// it was thrown (file:line, the source line, a caret), as node shows it.
function runWithTimeout(script, contextifiedObject, { timeout, displayErrors, breakOnSigint }) {
  try {
    return Reflect.apply(runCompiled, script, [contextifiedObject, timeout, breakOnSigint]);
  } catch (err) {
    if (err !== null && typeof err === 'object' && err.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT' &&
        !(err instanceof ERR_SCRIPT_EXECUTION_TIMEOUT)) {
      throw new ERR_SCRIPT_EXECUTION_TIMEOUT(timeout);
    }
    if (err !== null && typeof err === 'object' && err.code === 'ERR_SCRIPT_EXECUTION_INTERRUPTED' &&
        !(err instanceof ERR_SCRIPT_EXECUTION_INTERRUPTED)) {
      throw new ERR_SCRIPT_EXECUTION_INTERRUPTED();
    }
    if (displayErrors) decorateErrorStack(err);
    throw err;
  }
}

class Script extends ContextifyScript {
  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
      importModuleDynamically,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
      throw new ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
    }
    validateBoolean(produceCachedData, 'options.produceCachedData');
    void importModuleDynamically;
    super(code, filename, lineOffset, columnOffset, cachedData, produceCachedData);
    if (this.cachedData instanceof ArrayBuffer) {
      const { Buffer } = require('buffer');
      this.cachedData = Buffer.from(this.cachedData);
    }
  }

  runInThisContext(options) {
    return runWithTimeout(this, null, getRunOptions(options ?? {}));
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    return runWithTimeout(this, contextifiedObject, getRunOptions(options ?? {}));
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, getContextOptions(options));
    return this.runInContext(context, options);
  }

  createCachedData() {
    const { Buffer } = require('buffer');
    return Buffer.from(super.createCachedData());
  }
}

function getContextOptions(options) {
  if (options === undefined || options === null || typeof options !== 'object') return {};
  const contextOptions = {
    name: options.contextName,
    origin: options.contextOrigin,
    codeGeneration: undefined,
    microtaskMode: options.microtaskMode,
  };
  if (contextOptions.name !== undefined) validateString(contextOptions.name, 'options.contextName');
  if (contextOptions.origin !== undefined) validateString(contextOptions.origin, 'options.contextOrigin');
  if (options.contextCodeGeneration !== undefined) {
    validateObject(options.contextCodeGeneration, 'options.contextCodeGeneration');
    contextOptions.codeGeneration = options.contextCodeGeneration;
  }
  return contextOptions;
}

function createContext(contextObject = {}, options = {}) {
  if (contextObject !== undefined && isContext(contextObject)) return contextObject;
  validateObject(options, 'options');
  const {
    name = `VM Context ${++contextCount}`,
    origin,
    codeGeneration,
    microtaskMode,
  } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  let strings = true;
  let wasm = true;
  if (codeGeneration !== undefined) {
    validateObject(codeGeneration, 'options.codeGeneration');
    ({ strings = true, wasm = true } = codeGeneration);
    validateBoolean(strings, 'options.codeGeneration.strings');
    validateBoolean(wasm, 'options.codeGeneration.wasm');
  }
  if (microtaskMode !== undefined) validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  makeContext(contextObject, name, origin, strings, wasm);
  return contextObject;
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  if (typeof options === 'string') options = { filename: options };
  return new Script(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  contextObject = createContext(contextObject, getContextOptions(options));
  return new Script(code, options).runInContext(contextObject, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return new Script(code, options).runInThisContext(options);
}

function compileFunction(code, params, options = {}) {
  validateString(code, 'code');
  if (params !== undefined) {
    validateArray(params, 'params');
    params.forEach((param, i) => validateString(param, `params[${i}]`));
  }
  validateObject(options, 'options');
  const {
    filename = '',
    columnOffset = 0,
    lineOffset = 0,
    cachedData = undefined,
    produceCachedData = false,
    parsingContext = undefined,
    contextExtensions = [],
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
    throw new ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
  }
  validateBoolean(produceCachedData, 'options.produceCachedData');
  if (parsingContext !== undefined &&
      (typeof parsingContext !== 'object' || parsingContext === null || !isContextBinding(parsingContext))) {
    throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  // Each an object (node lets null through its check, and then aborts).
  contextExtensions.forEach((extension, i) => validateObject(extension, `options.contextExtensions[${i}]`));
  const fn = compileFunctionBinding(code, filename, params ?? [], lineOffset, columnOffset, parsingContext,
                                    contextExtensions, cachedData, produceCachedData);
  if (fn.cachedData instanceof ArrayBuffer) {
    const { Buffer } = require('buffer');
    fn.cachedData = Buffer.from(fn.cachedData);
  }
  return fn;
}

// V8's estimate of the JS heap, once it has measured (at the next GC, or now when `execution`
// is 'eager'): { total } or, detailed, { total, current, other: [one per vm context] }.
function measureMemory(options = {}) {
  require('internal/util').emitExperimentalWarning('vm.measureMemory');
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
  validateOneOf(execution, 'options.execution', ['default', 'eager']);
  return measureMemoryBinding(mode === 'detailed', execution === 'eager');
}

module.exports = {
  Script,
  createContext,
  createScript: (code, options) => new Script(code, options),
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
};
void kParsingContext;
