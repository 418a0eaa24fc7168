'use strict';
// dns: name lookups with callbacks. lookup/lookupService use the system resolver on the
// thread pool (getaddrinfo/getnameinfo); Resolver and the resolve* functions ask DNS servers
// through c-ares (src/cares_wrap.cc). The promise forms are in internal/dns/promises.

const { customPromisifyArgs } = require('internal/util');
const { isIP } = require('internal/net');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validatePort } = require('internal/validators');
const {
  binding,
  DNSException,
  aresException,
  setDefaultResultOrder,
  getDefaultResultOrder,
  orderCode,
  startPerf,
  finishPerf,
  parseLookupOptions,
  warnInvalidHostname,
  toASCII,
  ResolverBase,
  defaultResolverOf,
  channelWithServers,
  kSetDefaultChannel,
  queryMethods,
  startQuery,
  queryResult,
  checkResolveType,
  errorCodes,
  validateFunction,
  validateString,
} = require('internal/dns/utils');

function onLookup(status, addresses) {
  if (status) {
    this.callback(DNSException(status, 'getaddrinfo', this.hostname));
    return;
  }
  finishPerf(this, 'lookup', {
    hostname: this.hostname, family: this.family, hints: this.hints, verbatim: this.order === 'verbatim', addresses,
  });
  if (this.all) {
    this.callback(null, addresses.map((address) => ({ address, family: this.family || isIP(address) })));
  } else {
    this.callback(null, addresses[0], this.family || isIP(addresses[0]));
  }
}

// lookup(hostname[, options | family], callback)
function lookup(hostname, options, callback) {
  if (hostname) validateString(hostname, 'hostname');
  let parsed;
  if (typeof options === 'function') {
    callback = options;
    parsed = parseLookupOptions(undefined);
  } else if (typeof options === 'number') {
    validateFunction(callback, 'callback');
    parsed = parseLookupOptions(options);
  } else if (options !== undefined && typeof options !== 'object') {
    validateFunction(arguments.length === 2 ? options : callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    validateFunction(callback, 'callback');
    parsed = parseLookupOptions(options);
  }
  const { family, hints, all, order } = parsed;

  if (!hostname) {
    warnInvalidHostname(hostname);
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }
  const literal = isIP(hostname);
  if (literal !== 0) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: literal }]);
    else process.nextTick(callback, null, hostname, literal);
    return {};
  }
  const req = new binding.GetAddrInfoReqWrap();
  req.callback = callback;
  req.family = family;
  req.hostname = hostname;
  req.all = all;
  req.hints = hints;
  req.order = order;
  req.oncomplete = onLookup;
  const status = binding.getaddrinfo(req, toASCII(hostname), family | 0, hints | 0, orderCode(order));
  if (status !== 0) {
    process.nextTick(callback, DNSException(status, 'getaddrinfo', hostname));
    return {};
  }
  startPerf(req);
  return req;
}
Object.defineProperty(lookup, customPromisifyArgs, { value: ['address', 'family'], enumerable: false });

function onLookupService(status, hostname, service) {
  if (status) this.callback(DNSException(status, 'getnameinfo', this.hostname));
  else {
    finishPerf(this, 'lookupService', { host: this.hostname, port: this.port, hostname, service });
    this.callback(null, hostname, service);
  }
}

// lookupService(address, port, callback)
function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  port = +port;
  const req = new binding.GetNameInfoReqWrap();
  req.callback = callback;
  req.hostname = address;
  req.port = port;
  req.oncomplete = onLookupService;
  const status = binding.getnameinfo(req, address, port >>> 0);
  if (status !== 0) throw DNSException(status, 'getnameinfo', address);
  startPerf(req);
  return req;
}
Object.defineProperty(lookupService, customPromisifyArgs, { value: ['hostname', 'service'], enumerable: false });

function onResolve(status, result, ttls) {
  if (status) this.callback(aresException(status, this.syscall, this.hostname));
  else this.callback(null, queryResult(this, result, ttls));
}

// A resolve method: (name[, options], callback); options.ttl for A and AAAA.
function queryMethod(kind, syscall) {
  function query(name, options, callback) {
    if (arguments.length <= 2) {
      callback = options;
      options = undefined;
    }
    validateString(name, 'name');
    validateFunction(callback, 'callback');
    return startQuery(this, kind, syscall, name, onResolve, { callback, ttl: !!options?.ttl });
  }
  Object.defineProperty(query, 'name', { value: syscall });
  return query;
}

class Resolver extends ResolverBase {
  // resolve(hostname[, rrtype], callback)
  resolve(hostname, rrtype, callback) {
    let method;
    if (typeof rrtype === 'function') {
      callback = rrtype;
      method = 'resolve4';
    } else {
      method = checkResolveType(rrtype);
    }
    return this[method](hostname, callback);
  }
}
for (const [method, [kind, syscall]] of Object.entries(queryMethods)) {
  Resolver.prototype[method] = queryMethod(kind, syscall);
}
Resolver.prototype.reverse = queryMethod(undefined, 'getHostByAddr');

// The module-level functions use one default resolver, made on first use.
let defaultResolver;
function getDefaultResolver() {
  defaultResolver ??= defaultResolverOf(Resolver);
  return defaultResolver;
}

const resolverFunctions = {};
for (const method of ['getServers', 'setServers', 'resolve', ...Object.keys(queryMethods), 'reverse']) {
  const fn = {
    [method](...args) {
      return getDefaultResolver()[method](...args);
    },
  }[method];
  resolverFunctions[method] = fn;
}

// dns.setServers() sets the servers of dns.promises' default resolver too.
resolverFunctions.setServers = function setServers(servers) {
  const channel = channelWithServers(servers);
  getDefaultResolver()._handle = channel;
  require('internal/dns/promises')[kSetDefaultChannel](channel);
};

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  ADDRCONFIG: binding.AI_ADDRCONFIG,
  ALL: binding.AI_ALL,
  V4MAPPED: binding.AI_V4MAPPED,
  ...errorCodes,
  ...resolverFunctions,
};

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    return require('internal/dns/promises');
  },
});
