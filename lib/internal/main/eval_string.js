'use strict';
// Mode: `lode -e code` and `lode -p code`.
const { prepareMainThreadExecution } = require('internal/process/pre_execution');
const { evaluateScript } = require('internal/process/evaluate');
const { script, printEval } = internalBinding('process_methods').getStartupInfo();

prepareMainThreadExecution();
evaluateScript('[eval]', script, printEval);
