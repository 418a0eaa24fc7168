'use strict';
// userInfo(): a null-prototype record of the current user; unknown encodings read as utf8.
require('../common');
const assert = require('assert');
const os = require('os');

const info = os.userInfo();
assert.strictEqual(Object.getPrototypeOf(info), null);
assert.deepStrictEqual(Object.keys(info), ['uid', 'gid', 'username', 'homedir', 'shell']);
assert.ok(Number.isInteger(info.uid) && info.uid >= 0);
assert.ok(Number.isInteger(info.gid) && info.gid >= 0);
assert.strictEqual(typeof info.username, 'string');
assert.ok(info.username.length > 0);
assert.strictEqual(typeof info.homedir, 'string');
assert.ok(info.shell === null || typeof info.shell === 'string');

for (const options of [undefined, null, {}, 'utf8', { encoding: 'utf8' }, { encoding: 'UTF-8' },
                       { encoding: 'no-such-encoding' }, { encoding: 5 }, 5]) {
  assert.deepStrictEqual(os.userInfo(options), info);
}

// homedir() comes from HOME first, like libuv's uv_os_homedir.
const home = process.env.HOME;
process.env.HOME = '/some/where/else';
assert.strictEqual(os.homedir(), '/some/where/else');
process.env.HOME = home;
assert.strictEqual(os.homedir(), home);
