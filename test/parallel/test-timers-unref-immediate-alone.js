'use strict';
// A loop with nothing ref'd runs no iteration: an unref'd immediate (or an unref'd 0 ms
// timer) left alone never runs, and the process exits at once; loopStart is still marked.
require('../common');
const assert = require('assert');
const { execFileSync } = require('child_process');

const code = `
  setImmediate(() => console.log('immediate ran')).unref();
  setTimeout(() => console.log('timer ran'), 0).unref();
  process.on('beforeExit', () => {
    console.log('loopStart', require('perf_hooks').performance.nodeTiming.loopStart > 0);
  });
`;
const out = execFileSync(process.execPath, ['-e', code], { encoding: 'utf8' });
assert.strictEqual(out, 'loopStart true\n');
