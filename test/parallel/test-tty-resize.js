'use strict';
// process.stdout on a terminal emits 'resize' with the new columns and rows when the window
// size changes (the kernel sends SIGWINCH). The terminal is a pty from util-linux's `script`.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (spawnSync('script', ['--version']).error) common.skip('script (util-linux) is not installed');

const child = `
  const { spawnSync } = require('child_process');
  const out = process.stdout;
  const before = [out.columns, out.rows];
  out.on('resize', () => {
    console.log(JSON.stringify([before, out.getWindowSize()]));
    process.exit(0);
  });
  spawnSync('stty', ['cols', '97', 'rows', '33'], { stdio: 'inherit' });
  setTimeout(() => process.exit(3), 5000);
`;
const result = spawnSync('script', ['-qec', `stty cols 80 rows 24; "${process.execPath}" -e "$LODE_PTY_CHILD"`, '/dev/null'],
                         { encoding: 'utf8', env: { ...process.env, LODE_PTY_CHILD: child, NO_COLOR: '1' }, input: '' });
assert.strictEqual(result.status, 0, result.stdout + result.stderr);
assert.deepStrictEqual(JSON.parse(result.stdout.trim()), [[80, 24], [97, 33]]);
