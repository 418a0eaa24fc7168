'use strict';
// Worker start-up: 20 workers, one after another, each started, run to 'exit'.
const { Worker } = require('worker_threads');
let remaining = 20;
function next() {
  if (remaining-- === 0) return;
  new Worker('', { eval: true }).on('exit', next);
}
next();
