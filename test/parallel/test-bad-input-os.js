'use strict';
// Garbage in every argument position of every os function: the same errors as node.
require('../common');
const badInput = require('../common/bad-input');
const os = require('os');

// -0 passes node's checks and then aborts node in its binding; lode takes it as 0.
const targets = badInput.functionsOf(os, 'os', ['setPriority', 'getPriority']);
targets['os.getPriority'] = [os, os.getPriority, { skip: ['-0'] }];
// setPriority(priority) sets this process's priority and setPriority(pid, priority) another
// process's: only numbers that cannot be a valid priority, or a pid no process can have
// (above any pid_max), reach a call that could succeed.
const noPid = 2 ** 31 - 1;
targets['os.setPriority'] = [os, os.setPriority, { args: [], skip: ['-1', '-0'] }];
targets['os.setPriority/pid'] = [os, (pid) => os.setPriority(pid, 0), { args: [], skip: ['-1', '-0'] }];
targets['os.setPriority/priority'] = [os, os.setPriority, { args: [noPid], skip: ['-0'] }];

badInput.check(__filename, targets);
