'use strict';
// 100,000 IPC messages parent -> child and 100,000 back (serialization 'json', or
// BENCH_IPC_MODE); the parent disconnects once the last echo is in, and the child then ends.
const { fork } = require('child_process');
const kCount = 100000;

if (process.argv[2] === 'child') {
  process.on('message', (message) => process.send(message));
} else {
  const child = fork(__filename, ['child'], { serialization: process.env.BENCH_IPC_MODE || 'json' });
  let received = 0;
  child.on('message', () => {
    if (++received === kCount) child.disconnect();
  });
  for (let i = 0; i < kCount; i++) child.send({ i, text: 'ping' });
}
