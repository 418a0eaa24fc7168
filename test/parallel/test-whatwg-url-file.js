'use strict';
// file: URLs: the empty host, 'localhost' dropped, Windows drive letters kept by '..' and
// normalized from 'C|', and resolution against file bases.
require('../common');
const assert = require('assert');

// [input, expected href or null, base]
const cases = [
  ["file:///C:/a/../..","file:///C:/"],
  ["file:/C|/","file:///C:/"],
  ["file:C|/m/","file:///C:/m/"],
  ["file:///one/two/../../../..","file:///"],
  ["file:///c:/..","file:///c:/"],
  ["file://h/C:/a/../../b","file://h/C:/b"],
  ["file://localhost/x","file:///x"],
  ["file://LOCALHOST/x","file:///x"],
  ["file:","file:///"],
  ["file:/","file:///"],
  ["file://","file:///"],
  ["file:///","file:///"],
  ["file:?q","file:///?q"],
  ["file:#f","file:///#f"],
  ["file://x/../y","file://x/y"],
  ["file:\\\\\\\\x","file:////x"],
  ["file://1.2.3.4/","file://1.2.3.4/"],
  ["file://%41/","file://a/"],
  ["file:///c|/x","file:///c:/x"],
  ["file:c|x","file:///c|x"],
  ["file://c|/x","file:///c:/x"],
  ["file://c:/x","file:///c:/x"],
  ["file:..","file:///"],
  ["file:a","file:///a"],
  ["file:///a%2Fb","file:///a%2Fb"],
  ["x","file:///tmp/mock/x","file:///tmp/mock/path"],
  ["..","file:///C:/","file:///C:/a/b"],
  ["../..","file:///C:/","file:///C:/a/b"],
  ["/","file:///C:/","file:///C:/a/b"],
  ["/d","file:///C:/d","file:///C:/a/b"],
  ["c:","c:","file:///tmp/x"],
  ["C|","file:///C:","file:///tmp/x"],
  ["c:/d","c:/d","file:///tmp/x"],
  ["/c:/d","file:///c:/d","file:///tmp/x"],
  ["//h/x","file://h/x","file:///tmp/x"],
  ["\\\\h\\x","file://h/x","file:///tmp/x"],
  ["file:x","file:///tmp/x","file:///tmp/x"],
  ["file:/x","file:///C:/x","file:///C:/a"],
  ["?q","file://host/p?q","file://host/p"],
  ["","file://host/p?q","file://host/p?q#f"],
  ["#g","file:///a#g","file:///a"],
  ["http:x","http://x/","file:///a"],
  ["/c:/x/../..","file:///c:/","file:///"],
  ["file:///C:/../x","file:///C:/x"],
  ["file://spec.whatwg.org/C:/../d","file://spec.whatwg.org/C:/d"],
];

for (const [input, expected, base] of cases) {
  const label = JSON.stringify([input, base]);
  if (expected === null) {
    assert.throws(() => new URL(input, base), { code: 'ERR_INVALID_URL' }, label);
  } else {
    assert.strictEqual(new URL(input, base).href, expected, label);
  }
}

// The file scheme has no origin, credentials or port.
const url = new URL('file:///a');
assert.strictEqual(url.origin, 'null');
url.username = 'user';
url.password = 'secret';
url.port = '8080';
assert.strictEqual(url.href, 'file:///a');
url.host = 'server';
assert.strictEqual(url.href, 'file://server/a');
url.hostname = 'localhost';
assert.strictEqual(url.href, 'file:///a');
