'use strict';
// The llhttp binding: heads as arrays, bodies as offsets into the input, pipelined messages,
// chunked bodies, upgrades, and malformed input reported as errors (never thrown, never fatal).
// Flags: --expose-internals
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (!process.execArgv.includes('--expose-internals')) {
  const r = spawnSync(process.execPath, ['--expose-internals', '--no-warnings', __filename], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr + r.stdout);
  return;
}

const { HTTPParser, methods } = require('internal/test/binding').internalBinding('http_parser');

function parse(type, chunks, options) {
  const parser = new HTTPParser();
  parser.initialize(type, options);
  const events = [];
  let current;
  parser[HTTPParser.kOnMessageBegin] = () => events.push('begin');
  parser[HTTPParser.kOnHeadersComplete] = (major, minor, headers, method, url, status, message, upgrade, keepAlive,
                                           complete) => {
    events.push({ major, minor, headers, method, url, status, message, upgrade, keepAlive });
    // A request that ends with its head comes in one call: no kOnMessageComplete follows.
    if (complete) events.push('complete');
    return 0;
  };
  parser[HTTPParser.kOnBody] = (offset, length) => events.push(Buffer.from(current.subarray(offset, offset + length)).toString());
  parser[HTTPParser.kOnMessageComplete] = () => events.push('complete');
  const results = [];
  for (const chunk of chunks) {
    current = Buffer.from(chunk, 'latin1');
    results.push(parser.execute(current));
  }
  return { results, events };
}

// Two pipelined requests, header values trimmed, split across chunks anywhere.
const text = 'GET /a?b=1 HTTP/1.1\r\nHost: x\r\nX-A:  v1  \r\n\r\nPOST /p HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc';
const whole = parse(HTTPParser.REQUEST, [text]);
assert.deepStrictEqual(whole.results, [text.length]);
assert.deepStrictEqual(whole.events, [
  'begin',
  { major: 1, minor: 1, headers: ['Host', 'x', 'X-A', 'v1'], method: 'GET', url: '/a?b=1',
    status: undefined, message: undefined, upgrade: false, keepAlive: true },
  'complete',
  'begin',
  { major: 1, minor: 1, headers: ['Content-Length', '3'], method: 'POST', url: '/p',
    status: undefined, message: undefined, upgrade: false, keepAlive: true },
  'abc',
  'complete',
]);
for (let split = 1; split < text.length; split += 7) {
  const pieces = parse(HTTPParser.REQUEST, [text.slice(0, split), text.slice(split)]);
  const joined = pieces.events.map((e) => (typeof e === 'string' ? e : JSON.stringify(e)));
  // Body text may arrive in two pieces; join adjacent strings that are not markers.
  assert.deepStrictEqual(joined.filter((e) => e === 'begin' || e === 'complete').length, 4);
  assert.strictEqual(pieces.events.filter((e) => typeof e === 'object')[1].url, '/p');
}

// A chunked response.
const chunked = parse(HTTPParser.RESPONSE, ['HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n']);
assert.strictEqual(chunked.events[1].status, 200);
assert.strictEqual(chunked.events[1].message, 'OK');
assert.deepStrictEqual(chunked.events.slice(2), ['abc', 'complete']);

// Upgrade: the parser stops after the head and says how many bytes were HTTP.
const upgrade = parse(HTTPParser.REQUEST, ['GET / HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\nRAW']);
assert.strictEqual(upgrade.results[0], upgrade.results[0] | 0);
assert.strictEqual(upgrade.events[1].upgrade, true);

// Hostile input: each is an error object with llhttp's code, not an exception.
const bad = (chunks, options) => parse(HTTPParser.REQUEST, chunks, options).results.at(-1);
assert.strictEqual(bad(['GARBAGE\r\n\r\n']).code, 'HPE_INVALID_METHOD');
assert.strictEqual(bad(['GET / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n']).code,
                   'HPE_UNEXPECTED_CONTENT_LENGTH');
assert.strictEqual(bad(['GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n']).code,
                   'HPE_UNEXPECTED_CONTENT_LENGTH');
assert.strictEqual(bad(['POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n']).code, 'HPE_INVALID_CHUNK_SIZE');
const overflow = bad([`GET / HTTP/1.1\r\nX: ${'a'.repeat(100)}\r\n\r\n`], { maxHeaderSize: 50 });
assert.strictEqual(overflow.code, 'HPE_HEADER_OVERFLOW');
assert.strictEqual(typeof overflow.bytesParsed, 'number');
assert.strictEqual(bad(['GET / HTTP/1.1\r\nX: a\r\n  folded\r\n\r\n']).code, 'HPE_INVALID_HEADER_TOKEN');

assert.ok(methods.includes('GET') && methods.includes('PATCH') && methods.includes('CONNECT'));

// The callback slots behave as the parser's own properties (C++ keeps them in internal fields):
// set, read back, listed, deleted; other indexes are ordinary elements.
{
  const parser = new HTTPParser();
  parser.initialize(HTTPParser.REQUEST, {});
  assert.strictEqual(parser[HTTPParser.kOnHeadersComplete], undefined);
  assert.strictEqual(HTTPParser.kOnHeadersComplete in parser, false);
  const seen = [];
  parser[HTTPParser.kOnHeadersComplete] = function(major, minor, headers, method, url) {
    seen.push(method, url, this === parser);
  };
  parser[7] = 'seven';
  assert.strictEqual(typeof parser[HTTPParser.kOnHeadersComplete], 'function');
  assert.strictEqual(HTTPParser.kOnHeadersComplete in parser, true);
  assert.deepStrictEqual(Object.keys(parser).sort(), [String(HTTPParser.kOnHeadersComplete), '7']);
  assert.strictEqual(parser[7], 'seven');
  parser.execute(Buffer.from('GET /x HTTP/1.1\r\nHost: a\r\n\r\n'));
  assert.deepStrictEqual(seen, ['GET', '/x', true]);
  delete parser[HTTPParser.kOnHeadersComplete];
  assert.strictEqual(parser[HTTPParser.kOnHeadersComplete], undefined);
  parser.execute(Buffer.from('GET /y HTTP/1.1\r\nHost: a\r\n\r\n'));
  assert.deepStrictEqual(seen, ['GET', '/x', true]);
}
