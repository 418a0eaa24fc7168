'use strict';
// url.pathToFileURL: absolute paths (relative ones resolved against the working directory)
// with URL syntax characters escaped and a trailing slash kept; the { windows } option.
require('../common');
const assert = require('assert');
const path = require('path');
const url = require('url');

const cases = [
  ['/a b/c', 'file:///a%20b/c'],
  ['/a%b', 'file:///a%25b'],
  ['/a\\b', 'file:///a%5Cb'],
  ['/a\nb\rc\td', 'file:///a%0Ab%0Dc%09d'],
  ['/a#b?c', 'file:///a%23b%3Fc'],
  ['/é/😀', 'file:///%C3%A9/%F0%9F%98%80'],
  ['/dir/', 'file:///dir/'],
  ['/a/../b', 'file:///b'],
  ['/a;b,c=d&e+f$g@h', 'file:///a;b,c=d&e+f$g@h'],
  ["/~!*()'", "file:///%7E!*()'"],
  ['/[x]{y}|^`"<>', 'file:///%5Bx%5D%7By%7D%7C%5E%60%22%3C%3E'],
  ['/a\u0000b', 'file:///a%00b'],
  ['/%2f', 'file:///%252f'],
  ['/x ', 'file:///x%20'],
  ['/\ud800', 'file:///%EF%BF%BD'],
];
for (const [input, expected] of cases) {
  const result = url.pathToFileURL(input);
  assert.ok(result instanceof URL);
  assert.strictEqual(result.href, expected, JSON.stringify(input));
}
const cwd = url.pathToFileURL(process.cwd()).href;
assert.strictEqual(url.pathToFileURL('rel/x').href, `${cwd}/rel/x`);
assert.strictEqual(url.pathToFileURL('rel/').href, `${cwd}/rel/`);
assert.strictEqual(url.pathToFileURL('.').href, cwd);
assert.strictEqual(url.pathToFileURL('').href, cwd);
// Round trip.
const odd = '/tmp/a b/%/#/?/é';
assert.strictEqual(url.fileURLToPath(url.pathToFileURL(odd)), odd);
assert.strictEqual(url.fileURLToPath(url.pathToFileURL(__filename)), path.resolve(__filename));

for (const value of [5, undefined, null, new URL('file:///x')]) {
  assert.throws(() => url.pathToFileURL(value), {
    code: 'ERR_INVALID_ARG_TYPE', message: /^The "path" argument must be of type string\. Received /,
  });
}

// Windows paths.
const windows = { windows: true };
assert.strictEqual(url.pathToFileURL('C:\\a\\b', windows).href, 'file:///C:/a/b');
assert.strictEqual(url.pathToFileURL('C:\\a\\', windows).href, 'file:///C:/a/');
assert.strictEqual(url.pathToFileURL('C:\\%#?', windows).href, 'file:///C:/%25%23%3F');
assert.strictEqual(url.pathToFileURL('\\\\server\\share\\a b', windows).href, 'file://server/share/a%20b');
assert.strictEqual(url.pathToFileURL('\\\\server\\', windows).href, 'file://server/');
assert.throws(() => url.pathToFileURL('\\\\server', windows), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'path' Missing UNC resource path. Received '\\\\\\\\server'",
});
