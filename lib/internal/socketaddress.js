'use strict';
// net.SocketAddress: an IP address, port, family and IPv6 flow label, with the address kept
// in canonical form.

const { parseIPv4, parseIPv6 } = require('internal/net');
const { customInspectSymbol } = require('internal/util');
const {
  codes: { ERR_INVALID_ADDRESS, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateObject,
  validatePort,
  validateString,
  validateUint32,
} = require('internal/validators');
const { Transferable, kCloneData } = require('internal/worker/js_transferable');

const kFields = Symbol('kFields');

// The textual form inet_ntop gives: lowercase, the longest run of two or more zero groups as
// "::", and the IPv4-mapped and IPv4-compatible ranges with a dotted quad at the end.
function formatIPv6(bytes) {
  const words = [];
  for (let i = 0; i < 16; i += 2) words.push((bytes[i] << 8) | bytes[i + 1]);
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8;) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let end = i;
    while (end < 8 && words[end] === 0) end++;
    if (end - i > bestLength) {
      bestStart = i;
      bestLength = end - i;
    }
    i = end;
  }
  if (bestLength < 2) bestStart = -1;
  const dotted = bestStart === 0 && (bestLength === 6 || (bestLength === 5 && words[5] === 0xffff));
  const groupCount = dotted ? 6 : 8;
  let text = '';
  for (let i = 0; i < groupCount; i++) {
    if (i === bestStart) {
      text += i === 0 ? '::' : ':';
      i += bestLength - 1;
      continue;
    }
    text += words[i].toString(16);
    if (i < groupCount - 1) text += ':';
  }
  if (dotted) text += `${text.endsWith(':') ? '' : ':'}${bytes[12]}.${bytes[13]}.${bytes[14]}.${bytes[15]}`;
  else if (bestStart !== -1 && bestStart + bestLength === 8 && !text.endsWith(':')) text += ':';
  return text;
}

// { family: 'ipv4' | 'ipv6', bytes } for an address of that family, or null.
function parseAddress(address, family) {
  if (family === 'ipv4') {
    const bytes = parseIPv4(address);
    return bytes && { family, bytes };
  }
  const bytes = parseIPv6(address);
  return bytes && { family, bytes };
}

// Like node's, anything but 'ipv4' or 'ipv6' (in any case, a String object too) is an invalid
// value, whatever its type.
function normalizeFamily(family, name) {
  const lower = typeof family?.toLowerCase === 'function' ? family.toLowerCase() : family;
  if (lower !== 'ipv4' && lower !== 'ipv6') throw new ERR_INVALID_ARG_VALUE(name, family);
  return lower;
}

// SocketAddress extends Transferable so that V8's serializer hands addresses to lode, which
// copies them into messages and structuredClone (as node does); its prototype chain is put
// back below.
class SocketAddress extends Transferable {
  static isSocketAddress(value) {
    return value?.[kFields] !== undefined;
  }

  constructor(options = {}) {
    super();
    validateObject(options, 'options');
    // Only a missing family is the default: null is refused, as in node.
    const given = options.family;
    const family = normalizeFamily(given === undefined ? 'ipv4' : given, 'options.family');
    const {
      address = family === 'ipv4' ? '127.0.0.1' : '::',
      port = 0,
      flowlabel = 0,
    } = options;
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    const parsed = parseAddress(address, family);
    if (parsed === null) throw new ERR_INVALID_ADDRESS();
    this[kFields] = {
      address: family === 'ipv4' ? parsed.bytes.join('.') : formatIPv6(parsed.bytes),
      port: port | 0,
      family,
      flowlabel: family === 'ipv6' ? flowlabel : 0,
    };
  }

  get address() { return this[kFields].address; }
  get port() { return this[kFields].port; }
  get family() { return this[kFields].family; }
  get flowlabel() { return this[kFields].flowlabel; }

  toJSON() {
    return { ...this[kFields] };
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return '[SocketAddress]';
    return `SocketAddress ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }

  [kCloneData]() {
    return { type: 'SocketAddress', ...this[kFields] };
  }
}

Object.setPrototypeOf(SocketAddress.prototype, Object.prototype);

// A SocketAddress made from the 'block_list' binding's native one (its fields, from detail()).
class InternalSocketAddress extends SocketAddress {
  constructor(handle) {
    super(handle.detail());
  }
}

// An address copied from another thread or by structuredClone, from what [kCloneData] gave.
function socketAddressFromClone({ address, port, family, flowlabel }) {
  return new SocketAddress({ address, port, family, flowlabel });
}

module.exports = {
  SocketAddress,
  InternalSocketAddress,
  socketAddressFromClone,
  formatIPv6,
  parseAddress,
  normalizeFamily,
};
