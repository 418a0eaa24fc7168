'use strict';
// Mode: `lode --check file.js`: compile without running; a syntax error is reported and exits 1.
const path = require('path');
const { compileFunction } = internalBinding('contextify');
const { readFileUtf8 } = internalBinding('fs');
const { UVException } = require('internal/errors');
const { script } = internalBinding('process_methods').getStartupInfo();

const filename = path.resolve(script);
const ctx = {};
let code = readFileUtf8(filename, 0, ctx);
if (ctx.errno !== undefined) throw new UVException({ ...ctx, path: filename });
if (code.startsWith('#!')) code = code.slice(code.indexOf('\n') === -1 ? code.length : code.indexOf('\n'));
compileFunction(code, filename, ['exports', 'require', 'module', '__filename', '__dirname']);
