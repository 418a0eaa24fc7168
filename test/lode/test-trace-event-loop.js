'use strict';
// --trace-event-loop: one line per iteration with every phase's time and callbacks, and the
// poll timeout with its reason; --trace-event-loop=file writes Chrome trace-event JSON.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

// The second timer comes well after the first, so that even a machine that stalls the first poll
// for tens of milliseconds still runs them in different iterations.
const program = 'setTimeout(() => setImmediate(() => {}), 5); setTimeout(() => {}, 300);';
const r = spawnSync(process.execPath, ['--trace-event-loop', '-e', program], { encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stderr);
const lines = r.stderr.trim().split('\n');
assert.ok(lines.length >= 3, r.stderr);
const pattern = /^\[loop (\d+)\] timers [\d.]+ms\/(\d+)cb \| pending\+idle\+prepare [\d.]+ms \| poll [\d.]+ms\/(\d+)cb \(timeout (-?\d+)ms: ([^)]+)\) \| check [\d.]+ms\/(\d+)cb \| close [\d.]+ms\/(\d+)cb$/;
const parsed = lines.map((line) => {
  const match = pattern.exec(line);
  assert.ok(match, line);
  return { iteration: +match[1], timers: +match[2], timeout: +match[4], reason: match[5], check: +match[6] };
});
parsed.forEach((p, i) => assert.strictEqual(p.iteration, i + 1));
assert.match(parsed[0].reason, /^next timer in \d+ ms$/);
assert.ok(parsed.some((p) => p.reason === 'pending immediates' && p.timeout === 0), r.stderr);
assert.ok(parsed.some((p) => p.check === 1), 'the immediate ran in a check phase');
assert.ok(parsed.reduce((n, p) => n + p.timers, 0) >= 1);

// Without the flag, nothing is printed.
assert.strictEqual(spawnSync(process.execPath, ['-e', program], { encoding: 'utf8' }).stderr, '');

// JSON: a trace-event file, complete ('X') events named by phase.
const file = `/tmp/lode-trace-${process.pid}.json`;
const j = spawnSync(process.execPath, [`--trace-event-loop=${file}`, '-e', program], { encoding: 'utf8' });
assert.strictEqual(j.status, 0, j.stderr);
assert.strictEqual(j.stderr, '');
// Read and remove it with a child process, so this test needs no fs module.
const trace = JSON.parse(spawnSync('cat', [file], { encoding: 'utf8' }).stdout);
spawnSync('rm', ['-f', file]);
const names = new Set(trace.traceEvents.map((e) => e.name));
for (const phase of ['timers', 'pending+idle+prepare', 'poll', 'check', 'close']) assert.ok(names.has(phase), phase);
for (const event of trace.traceEvents) {
  assert.strictEqual(event.ph, 'X');
  assert.strictEqual(typeof event.ts, 'number');
  assert.ok(event.dur >= 0);
  assert.strictEqual(typeof event.args.iteration, 'number');
}
assert.ok(trace.traceEvents.some((e) => e.name === 'poll' && /next timer/.test(e.args.reason)));
