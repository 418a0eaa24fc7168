'use strict';
// ChildProcess is public, and its spawn() checks its options (rather than reaching the
// binding with a wrong one): options an object, file a string, args and envPairs arrays.
const common = require('../common');
const assert = require('assert');
const { ChildProcess } = require('child_process');

for (const options of [undefined, null, 'x', 1]) {
  assert.throws(() => new ChildProcess().spawn(options), { code: 'ERR_INVALID_ARG_TYPE' });
}
for (const file of [undefined, null, 1, {}]) {
  assert.throws(() => new ChildProcess().spawn({ file, args: [] }), {
    code: 'ERR_INVALID_ARG_TYPE', message: /"options\.file"/,
  });
}
assert.throws(() => new ChildProcess().spawn({ file: 'x', args: 'y' }), { message: /"options\.args"/ });
assert.throws(() => new ChildProcess().spawn({ envPairs: {}, stdio: ['ignore', 'ignore', 'ignore', 'ipc'] }),
              { message: /"options\.envPairs"/ });

const child = new ChildProcess();
child.spawn({ file: process.execPath, args: [process.execPath, '-e', '0'], stdio: 'ignore' });
assert(Number.isInteger(child.pid));
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
