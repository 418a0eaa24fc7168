'use strict';
// Garbage in every argument position of util and util.types: the same errors as node.
require('../common');
const badInput = require('../common/bad-input');
const util = require('util');

badInput.check(__filename, {
  // util.log writes a timestamp, which would make the output differ, not the outcome.
  ...badInput.functionsOf(util, 'util', ['log']),
  ...badInput.functionsOf(util.types, 'util.types'),
  ...badInput.functionsOf(util.inspect, 'util.inspect'),
  ...badInput.functionsOf(util.promisify, 'util.promisify'),
});
