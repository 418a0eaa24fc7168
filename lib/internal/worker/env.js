'use strict';
// process.env in a worker made without SHARE_ENV: the worker's own copy of the variables
// (taken from the parent when the Worker was made), with process.env's behaviour: values
// become strings, names that are not set fall through to an Object.prototype-like prototype.
// Changes stay in the worker; nothing reaches the real environment.
const { envObjectFrom } = require('internal/process/per_thread');

function createEnvCopy(entries) {
  const store = new Map();
  for (const [name, value] of Object.entries(entries)) store.set(name, `${value}`);
  return envObjectFrom({
    get: (name) => store.get(name),
    set: (name, value) => store.set(name, value),
    delete: (name) => store.delete(name),
    keys: () => [...store.keys()],
  });
}

module.exports = { createEnvCopy };
