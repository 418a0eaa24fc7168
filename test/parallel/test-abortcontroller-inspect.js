'use strict';
// util.inspect() of AbortController and AbortSignal, as Node prints them.
require('../common');
const assert = require('assert');
const util = require('util');

const controller = new AbortController();
assert.strictEqual(util.inspect(controller), 'AbortController { signal: AbortSignal { aborted: false } }');
assert.strictEqual(util.inspect(controller.signal), 'AbortSignal { aborted: false }');
controller.abort();
assert.strictEqual(util.inspect(controller), 'AbortController { signal: AbortSignal { aborted: true } }');
assert.strictEqual(util.inspect(AbortSignal.abort()), 'AbortSignal { aborted: true }');

// Depth.
const fresh = new AbortController();
assert.strictEqual(util.inspect(fresh, { depth: 0 }), 'AbortController [Object]');
assert.strictEqual(util.inspect(fresh.signal, { depth: 0 }), 'AbortSignal [Object]');
assert.strictEqual(util.inspect({ fresh }, { depth: 2 }),
                   '{ fresh: AbortController { signal: AbortSignal { aborted: false } } }');
assert.strictEqual(util.inspect({ fresh }, { depth: 1 }), '{ fresh: AbortController { signal: [AbortSignal] } }');
assert.strictEqual(util.inspect({ fresh }, { depth: 0 }), '{ fresh: AbortController {} }');
assert.strictEqual(util.inspect({ signal: fresh.signal }, { depth: 0 }), '{ signal: [AbortSignal] }');

// Other own properties are not shown.
const extended = new AbortController();
extended.extra = 1;
extended.signal.extra = 2;
assert.strictEqual(util.inspect(extended), 'AbortController { signal: AbortSignal { aborted: false } }');

// Layout options and colors pass through.
assert.strictEqual(util.inspect(new AbortController(), { compact: false }),
                   'AbortController {\n  signal: AbortSignal {\n    aborted: false\n  }\n}');
assert.strictEqual(util.inspect(new AbortController(), { colors: true }),
                   'AbortController { signal: AbortSignal { aborted: \u001b[33mfalse\u001b[39m } }');
assert.strictEqual(util.inspect({ signal: fresh.signal }, { depth: 0, colors: true }),
                   '{ signal: \u001b[36m[AbortSignal]\u001b[39m }');

assert.throws(() => util.inspect(Object.create(AbortSignal.prototype)), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type AbortSignal',
});
