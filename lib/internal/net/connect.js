'use strict';
// The client side of net: turning connect() options into a connection. Host names are looked
// up with dns.lookup (or the user's lookup option); with several addresses
// and autoSelectFamily, they are tried in turn, alternating families, each given a short
// head start before the next one ("happy eyeballs", RFC 8305). Each attempt is a connect
// request on the socket's handle (src/tcp_wrap.cc, src/pipe_wrap.cc).
//
// The socket options that need a connected handle (noDelay, keepAlive) wait here, in the
// symbols below, until the connection is up.

const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const { UV_ECANCELED, UV_ETIMEDOUT } = internalBinding('uv');
const { kOwner } = require('internal/stream_base_commons');
const { isIP } = require('internal/net');
const {
  codes: {
    ERR_INVALID_ADDRESS_FAMILY,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_IP_ADDRESS,
    ERR_SOCKET_CONNECTION_TIMEOUT,
  },
  ExceptionWithHostPort,
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInt32,
  validateNumber,
  validatePort,
} = require('internal/validators');

const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
// socket[kReinitializeHandle](handle): a fresh handle for the next attempt.
const kReinitializeHandle = Symbol('kReinitializeHandle');

const DEFAULT_IPV4_ADDR = '0.0.0.0';
const DEFAULT_IPV6_ADDR = '::';

// --no-network-family-autoselection and --network-family-autoselection-attempt-timeout=ms
// set the defaults net.setDefaultAutoSelectFamily*() change later.
let autoSelectFamilyDefault = process._lodeOptions?.['--network-family-autoselection'] !== 'false';
let autoSelectFamilyAttemptTimeoutDefault = 250;
{
  const fromCommandLine = Number(process._lodeOptions?.['--network-family-autoselection-attempt-timeout']);
  if (Number.isInteger(fromCommandLine) && fromCommandLine > 0) {
    autoSelectFamilyAttemptTimeoutDefault = Math.max(fromCommandLine, 10);
  }
}

// The host name lookup: dns.lookup, loaded when first needed.
let defaultLookupFunction;
function defaultLookup() {
  defaultLookupFunction ??= require('dns').lookup;
  return defaultLookupFunction;
}
const kAddrConfigHint = 32;  // dns.ADDRCONFIG (AI_ADDRCONFIG)

function socketToDnsFamily(family) {
  if (family === 'IPv4') return 4;
  if (family === 'IPv6') return 6;
  return family;
}

function lookupAndConnect(socket, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port, autoSelectFamily, autoSelectFamilyAttemptTimeout } = options;

  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  // Only checked to be a number, as in node; the binding keeps the int32's low 16 bits.
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (port !== undefined) {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;

  if (autoSelectFamily != null) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  else autoSelectFamily = autoSelectFamilyDefault;
  if (autoSelectFamilyAttemptTimeout != null) {
    validateInt32(autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    if (autoSelectFamilyAttemptTimeout < 10) autoSelectFamilyAttemptTimeout = 10;
  } else {
    autoSelectFamilyAttemptTimeout = autoSelectFamilyAttemptTimeoutDefault;
  }

  // An IP literal needs no lookup; connect on the next tick, as after a lookup.
  const literalFamily = isIP(host);
  if (literalFamily) {
    process.nextTick(() => {
      if (socket.connecting) internalConnect(socket, host, port, literalFamily, localAddress, localPort);
    });
    return;
  }

  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const dnsOptions = { family: socketToDnsFamily(options.family), hints: options.hints || 0 };
  if (dnsOptions.family !== 4 && dnsOptions.family !== 6 && dnsOptions.hints === 0) {
    dnsOptions.hints = kAddrConfigHint;
  }
  socket._host = host;
  const lookup = options.lookup || defaultLookup();

  if (dnsOptions.family !== 4 && dnsOptions.family !== 6 && !localAddress && autoSelectFamily) {
    dnsOptions.all = true;
    lookupAndConnectMultiple(socket, lookup, host, options, dnsOptions, port, localPort,
                             autoSelectFamilyAttemptTimeout);
    return;
  }

  lookup(host, dnsOptions, function emitLookup(err, ip, addressType) {
    socket.emit('lookup', err, ip, addressType, host);
    if (!socket.connecting) return;  // destroyed meanwhile
    if (err) {
      process.nextTick(connectErrorNT, socket, err);
    } else if (!isIP(ip)) {
      process.nextTick(connectErrorNT, socket, new ERR_INVALID_IP_ADDRESS(ip));
    } else if (addressType !== 4 && addressType !== 6) {
      process.nextTick(connectErrorNT, socket,
                       new ERR_INVALID_ADDRESS_FAMILY(addressType, options.host, options.port));
    } else {
      socket._unrefTimer();
      internalConnect(socket, ip, port, addressType, localAddress, localPort);
    }
  });
}

// 'net' performance entries, while someone observes them: a TCP connect request notes when
// it started, and afterConnect() makes its 'connect' entry once it succeeds.
function startConnectPerf(req) {
  req.perfStartTime = require('internal/perf/node_entries').startTimeIfObserved('net');
}
function finishConnectPerf(req) {
  if (req.perfStartTime === undefined) return;
  require('internal/perf/node_entries').enqueueEntry('net', 'connect', req.perfStartTime,
                                                     { host: req.address, port: req.port });
}

function connectErrorNT(socket, err) {
  socket.destroy(err);
}

// Several addresses: try them in turn, alternating families (the family of the first answer
// goes first), each given `attemptTimeout` ms before the next one starts.
function lookupAndConnectMultiple(socket, lookup, host, options, dnsOptions, port, localPort, attemptTimeout) {
  lookup(host, dnsOptions, function emitLookup(err, addresses) {
    if (!socket.connecting) return;
    if (err) {
      socket.emit('lookup', err, undefined, undefined, host);
      process.nextTick(connectErrorNT, socket, err);
      return;
    }
    const byFamily = [[], []];
    let order;
    for (const entry of addresses) {
      const { address: ip, family } = entry;
      socket.emit('lookup', err, ip, family, host);
      if (!socket.connecting) return;
      if (isIP(ip) && (family === 4 || family === 6)) {
        order ??= family === 6 ? { 6: 0, 4: 1 } : { 4: 0, 6: 1 };
        const group = byFamily[order[family]];
        if (!group.some((seen) => seen.address === ip)) group.push(entry);
      }
    }
    if (byFamily[0].length === 0 && byFamily[1].length === 0) {
      const { address: firstIp, family: firstFamily } = addresses[0] ?? {};
      if (!isIP(firstIp)) {
        process.nextTick(connectErrorNT, socket, new ERR_INVALID_IP_ADDRESS(firstIp));
      } else if (firstFamily !== 4 && firstFamily !== 6) {
        process.nextTick(connectErrorNT, socket,
                         new ERR_INVALID_ADDRESS_FAMILY(firstFamily, options.host, options.port));
      }
      return;
    }
    const attempts = [];
    for (let i = 0; i < Math.max(byFamily[0].length, byFamily[1].length); i++) {
      if (i < byFamily[0].length) attempts.push(byFamily[0][i]);
      if (i < byFamily[1].length) attempts.push(byFamily[1][i]);
    }
    socket._unrefTimer();
    if (attempts.length === 1) {
      internalConnect(socket, attempts[0].address, port, attempts[0].family, undefined, localPort);
      return;
    }
    socket.autoSelectFamilyAttemptedAddresses = [];
    internalConnectMultiple({
      socket,
      addresses: attempts,
      current: 0,
      port,
      localPort,
      timeout: attemptTimeout,
      timer: null,
      errors: [],
    });
  });
}

function internalConnect(socket, address, port, addressType, localAddress, localPort) {
  let err;
  if (localAddress || localPort) {
    if (addressType === 4) {
      localAddress ||= DEFAULT_IPV4_ADDR;
      err = socket._handle.bind(localAddress, localPort | 0, 0);
    } else {
      localAddress ||= DEFAULT_IPV6_ADDR;
      err = socket._handle.bind6(localAddress, localPort | 0, 0);
    }
    if (err) {
      socket.destroy(new ExceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }
  let result;
  if (addressType === 4 || addressType === 6) {
    socket.emit('connectionAttempt', address, port, addressType);
    result = addressType === 4 ? socket._handle.connect(address, port) : socket._handle.connect6(address, port);
  } else {
    result = socket._handle.connect(address);
  }
  if (typeof result === 'number') {
    const sockname = socket._getsockname();
    const details = sockname.address === undefined ? undefined : `${sockname.address}:${sockname.port}`;
    socket.destroy(new ExceptionWithHostPort(result, 'connect', address, port, details));
    return;
  }
  Object.assign(result, { address, port, localAddress, localPort, addressType });
  if (addressType === 4 || addressType === 6) startConnectPerf(result);
  result.oncomplete = afterConnect;
}

function internalConnectMultiple(context, canceled) {
  clearAttemptTimer(context);
  const { socket } = context;
  if (canceled || context.current === context.addresses.length) {
    if (context.errors.length === 0) {
      socket.destroy(new ERR_SOCKET_CONNECTION_TIMEOUT());
    } else {
      // node's AggregateError here carries the first failure's code.
      const err = new AggregateError(context.errors);
      err.code = context.errors[0].code;
      socket.destroy(err);
    }
    return;
  }

  const current = context.current++;
  if (current > 0) socket[kReinitializeHandle](new TCP(TCPConstants.SOCKET));
  const { localPort, port } = context;
  const { address, family } = context.addresses[current];

  if (localPort) {
    const localAddress = family === 4 ? DEFAULT_IPV4_ADDR : DEFAULT_IPV6_ADDR;
    const err = family === 4 ?
      socket._handle.bind(localAddress, localPort | 0, 0) :
      socket._handle.bind6(localAddress, localPort | 0, 0);
    if (err) {
      const ex = new ExceptionWithHostPort(err, 'bind', localAddress, localPort);
      context.errors.push(ex);
      socket.emit('connectionAttemptFailed', address, port, family, ex);
      internalConnectMultiple(context);
      return;
    }
  }

  socket.emit('connectionAttempt', address, port, family);
  socket.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
  const result = family === 4 ? socket._handle.connect(address, port) : socket._handle.connect6(address, port);
  if (typeof result === 'number') {
    const sockname = socket._getsockname();
    const details = sockname.address === undefined ? undefined : `${sockname.address}:${sockname.port}`;
    const ex = new ExceptionWithHostPort(result, 'connect', address, port, details);
    context.errors.push(ex);
    socket.emit('connectionAttemptFailed', address, port, family, ex);
    internalConnectMultiple(context);
    return;
  }
  Object.assign(result, { address, port, localPort, addressType: family });
  startConnectPerf(result);
  result.oncomplete = (status, handle, req, readable, writable) =>
    afterConnectMultiple(context, current, status, handle, req, readable, writable);

  if (current < context.addresses.length - 1) {
    const handle = socket._handle;
    context.timer = require('timers').setTimeout(() => onAttemptTimeout(context, result, handle), context.timeout);
  }
}

function clearAttemptTimer(context) {
  if (context.timer) {
    require('timers').clearTimeout(context.timer);
    context.timer = null;
  }
}

function onAttemptTimeout(context, req, handle) {
  context.timer = null;
  context.socket.emit('connectionAttemptTimeout', req.address, req.port, req.addressType);
  req.oncomplete = undefined;
  context.errors.push(new ExceptionWithHostPort(UV_ETIMEDOUT, 'connect', req.address, req.port));
  handle.close();
  if (context.socket.connecting) internalConnectMultiple(context);
}

function afterConnectMultiple(context, current, status, handle, req, readable, writable) {
  clearAttemptTimer(context);
  // A connection that succeeded after its attempt timed out is not wanted any more.
  if (status === 0 && current !== context.current - 1) {
    handle.close();
    return;
  }
  const { socket } = context;
  if (status !== 0) {
    const ex = connectError(status, req);
    context.errors.push(ex);
    socket.emit('connectionAttemptFailed', req.address, req.port, req.addressType, ex);
    if (socket.connecting) internalConnectMultiple(context, status === UV_ECANCELED);
    return;
  }
  afterConnect(status, handle, req, readable, writable);
}

function connectError(status, req) {
  const details = req.localAddress && req.localPort ? `${req.localAddress}:${req.localPort}` : undefined;
  const ex = new ExceptionWithHostPort(status, 'connect', req.address, req.port, details);
  if (details) {
    ex.localAddress = req.localAddress;
    ex.localPort = req.localPort;
  }
  return ex;
}

function afterConnect(status, handle, req, readable, writable) {
  const socket = handle[kOwner];
  if (socket.destroyed) return;  // destroy() came first
  socket.connecting = false;
  socket._sockname = null;
  if (status !== 0) {
    const ex = connectError(status, req);
    socket.emit('connectionAttemptFailed', req.address, req.port, req.addressType, ex);
    socket.destroy(ex);
    return;
  }
  if (socket.readable && !readable) {
    socket.push(null);
    socket.read();
  }
  if (socket.writable && !writable) socket.end();
  finishConnectPerf(req);
  socket._unrefTimer();
  if (socket[kSetNoDelay] && socket._handle.setNoDelay) socket._handle.setNoDelay(true);
  if (socket[kSetKeepAlive] && socket._handle.setKeepAlive) {
    socket._handle.setKeepAlive(true, socket[kSetKeepAliveInitialDelay]);
  }
  socket.emit('connect');
  socket.emit('ready');
  // Start reading (or meet an immediate EOF) unless the user paused the socket.
  if (readable && !socket.isPaused()) socket.read(0);
}


// Defaults ----------------------------------------------------------------------------------------------

function getDefaultAutoSelectFamily() {
  return autoSelectFamilyDefault;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamilyDefault = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeoutDefault;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  autoSelectFamilyAttemptTimeoutDefault = value < 10 ? 10 : value;
}

module.exports = {
  lookupAndConnect,
  internalConnect,
  defaultLookup,
  kSetNoDelay,
  kSetKeepAlive,
  kSetKeepAliveInitialDelay,
  kReinitializeHandle,
  DEFAULT_IPV4_ADDR,
  DEFAULT_IPV6_ADDR,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
