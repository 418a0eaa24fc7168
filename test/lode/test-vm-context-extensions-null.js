'use strict';
// vm.compileFunction with a null among contextExtensions: an ERR_INVALID_ARG_TYPE (node 20 lets
// it through its check and then aborts the process).
require('../common');
const assert = require('assert');
const vm = require('vm');

assert.throws(() => vm.compileFunction('return 1', [], { contextExtensions: [null] }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /"options\.contextExtensions\[0\]" property must be of type object/,
});
assert.strictEqual(vm.compileFunction('return x', [], { contextExtensions: [{ x: 3 }] })(), 3);
