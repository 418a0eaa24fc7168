'use strict';
// `sys`: the old name of `util`, deprecated since node 1 (DEP0025), kept for old packages.

process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');
module.exports = require('util');
