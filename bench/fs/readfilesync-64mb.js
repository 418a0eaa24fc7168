'use strict';
// readFileSync of a 64 MB file, as bytes and as UTF-8, five times each.
const fs = require('fs');
const { bigFile } = require('./common/fixtures');

const file = bigFile('64mb.txt', 64 << 20);
let total = 0;
for (let i = 0; i < 5; i++) total += fs.readFileSync(file).length;
for (let i = 0; i < 5; i++) total += fs.readFileSync(file, 'utf8').length;
if (total !== 10 * (64 << 20)) throw new Error('short read');
