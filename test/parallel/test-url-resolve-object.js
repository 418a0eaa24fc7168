'use strict';
// url.resolveObject(from, to): the resolved Url object, field by field; a falsy `from`
// returns `to` itself.
require('../common');
const assert = require('assert');
const url = require('url');

const fields = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query',
                'pathname', 'path', 'href'];
// [from, to, values of the fields above]
const cases = [
  ["http://a/b/c/d;p?q","g",["http:",true,null,"a",null,"a",null,null,null,"/b/c/g","/b/c/g","http://a/b/c/g"]],
  ["http://a/b/c/d;p?q","../g",["http:",true,null,"a",null,"a",null,null,null,"/b/g","/b/g","http://a/b/g"]],
  ["http://a/b/c/d;p?q","//g",["http:",true,null,"g",null,"g",null,null,null,"/","/","http://g/"]],
  ["http://a/b/c/d;p?q","?y",["http:",true,null,"a",null,"a",null,"?y","y","/b/c/d;p","/b/c/d;p?y","http://a/b/c/d;p?y"]],
  ["http://a/b/c/d;p?q","#s",["http:",true,null,"a",null,"a","#s","?q","q","/b/c/d;p","/b/c/d;p?q","http://a/b/c/d;p?q#s"]],
  ["http://a/b/c/d;p?q","foo:x",["foo:",null,null,"x",null,"x",null,null,null,null,null,"foo:x"]],
  ["http://a/b/c/d;p?q","local2@domain2",["http:",true,null,"a",null,"a",null,null,null,"/b/c/local2@domain2","/b/c/local2@domain2","http://a/b/c/local2@domain2"]],
  ["http://a/b/c/d;p?q","https:g",["https:",true,null,"g",null,"g",null,null,null,"/","/","https://g/"]],
  ["http://a/b/c/d;p?q","http:g",["http:",true,null,"a",null,"a",null,null,null,"/b/c/g","/b/c/g","http://a/b/c/g"]],
  ["http://a/b/c/d;p?q","",["http:",true,null,"a",null,"a",null,"?q","q","/b/c/d;p","/b/c/d;p?q","http://a/b/c/d;p?q"]],
  ["mailto:local1@domain1","g",["mailto:",null,"local1","g",null,"g",null,null,null,null,null,"mailto:local1@g"]],
  ["mailto:local1@domain1","../g",["mailto:",null,"local1","g",null,"g",null,null,null,null,null,"mailto:local1@g"]],
  ["mailto:local1@domain1","//g",["mailto:",true,null,"g",null,"g",null,null,null,null,null,"mailto://g"]],
  ["mailto:local1@domain1","?y",["mailto:",null,"local1","domain1",null,"domain1",null,"?y","y",null,"?y","mailto:local1@domain1?y"]],
  ["mailto:local1@domain1","#s",["mailto:",null,"local1","domain1",null,"domain1","#s",null,null,null,null,"mailto:local1@domain1#s"]],
  ["mailto:local1@domain1","foo:x",["foo:",null,null,"x",null,"x",null,null,null,null,null,"foo:x"]],
  ["mailto:local1@domain1","local2@domain2",["mailto:",null,"local2","domain2",null,"domain2",null,null,null,null,null,"mailto:local2@domain2"]],
  ["mailto:local1@domain1","https:g",["https:",null,null,"g",null,"g",null,null,null,"/","/","https://g/"]],
  ["mailto:local1@domain1","http:g",["http:",null,null,"g",null,"g",null,null,null,"/","/","http://g/"]],
  ["mailto:local1@domain1","",["mailto:",null,"local1","domain1",null,"domain1",null,null,null,null,null,"mailto:local1@domain1"]],
  ["foo:u@h/p","g",["foo:",null,"u","h",null,"h",null,null,null,"/g","/g","foo:u@h/g"]],
  ["foo:u@h/p","../g",["foo:",null,"u","g",null,"g",null,null,null,null,null,"foo:u@g"]],
  ["foo:u@h/p","//g",["foo:",true,null,"g",null,"g",null,null,null,null,null,"foo://g"]],
  ["foo:u@h/p","?y",["foo:",null,"u","h",null,"h",null,"?y","y","/p","/p?y","foo:u@h/p?y"]],
  ["foo:u@h/p","#s",["foo:",null,"u","h",null,"h","#s",null,null,"/p","/p","foo:u@h/p#s"]],
  ["foo:u@h/p","foo:x",["foo:",null,null,"x",null,"x",null,null,null,null,null,"foo:x"]],
  ["foo:u@h/p","local2@domain2",["foo:",null,"u","h",null,"h",null,null,null,"/local2@domain2","/local2@domain2","foo:u@h/local2@domain2"]],
  ["foo:u@h/p","https:g",["https:",null,null,"g",null,"g",null,null,null,"/","/","https://g/"]],
  ["foo:u@h/p","http:g",["http:",null,null,"g",null,"g",null,null,null,"/","/","http://g/"]],
  ["foo:u@h/p","",["foo:",null,"u","h",null,"h",null,null,null,"/p","/p","foo:u@h/p"]],
  ["foo://u@h/p","g",["foo:",true,"u","h",null,"h",null,null,null,"/g","/g","foo://u@h/g"]],
  ["foo://u@h/p","../g",["foo:",true,"u","g",null,"g",null,null,null,null,null,"foo://u@g"]],
  ["foo://u@h/p","//g",["foo:",true,null,"g",null,"g",null,null,null,null,null,"foo://g"]],
  ["foo://u@h/p","?y",["foo:",true,"u","h",null,"h",null,"?y","y","/p","/p?y","foo://u@h/p?y"]],
  ["foo://u@h/p","#s",["foo:",true,"u","h",null,"h","#s",null,null,"/p","/p","foo://u@h/p#s"]],
  ["foo://u@h/p","foo:x",["foo:",true,null,"x",null,"x",null,null,null,null,null,"foo://x"]],
  ["foo://u@h/p","local2@domain2",["foo:",true,"u","h",null,"h",null,null,null,"/local2@domain2","/local2@domain2","foo://u@h/local2@domain2"]],
  ["foo://u@h/p","https:g",["https:",true,null,"g",null,"g",null,null,null,"/","/","https://g/"]],
  ["foo://u@h/p","http:g",["http:",true,null,"g",null,"g",null,null,null,"/","/","http://g/"]],
  ["foo://u@h/p","",["foo:",true,"u","h",null,"h",null,null,null,"/p","/p","foo://u@h/p"]],
  ["file:///a/b","g",["file:",true,null,"",null,"",null,null,null,"/a/g","/a/g","file:///a/g"]],
  ["file:///a/b","../g",["file:",true,null,"",null,"",null,null,null,"/g","/g","file:///g"]],
  ["file:///a/b","//g",["file:",true,null,"g",null,"g",null,null,null,"/","/","file://g/"]],
  ["file:///a/b","?y",["file:",true,null,"",null,"",null,"?y","y","/a/b","/a/b?y","file:///a/b?y"]],
  ["file:///a/b","#s",["file:",true,null,"",null,"","#s",null,null,"/a/b","/a/b","file:///a/b#s"]],
  ["file:///a/b","foo:x",["foo:",null,null,"x",null,"x",null,null,null,null,null,"foo:x"]],
  ["file:///a/b","local2@domain2",["file:",true,null,"",null,"",null,null,null,"/a/local2@domain2","/a/local2@domain2","file:///a/local2@domain2"]],
  ["file:///a/b","https:g",["https:",true,null,"g",null,"g",null,null,null,"/","/","https://g/"]],
  ["file:///a/b","http:g",["http:",true,null,"g",null,"g",null,null,null,"/","/","http://g/"]],
  ["file:///a/b","",["file:",true,null,"",null,"",null,null,null,"/a/b","/a/b","file:///a/b"]],
];

for (const [from, to, expected] of cases) {
  const resolved = url.resolveObject(from, to);
  assert.ok(resolved instanceof url.Url);
  assert.deepStrictEqual(fields.map((field) => resolved[field]), expected, JSON.stringify([from, to]));
}

assert.strictEqual(url.resolveObject('', 'x'), 'x');
assert.strictEqual(url.resolveObject(null, 'x'), 'x');
const relative = url.parse('x:y');
assert.notStrictEqual(url.resolveObject('http://a/b', relative), relative);
assert.strictEqual(url.resolveObject('http://a/b', relative).href, 'x:y');
// The method form accepts a Url or a string.
const base = url.parse('http://a/b/c');
assert.strictEqual(base.resolveObject(url.parse('d')).href, 'http://a/b/d');
assert.strictEqual(base.resolveObject('../e').href, 'http://a/e');
// The fragment always comes from the relative URL.
assert.strictEqual(url.resolveObject('http://a/b#frag', '').hash, null);
assert.strictEqual(url.resolveObject('http://a/b#frag', '').href, 'http://a/b');
