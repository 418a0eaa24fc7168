'use strict';
// Mode: `lode -` or piped stdin with no file: the whole of stdin is the script.
const { prepareMainThreadExecution } = require('internal/process/pre_execution');
const { evaluateScript } = require('internal/process/evaluate');
const { readFileUtf8 } = internalBinding('fs');
const { printEval, script } = internalBinding('process_methods').getStartupInfo();
const { UVException } = require('internal/errors');

prepareMainThreadExecution(script === '-' ? '-' : undefined);
const ctx = {};
let code = readFileUtf8(0, 0, ctx);
if (ctx.errno !== undefined) throw new UVException(ctx);
if (code.startsWith('#!')) code = code.slice(code.indexOf('\n') === -1 ? code.length : code.indexOf('\n'));
evaluateScript('[stdin]', code, printEval);
