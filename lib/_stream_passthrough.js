'use strict';
// Old public name of stream.PassThrough, kept as an alias.

module.exports = require('stream').PassThrough;
