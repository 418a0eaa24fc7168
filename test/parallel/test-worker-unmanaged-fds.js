'use strict';
// trackUnmanagedFds (on by default): descriptors a worker opened with fs.open/openSync and did
// not close are closed when it ends; with the option off they stay open. fs streams count too.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { once } = require('events');
const { Worker } = require('worker_threads');

const code = `
  const fs = require('fs');
  const { parentPort } = require('worker_threads');
  const fd = fs.openSync(${JSON.stringify(__filename)});
  fs.open(${JSON.stringify(__filename)}, (err, asyncFd) => {
    if (err) throw err;
    const closed = fs.openSync(${JSON.stringify(__filename)});
    fs.closeSync(closed);
    parentPort.postMessage([fd, asyncFd]);
  });
`;

async function run(options) {
  const worker = new Worker(code, { eval: true, ...options });
  const [[fds]] = await Promise.all([once(worker, 'message'), once(worker, 'exit')]);
  return fds;
}

(async () => {
  for (const fd of await run({ trackUnmanagedFds: false })) {
    fs.fstatSync(fd);  // still open
    fs.closeSync(fd);
  }
  for (const options of [{}, { trackUnmanagedFds: true }]) {
    for (const fd of await run(options)) {
      assert.throws(() => fs.fstatSync(fd), { code: 'EBADF' });
    }
  }
})().then(common.mustCall());
