'use strict';
// Node's error codes. Each code is a subclass of Error/TypeError/RangeError whose message is
// built from the table at the bottom; `err.code` is the code, `err.name` stays the base name,
// and the stack header reads `TypeError [ERR_X]: message` as in Node.

const kIsNodeError = Symbol('kIsNodeError');
const codes = {};
const messages = new Map();

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ? desc.writable : desc.set !== undefined;
}

function formatMessage(key, args, self) {
  const template = messages.get(key);
  if (typeof template === 'function') return template.apply(self, args);
  const { format } = lazyInspect();
  const expected = (template.match(/%[dfijoOs]/g) || []).length;
  if (args.length !== expected) {
    throw new Error(`Code: ${key}; The provided arguments length (${args.length}) does not match ` +
                    `the required ones (${expected}).`);
  }
  return args.length === 0 ? template : format(template, ...args);
}

// Gives an error the `TypeError [CODE]: msg` stack header while keeping `name` unchanged:
// V8 reads the name when it formats the stack, which we force before removing the override.
function addCodeToStack(error, code) {
  const hadOwnName = Object.prototype.hasOwnProperty.call(error, 'name');
  const ownName = error.name;
  error.name = `${ownName} [${code}]`;
  error.stack; // eslint-disable-line no-unused-expressions
  if (hadOwnName) error.name = ownName;
  else delete error.name;
}

function makeNodeErrorWithCode(Base, key) {
  class NodeError extends Base {
    constructor(...args) {
      const limit = Error.stackTraceLimit;
      const writable = isErrorStackTraceLimitWritable();
      if (writable) Error.stackTraceLimit = 0;
      super();
      if (writable) Error.stackTraceLimit = limit;
      Object.defineProperty(this, 'message', {
        value: formatMessage(key, args, this), enumerable: false, writable: true, configurable: true,
      });
      Error.captureStackTrace(this, NodeError);
      this.code = key;
      addCodeToStack(this, key);
    }
    get [kIsNodeError]() { return true; }
    toString() { return `${this.name} [${key}]: ${this.message}`; }
  }
  Object.defineProperty(NodeError, 'name', { value: Base.name });
  return NodeError;
}

function E(code, message, Base, ...otherBases) {
  messages.set(code, message);
  const ctor = makeNodeErrorWithCode(Base, code);
  for (const other of otherBases) ctor[other.name] = makeNodeErrorWithCode(other, code);
  codes[code] = ctor;
}

// Hides the function's own frames from the stack of errors it creates: callers pass the
// function to Error.captureStackTrace, so frames above it are dropped.
function hideStackFrames(fn) {
  const hidden = '__node_internal_' + fn.name;
  Object.defineProperty(fn, 'name', { value: hidden });
  return fn;
}

// Message helpers ---------------------------------------------------------------------------

const kPrimitiveTypes = ['string', 'function', 'number', 'object', 'Function', 'Object',
                         'boolean', 'bigint', 'symbol'];
const classNamePattern = /^([A-Z][a-z0-9]*)+$/;

function joinAlternatives(items, prefixMany, conjunction = 'or') {
  if (items.length > 2) return `${prefixMany}${items.slice(0, -1).join(', ')}, ${conjunction} ${items.at(-1)}`;
  if (items.length === 2) return `${prefixMany}${items[0]} ${conjunction} ${items[1]}`;
  return items[0];
}

// Describes a received value the way Node's argument errors do.
function describeReceived(value) {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    const ctorName = value.constructor?.name;
    if (ctorName) return `an instance of ${ctorName}`;
    return lazyInspect().inspect(value, { depth: -1 });
  }
  let shown = lazyInspect().inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${typeof value} (${shown})`;
}

function invalidArgTypeMessage(name, expected, actual) {
  // A name that is no string is a bug in the caller, reported as node's internal assert does.
  if (typeof name !== 'string') throw new codes.ERR_INTERNAL_ASSERTION("'name' must be a string");
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) msg += `${name} `;
  else msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';

  const types = [];
  const instances = [];
  const others = [];
  for (const item of expected) {
    if (kPrimitiveTypes.includes(item)) types.push(item.toLowerCase());
    else if (classNamePattern.test(item)) instances.push(item);
    else others.push(item);
  }
  // With instances allowed, "object" reads better as the class Object among them.
  if (instances.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    instances.push('Object');
  }

  const parts = [];
  if (types.length > 0) {
    parts.push(types.length === 1 ? `of type ${types[0]}` : joinAlternatives(types, 'one of type '));
  }
  if (instances.length > 0) {
    parts.push(`an instance of ${joinAlternatives(instances, '')}`);
  }
  if (others.length > 0) {
    if (others.length === 1) {
      parts.push(others[0].toLowerCase() !== others[0] ? `an ${others[0]}` : others[0]);
    } else {
      parts.push(joinAlternatives(others, 'one of '));
    }
  }
  msg += parts.join(' or ');
  return `${msg}. Received ${describeReceived(actual)}`;
}

function addNumericalSeparator(text) {
  let result = '';
  let i = text.length;
  const start = text[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = `_${text.slice(i - 3, i)}${result}`;
  return `${text.slice(0, i)}${result}`;
}

function outOfRangeMessage(name, range, input, replaceDefaultBoolean = false) {
  let msg = replaceDefaultBoolean ? name : `The value of "${name}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = lazyInspect().inspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}

// System errors -------------------------------------------------------------------------------

let uvErrorMap;
function uvErrmapGet(errno) {
  uvErrorMap ??= internalBinding('uv').getErrorMap();
  return uvErrorMap.get(errno);
}

function uvErrorName(errno) {
  return uvErrmapGet(errno)?.[0] ?? `Unknown system error ${errno}`;
}

// An error from a libuv call: `ENOENT: no such file or directory, open 'x'` with errno, code,
// syscall, path and dest, as Node builds them.
function UVException(ctx) {
  const [code, uvMessage] = uvErrmapGet(ctx.errno) || ['UNKNOWN', 'unknown error'];
  let message = `${code}: ${ctx.message || uvMessage}, ${ctx.syscall}`;
  let path;
  let dest;
  if (ctx.path) {
    path = String(ctx.path);
    message += ` '${path}'`;
  }
  if (ctx.dest) {
    dest = String(ctx.dest);
    message += ` -> '${dest}'`;
  }
  const limit = Error.stackTraceLimit;
  const writable = isErrorStackTraceLimitWritable();
  if (writable) Error.stackTraceLimit = 0;
  const err = new Error(message);
  if (writable) Error.stackTraceLimit = limit;
  for (const prop of Object.keys(ctx)) {
    if (prop === 'message' || prop === 'path' || prop === 'dest') continue;
    err[prop] = ctx[prop];
  }
  err.code = code;
  if (path) err.path = path;
  if (dest) err.dest = dest;
  Error.captureStackTrace(err, ctx.stackStart || UVException);
  return err;
}

// An error from a failed system call reported as a negative errno, for APIs that build their
// own message (`syscall ENOENT original`).
function ErrnoException(errno, syscall, original) {
  const code = uvErrorName(errno);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  Error.captureStackTrace(err, ErrnoException);
  return err;
}

function ExceptionWithHostPort(errno, syscall, address, port, additional) {
  const code = uvErrorName(errno);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const err = new Error(`${syscall} ${code}${details}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  Error.captureStackTrace(err, ExceptionWithHostPort);
  return err;
}

// An error of a DNS operation: "<syscall> <code> <hostname>". A number is a libuv error
// (getaddrinfo's "no such name" codes read as ENOTFOUND); a string, a c-ares code name.
function DNSException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    const { UV_EAI_NODATA, UV_EAI_NONAME } = internalBinding('uv');
    code = code === UV_EAI_NODATA || code === UV_EAI_NONAME ? 'ENOTFOUND' : uvErrorName(code);
  }
  const err = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  Error.captureStackTrace(err, DNSException);
  return err;
}

function genericNodeError(message, props) {
  const err = new Error(message);
  Object.assign(err, props);
  return err;
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) {
      outer.errors.push(inner);
      return outer;
    }
    const err = new AggregateError([outer, inner], outer.message);
    err.code = outer.code;
    return err;
  }
  return inner || outer;
}

// Node 20 builds this one as a plain TypeError: its stack has no [code], and `code` comes
// before `input` and `base`.
class InvalidUrlError extends TypeError {
  constructor(input, base = null) {
    super('Invalid URL');
    this.code = 'ERR_INVALID_URL';
    this.input = input;
    if (base != null) this.base = base;
  }
}
Object.defineProperty(InvalidUrlError, 'name', { value: 'TypeError' });
codes.ERR_INVALID_URL = InvalidUrlError;

// The table ------------------------------------------------------------------------------------

E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_ASSERTION', '%s', Error);
E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => {
  if (name) return `"${name}" is outside of buffer bounds`;
  return 'Attempt to access memory outside buffer bounds';
}, RangeError);
E('ERR_CHILD_CLOSED_BEFORE_REPLY', 'Child closed before reply received', Error);
E('ERR_CHILD_PROCESS_IPC_REQUIRED', "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
E('ERR_CLOSED_MESSAGE_PORT', 'Cannot send data on closed MessagePort', Error);
E('ERR_CONTEXT_NOT_INITIALIZED', 'context used is not initialized', Error);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_DNS_SET_SERVERS_FAILED', 'c-ares failed to set servers: "%s" [%s]', Error);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION', 'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_FALSY_VALUE_REJECTION', function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'The feature %s is unavailable on the current platform, which is being used to run Node.js', TypeError);
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
E('ERR_FS_INVALID_SYMLINK_TYPE', 'Symlink type must be one of "dir", "file", or "junction". Received "%s"', Error);
E('ERR_HTTP_BODY_NOT_ALLOWED', 'Adding content for this request method or response status is not allowed.', Error);
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH', "Response body's content-length of %s byte(s) does not match the content-length of %s byte(s) set in header", Error);
E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_HTTP_SOCKET_ENCODING', 'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError);
E('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = 'This is caused by either a bug in lode or incorrect usage of lode internals.\n' +
    'Please open an issue with this stack trace.';
  return message === undefined ? suffix : `${message}\n${suffix}`;
}, Error);
E('ERR_INVALID_ADDRESS', 'Invalid socket address', Error);
E('ERR_INVALID_ADDRESS_FAMILY', function(addressType, host, port) {
  this.host = host;
  this.port = port;
  return `Invalid address family: ${addressType} ${host}:${port}`;
}, RangeError);
E('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let shown = lazyInspect().inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const kind = name.includes('.') ? 'property' : 'argument';
  return `The ${kind} '${name}' ${reason}. Received ${shown}`;
}, TypeError, RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
E('ERR_INVALID_CHAR', (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
}, TypeError);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) => {
  const msg = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return `The MIME syntax for a ${production} in "${str}" is invalid${msg}`;
}, TypeError);
E('ERR_INVALID_MODULE', 'No such module: %s', Error);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) => {
  return `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`;
}, TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) => {
  return `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`;
}, Error);
E('ERR_INVALID_PACKAGE_TARGET', (pkgPath, key, target, isImport = false, base = undefined) => {
  const relError = typeof target === 'string' && !isImport && target.length && !target.startsWith('./');
  if (key === '.') {
    return `Invalid "exports" main target ${JSON.stringify(target)} defined in the package config ` +
      `${pkgPath}package.json${base ? ` imported from ${base}` : ''}${relError ? '; targets must start with "./"' : ''}`;
  }
  return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' ` +
    `in the package config ${pkgPath}package.json${base ? ` imported from ${base}` : ''}` +
    `${relError ? '; targets must start with "./"' : ''}`;
}, Error);
E('ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) => {
  const type = value?.constructor?.name ? `instance of ${value.constructor.name}` : `type ${typeof value}`;
  return `Expected ${input} to be returned for the "${prop}" from the "${name}" function but got ${type}.`;
}, TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) => {
  return `Expected ${input} to be returned from the "${name}" function but got ${describeReceived(value)}.`;
}, TypeError, RangeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_INVALID_SYNC_FORK_INPUT', (value) => 'Asynchronous forks do not support Buffer, TypedArray, DataView or ' +
  `string input: ${lazyInspect().inspect(value)}`, TypeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_URL_SCHEME', (expected) => {
  if (typeof expected === 'string') expected = [expected];
  const shown = expected.length === 2 ? `one of scheme ${expected[0]} or ${expected[1]}` : `of scheme ${expected[0]}`;
  return `The URL must be ${shown}`;
}, TypeError);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_ARGS', (...args) => {
  let msg = 'The ';
  const wrapped = args.map((a) => (Array.isArray(a) ? a.map((n) => `"${n}"`).join(' or ') : `"${a}"`));
  if (wrapped.length === 1) msg += `${wrapped[0]} argument`;
  else if (wrapped.length === 2) msg += `${wrapped[0]} and ${wrapped[1]} arguments`;
  else msg += `${wrapped.slice(0, -1).join(', ')}, and ${wrapped.at(-1)} arguments`;
  return `${msg} must be specified`;
}, TypeError);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_NOT_BUILDING_SNAPSHOT', 'Operation cannot be invoked when not building startup snapshot', Error);
E('ERR_INVALID_OBJECT_DEFINE_PROPERTY', (key, msg) => `Cannot define property ${String(key)}, ${msg}`, TypeError);
E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError);
E('ERR_OUT_OF_RANGE', outOfRangeMessage, RangeError);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) => {
  return `Package import specifier "${specifier}" is not defined${packagePath ?
    ` in package ${packagePath}package.json` : ''} imported from ${base}`;
}, TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
  if (subpath === '.') {
    return `No "exports" main defined in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
  }
  return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json` +
    `${base ? ` imported from ${base}` : ''}`;
}, Error);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '%s'. This command does not take positional arguments", TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => `Unknown option '${option}'${allowPositionals ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : ''}`, TypeError);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError);
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError);
E('ERR_REQUIRE_ESM', (filename, hasEsmSyntax, parentPath) => {
  let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
  if (filename.endsWith('.mjs')) {
    msg += `\nInstead change the require of ${filename} to a dynamic import() which is available in all CommonJS modules.`;
  } else {
    msg += `\n${filename} is treated as an ES module file as it is a .js file whose nearest parent ` +
      'package.json contains "type": "module" which declares all .js files in that package scope as ES modules.' +
      `\nInstead either rename ${filename} to end in .cjs, change the requiring code to use dynamic import() ` +
      'which is available in all CommonJS modules, or change "type": "module" to "type": "commonjs" in ' +
      'the package.json to treat all .js files as CommonJS (using .mjs for all ES modules instead).\n';
  }
  return msg;
}, Error);
E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`', Error);
E('ERR_SCRIPT_EXECUTION_TIMEOUT', 'Script execution timed out after %sms', Error);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  const operator = allowZero ? '>=' : '>';
  return `${name} should be ${operator} 0 and < 65536. Received ${describeReceived(port)}.`;
}, RangeError);
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_SYNTHETIC', 'JavaScript Callstack', Error);
E('ERR_SYSTEM_ERROR', 'A system error occurred', Error);
E('ERR_TTY_INIT_FAILED', (ctx) => `TTY initialization failed: ${ctx.syscall} returned ${ctx.code} (${ctx.message})`, Error);
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active',
  Error);
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
E('ERR_UNHANDLED_ERROR', (...args) => {
  // emit('error') passes its value even when that is undefined: Node shows '(undefined)'.
  const msg = 'Unhandled error.';
  if (args.length === 0) return msg;
  let shown;
  try {
    shown = lazyInspect().inspect(args[0]);
  } catch {
    // A value whose inspection throws is shown as a string instead.
    shown = args[0];
  }
  return `${msg} (${shown})`;
}, Error);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNKNOWN_FILE_EXTENSION', (ext, path) => `Unknown file extension "${ext}" for ${path}`, TypeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_UNHANDLED_REJECTION', 'This error originated either by throwing inside of an async function ' +
  'without a catch block, or by rejecting a promise which was not handled with .catch(). The promise ' +
  'rejected with the reason "%s".', Error);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_WORKER_INIT_FAILED', 'Worker initialization failure: %s', Error);
E('ERR_WORKER_INVALID_EXEC_ARGV', (errors, msg = 'invalid execArgv flags') =>
  `Initiated Worker with ${msg}: ${errors.join(', ')}`, Error);
E('ERR_WORKER_NOT_RUNNING', 'Worker instance not running', Error);
E('ERR_WORKER_OUT_OF_MEMORY', 'Worker terminated due to reaching memory limit: %s', Error);
E('ERR_WORKER_PATH', (filename) =>
  'The worker script or module filename must be an absolute path or a relative path starting with \'./\' or \'../\'.' +
  (filename.startsWith('file://') ? ' Wrap file:// URLs with `new URL`.' : '') +
  (filename.startsWith('data:text/javascript') ? ' Wrap data: URLs with `new URL`.' : '') +
  ` Received "${filename}"`, TypeError);
E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError);

module.exports = {
  codes,
  kIsNodeError,
  AbortError,
  UVException,
  ErrnoException,
  ExceptionWithHostPort,
  DNSException,
  dnsException: DNSException,
  aggregateTwoErrors,
  genericNodeError,
  hideStackFrames,
  isErrorStackTraceLimitWritable,
  uvErrmapGet,
  uvErrorName,
  addCodeToStack,
  describeReceived,
};
