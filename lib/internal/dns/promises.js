'use strict';
// dns.promises: the promise forms of lookup, lookupService and the resolver methods, over
// the same binding and checks as lib/dns.js.

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
  validateString,
} = require('internal/dns/utils');

function onLookup(status, addresses) {
  if (status) {
    this.reject(DNSException(status, 'getaddrinfo', this.hostname));
    return;
  }
  finishPerf(this, 'lookup', {
    hostname: this.hostname, family: this.family, hints: this.hints, verbatim: this.order === 'verbatim', addresses,
  });
  if (this.all) {
    this.resolve(addresses.map((address) => ({ address, family: this.family || isIP(address) })));
  } else {
    this.resolve({ address: addresses[0], family: this.family || isIP(addresses[0]) });
  }
}

// lookup(hostname[, options | family]) -> { address, family } or, with all, a list of them
function lookup(hostname, options) {
  if (hostname) validateString(hostname, 'hostname');
  if (options !== undefined && typeof options !== 'number' && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  }
  const { family, hints, all, order } = parseLookupOptions(options);
  return new Promise((resolve, reject) => {
    if (!hostname) {
      warnInvalidHostname(hostname);
      resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
      return;
    }
    const literal = isIP(hostname);
    if (literal !== 0) {
      const result = { address: hostname, family: literal };
      resolve(all ? [result] : result);
      return;
    }
    const req = new binding.GetAddrInfoReqWrap();
    Object.assign(req, { resolve, reject, family, hostname, all, hints, order, oncomplete: onLookup });
    const status = binding.getaddrinfo(req, toASCII(hostname), family | 0, hints | 0, orderCode(order));
    if (status !== 0) reject(DNSException(status, 'getaddrinfo', hostname));
    else startPerf(req);
  });
}

function onLookupService(status, hostname, service) {
  if (status) this.reject(DNSException(status, 'getnameinfo', this.hostname));
  else {
    finishPerf(this, 'lookupService', { host: this.hostname, port: this.port, hostname, service });
    this.resolve({ hostname, service });
  }
}

// lookupService(address, port) -> { hostname, service }
function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  port = +port;
  return new Promise((resolve, reject) => {
    const req = new binding.GetNameInfoReqWrap();
    Object.assign(req, { resolve, reject, hostname: address, port, oncomplete: onLookupService });
    const status = binding.getnameinfo(req, address, port >>> 0);
    if (status !== 0) reject(DNSException(status, 'getnameinfo', address));
    else startPerf(req);
  });
}

function onResolve(status, result, ttls) {
  if (status) this.reject(aresException(status, this.syscall, this.hostname));
  else this.resolve(queryResult(this, result, ttls));
}

function queryMethod(kind, syscall) {
  function query(name, options) {
    validateString(name, 'name');
    const ttl = !!options?.ttl;
    return new Promise((resolve, reject) => {
      try {
        startQuery(this, kind, syscall, name, onResolve, { resolve, reject, ttl });
      } catch (err) {
        reject(err);
      }
    });
  }
  Object.defineProperty(query, 'name', { value: syscall });
  return query;
}

class Resolver extends ResolverBase {
  // resolve(hostname[, rrtype])
  resolve(hostname, rrtype) {
    const method = rrtype === undefined ? 'resolve4' : checkResolveType(rrtype);
    return this[method](hostname);
  }
}
for (const [method, [kind, syscall]] of Object.entries(queryMethods)) {
  Resolver.prototype[method] = queryMethod(kind, syscall);
}
Resolver.prototype.reverse = queryMethod(undefined, 'getHostByAddr');

let defaultResolver;
function getDefaultResolver() {
  defaultResolver ??= defaultResolverOf(Resolver);
  return defaultResolver;
}

const resolverFunctions = {};
for (const method of ['getServers', 'setServers', 'resolve', ...Object.keys(queryMethods), 'reverse']) {
  resolverFunctions[method] = {
    [method](...args) {
      return getDefaultResolver()[method](...args);
    },
  }[method];
}

resolverFunctions.setServers = function setServers(servers) {
  getDefaultResolver()._handle = channelWithServers(servers);
};

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  ...errorCodes,
  ...resolverFunctions,
};

// For dns.setServers(), which sets this module's default servers too.
Object.defineProperty(module.exports, kSetDefaultChannel, {
  value(channel) {
    getDefaultResolver()._handle = channel;
  },
});
