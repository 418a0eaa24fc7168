'use strict';
// fetch() against a local http server: methods and bodies both ways, headers, JSON, streamed
// responses, redirects in each mode, abort before and during the body, and network errors.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    switch (url.pathname) {
      case '/echo':
        res.setHeader('content-type', 'application/json');
        res.setHeader('set-cookie', ['a=1', 'b=2']);
        res.end(JSON.stringify({ method: req.method, body, type: req.headers['content-type'] ?? null,
                                 custom: req.headers['x-custom'] ?? null, length: req.headers['content-length'] ?? null }));
        break;
      case '/redirect': {
        const status = Number(url.searchParams.get('status') || 302);
        res.writeHead(status, { location: `/echo?from=${status}` });
        res.end();
        break;
      }
      case '/loop':
        res.writeHead(302, { location: '/loop' });
        res.end();
        break;
      case '/slow':
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('first part;');
        // The rest never comes: the client aborts.
        break;
      case '/stream': {
        res.writeHead(200, { 'content-type': 'text/plain' });
        let n = 0;
        const timer = setInterval(() => {
          res.write(`chunk${n};`);
          if (++n === 5) {
            clearInterval(timer);
            res.end();
          }
        }, 1);
        break;
      }
      case '/empty':
        res.writeHead(204);
        res.end();
        break;
      default:
        res.writeHead(404, 'Nope');
        res.end('missing');
    }
  });
});

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;

  // GET with a custom header; JSON back; set-cookie kept apart.
  let response = await fetch(`${base}/echo`, { headers: { 'X-Custom': 'yes' } });
  assert.strictEqual(response.status, 200);
  assert.strictEqual(response.ok, true);
  assert.strictEqual(response.type, 'basic');
  assert.strictEqual(response.url, `${base}/echo`);
  assert.strictEqual(response.redirected, false);
  assert.deepStrictEqual(response.headers.getSetCookie(), ['a=1', 'b=2']);
  assert.deepStrictEqual(await response.json(), { method: 'GET', body: '', type: null, custom: 'yes', length: null });
  assert.strictEqual(response.bodyUsed, true);
  await assert.rejects(response.text(), TypeError);

  // POST bodies: string, URLSearchParams, bytes, FormData, a Blob, a stream.
  response = await fetch(`${base}/echo`, { method: 'POST', body: 'hello' });
  assert.deepStrictEqual(await response.json(),
                         { method: 'POST', body: 'hello', type: 'text/plain;charset=UTF-8', custom: null, length: '5' });
  response = await fetch(`${base}/echo`, { method: 'POST', body: new URLSearchParams({ a: '1', b: 'x y' }) });
  assert.deepStrictEqual((await response.json()).body, 'a=1&b=x+y');
  response = await fetch(`${base}/echo`, { method: 'PUT', body: new Uint8Array([104, 105]) });
  assert.deepStrictEqual(await response.json(), { method: 'PUT', body: 'hi', type: null, custom: null, length: '2' });
  const form = new FormData();
  form.append('field', 'value');
  form.append('file', new Blob(['file body'], { type: 'text/plain' }), 'a.txt');
  response = await fetch(`${base}/echo`, { method: 'POST', body: form });
  const echoed = await response.json();
  assert.match(echoed.type, /^multipart\/form-data; boundary=/);
  // The server's view of the form parses back into the same entries.
  const parsed = await new Response(echoed.body, { headers: { 'content-type': echoed.type } }).formData();
  assert.strictEqual(parsed.get('field'), 'value');
  assert.strictEqual(parsed.get('file').name, 'a.txt');
  assert.strictEqual(await parsed.get('file').text(), 'file body');
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('streamed '));
      controller.enqueue(new TextEncoder().encode('body'));
      controller.close();
    },
  });
  response = await fetch(`${base}/echo`, { method: 'POST', body: stream, duplex: 'half' });
  assert.strictEqual((await response.json()).body, 'streamed body');

  // A response body read as a stream, chunk by chunk.
  response = await fetch(`${base}/stream`);
  let text = '';
  const decoder = new TextDecoder();
  for await (const chunk of response.body) {
    assert.ok(chunk instanceof Uint8Array);
    text += decoder.decode(chunk, { stream: true });
  }
  assert.strictEqual(text, 'chunk0;chunk1;chunk2;chunk3;chunk4;');

  // 404 and 204.
  response = await fetch(`${base}/missing`);
  assert.strictEqual(response.status, 404);
  assert.strictEqual(response.statusText, 'Nope');
  assert.strictEqual(response.ok, false);
  assert.strictEqual(await response.text(), 'missing');
  response = await fetch(`${base}/empty`);
  assert.strictEqual(response.status, 204);
  assert.strictEqual(response.body, null);

  // Redirects: followed (a 303 after POST becomes GET), manual, error, and a loop.
  response = await fetch(`${base}/redirect?status=301`);
  assert.strictEqual(response.redirected, true);
  assert.strictEqual(response.url, `${base}/echo?from=301`);
  assert.strictEqual((await response.json()).method, 'GET');
  response = await fetch(`${base}/redirect?status=303`, { method: 'POST', body: 'dropped' });
  assert.deepStrictEqual(await response.json(), { method: 'GET', body: '', type: null, custom: null, length: null });
  response = await fetch(`${base}/redirect?status=307`, { method: 'POST', body: 'kept' });
  assert.deepStrictEqual((await response.json()).body, 'kept');
  response = await fetch(`${base}/redirect`, { redirect: 'manual' });
  assert.strictEqual(response.status, 302);
  assert.strictEqual(response.headers.get('location'), '/echo?from=302');
  await assert.rejects(fetch(`${base}/redirect`, { redirect: 'error' }), { name: 'TypeError', message: 'fetch failed' });
  await assert.rejects(fetch(`${base}/loop`), { name: 'TypeError', message: 'fetch failed' });

  // Abort: before the request, and while the body is arriving.
  const aborted = AbortSignal.abort();
  await assert.rejects(fetch(`${base}/echo`, { signal: aborted }), { name: 'AbortError' });
  const controller = new AbortController();
  response = await fetch(`${base}/slow`, { signal: controller.signal });
  const reader = response.body.getReader();
  assert.strictEqual(decoder.decode((await reader.read()).value), 'first part;');
  controller.abort();
  await assert.rejects(reader.read(), { name: 'AbortError' });

  // Network errors and bad input.
  await assert.rejects(fetch('http://127.0.0.1:1/'), { name: 'TypeError', message: 'fetch failed' });
  await assert.rejects(fetch('not a url'), TypeError);
  await assert.rejects(fetch(`${base}/echo`, { method: 'GET', body: 'x' }), TypeError);

  server.close();
}));
