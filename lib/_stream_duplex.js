'use strict';
// Old public name of stream.Duplex, kept as an alias.

module.exports = require('stream').Duplex;
