'use strict';
// Old public name of stream.Writable, kept as an alias.

module.exports = require('stream').Writable;
