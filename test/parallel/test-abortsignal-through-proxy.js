'use strict';
// An AbortSignal read through a Proxy (node's tests deep-freeze options objects this way)
// still answers aborted and reason, and fs.promises.readFile honours it; other objects are
// still refused.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const signal = AbortSignal.abort('stop');
const proxied = new Proxy(signal, {});
assert.strictEqual(proxied.aborted, true);
assert.strictEqual(proxied.reason, 'stop');
assert.throws(() => proxied.throwIfAborted(), (reason) => reason === 'stop');
const getter = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get;
assert.throws(() => getter.call({}), { code: 'ERR_INVALID_THIS' });
assert.throws(() => getter.call(new Proxy({}, {})), { code: 'ERR_INVALID_THIS' });

const options = new Proxy({ signal: new Proxy(AbortSignal.abort(), {}) }, {});
assert.rejects(fs.promises.readFile(__filename, options), { name: 'AbortError' }).then(common.mustCall());
