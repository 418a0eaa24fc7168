'use strict';
// Mode: `lode file.js [args]`.
const path = require('path');
const { prepareMainThreadExecution } = require('internal/process/pre_execution');
const { script } = internalBinding('process_methods').getStartupInfo();

const Module = prepareMainThreadExecution(path.resolve(script));
Module.runMain(process.argv[1]);
