'use strict';
// 10,000 fs.stat calls in flight at once (callbacks), then 10,000 fs.promises.stat.
const fs = require('fs');
const { smallFiles } = require('./common/fixtures');

const files = smallFiles('small-1000', 1000);
let pending = 10000;
for (let i = 0; i < 10000; i++) {
  fs.stat(files[i % files.length], (err, stats) => {
    if (err || !stats.isFile()) throw err || new Error('not a file');
    if (--pending === 0) promises();
  });
}
function promises() {
  const all = [];
  for (let i = 0; i < 10000; i++) all.push(fs.promises.stat(files[i % files.length]));
  Promise.all(all).then((list) => {
    if (list.length !== 10000) throw new Error('missing');
  });
}
