'use strict';
// Flags: --expose-internals
// The 'advanced' IPC decoder meets hostile bytes: random frames, valid frames with bytes
// flipped, host-object tags with lies in their lengths. Every frame either decodes or is
// refused with an error (the channel then reports ERR_IPC_BAD_MESSAGE); nothing crashes.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] !== 'child') {
  const result = spawnSync(process.execPath, ['--expose-internals', __filename, 'child'], { encoding: 'utf8' });
  assert.strictEqual(result.status, 0, result.stderr);
  assert.match(result.stdout, /decoded \d+, refused \d+/);
  return;
}

const { internalBinding } = require('internal/test/binding');
const serdes = internalBinding('serdes');
const { viewTag, viewOfBytes } = require('internal/serdes_views');
serdes.setIpcHooks(viewTag, (object) => ({ ...object }), viewOfBytes);

let seed = 7;
const random = (n) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const samples = [
  { a: 1, list: [1, 2, 3], text: 'hello' },
  new Map([[1, { deep: new Set([Buffer.from('x')]) }]]),
  [new Uint16Array([1, 2, 3]), new Float64Array([1.5]), new DataView(new ArrayBuffer(8))],
  { blob: new Blob(['b']), big: 12345678901234567890n },
];
let decoded = 0;
let refused = 0;
function tryDecode(bytes) {
  try {
    serdes.ipcDeserialize(bytes, 5, bytes.length - 5);
    decoded++;
  } catch {
    refused++;
  }
}
for (let round = 0; round < 20000; round++) {
  let frame;
  if (round % 3 === 0) {
    frame = Buffer.alloc(5 + random(64));
    for (let i = 5; i < frame.length; i++) frame[i] = random(256);
    if (frame.length > 7) { frame[5] = 0xff; frame[6] = 0x0f; }  // a valid header, then junk
  } else {
    frame = Buffer.from(serdes.ipcSerialize(samples[random(samples.length)], 0));
    for (let flips = 1 + random(4); flips > 0; flips--) frame[5 + random(frame.length - 5)] = random(256);
    if (round % 3 === 2) frame = frame.subarray(0, 5 + random(frame.length - 5));  // cut short
  }
  tryDecode(frame);
}
console.log(`decoded ${decoded}, refused ${refused}`);
