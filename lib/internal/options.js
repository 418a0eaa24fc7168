'use strict';
// getOptionValue(name): a command-line option as node's internals read it — booleans as
// booleans, numbers as numbers, node's default when the option was not given. lode keeps the
// options given as strings in process._lodeOptions; this is the typed view.

const defaults = {
  __proto__: null,
  '--expose-internals': false,
  '--pending-deprecation': false,
  '--zero-fill-buffers': false,
  '--insecure-http-parser': false,
  '--max-http-header-size': 16 * 1024,
  '--redirect-warnings': '',
  '--unhandled-rejections': '',
  '--deprecation': true,
  '--warnings': true,
  '--throw-deprecation': false,
  '--trace-deprecation': false,
  '--trace-warnings': false,
  '--trace-uncaught': false,
  '--experimental-vm-modules': false,
  '--preserve-symlinks': false,
  '--preserve-symlinks-main': false,
  '--input-type': '',
  '--title': '',
};

function getOptionValue(name) {
  let given = process._lodeOptions?.[name];
  // As node's: NODE_PENDING_DEPRECATION=1 is the flag given in the environment.
  if (name === '--pending-deprecation' && given === undefined && process.env.NODE_PENDING_DEPRECATION === '1') {
    given = 'true';
  }
  const fallback = defaults[name];
  if (given === undefined) return fallback;
  if (typeof fallback === 'boolean') return given !== 'false';
  if (typeof fallback === 'number') {
    const number = Number(given);
    return Number.isNaN(number) ? fallback : number;
  }
  return given;
}

module.exports = { getOptionValue };
