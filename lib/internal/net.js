'use strict';
// IP address parsing shared by net, dns, BlockList and SocketAddress, and the stand-in host
// name lookup net uses until the dns module exists.

// An IPv4 dotted quad without leading zeros: "1.2.3.4", not "01.2.3.4".
const ipv4Part = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const ipv4Pattern = new RegExp(`^${ipv4Part}(?:\\.${ipv4Part}){3}$`);
const hexGroupPattern = /^[0-9a-fA-F]{1,4}$/;
const zonePattern = /^[0-9a-zA-Z\-.:]+$/;

function parseIPv4(text) {
  if (!ipv4Pattern.test(text)) return null;
  return text.split('.').map(Number);
}

// The 16 bytes of an IPv6 address ("::ffff:1.2.3.4" and a "%zone" suffix allowed), or null.
function parseIPv6(text) {
  const percent = text.indexOf('%');
  if (percent !== -1) {
    if (!zonePattern.test(text.slice(percent + 1))) return null;
    text = text.slice(0, percent);
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groupsOf = (part) => (part === '' ? [] : part.split(':'));
  const head = groupsOf(halves[0]);
  const tail = halves.length === 2 ? groupsOf(halves[1]) : [];
  // A trailing dotted quad stands for the last two groups.
  const all = halves.length === 2 ? tail : head;
  let embedded = null;
  if (all.length > 0 && all[all.length - 1].includes('.')) {
    embedded = parseIPv4(all.pop());
    if (embedded === null) return null;
  }
  const groupCount = head.length + tail.length + (embedded ? 2 : 0);
  if (halves.length === 2 ? groupCount > 7 : groupCount !== 8) return null;
  const words = [];
  for (const group of head) {
    if (!hexGroupPattern.test(group)) return null;
    words.push(parseInt(group, 16));
  }
  if (halves.length === 2) {
    for (let i = groupCount; i < 8; i++) words.push(0);
    for (const group of tail) {
      if (!hexGroupPattern.test(group)) return null;
      words.push(parseInt(group, 16));
    }
  }
  const bytes = [];
  for (const word of words) bytes.push(word >> 8, word & 0xff);
  if (embedded) bytes.push(...embedded);
  return bytes;
}

// Like node, these take any value and test its string form.
function isIPv4(input) {
  return ipv4Pattern.test(input);
}

function isIPv6(input) {
  const text = `${input}`;
  return text.includes(':') && parseIPv6(text) !== null;
}

function isIP(input) {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

// Host names from /etc/hosts (read once): lower-cased name -> [{ address, family }].
let hostsTable;
function hostsEntries(name) {
  if (hostsTable === undefined) {
    hostsTable = new Map();
    let text = '';
    try {
      text = require('fs').readFileSync('/etc/hosts', 'latin1');
    } catch {
      // No hosts file: only the built-in localhost below.
    }
    for (const line of text.split('\n')) {
      const [address, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
      const family = isIP(address);
      if (family === 0) continue;
      for (const alias of names) {
        const key = alias.toLowerCase();
        if (!hostsTable.has(key)) hostsTable.set(key, []);
        hostsTable.get(key).push({ address, family });
      }
    }
  }
  return hostsTable.get(name) ?? [];
}

// dns.lookup's shape and argument checks, for what net needs before the dns module exists:
// IP literals, names in /etc/hosts, and localhost; any other name fails with ENOTFOUND as
// getaddrinfo would. The dns module replaces this (net asks for dns.lookup first).
function lookup(hostname, options, callback) {
  const { validateString, validateOneOf } = require('internal/validators');
  if (hostname) validateString(hostname, 'hostname');
  let family = 0;
  if (options?.family != null) {
    if (options.family === 'IPv4') family = 4;
    else if (options.family === 'IPv6') family = 6;
    else {
      validateOneOf(options.family, 'options.family', [0, 4, 6]);
      family = options.family;
    }
  }
  const all = options?.all === true;
  if (!hostname) {
    process.nextTick(() => (all ? callback(null, []) : callback(null, null, family === 6 ? 6 : 4)));
    return;
  }
  let found;
  const literal = isIP(hostname);
  if (literal !== 0) {
    found = [{ address: hostname, family: literal }];
  } else {
    const name = hostname.toLowerCase().replace(/\.$/, '');
    found = hostsEntries(name);
    if (found.length === 0 && name === 'localhost') {
      found = [{ address: '127.0.0.1', family: 4 }, { address: '::1', family: 6 }];
    }
  }
  if (family !== 0) found = found.filter((entry) => entry.family === family);
  process.nextTick(() => {
    if (found.length === 0) {
      const err = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
      err.errno = internalBinding('uv').UV_EAI_NONAME;
      err.code = 'ENOTFOUND';
      err.syscall = 'getaddrinfo';
      err.hostname = hostname;
      callback(err);
    } else if (all) {
      callback(null, found.map((entry) => ({ ...entry })));
    } else {
      callback(null, found[0].address, found[0].family);
    }
  });
}

module.exports = {
  isIP,
  isIPv4,
  isIPv6,
  parseIPv4,
  parseIPv6,
  lookup,
};
