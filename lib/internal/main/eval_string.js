'use strict';
// Mode: `lode -e code` and `lode -p code`.
const { prepareMainThreadExecution } = require('internal/process/pre_execution');
const { evaluateScript } = require('internal/process/evaluate');
const { script, printEval } = internalBinding('process_methods').getStartupInfo();

// As node's: the code run, which fork() takes out of the execArgv its children inherit.
process._eval = script;
prepareMainThreadExecution();
evaluateScript('[eval]', script, printEval);
