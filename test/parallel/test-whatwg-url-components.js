'use strict';
// Every getter of a parsed URL: href, origin, protocol, username, password, host, hostname,
// port, pathname, search and hash, for URLs of every kind.
require('../common');
const assert = require('assert');

// [input, base or null, expected getters]
const cases = [
  ["https://user:pass@example.com:8080/a/b?c=d#e",null,{"href":"https://user:pass@example.com:8080/a/b?c=d#e","origin":"https://example.com:8080","protocol":"https:","username":"user","password":"pass","host":"example.com:8080","hostname":"example.com","port":"8080","pathname":"/a/b","search":"?c=d","hash":"#e"}],
  ["http://EXAMPLE.com:80/",null,{"href":"http://example.com/","origin":"http://example.com","protocol":"http:","username":"","password":"","host":"example.com","hostname":"example.com","port":"","pathname":"/","search":"","hash":""}],
  ["ws://h:80/",null,{"href":"ws://h/","origin":"ws://h","protocol":"ws:","username":"","password":"","host":"h","hostname":"h","port":"","pathname":"/","search":"","hash":""}],
  ["wss://h:443/x",null,{"href":"wss://h/x","origin":"wss://h","protocol":"wss:","username":"","password":"","host":"h","hostname":"h","port":"","pathname":"/x","search":"","hash":""}],
  ["ftp://u@h:21/",null,{"href":"ftp://u@h/","origin":"ftp://h","protocol":"ftp:","username":"u","password":"","host":"h","hostname":"h","port":"","pathname":"/","search":"","hash":""}],
  ["http://h:0/",null,{"href":"http://h:0/","origin":"http://h:0","protocol":"http:","username":"","password":"","host":"h:0","hostname":"h","port":"0","pathname":"/","search":"","hash":""}],
  ["foo://u:p@h:99/p?q#f",null,{"href":"foo://u:p@h:99/p?q#f","origin":"null","protocol":"foo:","username":"u","password":"p","host":"h:99","hostname":"h","port":"99","pathname":"/p","search":"?q","hash":"#f"}],
  ["foo:/p",null,{"href":"foo:/p","origin":"null","protocol":"foo:","username":"","password":"","host":"","hostname":"","port":"","pathname":"/p","search":"","hash":""}],
  ["foo:p?q#f",null,{"href":"foo:p?q#f","origin":"null","protocol":"foo:","username":"","password":"","host":"","hostname":"","port":"","pathname":"p","search":"?q","hash":"#f"}],
  ["mailto:a@b.com?subject=hi",null,{"href":"mailto:a@b.com?subject=hi","origin":"null","protocol":"mailto:","username":"","password":"","host":"","hostname":"","port":"","pathname":"a@b.com","search":"?subject=hi","hash":""}],
  ["file:///C:/a/b",null,{"href":"file:///C:/a/b","origin":"null","protocol":"file:","username":"","password":"","host":"","hostname":"","port":"","pathname":"/C:/a/b","search":"","hash":""}],
  ["file://host/share",null,{"href":"file://host/share","origin":"null","protocol":"file:","username":"","password":"","host":"host","hostname":"host","port":"","pathname":"/share","search":"","hash":""}],
  ["blob:https://a.com:443/uuid",null,{"href":"blob:https://a.com:443/uuid","origin":"https://a.com","protocol":"blob:","username":"","password":"","host":"","hostname":"","port":"","pathname":"https://a.com:443/uuid","search":"","hash":""}],
  ["http://[::1]:8080/",null,{"href":"http://[::1]:8080/","origin":"http://[::1]:8080","protocol":"http:","username":"","password":"","host":"[::1]:8080","hostname":"[::1]","port":"8080","pathname":"/","search":"","hash":""}],
  ["http://0x7f.1/",null,{"href":"http://127.0.0.1/","origin":"http://127.0.0.1","protocol":"http:","username":"","password":"","host":"127.0.0.1","hostname":"127.0.0.1","port":"","pathname":"/","search":"","hash":""}],
  ["?x=1#y","http://a/b/c",{"href":"http://a/b/c?x=1#y","origin":"http://a","protocol":"http:","username":"","password":"","host":"a","hostname":"a","port":"","pathname":"/b/c","search":"?x=1","hash":"#y"}],
  ["../d","http://a/b/c/",{"href":"http://a/b/d","origin":"http://a","protocol":"http:","username":"","password":"","host":"a","hostname":"a","port":"","pathname":"/b/d","search":"","hash":""}],
  ["//h2/p","https://h/",{"href":"https://h2/p","origin":"https://h2","protocol":"https:","username":"","password":"","host":"h2","hostname":"h2","port":"","pathname":"/p","search":"","hash":""}],
  ["#","http://a/b",{"href":"http://a/b#","origin":"http://a","protocol":"http:","username":"","password":"","host":"a","hostname":"a","port":"","pathname":"/b","search":"","hash":""}],
  ["?","http://a/b",{"href":"http://a/b?","origin":"http://a","protocol":"http:","username":"","password":"","host":"a","hostname":"a","port":"","pathname":"/b","search":"","hash":""}],
  ["http://a/ä?ä#ä",null,{"href":"http://a/%C3%A4?%C3%A4#%C3%A4","origin":"http://a","protocol":"http:","username":"","password":"","host":"a","hostname":"a","port":"","pathname":"/%C3%A4","search":"?%C3%A4","hash":"#%C3%A4"}],
  ["http://a/%zz?%zz#%zz",null,{"href":"http://a/%zz?%zz#%zz","origin":"http://a","protocol":"http:","username":"","password":"","host":"a","hostname":"a","port":"","pathname":"/%zz","search":"?%zz","hash":"#%zz"}],
  ["http://u%40:p%3A@h/",null,{"href":"http://u%40:p%3A@h/","origin":"http://h","protocol":"http:","username":"u%40","password":"p%3A","host":"h","hostname":"h","port":"","pathname":"/","search":"","hash":""}],
  ["sc://ñ/",null,{"href":"sc://%C3%B1/","origin":"null","protocol":"sc:","username":"","password":"","host":"%C3%B1","hostname":"%C3%B1","port":"","pathname":"/","search":"","hash":""}],
  ["data:,Hello%2C%20World!",null,{"href":"data:,Hello%2C%20World!","origin":"null","protocol":"data:","username":"","password":"","host":"","hostname":"","port":"","pathname":",Hello%2C%20World!","search":"","hash":""}],
];

for (const [input, base, expected] of cases) {
  const url = base === null ? new URL(input) : new URL(input, base);
  const actual = {};
  for (const key of Object.keys(expected)) actual[key] = url[key];
  assert.deepStrictEqual(actual, expected, input);
  assert.strictEqual(url.toString(), expected.href);
  assert.strictEqual(url.toJSON(), expected.href);
  assert.strictEqual(`${url}`, expected.href);
  assert.strictEqual(JSON.stringify({ url }), JSON.stringify({ url: expected.href }));
}
