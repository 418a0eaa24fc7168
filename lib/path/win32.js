'use strict';
// `path/win32`: the Windows flavour of path, on every platform.

module.exports = require('path').win32;
