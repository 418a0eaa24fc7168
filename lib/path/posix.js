'use strict';
// `path/posix`: the POSIX flavour of path, on every platform.

module.exports = require('path').posix;
