'use strict';
// A 1 GB file copied through createReadStream -> createWriteStream (pipe).
const fs = require('fs');
const path = require('path');
const { bigFile, scratch } = require('./common/fixtures');

const source = bigFile('1gb.txt', 1 << 30);
const target = path.join(scratch('copy'), 'copy.txt');
fs.createReadStream(source).pipe(fs.createWriteStream(target)).on('finish', () => {
  if (fs.statSync(target).size !== 1 << 30) throw new Error('short copy');
});
