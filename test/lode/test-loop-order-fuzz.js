'use strict';
// Random nestings of nextTick, promise reactions, queueMicrotask, setImmediate, setTimeout and
// I/O callbacks, made by a seeded generator, run under node and under lode: the printed orders
// must be identical. Only orderings node itself guarantees are generated (no timeout racing an
// immediate from the main script or from an immediate, one I/O request at a time).
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const nodeBinary = spawnSync('sh', ['-c', 'command -v node'], { encoding: 'utf8' }).stdout.trim();
if (!nodeBinary) {
  console.log('1..0 # Skipped: node is not installed');
  process.exit(0);
}

// Mulberry32: small, seedable, good enough to pick shapes.
function generator(seed) {
  return () => {
    seed = (seed + 0x6D2B79F5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const schedulers = {
  tick: (body) => `process.nextTick(() => {${body}});`,
  promise: (body) => `Promise.resolve().then(() => {${body}});`,
  micro: (body) => `queueMicrotask(() => {${body}});`,
  immediate: (body) => `setImmediate(() => {${body}});`,
  timeout: (body) => `setTimeout(() => {${body}}, 1);`,
  io: (body) => `io(() => {${body}});`,
};

// Which kinds a callback may schedule, by the macrotask it runs in.
const allowed = {
  main: ['tick', 'promise', 'micro', 'immediate'],
  // Beside a root timeout or I/O request, main may not queue immediates (they would race).
  mainMicrotasksOnly: ['tick', 'promise', 'micro'],
  immediate: ['tick', 'promise', 'micro', 'immediate'],
  // Once timers exist, an immediate queued from an immediate (next iteration) would race them.
  immediateBesideTimers: ['tick', 'promise', 'micro'],
  timeout: ['tick', 'promise', 'micro', 'immediate', 'timeout'],
  io: ['tick', 'promise', 'micro', 'immediate', 'timeout'],
};

function makeProgram(seed) {
  const random = generator(seed);
  let timed = false;
  let nextId = 0;
  let budget = 40;
  let timeouts = 0;
  function build(context, depth) {
    let body = '';
    const count = depth === 0 ? 2 + Math.floor(random() * 3) : Math.floor(random() * 3);
    for (let i = 0; i < count && budget > 0; i++) {
      const kinds = allowed[context].filter((k) => k !== 'timeout' || timeouts < 6);
      const kind = kinds[Math.floor(random() * kinds.length)];
      if (kind === 'timeout') timeouts++;
      budget--;
      const id = `${kind}${nextId++}`;
      let macrotask = ['immediate', 'timeout', 'io'].includes(kind) ? kind : context;
      if (macrotask === 'immediate' && timed) macrotask = 'immediateBesideTimers';
      const inner = depth < 4 ? build(macrotask, depth + 1) : '';
      body += schedulers[kind](`log('${id}');${inner}`);
    }
    return body;
  }
  // The main script starts one of three shapes: plain, one timeout, or one I/O request.
  const shape = Math.floor(random() * 3);
  timed = shape !== 0;
  let main;
  if (shape === 0) main = build('main', 0);
  else if (shape === 1) main = build('mainMicrotasksOnly', 0) + schedulers.timeout(`log('root-timeout');${build('timeout', 1)}`);
  else main = build('mainMicrotasksOnly', 0) + schedulers.io(`log('root-io');${build('io', 1)}`);
  return `'use strict';
const order = [];
const log = (id) => order.push(id);
const io = typeof process.versions.lode === 'string'
  ? ((pool) => (cb) => pool.sleep(0, cb))(require('internal/test/binding').internalBinding('thread_pool'))
  : (cb) => require('fs').stat(__filename, cb);
${main}
process.on('exit', () => console.log(order.join(' ')));
`;
}

const seeds = Number(process.env.LODE_FUZZ_SEEDS) || 30;
const runNode = (program) => spawnSync(nodeBinary, ['-e', program], { encoding: 'utf8' });
const runLode = (program) =>
  spawnSync(process.execPath, ['--expose-internals', '--no-warnings', '-e', program], { encoding: 'utf8' });
for (let seed = 1; seed <= seeds; seed++) {
  const program = makeProgram(seed).replace("require('fs').stat(__filename, cb)", "require('fs').stat('/', cb)");
  const expected = runNode(program);
  let actual = runLode(program);
  assert.strictEqual(expected.status, 0, expected.stderr);
  assert.strictEqual(actual.status, 0, actual.stderr);
  if (actual.stdout === expected.stdout) continue;
  // On a loaded machine a 1 ms timer can become due where it normally is not. A program whose
  // order node itself does not reproduce is timing-dependent, not a lode bug: skip it.
  const again = [runNode(program).stdout, runNode(program).stdout];
  if (again.some((out) => out !== expected.stdout)) continue;
  actual = runLode(program);
  assert.strictEqual(actual.stdout, expected.stdout, `seed ${seed} differs:\n${program}`);
}
