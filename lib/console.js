'use strict';
// The global console: a Console over process.stdout and process.stderr.

const { Console } = require('internal/console/constructor');

const globalConsole = new Console({ stdout: process.stdout, stderr: process.stderr });
globalConsole.Console = Console;

module.exports = globalConsole;
