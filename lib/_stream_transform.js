'use strict';
// Old public name of stream.Transform, kept as an alias.

module.exports = require('stream').Transform;
