'use strict';
// net.BlockList: rules (single addresses, ranges, subnets) that an address can be checked
// against. An IPv4 address and its IPv4-mapped IPv6 form (::ffff:a.b.c.d) count as the same.
//
// The rules live in the 'block_list' binding (src/block_list.cc), so that a list copied into a
// message or by structuredClone shares them with the original, on any thread: what either
// adds, both see, as in node. This file validates, parses and words the rules.

const { SocketAddress, parseAddress, normalizeFamily } = require('internal/socketaddress');
const { customInspectSymbol } = require('internal/util');
const {
  codes: { ERR_INVALID_ADDRESS, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateInt32, validateString } = require('internal/validators');
const { Transferable, kCloneData } = require('internal/worker/js_transferable');
const { BlockList: RulesHandle } = internalBinding('block_list');

// 'IPv4' or 'IPv6', as the rules are worded.
function label(bytes) {
  return bytes.length === 4 ? 'IPv4' : 'IPv6';
}

// An address argument: a SocketAddress, or a string in `family`. Its bytes are a Uint8Array of
// 4 or 16, as the binding takes them (a SocketAddress's address is parsed again: its fields
// are reachable through their symbol).
function toAddress(value, name, family) {
  if (SocketAddress.isSocketAddress(value)) {
    const parsed = parseAddress(value.address, value.family === 'ipv4' ? 'ipv4' : 'ipv6');
    if (parsed === null) throw new ERR_INVALID_ADDRESS();
    return { family: parsed.family, bytes: Uint8Array.from(parsed.bytes), text: value.address };
  }
  validateString(value, name);
  validateString(family, 'family');
  family = normalizeFamily(family, 'options.family');
  const parsed = parseAddress(value, family);
  if (parsed === null) throw new ERR_INVALID_ADDRESS();
  const text = new SocketAddress({ address: value, family }).address;
  return { family, bytes: Uint8Array.from(parsed.bytes), text };
}

// Never set: what a receiver that is no BlockList is asked for (BlockList.#handleOf).
const kNoHandle = Symbol('kHandle');

// Reach the handle from outside the class body (a list rebuilt from a clone).
let withHandle;

// BlockList extends Transferable so that V8's serializer hands lists to lode, which clones
// them by reference (their clone data holds the handle); its prototype chain is put back
// below.
class BlockList extends Transferable {
  // The rules (RulesHandle): private, so no user code reaches the binding's methods.
  #handle;

  // The rules of `list`. On anything else, the outcome of node's plain property read: a
  // proxy's trap runs, and the caller's method call on undefined throws a TypeError.
  static #handleOf(list) {
    if (list !== null && typeof list === 'object' && #handle in list) return list.#handle;
    return list?.[kNoHandle];
  }

  static {
    withHandle = (list, handle) => {
      list.#handle = handle;
      return list;
    };
  }

  constructor() {
    super();
    this.#handle = new RulesHandle();
  }

  addAddress(address, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(address)) validateString(family, 'family');
    const entry = toAddress(address, 'address', family);
    BlockList.#handleOf(this).addAddress(entry.bytes, `Address: ${label(entry.bytes)} ${entry.text}`);
  }

  addRange(start, end, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(start) || !SocketAddress.isSocketAddress(end)) {
      validateString(family, 'family');
    }
    const first = toAddress(start, 'start', family);
    const last = toAddress(end, 'end', family);
    // The binding orders the addresses: nothing is added when start comes after end (or has
    // no order with it).
    if (!BlockList.#handleOf(this).addRange(first.bytes, last.bytes, `Range: ${label(first.bytes)} ${first.text}-${last.text}`)) {
      throw new ERR_INVALID_ARG_VALUE('start', new SocketAddress({ address: first.text, family: first.family }),
                                      'must come before end');
    }
  }

  addSubnet(network, prefix, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(network)) validateString(family, 'family');
    const base = toAddress(network, 'network', family);
    validateInt32(prefix, 'prefix', 0, base.bytes.length === 4 ? 32 : 128);
    // (-0 passes as 0.)
    BlockList.#handleOf(this).addSubnet(base.bytes, prefix >>> 0, `Subnet: ${label(base.bytes)} ${base.text}/${prefix}`);
  }

  check(address, family = 'ipv4') {
    let parsed;
    if (SocketAddress.isSocketAddress(address)) {
      parsed = parseAddress(address.address, address.family === 'ipv4' ? 'ipv4' : 'ipv6');
    } else {
      validateString(address, 'address');
      validateString(family, 'family');
      const lower = family.toLowerCase();
      if (lower !== 'ipv4' && lower !== 'ipv6') return false;
      parsed = parseAddress(address, lower);
    }
    return parsed !== null && BlockList.#handleOf(this).check(Uint8Array.from(parsed.bytes));
  }

  get rules() {
    return BlockList.#handleOf(this).getRules();
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return '[BlockList]';
    return `BlockList ${inspect({ rules: this.rules }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }

  // A clone refers to the same rules: the message carries them, not a copy.
  [kCloneData]() {
    return { type: 'BlockList', handle: BlockList.#handleOf(this) };
  }
}

Object.setPrototypeOf(BlockList.prototype, Object.prototype);

// A list cloned from another thread or by structuredClone, over the original's rules.
function blockListFromClone({ handle }) {
  return withHandle(new BlockList(), handle);
}

module.exports = { BlockList, blockListFromClone };
