'use strict';
// On a terminal (a pty made by util-linux's `script`), process.stdout and process.stdin are
// tty streams: sizes, colors, raw mode and the cursor helpers.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (spawnSync('script', ['--version']).error) common.skip('script (util-linux) is not installed');

const child = `
  const tty = require('tty');
  const out = process.stdout;
  const report = {
    stdout: [out instanceof tty.WriteStream, out.isTTY, out._type, typeof out.columns, typeof out.rows],
    size: JSON.stringify(out.getWindowSize()) === JSON.stringify([out.columns, out.rows]),
    stdin: [process.stdin instanceof tty.ReadStream, process.stdin.isTTY, process.stdin.isRaw],
    isatty: [tty.isatty(0), tty.isatty(1), tty.isatty(2)],
    depth: typeof out.getColorDepth(),
  };
  process.stdin.setRawMode(true);
  report.raw = process.stdin.isRaw;
  process.stdin.setRawMode(false);
  report.cooked = process.stdin.isRaw;
  out.write('<');
  out.cursorTo(3);
  out.cursorTo(1, 2);
  out.moveCursor(-1, 2);
  out.clearLine(1);
  out.clearScreenDown();
  out.write('>\\n' + JSON.stringify(report) + '\\n');
`;
const result = spawnSync('script', ['-qec', `"${process.execPath}" -e "$LODE_PTY_CHILD"`, '/dev/null'],
                         { encoding: 'utf8', env: { ...process.env, LODE_PTY_CHILD: child }, input: '' });
assert.strictEqual(result.status, 0, result.stderr);
const lines = result.stdout.split('\r\n');
assert.strictEqual(lines[0], '<\x1b[4G\x1b[3;2H\x1b[1D\x1b[2B\x1b[0K\x1b[0J>');
assert.deepStrictEqual(JSON.parse(lines[1]), {
  stdout: [true, true, 'tty', 'number', 'number'],
  size: true,
  stdin: [true, true, false],
  isatty: [true, true, true],
  depth: 'number',
  raw: true,
  cooked: false,
});
