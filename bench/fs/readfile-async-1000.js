'use strict';
// fs.readFile (callbacks) of 1,000 small files at once, five rounds.
const fs = require('fs');
const { smallFiles } = require('./common/fixtures');

const files = smallFiles('small-1000', 1000);
let rounds = 5;
function round() {
  let pending = files.length;
  for (const file of files) {
    fs.readFile(file, (err, data) => {
      if (err || data.length === 0) throw err || new Error('empty');
      if (--pending === 0 && --rounds > 0) round();
    });
  }
}
round();
