'use strict';
// Every fs function, the descriptor functions, and FileHandle and Dir methods with garbage in
// every argument position: lode answers each (returns, throws or rejects) and never aborts,
// not even on what node 20 aborts on (a Symbol descriptor, modes of 2^31, proxies of buffer
// lists) or on -0 after the first argument (node aborts on it as a mode or flag). Whether
// the answers are node's is test/known_issues/test-bad-input-fs.js.
require('../common');
const badInput = require('../common/bad-input');
const { fsTargets } = require('../common/bad-input-fs');

// -0 in every position after the first (the first may be a descriptor, and -0 is fd 0).
function callWithNegativeZero(targets) {
  for (const [thisArg, fn, options = {}] of Object.values(targets)) {
    const valid = options.args || [];
    for (let position = 1; position <= valid.length; position++) {
      try {
        const result = fn.apply(thisArg, [...valid.slice(0, position), -0]);
        if (result instanceof Promise) result.catch(() => {});
      } catch {
        // Refused is fine; aborting is not.
      }
    }
  }
}

fsTargets().then(async (targets) => {
  await badInput.run(targets);
  if (process.versions.lode) callWithNegativeZero(targets);
});
