'use strict';
// Garbage in every argument position of path.posix and path.win32: the same errors as node.
require('../common');
const badInput = require('../common/bad-input');
const path = require('path');

badInput.check(__filename, {
  ...badInput.functionsOf(path.posix, 'path.posix'),
  ...badInput.functionsOf(path.win32, 'path.win32'),
});
