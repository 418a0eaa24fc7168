'use strict';
// 200 sequential asynchronous spawns of `true`, each waited for ('close') before the next.
const { spawn } = require('child_process');

let left = 200;
function next() {
  if (left-- === 0) return;
  spawn('true').on('close', next);
}
next();
