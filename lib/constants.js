'use strict';
// The deprecated `constants` module (DEP0008, documentation-only, so no warning): one
// frozen object holding os.constants' dlopen, errno, priority and signals groups, then the
// fs constants, in node's order. Node adds crypto.constants last; lode will once it has
// crypto.

const { constants: osConstants } = require('os');
const { fs: fsConstants } = internalBinding('constants');

const constants = {};
for (const group of [osConstants.dlopen, osConstants.errno, osConstants.priority, osConstants.signals, fsConstants]) {
  Object.assign(constants, group);
}

module.exports = Object.freeze(constants);
