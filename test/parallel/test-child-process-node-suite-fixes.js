'use strict';
// child_process behaviours node's own tests check: maxBuffer with a stream decoded by a later
// setEncoding(), execFileSync keeping whole reads past maxBuffer, and argument checks (argv0
// with a NUL, fork's args and stdio strings, serialization values).
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');

{
  const child = cp.exec(`"${process.execPath}" -e "console.log('\u4e2d\u6587\u6d4b\u8bd5')"`,
                        { encoding: null, maxBuffer: 10 }, common.mustCall((err, stdout) => {
                          assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
                          assert.strictEqual(stdout, '\u4e2d\u6587\u6d4b\u8bd5\n');
                        }));
  child.stdout.setEncoding('utf8');
}

assert.throws(() => cp.execFileSync(process.execPath, ['-e', 'console.log("this is stdout")'], { maxBuffer: 1 }),
              (err) => {
                assert.strictEqual(err.code, 'ENOBUFS');
                assert.strictEqual(err.stdout.toString(), 'this is stdout\n');
                return true;
              });

assert.throws(() => cp.exec(process.execPath, { argv0: 'B\0X' }, common.mustNotCall()),
              { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => cp.fork(__filename, 'str'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.fork(__filename, { stdio: '33' }), { code: 'ERR_INVALID_ARG_VALUE' });
for (const serialization of [null, 42, 'foo']) {
  assert.throws(() => cp.spawn(process.execPath, [], { serialization }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: `The property 'options.serialization' must be one of: undefined, 'json', 'advanced'. ` +
      `Received ${require('util').inspect(serialization)}`,
  });
}
