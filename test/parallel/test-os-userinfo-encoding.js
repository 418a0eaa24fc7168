'use strict';
// userInfo({ encoding }): 'buffer' gives Buffers of the raw bytes, other encodings decode them.
require('../common');
const assert = require('assert');
const os = require('os');

const info = os.userInfo();
const asBuffers = os.userInfo({ encoding: 'buffer' });
assert.strictEqual(Object.getPrototypeOf(asBuffers), null);
assert.strictEqual(asBuffers.uid, info.uid);
assert.strictEqual(asBuffers.gid, info.gid);
for (const key of ['username', 'homedir', 'shell']) {
  assert.ok(Buffer.isBuffer(asBuffers[key]), key);
  assert.strictEqual(asBuffers[key].toString(), info[key]);
}
// Only an options object names the encoding.
assert.deepStrictEqual(os.userInfo('buffer'), info);
const asHex = os.userInfo({ encoding: 'hex' });
assert.strictEqual(asHex.username, Buffer.from(info.username).toString('hex'));
const asBase64 = os.userInfo({ encoding: 'base64' });
assert.strictEqual(asBase64.homedir, Buffer.from(info.homedir).toString('base64'));
