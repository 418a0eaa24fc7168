'use strict';
// send() checks: a message is required and must be a string, object, number or boolean;
// options must be an object, the callback a function.
require('../common');
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', () => process.disconnect());
  return;
}

const child = fork(__filename, ['child']);
assert.throws(() => child.send(), { code: 'ERR_MISSING_ARGS', message: 'The "message" argument must be specified' });
assert.throws(() => child.send(Symbol('s')), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => child.send(() => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => child.send('x', null, 'options'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => child.send('x', 5), { code: 'ERR_INVALID_HANDLE_TYPE' });
assert.strictEqual(child.send(null), true);
