'use strict';
const fs = require('fs');
const path = require('path');

const fixturesDir = path.join(__dirname, '..', 'fixtures');

function fixturePath(...parts) {
  return path.join(fixturesDir, ...parts);
}

module.exports = {
  fixturesDir,
  path: fixturePath,
  readSync: (parts, encoding) => fs.readFileSync(fixturePath(...[].concat(parts)), encoding),
};
