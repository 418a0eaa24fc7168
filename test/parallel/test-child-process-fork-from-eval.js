'use strict';
// fork() from `-e code`: the child runs the module it was given, not the parent's code again
// (process.execArgv holds `-e code`; fork() leaves it out, or each child would fork anew).
// The depth guard keeps a regression from forking without end.
const common = require('../common');
const assert = require('assert');
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const empty = path.join(tmpdir.path, 'empty.js');
fs.writeFileSync(empty, '');

const code = `
  const depth = Number(process.env.FORK_DEPTH || 0);
  if (depth > 1) process.exit(7);
  process.env.FORK_DEPTH = String(depth + 1);
  const child = require('child_process').fork(${JSON.stringify(empty)});
  child.on('exit', (code) => { process.exitCode = code; });
  console.log(typeof process._eval);
`;
const out = execFileSync(process.execPath, ['-e', code], { encoding: 'utf8', env: { ...process.env } });
assert.strictEqual(out.trim(), 'string');
common.mustCall()();
