'use strict';
// An error leaving vm code has a stack that begins where it was thrown (file:line, the source
// line, a caret), unless displayErrors is false; a script that does not compile too. Left
// uncaught, such an error shows that arrow once.
const common = require('../common');
const assert = require('assert');
const vm = require('vm');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'uncaught') {
  vm.runInThisContext('\n  throw new Error("left")', { filename: 'uncaught-file.vm' });
  return;
}

function stackOf(fn) {
  try {
    fn();
  } catch (err) {
    return err.stack;
  }
  assert.fail('no error');
}

const thrower = 'throw new Error("boom")';
for (const run of [
  () => vm.runInThisContext(thrower, 'f.vm'),
  () => vm.runInNewContext(thrower, {}, 'f.vm'),
  () => vm.runInContext(thrower, vm.createContext(), 'f.vm'),
  () => new vm.Script(thrower, { filename: 'f.vm' }).runInThisContext(),
]) {
  assert.match(stackOf(run), /^f\.vm:1\nthrow new Error\("boom"\)\n\^\n\nError: boom\n/);
}

// Off: the stack is the error's own.
assert.match(stackOf(() => vm.runInThisContext(thrower, { filename: 'f.vm', displayErrors: false })),
             /^Error: boom\n/);

// Offsets: the line counts them, the caret sits under the throw in the source line.
const offset = stackOf(() => vm.runInNewContext('  throw new Error()', {}, {
  filename: 'off.vm', lineOffset: 9, columnOffset: 40,
}));
assert.match(offset, /^off\.vm:10\n {2}throw new Error\(\)\n {2}\^\n\nError\n/);

// A script that does not compile.
assert.match(stackOf(() => new vm.Script('let x = ;', { filename: 'bad.vm' })),
             /^bad\.vm:1\nlet x = ;\n {8}\^\n\nSyntaxError: /);

// A thrown non-error is left alone.
assert.throws(() => vm.runInThisContext('throw 42'), (value) => value === 42);

// Uncaught: the arrow once, then the stack.
const child = spawnSync(process.execPath, [__filename, 'uncaught'], { encoding: 'utf8' });
assert.strictEqual(child.status, 1);
assert.strictEqual(child.stderr.split('uncaught-file.vm:2\n').length, 2, child.stderr);
assert.match(child.stderr, /uncaught-file\.vm:2\n {2}throw new Error\("left"\)\n {2}\^\n\nError: left\n/);
common.mustCall()();
