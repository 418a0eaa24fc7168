'use strict';
// What dns and dns/promises share: the binding (src/cares_wrap.cc), DNS errors, the
// default result order, the argument checks of lookup, and ResolverBase — the channel
// with its servers and local address — that both Resolver classes extend.

const binding = internalBinding('cares_wrap');
const { ChannelWrap, aresCodes, queryKinds } = binding;
const { isIP } = require('internal/net');
const {
  codes: {
    ERR_DNS_SET_SERVERS_FAILED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_IP_ADDRESS,
  },
  DNSException,
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateNumber,
  validateOneOf,
  validateString,
} = require('internal/validators');

const IANA_DNS_PORT = 53;
const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];

// c-ares status -> its code name ('ENOTFOUND', ...), as dns.NOTFOUND etc. export them.
const aresCodeNames = new Map();
for (const name of Object.keys(aresCodes)) aresCodeNames.set(aresCodes[name], name);

// A c-ares status as the error a resolve method reports.
function aresException(status, syscall, hostname) {
  return DNSException(aresCodeNames.get(status) ?? `E${status}`, syscall, hostname);
}

let defaultResultOrder = 'verbatim';
{
  const fromCommandLine = process._lodeOptions?.['--dns-result-order'];
  if (validOrders.includes(fromCommandLine)) defaultResultOrder = fromCommandLine;
}
function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', validOrders);
  defaultResultOrder = order;
}
function getDefaultResultOrder() {
  return defaultResultOrder;
}

// The order argument of getaddrinfo.
function orderCode(order) {
  if (order === 'ipv4first') return binding.DNS_ORDER_IPV4_FIRST;
  if (order === 'ipv6first') return binding.DNS_ORDER_IPV6_FIRST;
  return binding.DNS_ORDER_VERBATIM;
}

function validateHints(hints) {
  const { AI_ADDRCONFIG, AI_ALL, AI_V4MAPPED } = binding;
  if ((hints & ~(AI_ADDRCONFIG | AI_ALL | AI_V4MAPPED)) !== 0) {
    throw new ERR_INVALID_ARG_VALUE('hints', hints);
  }
}

// lookup()'s options, checked as node checks them: { family, hints, all, order }.
function parseLookupOptions(options) {
  const parsed = { family: 0, hints: 0, all: false, order: defaultResultOrder };
  if (typeof options === 'number') {
    validateOneOf(options, 'family', validFamilies);
    parsed.family = options;
    return parsed;
  }
  if (options == null) return parsed;
  if (options.hints != null) {
    validateNumber(options.hints, 'options.hints');
    parsed.hints = options.hints >>> 0;
    validateHints(parsed.hints);
  }
  if (options.family != null) {
    if (options.family === 'IPv4') parsed.family = 4;
    else if (options.family === 'IPv6') parsed.family = 6;
    else {
      validateOneOf(options.family, 'options.family', validFamilies);
      parsed.family = options.family;
    }
  }
  if (options.all != null) {
    validateBoolean(options.all, 'options.all');
    parsed.all = options.all;
  }
  if (options.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    parsed.order = options.verbatim ? 'verbatim' : 'ipv4first';
  }
  if (options.order != null) {
    validateOneOf(options.order, 'options.order', validOrders);
    parsed.order = options.order;
  }
  return parsed;
}

let invalidHostnameWarned = false;
function warnInvalidHostname(hostname) {
  if (invalidHostnameWarned) return;
  invalidHostnameWarned = true;
  process.emitWarning(
    `The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns module solely for compatibility.`,
    'DeprecationWarning', 'DEP0118');
}

// Host names go to the resolvers in their ASCII (punycode) form.
let urlBinding;
function toASCII(name) {
  if (/^[\x00-\x7f]*$/.test(name)) return name;
  urlBinding ??= internalBinding('url');
  return urlBinding.toASCII(name) || name;
}

// "1.2.3.4", "1.2.3.4:53", "::1", "[::1]", "[::1]:53" -> [family, ip, port].
function parseServer(server) {
  const family = isIP(server);
  if (family !== 0) return [family, server, IANA_DNS_PORT];
  let match = /^\[([^\]]+)\](?::(\d+))?$/.exec(server);
  if (match !== null && isIP(match[1]) === 6) {
    return [6, match[1], Number.parseInt(match[2], 10) || IANA_DNS_PORT];
  }
  match = /^([^:]+):(\d+)$/.exec(server);
  if (match !== null && isIP(match[1]) === 4) {
    return [4, match[1], Number.parseInt(match[2], 10) || IANA_DNS_PORT];
  }
  throw new ERR_INVALID_IP_ADDRESS(server);
}

function invalidLocalAddress(reason) {
  const err = new TypeError(reason);
  err.code = 'ERR_INVALID_ARG_VALUE';
  return err;
}

class ResolverBase {
  constructor(options = undefined) {
    const { timeout = -1, tries = 4 } = { ...options };
    validateInt32(timeout, 'options.timeout', -1);
    validateInt32(tries, 'options.tries', 1);
    this._handle = new ChannelWrap(timeout | 0, tries | 0);
  }

  cancel() {
    this._handle.cancel();
  }

  getServers() {
    const servers = this._handle.getServers();
    if (!Array.isArray(servers)) return [];
    return servers.map(([ip, port]) => {
      if (port === IANA_DNS_PORT) return ip;
      return isIP(ip) === 6 ? `[${ip}]:${port}` : `${ip}:${port}`;
    });
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    // forEach as node: holes are skipped, and the list is read once, as it is then.
    const parsed = [];
    servers.forEach((server, index) => {
      validateString(server, `servers[${index}]`);
      parsed.push(parseServer(server));
    });
    const original = this._handle.getServers();
    const status = this._handle.setServers(parsed);
    if (status !== 0) {
      // c-ares may have dropped the old list: put it back before reporting.
      if (Array.isArray(original)) {
        this._handle.setServers(original.map(([ip, port]) => [isIP(ip), ip, port]));
      }
      throw new ERR_DNS_SET_SERVERS_FAILED(binding.strerror(status), servers);
    }
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    const addresses = [undefined, undefined];
    const first = isIP(ipv4);
    if (first === 0) throw invalidLocalAddress('Invalid IP address.');
    addresses[first === 4 ? 0 : 1] = ipv4;
    if (ipv6 !== undefined) {
      const second = isIP(ipv6);
      if (second === 0) throw invalidLocalAddress('Invalid IP address.');
      if (second === first) {
        throw invalidLocalAddress(`Cannot specify two IPv${first} addresses.`);
      }
      addresses[second === 4 ? 0 : 1] = ipv6;
    }
    this._handle.setLocalAddress(addresses[0], addresses[1]);
  }
}

// The default resolver of dns, or of dns/promises (each has its own, as in node).
function defaultResolverOf(ResolverClass) {
  const resolver = Object.create(ResolverClass.prototype);
  resolver._handle = new ResolverBase()._handle;
  return resolver;
}

const kSetDefaultChannel = Symbol('kSetDefaultChannel');

// The module-level setServers() gives a default resolver a new channel with the servers,
// rather than changing its channel: queries in flight there do not stop it, as in node.
function channelWithServers(servers) {
  const resolver = new ResolverBase();
  resolver.setServers(servers);
  return resolver._handle;
}

// The record types of resolve(name, rrtype) and the method serving each.
const resolveMethods = {
  __proto__: null,
  A: 'resolve4',
  AAAA: 'resolve6',
  ANY: 'resolveAny',
  CAA: 'resolveCaa',
  CNAME: 'resolveCname',
  MX: 'resolveMx',
  NAPTR: 'resolveNaptr',
  NS: 'resolveNs',
  PTR: 'resolvePtr',
  SOA: 'resolveSoa',
  SRV: 'resolveSrv',
  TXT: 'resolveTxt',
};

// method name -> [query kind, the syscall name its errors carry]
const queryMethods = {
  resolve4: [queryKinds.A, 'queryA'],
  resolve6: [queryKinds.AAAA, 'queryAaaa'],
  resolveAny: [queryKinds.ANY, 'queryAny'],
  resolveCaa: [queryKinds.CAA, 'queryCaa'],
  resolveCname: [queryKinds.CNAME, 'queryCname'],
  resolveMx: [queryKinds.MX, 'queryMx'],
  resolveNaptr: [queryKinds.NAPTR, 'queryNaptr'],
  resolveNs: [queryKinds.NS, 'queryNs'],
  resolvePtr: [queryKinds.PTR, 'queryPtr'],
  resolveSoa: [queryKinds.SOA, 'querySoa'],
  resolveSrv: [queryKinds.SRV, 'querySrv'],
  resolveTxt: [queryKinds.TXT, 'queryTxt'],
};

// The channel's query methods by syscall name (queryA(req, name), ..., getHostByAddr(req,
// ip)), as node's binding has them.
for (const [kind, syscall] of Object.values(queryMethods)) {
  ChannelWrap.prototype[syscall] = function(req, name) {
    return this.query(req, kind, name);
  };
}

// Starts a query (or a reverse lookup, kind undefined) on a resolver; `oncomplete` gets
// (status, result, ttls) with `this` the request.
function startQuery(resolver, kind, syscall, name, oncomplete, fields) {
  const req = new binding.QueryReqWrap();
  Object.assign(req, fields);
  req.syscall = syscall;
  req.hostname = name;
  req.channel = resolver._handle;  // keeps the channel alive while the query runs
  req.oncomplete = oncomplete;
  const status = resolver._handle[syscall](req, kind === undefined ? name : toASCII(name));
  if (status < 0) throw DNSException(status, syscall, name);
  if (status) throw aresException(status, syscall, name);
  startPerf(req);
  return req;
}

// A finished query's value: A/AAAA with { address, ttl } records when asked for.
function queryResult(req, result, ttls) {
  if (req.ttl && Array.isArray(ttls)) result = result.map((address, index) => ({ address, ttl: ttls[index] }));
  finishPerf(req, req.syscall, { host: req.hostname, ttl: !!req.ttl, result });
  return result;
}

function checkResolveType(rrtype) {
  if (typeof rrtype !== 'string') throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  const method = resolveMethods[rrtype];
  if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  return method;
}

// 'dns' performance entries, while someone observes them: startPerf() when a request
// starts, finishPerf() when it succeeds.
function startPerf(req) {
  req.perfStartTime = require('internal/perf/node_entries').startTimeIfObserved('dns');
}
function finishPerf(req, name, detail) {
  if (req.perfStartTime === undefined) return;
  require('internal/perf/node_entries').enqueueEntry('dns', name, req.perfStartTime, detail);
}

// The error code names dns and dns/promises export.
const errorCodes = {
  NODATA: 'ENODATA',
  FORMERR: 'EFORMERR',
  SERVFAIL: 'ESERVFAIL',
  NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED',
  BADQUERY: 'EBADQUERY',
  BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF',
  FILE: 'EFILE',
  NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS',
  NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

module.exports = {
  binding,
  DNSException,
  aresException,
  setDefaultResultOrder,
  getDefaultResultOrder,
  orderCode,
  parseLookupOptions,
  warnInvalidHostname,
  toASCII,
  ResolverBase,
  defaultResolverOf,
  channelWithServers,
  kSetDefaultChannel,
  resolveMethods,
  queryMethods,
  startQuery,
  queryResult,
  checkResolveType,
  errorCodes,
  startPerf,
  finishPerf,
  validateFunction,
  validateString,
};
