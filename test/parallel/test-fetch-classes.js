'use strict';
// Headers, Request, Response and FormData on their own: construction, checks, the standard's
// iteration order, and the body read once.
const common = require('../common');
const assert = require('assert');

// Headers.
assert.throws(() => new Headers([['a']]), TypeError);
assert.throws(() => new Headers({ 'x y': '1' }), TypeError);
assert.throws(() => new Headers({ a: 'x\ny' }), TypeError);
assert.throws(() => new Headers(5), TypeError);
assert.throws(() => new Headers().get('x y'), TypeError);
assert.throws(() => new Headers().append('a', '\u0100'), TypeError);
assert.throws(() => new Headers().append('a'), TypeError);
{
  const headers = new Headers({ B: ' 2 ', a: '1' });
  headers.append('a', '3');
  headers.append('Set-Cookie', 'x=1');
  headers.append('set-cookie', 'y=2');
  assert.deepStrictEqual([...headers], [['a', '1, 3'], ['b', '2'], ['set-cookie', 'x=1'], ['set-cookie', 'y=2']]);
  assert.strictEqual(headers.get('A'), '1, 3');
  assert.deepStrictEqual(headers.getSetCookie(), ['x=1', 'y=2']);
  assert.strictEqual(headers.get('set-cookie'), 'x=1, y=2');
  assert.strictEqual(headers.has('b'), true);
  headers.set('b', 'z');
  headers.delete('a');
  assert.deepStrictEqual([...headers.keys()], ['b', 'set-cookie', 'set-cookie']);
  const seen = [];
  headers.forEach(function(value, name, self) {
    assert.strictEqual(self, headers);
    assert.strictEqual(this, seen);
    seen.push(`${name}:${value}`);
  }, seen);
  assert.deepStrictEqual(seen, ['b:z', 'set-cookie:x=1', 'set-cookie:y=2']);
  assert.strictEqual(new Headers({ a: '\u00ff' }).get('a'), '\u00ff');
  assert.deepStrictEqual([...new Headers(headers)], [...headers]);
  assert.strictEqual(Object.prototype.toString.call(headers), '[object Headers]');
}

// Request.
assert.throws(() => new Request('/relative'), TypeError);
assert.throws(() => new Request('http://x/', { method: 'CONNECT' }), TypeError);
assert.throws(() => new Request('http://x/', { method: 'GET', body: 'a' }), TypeError);
assert.throws(() => new Request('http://x/', { redirect: 'sideways' }), TypeError);
assert.throws(() => new Request('http://user:pass@x/'), TypeError);
assert.strictEqual(new Request('http://x/', { method: 'get' }).method, 'GET');
{
  const request = new Request('http://x/a#h', { method: 'POST', body: 'hi' });
  assert.strictEqual(request.url, 'http://x/a#h');
  assert.strictEqual(request.headers.get('content-type'), 'text/plain;charset=UTF-8');
  assert.strictEqual(request.redirect, 'follow');
  assert.strictEqual(request.mode, 'cors');
  assert.strictEqual(request.credentials, 'same-origin');
  assert.strictEqual(request.cache, 'default');
  assert.strictEqual(request.bodyUsed, false);
  assert.ok(request.signal instanceof AbortSignal);
  assert.strictEqual(request.duplex, 'half');
  assert.strictEqual(request.keepalive, false);
  const copy = new Request(request);
  assert.strictEqual(copy.method, 'POST');
  assert.strictEqual(Object.prototype.toString.call(request), '[object Request]');
  copy.text().then(common.mustCall((text) => assert.strictEqual(text, 'hi')));
  const formRequest = new Request('http://x', {
    method: 'POST', body: 'q=1&r=2', headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  formRequest.formData().then(common.mustCall((form) => assert.deepStrictEqual([...form], [['q', '1'], ['r', '2']])));
}

// Response.
{
  const response = new Response('x', { status: 201, statusText: 'Made', headers: { a: 'b' } });
  assert.strictEqual(response.status, 201);
  assert.strictEqual(response.statusText, 'Made');
  assert.strictEqual(response.ok, true);
  assert.strictEqual(response.type, 'default');
  assert.strictEqual(response.url, '');
  assert.strictEqual(response.redirected, false);
  assert.strictEqual(response.headers.get('content-type'), 'text/plain;charset=UTF-8');
  assert.strictEqual(response.headers.get('a'), 'b');
}
assert.throws(() => new Response('x', { status: 99 }), RangeError);
assert.throws(() => new Response('x', { status: 204 }), TypeError);
assert.strictEqual(new Response(null, { status: 204 }).status, 204);
assert.strictEqual(Response.error().type, 'error');
assert.strictEqual(Response.error().status, 0);
assert.strictEqual(Response.json({ a: 1 }).headers.get('content-type'), 'application/json');
assert.strictEqual(Response.redirect('http://x/', 307).headers.get('location'), 'http://x/');
assert.throws(() => Response.redirect('http://x/', 200), RangeError);
assert.strictEqual(new Response(new URLSearchParams('a=1')).headers.get('content-type'),
                   'application/x-www-form-urlencoded;charset=UTF-8');
assert.strictEqual(new Response(new Blob(['x'], { type: 'text/html' })).headers.get('content-type'), 'text/html');
assert.strictEqual(new Response(new Uint8Array([1])).headers.get('content-type'), null);
assert.strictEqual(new Response().body, null);

(async () => {
  const response = new Response('{"a":1}');
  assert.deepStrictEqual(await response.json(), { a: 1 });
  assert.strictEqual(response.bodyUsed, true);
  await assert.rejects(response.text(), TypeError);
  assert.throws(() => response.clone(), TypeError);
  assert.deepStrictEqual(new Uint8Array(await new Response('abc').arrayBuffer()), new Uint8Array([97, 98, 99]));
  const blob = await new Response('abc', { headers: { 'content-type': 'text/x' } }).blob();
  assert.strictEqual(blob.size, 3);
  assert.strictEqual(blob.type, 'text/x');
  const original = new Response('zz');
  const clone = original.clone();
  assert.strictEqual(await original.text(), 'zz');
  assert.strictEqual(await clone.text(), 'zz');
  const streamed = new Response(new Response('s1').body);
  assert.strictEqual(await streamed.text(), 's1');
  await assert.rejects(new Response('x', { headers: { 'content-type': 'text/plain' } }).formData(), TypeError);
})().then(common.mustCall());

// FormData.
{
  const form = new FormData();
  form.append('a', '1');
  form.append('b', new Blob(['x'], { type: 'text/plain' }), 'f.txt');
  form.append('a', 'again');
  form.set('a', '2');
  const entries = [...form];
  assert.deepStrictEqual(entries.map(([name]) => name), ['a', 'b']);
  assert.strictEqual(form.get('a'), '2');
  assert.ok(form.get('b') instanceof File);
  assert.strictEqual(form.get('b').name, 'f.txt');
  assert.strictEqual(form.get('b').type, 'text/plain');
  assert.strictEqual(form.get('missing'), null);
  assert.deepStrictEqual(form.getAll('a'), ['2']);
  form.delete('a');
  assert.strictEqual(form.has('a'), false);
  assert.throws(() => form.append('a'), TypeError);
  assert.throws(() => form.append('a', 'not a blob', 'name'), TypeError);
  assert.strictEqual(Object.prototype.toString.call(form), '[object FormData]');
}
assert.strictEqual(typeof fetch, 'function');
assert.strictEqual(fetch.length, 1);
assert.strictEqual(Request.length, 1);
assert.strictEqual(Response.length, 0);
assert.strictEqual(Headers.length, 0);
