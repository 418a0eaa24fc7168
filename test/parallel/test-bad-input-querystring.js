'use strict';
// Garbage in every argument position of querystring: the same errors as node.
require('../common');
const badInput = require('../common/bad-input');
const querystring = require('querystring');

const targets = badInput.functionsOf(querystring, 'querystring', [], { args: ['x', '&', '='] });
badInput.check(__filename, targets);
