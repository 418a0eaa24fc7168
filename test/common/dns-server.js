'use strict';
// A tiny DNS server for resolver tests, on 127.0.0.1 over UDP (dgram), answering from a
// zone given as plain objects:
//
//   const { startDNSServer } = require('../common/dns-server');
//   startDNSServer({
//     'example.test': {
//       A: [{ address: '192.0.2.1', ttl: 300 }], AAAA: [{ address: '2001:db8::1', ttl: 60 }],
//       MX: [{ exchange: 'mail.example.test', priority: 10 }], TXT: [['v=spf1', ' -all']],
//       SRV: [{ name: 'sip.example.test', port: 5060, priority: 1, weight: 5 }],
//       CNAME: ['target.test'], NS: ['ns1.example.test'], PTR: ['host.example.test'],
//       SOA: { nsname, hostmaster, serial, refresh, retry, expire, minttl },
//       CAA: [{ critical: 0, tag: 'issue', value: 'ca.test' }],
//       NAPTR: [{ order, preference, flags, service, regexp, replacement }],
//     },
//     'broken.test': 'malformed',   // a reply whose record runs past the packet
//     'silent.test': 'silent',      // no reply at all (the client times out)
//     'refused.test': 'refused',    // rcode REFUSED
//   }, (server, address) => { resolver.setServers([address]); ... server.close(); });
//
// A name not in the zone gets NXDOMAIN; a known name without records of the asked type
// gets an empty answer. ANY returns every record of the name. server.queries lists what
// was asked ({ name, type }).

const dgram = require('dgram');
const net = require('net');

const types = {
  A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35, ANY: 255, CAA: 257,
};
const typeNames = new Map(Object.entries(types).map(([name, code]) => [code, name]));

const RCODE_NXDOMAIN = 3;
const RCODE_REFUSED = 5;

function u16(value) {
  const bytes = Buffer.alloc(2);
  bytes.writeUInt16BE(value);
  return bytes;
}

function u32(value) {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value >>> 0);
  return bytes;
}

// A domain name as uncompressed labels.
function encodeName(name) {
  const parts = [];
  for (const label of name.split('.').filter(Boolean)) {
    const bytes = Buffer.from(label);
    parts.push(Buffer.from([bytes.length]), bytes);
  }
  parts.push(Buffer.from([0]));
  return Buffer.concat(parts);
}

// A <character-string>: a length byte and up to 255 bytes.
function encodeString(text) {
  const bytes = Buffer.from(text);
  return Buffer.concat([Buffer.from([bytes.length]), bytes]);
}

function ipv6Bytes(address) {
  const [head, tail = ''] = address.split('::');
  const groups = (part) => (part === '' ? [] : part.split(':'));
  const left = groups(head);
  const right = address.includes('::') ? groups(tail) : [];
  const words = [...left, ...new Array(8 - left.length - right.length).fill('0'), ...right];
  return Buffer.concat(words.map((word) => u16(parseInt(word, 16))));
}

function recordData(type, record) {
  switch (type) {
    case 'A': return Buffer.from(record.address.split('.').map(Number));
    case 'AAAA': return ipv6Bytes(record.address);
    case 'CNAME':
    case 'NS':
    case 'PTR': return encodeName(record);
    case 'MX': return Buffer.concat([u16(record.priority), encodeName(record.exchange)]);
    case 'TXT': return Buffer.concat(record.map(encodeString));
    case 'SRV':
      return Buffer.concat([u16(record.priority), u16(record.weight), u16(record.port), encodeName(record.name)]);
    case 'SOA':
      return Buffer.concat([
        encodeName(record.nsname), encodeName(record.hostmaster), u32(record.serial), u32(record.refresh),
        u32(record.retry), u32(record.expire), u32(record.minttl),
      ]);
    case 'CAA':
      return Buffer.concat([Buffer.from([record.critical ? 128 : 0]), encodeString(record.tag),
                            Buffer.from(record.value)]);
    case 'NAPTR':
      return Buffer.concat([
        u16(record.order), u16(record.preference), encodeString(record.flags), encodeString(record.service),
        encodeString(record.regexp), encodeName(record.replacement),
      ]);
  }
  throw new Error(`dns-server: cannot encode ${type}`);
}

// One answer record; its owner name points at the question's name (offset 12).
function encodeRecord(type, record) {
  const data = recordData(type, record);
  const ttl = typeof record === 'object' && !Array.isArray(record) && record.ttl !== undefined ? record.ttl : 300;
  return Buffer.concat([Buffer.from([0xc0, 12]), u16(types[type]), u16(1), u32(ttl), u16(data.length), data]);
}

// The question of a query: { id, flags, name, type, questionEnd }, or null if unreadable.
function parseQuery(packet) {
  if (packet.length < 12 || packet.readUInt16BE(4) !== 1) return null;
  const labels = [];
  let offset = 12;
  while (offset < packet.length && packet[offset] !== 0) {
    const length = packet[offset];
    if (length > 63 || offset + 1 + length > packet.length) return null;
    labels.push(packet.toString('latin1', offset + 1, offset + 1 + length));
    offset += 1 + length;
  }
  offset += 1;
  if (offset + 4 > packet.length) return null;
  return {
    id: packet.readUInt16BE(0),
    flags: packet.readUInt16BE(2),
    name: labels.join('.').toLowerCase(),
    type: packet.readUInt16BE(offset),
    questionEnd: offset + 4,
  };
}

function reply(query, packet, rcode, answers) {
  const flags = 0x8000 | (query.flags & 0x0100) | 0x0080 | rcode;  // QR, RD copied, RA
  const header = Buffer.concat([u16(query.id), u16(flags), u16(1), u16(answers.length), u16(0), u16(0)]);
  return Buffer.concat([header, packet.subarray(12, query.questionEnd), ...answers]);
}

function answerFor(zone, query, packet) {
  const entry = zone[query.name];
  if (entry === undefined) return reply(query, packet, RCODE_NXDOMAIN, []);
  if (entry === 'silent') return null;
  if (entry === 'refused') return reply(query, packet, RCODE_REFUSED, []);
  if (entry === 'malformed') {
    // Claims one A record of 4 bytes but carries only 2 of them.
    const record = Buffer.concat([Buffer.from([0xc0, 12]), u16(query.type), u16(1), u32(60), u16(4),
                                  Buffer.from([192, 0])]);
    return reply(query, packet, 0, [record]);
  }
  const typeName = typeNames.get(query.type);
  const wanted = typeName === 'ANY' ? Object.keys(entry).filter((key) => key in types) : [typeName];
  const answers = [];
  for (const type of wanted) {
    let records = entry[type];
    if (records === undefined) continue;
    if (!Array.isArray(records) || type === 'TXT' && !Array.isArray(records[0])) records = [records];
    for (const record of records) answers.push(encodeRecord(type, record));
  }
  return reply(query, packet, 0, answers);
}

// Over UDP, an answer marked truncated (TC) and without records, as a server says "ask me
// over TCP" when the answer does not fit a datagram.
function truncated(answer) {
  const header = Buffer.from(answer.subarray(0, 12));
  header.writeUInt16BE(header.readUInt16BE(2) | 0x0200, 2);  // TC
  header.writeUInt16BE(0, 6);  // no answers
  const questionEnd = 12 + answer.subarray(12).indexOf(0) + 5;
  return Buffer.concat([header, answer.subarray(12, questionEnd)]);
}

// A TCP server answering DNS queries: each message with a two-byte length before it.
function createTCPServer(zone, queries) {
  const tcp = net.createServer((connection) => {
    let pending = Buffer.alloc(0);
    connection.on('data', (data) => {
      pending = Buffer.concat([pending, data]);
      while (pending.length >= 2 && pending.length >= 2 + pending.readUInt16BE(0)) {
        const packet = pending.subarray(2, 2 + pending.readUInt16BE(0));
        pending = pending.subarray(2 + packet.length);
        const query = parseQuery(packet);
        if (query === null) continue;
        queries.push({ name: query.name, type: typeNames.get(query.type) ?? query.type, tcp: true });
        const answer = answerFor(zone, query, packet);
        if (answer !== null) connection.write(Buffer.concat([u16(answer.length), answer]));
      }
    });
    connection.on('error', () => {});
  });
  return tcp;
}

// options.mutate(answer, query) -> the bytes to send instead (for fuzzing the client).
// options.tcp: also serve over TCP on the same port; names whose zone entry has
// `truncated: true` are then answered over UDP with TC set, so the client asks over TCP.
// server.close() closes both.
function startDNSServer(zone, callback, options = {}, attempt = 0) {
  const server = dgram.createSocket('udp4');
  server.queries = [];
  server.on('message', (packet, rinfo) => {
    const query = parseQuery(packet);
    if (query === null) return;
    server.queries.push({ name: query.name, type: typeNames.get(query.type) ?? query.type });
    let answer = answerFor(zone, query, packet);
    if (answer !== null && options.mutate) answer = options.mutate(answer, query);
    if (answer !== null && zone[query.name]?.truncated) answer = truncated(answer);
    if (answer !== null) server.send(answer, rinfo.port, rinfo.address);
  });
  if (!options.tcp) {
    server.bind(0, '127.0.0.1', () => callback(server, `127.0.0.1:${server.address().port}`));
    return;
  }
  // TCP first on a free port, then UDP on the same number; if that one is taken, both
  // start over on another.
  const tcp = createTCPServer(zone, server.queries);
  tcp.listen(0, '127.0.0.1', () => {
    const { port } = tcp.address();
    server.once('error', (err) => {
      tcp.close();
      server.close();
      if (err.code !== 'EADDRINUSE' || attempt === 20) throw err;
      startDNSServer(zone, callback, options, attempt + 1);
    });
    server.bind(port, '127.0.0.1', () => {
      const closeUDP = server.close;
      server.close = function close(done) {
        tcp.close();
        return closeUDP.call(this, done);
      };
      callback(server, `127.0.0.1:${port}`);
    });
  });
}

module.exports = { startDNSServer, types, isIP: net.isIP };
