'use strict';
// util.MIMEType and util.MIMEParams: parsing, lower-casing, quoting, setters and errors.
require('../common');
const assert = require('assert');
const { MIMEType, MIMEParams } = require('util');

const mime = new MIMEType('Text/JavaScript;Charset="utf-8";x=1;;y;z="a\\"b"');
assert.strictEqual(String(mime), 'text/javascript;charset=utf-8;x=1;z="a\\"b"');
assert.strictEqual(mime.essence, 'text/javascript');
assert.strictEqual(mime.type, 'text');
assert.strictEqual(mime.subtype, 'javascript');
assert.deepStrictEqual([...mime.params], [['charset', 'utf-8'], ['x', '1'], ['z', 'a"b']]);
assert.strictEqual(JSON.stringify(mime), JSON.stringify(String(mime)));

for (const [input, message] of [
  ['bad', 'The MIME syntax for a type in "bad" is invalid'],
  ['/x', 'The MIME syntax for a type in "/x" is invalid'],
  ['a/', 'The MIME syntax for a subtype in "a/" is invalid'],
  ['a/b c', 'The MIME syntax for a subtype in "a/b c" is invalid at 1'],
]) {
  assert.throws(() => new MIMEType(input), { code: 'ERR_INVALID_MIME_SYNTAX', name: 'TypeError', message });
}
assert.strictEqual(String(new MIMEType('a/b;c')), 'a/b');
assert.strictEqual(String(new MIMEType('  text/html ; charset = utf-8 ; q="x ')), 'text/html;q="x "');

assert.throws(() => { mime.type = ''; }, { message: 'The MIME syntax for a type in "" is invalid' });
mime.subtype = 'PLAIN';
assert.strictEqual(mime.essence, 'text/plain');
assert.throws(() => mime.params.set('k', 'v\n'), {
  message: 'The MIME syntax for a parameter value in "v\n" is invalid at 1',
});
assert.throws(() => mime.params.set('k y', 'v'), { code: 'ERR_INVALID_MIME_SYNTAX' });
mime.params.set('k', 'a b');
mime.params.set('e', '');
assert.strictEqual(String(mime), 'text/plain;charset=utf-8;x=1;z="a\\"b";k="a b";e=""');
assert.strictEqual(mime.params.get('nope'), null);
assert.strictEqual(mime.params.has('k'), true);
mime.params.delete('k');
assert.deepStrictEqual([...mime.params.keys()], ['charset', 'x', 'z', 'e']);
assert.strictEqual(new MIMEParams().toString(), '');
assert.ok(mime.params instanceof MIMEParams);
