'use strict';
// IP address parsing shared by net, dns, BlockList and SocketAddress.

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

// Marks the [options, callback] pair net's normalizeArgs made, so that socket.connect()
// given one does not normalize it again (http's agent passes such pairs on).
const normalizedArgsSymbol = Symbol('normalizedArgs');

module.exports = {
  normalizedArgsSymbol,
  isIP,
  isIPv4,
  isIPv6,
  parseIPv4,
  parseIPv6,
};
