'use strict';
// url.fileURLToPath: decoded POSIX paths from file: URLs (strings, URL objects or look-alikes),
// node's errors for other schemes, hosts and encoded slashes, and the { windows } option.
require('../common');
const assert = require('assert');
const url = require('url');

const cases = [
  ['file:///a%20b', '/a b'],
  ['file://localhost/a', '/a'],
  ['file:///%E2%82%AC', '/€'],
  ['file:///a%00b', '/a\u0000b'],
  ['file:///C:/x', '/C:/x'],
  ['file:///a%5Cb', '/a\\b'],
  ['file:///a/b/', '/a/b/'],
  ['file:///a/../b', '/b'],
  ['file:', '/'],
];
for (const [input, expected] of cases) {
  assert.strictEqual(url.fileURLToPath(input), expected, input);
  assert.strictEqual(url.fileURLToPath(new URL(input)), expected, input);
}
assert.strictEqual(url.fileURLToPath({ href: 'file:///x', protocol: 'file:', pathname: '/x', hostname: '' }), '/x');

assert.throws(() => url.fileURLToPath('file:///a%2fb'), {
  code: 'ERR_INVALID_FILE_URL_PATH', name: 'TypeError', message: 'File URL path must not include encoded / characters',
});
assert.throws(() => url.fileURLToPath('file:///a%2Fb'), { code: 'ERR_INVALID_FILE_URL_PATH' });
assert.throws(() => url.fileURLToPath('file://host/a'), {
  code: 'ERR_INVALID_FILE_URL_HOST',
  name: 'TypeError',
  message: `File URL host must be "localhost" or empty on ${process.platform}`,
});
assert.throws(() => url.fileURLToPath('http://a/b'), {
  code: 'ERR_INVALID_URL_SCHEME', name: 'TypeError', message: 'The URL must be of scheme file',
});
assert.throws(() => url.fileURLToPath('not a url'), { code: 'ERR_INVALID_URL' });
assert.throws(() => url.fileURLToPath('file:///a%zz'), { name: 'URIError', message: 'URI malformed' });
for (const value of [5, null, undefined, {}, url.parse('file:///x')]) {
  assert.throws(() => url.fileURLToPath(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "path" argument must be of type string or an instance of URL\. Received /,
  });
}

// Windows paths.
const windows = { windows: true };
assert.strictEqual(url.fileURLToPath('file:///C:/a%20b/', windows), 'C:\\a b\\');
assert.strictEqual(url.fileURLToPath('file:///c|/x', windows), 'c:\\x');
assert.strictEqual(url.fileURLToPath('file://server/share/x', windows), '\\\\server\\share\\x');
assert.strictEqual(url.fileURLToPath('file://xn--espaol-zwa.com/x', windows), '\\\\español.com\\x');
assert.throws(() => url.fileURLToPath('file:///x/y', windows), {
  code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must be absolute',
});
for (const input of ['file:///C:/a%2fb', 'file:///C:/a%5cb', 'file:///C:/a%5Cb']) {
  assert.throws(() => url.fileURLToPath(input, windows), {
    code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must not include encoded \\ or / characters',
  });
}
