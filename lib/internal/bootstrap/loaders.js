'use strict';
// Startup step 3, first half. Receives the C++ loader (getInternalBinding) and builds the two
// loaders every other builtin uses:
//   - internalBinding(name): the C++ bindings, cached per Environment by C++;
//   - the builtin require: compiles lib/<id>.js (embedded by js2c) once and caches it.
// `internal/*` ids are reachable only from here, never from user code.

const { compileFunction, hasBuiltin, builtinIds } = getInternalBinding('builtins');

function internalBinding(name) {
  return getInternalBinding(name);
}

let internalsExposed = false;
const isUserVisible = (id) => internalsExposed || !id.startsWith('internal/');

class BuiltinModule {
  static map = new Map();

  constructor(id) {
    this.id = id;
    this.filename = `${id}.js`;
    this.exports = {};
    this.loaded = false;
    this.loading = false;
  }

  // --expose-internals: lets user code require internal/* (node's own tests use it).
  static exposeInternals() {
    internalsExposed = true;
  }

  static exists(id) {
    return BuiltinModule.map.has(id) || hasBuiltin(id);
  }

  static canBeRequiredByUsers(id) {
    return isUserVisible(id) && BuiltinModule.exists(id);
  }

  // Ids a user can require, sorted: what `require('module').builtinModules` lists.
  static userVisibleIds() {
    return builtinIds.filter((id) => !id.startsWith('internal/'));
  }

  static get(id) {
    let mod = BuiltinModule.map.get(id);
    if (mod === undefined) {
      if (!hasBuiltin(id)) return undefined;
      mod = new BuiltinModule(id);
      BuiltinModule.map.set(id, mod);
    }
    return mod;
  }

  // Cycles between builtins see the partial exports, as CommonJS modules do.
  compileForInternalLoader() {
    if (this.loaded || this.loading) return this.exports;
    this.loading = true;
    try {
      const fn = compileFunction(this.id);
      fn.call(undefined, this.exports, requireBuiltin, this, process, internalBinding);
      this.loaded = true;
    } finally {
      this.loading = false;
    }
    return this.exports;
  }
}

function requireBuiltin(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  const mod = BuiltinModule.get(id);
  if (mod === undefined) throw new Error(`No such built-in module: ${id}`);
  return mod.compileForInternalLoader();
}

// Lets internal/bootstrap/realm-like code reach the loader itself.
BuiltinModule.map.set('internal/bootstrap/loaders', Object.assign(new BuiltinModule('internal/bootstrap/loaders'), {
  exports: { BuiltinModule, internalBinding, require: requireBuiltin },
  loaded: true,
}));

return { require: requireBuiltin, internalBinding };
