'use strict';
// writeFileSync of 10,000 small files.
const fs = require('fs');
const path = require('path');
const { scratch } = require('./common/fixtures');

const dir = scratch('write');
const data = 'some small file contents\n'.repeat(4);
for (let i = 0; i < 10000; i++) fs.writeFileSync(path.join(dir, `f${i}`), data);
