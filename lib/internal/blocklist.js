'use strict';
// net.BlockList: rules (single addresses, ranges, subnets) that an address can be checked
// against. An IPv4 address and its IPv4-mapped IPv6 form (::ffff:a.b.c.d) count as the same.

const { SocketAddress, kBytes, parseAddress, normalizeFamily } = require('internal/socketaddress');
const { customInspectSymbol } = require('internal/util');
const {
  codes: { ERR_INVALID_ADDRESS, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateInt32, validateString } = require('internal/validators');

const kRules = Symbol('kRules');
const kMappedPrefix = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

function isMapped(bytes) {
  return bytes.length === 16 && kMappedPrefix.every((byte, i) => bytes[i] === byte);
}

// -1, 0 or 1; NaN when an IPv6 address that is not IPv4-mapped meets an IPv4 one.
function compare(a, b) {
  let x = a.bytes;
  let y = b.bytes;
  if (x.length !== y.length) {
    if (x.length === 16) {
      if (!isMapped(x)) return NaN;
      x = x.slice(12);
    } else {
      if (!isMapped(y)) return NaN;
      y = y.slice(12);
    }
  }
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return 0;
}

function prefixMatches(network, address, prefix) {
  let x = network.bytes;
  let y = address.bytes;
  if (x.length === 4 && y.length === 16) {
    if (!isMapped(y)) return false;
    y = y.slice(12);
  } else if (x.length === 16 && y.length === 4) {
    y = [...kMappedPrefix, ...y];
  }
  for (let bit = 0; bit < prefix; bit++) {
    const mask = 0x80 >> (bit % 8);
    if ((x[bit >> 3] & mask) !== (y[bit >> 3] & mask)) return false;
  }
  return true;
}

function label(family) {
  return family === 'ipv4' ? 'IPv4' : 'IPv6';
}

// An address argument: a SocketAddress, or a string in `family`.
function toAddress(value, name, family) {
  if (SocketAddress.isSocketAddress(value)) {
    return { family: value.family, bytes: value[kBytes], text: value.address };
  }
  validateString(value, name);
  validateString(family, 'family');
  family = normalizeFamily(family, 'options.family');
  const parsed = parseAddress(value, family);
  if (parsed === null) throw new ERR_INVALID_ADDRESS();
  const text = new SocketAddress({ address: value, family }).address;
  return { ...parsed, text };
}

class BlockList {
  constructor() {
    this[kRules] = [];
  }

  addAddress(address, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(address)) validateString(family, 'family');
    const entry = toAddress(address, 'address', family);
    this[kRules].unshift({
      text: `Address: ${label(entry.family)} ${entry.text}`,
      matches: (candidate) => compare(candidate, entry) === 0,
    });
  }

  addRange(start, end, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(start) || !SocketAddress.isSocketAddress(end)) {
      validateString(family, 'family');
    }
    const first = toAddress(start, 'start', family);
    const last = toAddress(end, 'end', family);
    if (!(compare(first, last) <= 0)) {
      throw new ERR_INVALID_ARG_VALUE('start', new SocketAddress({ address: first.text, family: first.family }),
                                      'must come before end');
    }
    this[kRules].unshift({
      text: `Range: ${label(first.family)} ${first.text}-${last.text}`,
      matches: (candidate) => compare(candidate, first) >= 0 && compare(candidate, last) <= 0,
    });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(network)) validateString(family, 'family');
    const base = toAddress(network, 'network', family);
    validateInt32(prefix, 'prefix', 0, base.family === 'ipv4' ? 32 : 128);
    this[kRules].unshift({
      text: `Subnet: ${label(base.family)} ${base.text}/${prefix}`,
      matches: (candidate) => prefixMatches(base, candidate, prefix),
    });
  }

  check(address, family = 'ipv4') {
    let candidate;
    if (SocketAddress.isSocketAddress(address)) {
      candidate = { family: address.family, bytes: address[kBytes] };
    } else {
      validateString(address, 'address');
      validateString(family, 'family');
      const lower = family.toLowerCase();
      if (lower !== 'ipv4' && lower !== 'ipv6') return false;
      candidate = parseAddress(address, lower);
      if (candidate === null) return false;
    }
    return this[kRules].some((rule) => rule.matches(candidate));
  }

  get rules() {
    return this[kRules].map((rule) => rule.text);
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return '[BlockList]';
    return `BlockList ${inspect({ rules: this.rules }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

module.exports = { BlockList };
