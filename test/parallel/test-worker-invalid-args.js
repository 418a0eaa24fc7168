'use strict';
// new Worker() checks its arguments as node 20 does.
require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

assert.throws(() => new Worker(5), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "filename" argument must be of type string or an instance of URL. Received type number (5)',
});
assert.throws(() => new Worker(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new Worker('relative.js'), {
  name: 'TypeError',
  code: 'ERR_WORKER_PATH',
  message: 'The worker script or module filename must be an absolute path or a relative path starting ' +
           'with \'./\' or \'../\'. Received "relative.js"',
});
assert.throws(() => new Worker('file:///tmp/x.js'), {
  code: 'ERR_WORKER_PATH',
  message: /Wrap file:\/\/ URLs with `new URL`\. Received "file:\/\/\/tmp\/x\.js"$/,
});
assert.throws(() => new Worker(new URL('http://example.com/x.js')), {
  code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file',
});
assert.throws(() => new Worker(new URL('file:///x.js'), { eval: true }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.eval' must be false when 'filename' is not a string. Received true",
});
assert.throws(() => new Worker('1', { eval: true, argv: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.argv" property must be an instance of Array. Received type string (\'x\')',
});
assert.throws(() => new Worker('1', { eval: true, execArgv: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.execArgv" property must be an instance of Array. Received type string (\'x\')',
});
for (const [flags, shown] of [[['--no-such-flag'], '--no-such-flag'], [['--title=x'], '--title=x'],
                              [['--max-old-space-size=10'], '--max-old-space-size=10'],
                              [['--expose-gc', '--bad'], '--expose-gc, --bad'], [['-r'], '-r requires an argument']]) {
  assert.throws(() => new Worker('1', { eval: true, execArgv: flags }), {
    name: 'Error',
    code: 'ERR_WORKER_INVALID_EXEC_ARGV',
    message: `Initiated Worker with invalid execArgv flags: ${shown}`,
  });
}
assert.throws(() => new Worker('1', { eval: true, name: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.name" property must be of type string. Received type number (5)',
});
assert.throws(() => new Worker('1', { eval: true, workerData: { fn() {} } }), {
  name: 'DataCloneError', message: 'fn() {} could not be cloned.',
});
assert.throws(() => new Worker('1', { eval: true, transferList: [1] }), {
  code: 'ERR_INVALID_TRANSFER_OBJECT',
});
