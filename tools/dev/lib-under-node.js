'use strict';
// Development aid: run a script under *node*, but with lode's lib/ modules standing in for
// node's builtins wherever lib/ has one. Lets a JS module be exercised before the lode binary
// can run it. Usage: node --expose-internals --no-warnings tools/dev/lib-under-node.js script.js
const path = require('path');
const fs = require('fs');
const Module = require('module');
const { internalBinding } = require('internal/test/binding');

const libDir = path.join(__dirname, '..', '..', 'lib');
const cache = new Map();

function libFile(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  const file = path.join(libDir, id + '.js');
  return fs.existsSync(file) ? { id, file } : null;
}

function loadLib({ id, file }) {
  if (cache.has(id)) return cache.get(id).exports;
  const mod = { id, exports: {} };
  cache.set(id, mod);
  const wrapper = `(function (exports, require, module, process, internalBinding) {${fs.readFileSync(file, 'utf8')}\n})`;
  const fn = require('vm').runInThisContext(wrapper, { filename: file });
  const libRequire = (request) => {
    const found = libFile(request);
    return found ? loadLib(found) : require(request);
  };
  fn.call(mod.exports, mod.exports, libRequire, mod, process, internalBinding);
  return mod.exports;
}

const originalLoad = Module._load;
Module._load = function(request, parent, isMain) {
  const found = !isMain && libFile(request);
  if (found && !request.startsWith('internal/')) return loadLib(found);
  return originalLoad.apply(this, arguments);
};

const script = path.resolve(process.argv[2]);
process.argv.splice(1, 1);
Module.runMain(script);
