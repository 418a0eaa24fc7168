'use strict';
// fs checks its arguments as node 20 does: garbage in every argument position of every fs
// function (sync, callback and promise forms), of the descriptor functions and of FileHandle
// and Dir methods gives node's errors, in node's order. That lode never aborts on these is
// also test/parallel/test-bad-input-fs-no-abort.js.
require('../common');
const badInput = require('../common/bad-input');
const { fsTargets } = require('../common/bad-input-fs');

fsTargets().then((targets) => badInput.check(__filename, targets));
