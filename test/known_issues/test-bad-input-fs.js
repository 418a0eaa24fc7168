'use strict';
// Waits for fs to check its arguments as node 20 does: garbage in every argument position
// of every fs function (sync, callback and promise forms), of the descriptor functions and
// of FileHandle and Dir methods must give node's errors. Differences today, by kind: the
// order of checks (node checks a mode before the descriptor, a callback before the rest),
// ERR_INVALID_ARG_TYPE where lode says ERR_OUT_OF_RANGE for a non-integer descriptor or uid,
// FileHandle methods that throw where node's reject, and a few checks missing or extra.
// That lode never aborts on these is test/parallel/test-bad-input-fs-no-abort.js.
require('../common');
const badInput = require('../common/bad-input');
const { fsTargets } = require('../common/bad-input-fs');

fsTargets().then((targets) => badInput.check(__filename, targets));
