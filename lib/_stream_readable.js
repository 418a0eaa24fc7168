'use strict';
// Old public name of stream.Readable, kept as an alias.

module.exports = require('stream').Readable;
