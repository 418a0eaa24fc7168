'use strict';
// Running code given as a string (-e, -p, stdin) the way node does: as a script in the
// global scope, with module, exports, require, __filename and __dirname set up as if it
// were a module in the current folder.

const path = require('path');
const { runInThisContext } = internalBinding('contextify');

function evaluateScript(name, code, print) {
  const { Module, makeRequireFunction } = require('internal/modules/cjs/loader');
  const cwd = process.cwd();
  const module = new Module(name, null);
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  const globals = {
    module,
    exports: module.exports,
    require: makeRequireFunction(module),
    __filename: name,
    __dirname: '.',
  };
  for (const [key, value] of Object.entries(globals)) {
    Object.defineProperty(globalThis, key, { value, writable: true, configurable: true, enumerable: false });
  }
  // As in node's -e, -p and REPL: every builtin module is a global (`os.cpus()`), loaded on use.
  for (const id of Module.builtinModules) {
    if (id.includes('/') || id.startsWith('_') || id in globalThis) continue;
    Object.defineProperty(globalThis, id, {
      configurable: true,
      enumerable: false,
      get() {
        const exports = globals.require(id);
        Object.defineProperty(globalThis, id, { value: exports, writable: true, configurable: true, enumerable: false });
        return exports;
      },
      set(value) {
        Object.defineProperty(globalThis, id, { value, writable: true, configurable: true, enumerable: false });
      },
    });
  }
  const result = runInThisContext(code, name);
  if (print) console.log(result);
  return result;
}

module.exports = { evaluateScript };
