'use strict';
// A scratch folder per test process, emptied by refresh().
const fs = require('fs');
const path = require('path');

const root = process.env.LODE_TEST_TMPDIR || path.join(__dirname, '..', '..', 'build', 'tmp');
const tmpPath = path.join(root, `test-${process.pid}`);

function refresh() {
  fs.rmSync(tmpPath, { recursive: true, force: true, maxRetries: 3 });
  fs.mkdirSync(tmpPath, { recursive: true });
  process.on('exit', () => fs.rmSync(tmpPath, { recursive: true, force: true }));
}

module.exports = {
  path: tmpPath,
  refresh,
  resolve: (...parts) => path.join(tmpPath, ...parts),
};
