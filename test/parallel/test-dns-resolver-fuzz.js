'use strict';
// Damaged DNS answers (bytes flipped, cut short, lengths and name pointers garbled) for every
// record type: each query must end in a result or an error, never a crash or a hang.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startDNSServer } = require('../common/dns-server');

const zone = {
  'fuzz.test': {
    A: [{ address: '192.0.2.1', ttl: 1 }, { address: '192.0.2.2', ttl: 2 }],
    AAAA: [{ address: '2001:db8::1', ttl: 3 }],
    MX: [{ exchange: 'mail.fuzz.test', priority: 1 }],
    TXT: [['one', 'two'], ['three']],
    NS: ['ns.fuzz.test'],
    SOA: { nsname: 'ns.fuzz.test', hostmaster: 'h.fuzz.test', serial: 1, refresh: 2, retry: 3, expire: 4, minttl: 5 },
    CAA: [{ critical: 0, tag: 'issue', value: 'ca.test' }],
    NAPTR: [{ order: 1, preference: 2, flags: 'S', service: 'x', regexp: '', replacement: 'r.fuzz.test' }],
    SRV: [{ name: 's.fuzz.test', port: 1, priority: 2, weight: 3 }],
    PTR: ['p.fuzz.test'],
    CNAME: ['c.fuzz.test'],
  },
};

// A small deterministic generator, so a failure can be replayed.
let seed = Number(process.env.DNS_FUZZ_SEED) || 0x2545f491;
function random(limit) {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % limit;
}

// The header (id, flags, counts) and the question stay, or c-ares would ignore the answer
// as someone else's; everything after is damaged.
function mutate(answer, query) {
  const bytes = Buffer.from(answer);
  const start = query.questionEnd;
  if (bytes.length <= start) return bytes;
  switch (random(4)) {
    case 0:  // flip some bytes
      for (let i = 0, n = 1 + random(4); i < n; i++) bytes[start + random(bytes.length - start)] = random(256);
      return bytes;
    case 1:  // cut short
      return bytes.subarray(0, start + random(bytes.length - start));
    case 2: {  // a name pointer to anywhere, including itself
      const at = start + random(bytes.length - start - 1);
      bytes[at] = 0xc0 | random(64);
      bytes[at + 1] = random(256);
      return bytes;
    }
    default:  // claim more records than there are
      bytes.writeUInt16BE(1 + random(20), 6);
      return bytes;
  }
}

const methods = ['resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx',
                 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt'];
const rounds = Number(process.env.DNS_FUZZ_ROUNDS) || 25;

startDNSServer(zone, common.mustCall((server, address) => {
  let pending = methods.length * rounds;
  let round = 0;
  // One round at a time, each on a fresh resolver: answers c-ares drops as unreadable
  // then only cost that round a (short) timeout.
  function next() {
    if (round++ === rounds) return;
    const resolver = new dns.Resolver({ timeout: 200, tries: 1 });
    resolver.setServers([address]);
    let left = methods.length;
    for (const method of methods) {
      resolver[method]('fuzz.test', common.mustCall((err, result) => {
        if (err) assert.strictEqual(typeof err.code, 'string');
        else assert.notStrictEqual(result, undefined);
        if (--pending === 0) server.close();
        if (--left === 0) next();
      }));
    }
  }
  next();
}), { mutate });
