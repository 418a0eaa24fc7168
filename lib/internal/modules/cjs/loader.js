'use strict';
// The CommonJS loader: Module, require, and node's resolution (relative and absolute paths,
// extensions, index files, node_modules up the tree, package.json main/exports/imports,
// NODE_PATH, the node: scheme). Compilation goes through contextify.compileFunction with
// the parameters (exports, require, module, __filename, __dirname).

const path = require('path');
const { BuiltinModule } = require('internal/bootstrap/loaders');
const { compileFunction, runInThisContext } = internalBinding('contextify');
const { isProxy } = internalBinding('types');
const { readFileUtf8, internalModuleStat, realpath: realpathBinding } = internalBinding('fs');
const packageJsonReader = require('internal/modules/package_json_reader');
const { resolveExports, resolveImports } = require('internal/modules/exports_resolve');
const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_REQUIRE_ESM,
    ERR_UNKNOWN_BUILTIN_MODULE,
  },
  UVException,
} = require('internal/errors');
const { validateString } = require('internal/validators');

const kWrapperParameters = ['exports', 'require', 'module', '__filename', '__dirname'];
const options = process._lodeOptions;
const preserveSymlinks = options['--preserve-symlinks'] === 'true';
const preserveSymlinksMain = options['--preserve-symlinks-main'] === 'true';
const userConditions = (options['--conditions'] ?? '').split('\n').filter(Boolean);
const cjsConditions = new Set(['require', 'node', 'node-addons', ...userConditions]);

// module.parent lives outside the object (node deprecates reading it, DEP0144): the parent
// that first required a module, null for the main module.
const moduleParentCache = new WeakMap();

function Module(id = '', parent = undefined) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  moduleParentCache.set(this, parent);
  if (parent?.children) parent.children.push(this);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

function getModuleParent() { return moduleParentCache.get(this); }
function setModuleParent(value) { moduleParentCache.set(this, value); }
// Reading or writing module.parent warns (DEP0144) only under --pending-deprecation, as in node.
const pendingDeprecation = options['--pending-deprecation'] === 'true' ||
                           process.env.NODE_PENDING_DEPRECATION === '1';
const parentDeprecation = 'module.parent is deprecated due to accuracy issues. Please use ' +
                          'require.main to find program entry point instead.';
const { deprecate } = require('internal/util');

Object.defineProperties(Module.prototype, {
  // A getter, as in node, so util.inspect(module) shows the fields without a class name.
  constructor: { get() { return Module; }, configurable: false, enumerable: false },
  parent: {
    get: pendingDeprecation ? deprecate(getModuleParent, parentDeprecation, 'DEP0144') : getModuleParent,
    set: pendingDeprecation ? deprecate(setModuleParent, parentDeprecation, 'DEP0144') : setModuleParent,
    configurable: false,
    enumerable: false,
  },
  // True while the modules given with -r/--require are being loaded.
  isPreloading: { get() { return preloading; }, configurable: false, enumerable: false },
});
let preloading = false;

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
// The folders searched after node_modules (NODE_PATH, ~/.node_modules, ...). Module.globalPaths
// is a copy for reading: changing it does not change resolution, as in node.
let modulePaths = [];
Module.globalPaths = [];

// Module.wrap/Module.wrapper describe how a module's code is wrapped. Changing either (a few
// tools do) makes modules compile as Module.wrap(source) instead of as a function body.
let wrapperPatched = false;
let wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];
let wrapper = new Proxy([
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
], {
  set(target, property, value, receiver) {
    wrapperPatched = true;
    return Reflect.set(target, property, value, receiver);
  },
  defineProperty(target, property, descriptor) {
    wrapperPatched = true;
    return Reflect.defineProperty(target, property, descriptor);
  },
});
Object.defineProperties(Module, {
  wrap: {
    get() { return wrap; },
    set(value) {
      wrapperPatched = true;
      wrap = value;
    },
    configurable: false,
    enumerable: false,
  },
  wrapper: {
    get() { return wrapper; },
    set(value) {
      wrapperPatched = true;
      wrapper = value;
    },
    configurable: false,
    enumerable: false,
  },
});
Module.builtinModules = Object.freeze(BuiltinModule.userVisibleIds());
// Whether `request` names a builtin a user may require, with or without the node: scheme.
function isBuiltinRequest(request) {
  return BuiltinModule.canBeRequiredByUsers(request.startsWith('node:') ? request.slice(5) : request);
}
Module.isBuiltin = (id) => typeof id === 'string' && isBuiltinRequest(id);

// Paths ---------------------------------------------------------------------------------------

function stat(filename) {
  return internalModuleStat(filename);
}

const realpathCache = new Map();
function toRealPath(requestPath) {
  let real = realpathCache.get(requestPath);
  if (real === undefined) {
    const ctx = {};
    real = realpathBinding(requestPath, undefined, ctx);
    if (ctx.errno !== undefined) throw new UVException({ ...ctx, path: requestPath });
    realpathCache.set(requestPath, real);
  }
  return real;
}

function tryFile(requestPath, isMain) {
  if (stat(requestPath) !== 0) return false;
  if (isMain ? preserveSymlinksMain : preserveSymlinks) return path.resolve(requestPath);
  return toRealPath(requestPath);
}

function tryExtensions(basePath, extensions, isMain) {
  for (const ext of extensions) {
    const found = tryFile(basePath + ext, isMain);
    if (found) return found;
  }
  return false;
}

function tryPackage(requestPath, extensions, isMain, originalPath) {
  const config = packageJsonReader.read(path.resolve(requestPath, 'package.json'));
  const main = config.exists ? config.main : undefined;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), extensions, isMain);
  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename, isMain) ||
    tryExtensions(filename, extensions, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), extensions, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), extensions, isMain);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. ` +
        'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
    process.emitWarning(
      `Invalid 'main' field in '${config.pjsonPath}' of '${main}'. ` +
      'Please either fix that or report it to the module author',
      'DeprecationWarning', 'DEP0128');
  }
  return actual;
}

// Splits a bare request into package name and subpath: '@scope/pkg/x' -> '@scope/pkg', './x'.
// Returns null for requests that cannot name a package in node_modules.
function splitPackageRequest(request) {
  let nameEnd = request.indexOf('/');
  if (request.startsWith('@') && nameEnd > 1) {
    const scopedEnd = request.indexOf('/', nameEnd + 1);
    const unscoped = request.slice(nameEnd + 1, scopedEnd === -1 ? request.length : scopedEnd);
    if (unscoped !== '' && !unscoped.startsWith('.')) nameEnd = scopedEnd;
  }
  const name = nameEnd === -1 ? request : request.slice(0, nameEnd);
  if (name === '' || name.startsWith('.') || /[%\\]/.test(name)) return null;
  return { name, subpath: `.${nameEnd === -1 ? '' : request.slice(nameEnd)}` };
}

// A package in the node_modules folder `nmPath` with "exports" is only reachable through them.
function resolvePackageExports(nmPath, request) {
  const parsed = splitPackageRequest(request);
  if (parsed === null) return undefined;
  const pkgDir = path.resolve(nmPath, parsed.name);
  const config = packageJsonReader.read(path.join(pkgDir, 'package.json'));
  if (!config.exists || config.exports == null) return undefined;
  return finalizeExportsResolution(resolveExports(pkgDir, parsed.subpath, config.exports, cjsConditions),
                                   config.pjsonPath);
}

// A file named by "exports" or "imports" must exist: no extensions or index files are tried.
function finalizeExportsResolution(filename, pjsonPath) {
  if (stat(filename) === 0) return preserveSymlinks ? path.resolve(filename) : toRealPath(filename);
  const err = new Error(`Cannot find module '${filename}'`);
  err.code = 'MODULE_NOT_FOUND';
  err.path = pjsonPath;
  throw err;
}

const trailingSlash = /(?:^|\/)\.?\.$|\/$/;

Module._findPath = function(request, paths, isMain) {
  const absolute = path.isAbsolute(request);
  if (absolute) paths = [''];
  else if (!paths || paths.length === 0) return false;

  const cacheKey = request + '\x00' + paths.join('\x00');
  const cached = Module._pathCache[cacheKey];
  if (cached) return cached;

  const extensions = Object.keys(Module._extensions);
  const endsWithSlash = request.length > 0 && trailingSlash.test(request);
  const isRelative = request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..';

  // A request that climbs out of the search folder ('../x') may work even where that folder
  // does not exist.
  const leavesFolder = isRelative && path.normalize(request).startsWith('..');
  for (const curPath of paths) {
    if (!leavesFolder && curPath && stat(curPath) < 1) continue;
    if (!absolute && !isRelative) {
      // Not cached: node resolves "exports" afresh each time.
      const exported = resolvePackageExports(curPath, request);
      if (exported) return exported;
    }
    const basePath = path.resolve(curPath, request);
    let filename = false;
    const rc = stat(basePath);
    if (!endsWithSlash) {
      if (rc === 0) {
        filename = (isMain ? preserveSymlinksMain : preserveSymlinks) ? path.resolve(basePath) : toRealPath(basePath);
      }
      if (!filename) filename = tryExtensions(basePath, extensions, isMain);
    }
    if (!filename && rc === 1) filename = tryPackage(basePath, extensions, isMain, request);
    if (filename) return (Module._pathCache[cacheKey] = filename);
  }
  return false;
};

// Every node_modules folder from `from` up to the root, nearest first.
Module._nodeModulePaths = function(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  // parts[0] is the empty name before the leading '/': the root's folder is added last.
  for (let i = parts.length; i > 1; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    paths.push(`${parts.slice(0, i).join('/')}/node_modules`);
  }
  paths.push('/node_modules');
  return paths;
};

Module._resolveLookupPaths = function(request, parent) {
  if (isBuiltinRequest(request)) return null;
  // Relative: '.', or '.' followed by '.' or '/' ('..x' counts too, '.x' is a package name).
  const isRelative = request[0] === '.' && (request.length === 1 || request[1] === '.' || request[1] === '/');
  if (!isRelative) {
    const paths = parent?.paths?.length ? [...parent.paths, ...modulePaths] : [...modulePaths];
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function requireStackOf(parent) {
  const stack = [];
  for (let cursor = parent; cursor; cursor = moduleParentCache.get(cursor)) {
    stack.push(cursor.filename || cursor.id);
  }
  return stack;
}

// A package may require itself by its name, through its own "exports".
function resolveSelf(request, parent) {
  if (!parent?.filename) return false;
  const config = packageJsonReader.getPackageScopeConfig(parent.filename);
  if (config === undefined || config.name === undefined || config.exports == null) return false;
  if (request !== config.name && !request.startsWith(`${config.name}/`)) return false;
  const pkgDir = path.dirname(config.pjsonPath);
  const subpath = `.${request.slice(config.name.length)}`;
  return finalizeExportsResolution(resolveExports(pkgDir, subpath, config.exports, cjsConditions, parent.filename),
                                   config.pjsonPath);
}

// '#name' through the "imports" of the package the requiring file belongs to. Returns
// undefined when that package has no "imports": the request is then looked up as usual.
function resolvePackageImport(request, parent) {
  const config = packageJsonReader.getPackageScopeConfig(parent.filename);
  if (config?.imports == null) return undefined;
  let filename;
  try {
    filename = resolveImports(path.dirname(config.pjsonPath), request, config.imports, cjsConditions,
                              parent.filename);
  } catch (err) {
    // A package named by a target that is not installed.
    if (err?.code !== 'ERR_MODULE_NOT_FOUND') throw err;
    const notFound = new Error(`Cannot find module '${request}'`);
    notFound.code = 'MODULE_NOT_FOUND';
    throw notFound;
  }
  return finalizeExportsResolution(filename, config.pjsonPath);
}

Module._resolveFilename = function(request, parent, isMain, options) {
  // An unknown node: id is looked up as a file like any other request, and not found.
  if (isBuiltinRequest(request)) return request;

  let paths;
  if (typeof options === 'object' && options !== null && Array.isArray(options.paths)) {
    const isRelative = request.startsWith('./') || request.startsWith('../');
    paths = [];
    for (const base of options.paths) {
      const fake = new Module('', null);
      fake.paths = Module._nodeModulePaths(base);
      const lookup = isRelative ? [base] : Module._resolveLookupPaths(request, fake);
      for (const candidate of lookup ?? []) if (!paths.includes(candidate)) paths.push(candidate);
    }
  } else if (options?.paths === undefined) {
    paths = Module._resolveLookupPaths(request, parent);
  } else {
    throw new ERR_INVALID_ARG_VALUE('options.paths', options.paths);
  }

  if (request.startsWith('#') && parent?.filename) {
    const imported = resolvePackageImport(request, parent);
    if (imported !== undefined) return imported;
  }

  const self = resolveSelf(request, parent);
  if (self) return self;

  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;

  const requireStack = requireStackOf(parent);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

// Loading -------------------------------------------------------------------------------------

function loadBuiltin(id, request) {
  const mod = BuiltinModule.get(id);
  if (mod === undefined || !BuiltinModule.canBeRequiredByUsers(id)) {
    throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
  }
  return mod.compileForInternalLoader();
}

// While a module is still loading, a module that requires it in a cycle gets its unfinished
// exports. Reading a property they do not have (yet) warns, through a stand-in prototype that
// is swapped back for Object.prototype once the module has loaded.
const circularExportsPrototype = new Proxy({}, {
  get(target, property, receiver) {
    if (property in target || property === '__esModule') return Reflect.get(target, property, receiver);
    warnCircularAccess(property);
    return undefined;
  },
  getOwnPropertyDescriptor(target, property) {
    if (Object.prototype.hasOwnProperty.call(target, property) || property === '__esModule') {
      return Reflect.getOwnPropertyDescriptor(target, property);
    }
    warnCircularAccess(property);
    return undefined;
  },
});

function warnCircularAccess(property) {
  process.emitWarning(`Accessing non-existent property '${String(property)}' of module exports inside ` +
                      'circular dependency');
}

function unfinishedExports(module) {
  const { exports } = module;
  if (typeof exports === 'object' && exports !== null && !isProxy(exports) &&
      Object.getPrototypeOf(exports) === Object.prototype && !exports.__esModule) {
    Object.setPrototypeOf(exports, circularExportsPrototype);
  }
  return exports;
}

function addChild(parent, child) {
  if (parent?.children && !parent.children.includes(child)) parent.children.push(child);
}

Module._load = function(request, parent, isMain) {
  if (request.startsWith('node:')) return loadBuiltin(request.slice(5), request);

  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    addChild(parent, cached);
    return cached.loaded ? cached.exports : unfinishedExports(cached);
  }
  if (BuiltinModule.canBeRequiredByUsers(filename)) return loadBuiltin(filename, request);

  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent?.children) {
        const index = parent.children.indexOf(module);
        if (index !== -1) parent.children.splice(index, 1);
      }
    }
  }
  const { exports } = module;
  if (typeof exports === 'object' && exports !== null && !isProxy(exports) &&
      Object.getPrototypeOf(exports) === circularExportsPrototype) {
    Object.setPrototypeOf(exports, Object.prototype);
  }
  return exports;
};

function findExtension(filename) {
  const name = path.basename(filename);
  let index = 0;
  while ((index = name.indexOf('.', index + 1)) !== -1) {
    const ext = name.slice(index);
    if (Module._extensions[ext]) return ext;
  }
  return '.js';
}

Module.prototype.load = function(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const ext = findExtension(filename);
  if (filename.endsWith('.mjs') && !Module._extensions['.mjs']) {
    throw new ERR_REQUIRE_ESM(filename, true, this.parent?.filename);
  }
  Module._extensions[ext](this, filename);
  this.loaded = true;
};

Module.prototype.require = function(id) {
  validateString(id, 'id');
  if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  return Module._load(id, this, false);
};

function readSource(filename) {
  const ctx = {};
  const text = readFileUtf8(filename, 0, ctx);
  if (ctx.errno !== undefined) throw new UVException({ ...ctx, path: filename });
  return text;
}

Module.prototype._compile = function(content, filename) {
  // A #! line is only valid at the start of a script, not a function body: blank it out,
  // keeping the line count so positions stay right.
  if (content.startsWith('#!')) {
    const end = content.search(/[\n\r\u2028\u2029]/);
    content = end === -1 ? '' : content.slice(end);
  }
  const fn = wrapperPatched ?
    runInThisContext(Module.wrap(content), filename) :
    compileFunction(content, filename, kWrapperParameters);
  const require = makeRequireFunction(this);
  const dirname = path.dirname(filename);
  return fn.call(this.exports, this.exports, require, this, filename, dirname);
};

Module._extensions['.js'] = function(module, filename) {
  const content = readSource(filename);
  if (filename.endsWith('.js') && packageJsonReader.getPackageType(filename) === 'module') {
    throw new ERR_REQUIRE_ESM(filename, false, module.parent?.filename);
  }
  module._compile(content, filename);
};

Module._extensions['.json'] = function(module, filename) {
  const content = readSource(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.node'] = function(module, filename) {
  const err = new Error(`Cannot load native addon '${filename}': addons are not supported by this ` +
                        'version of lode yet');
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

function makeRequireFunction(mod) {
  const require = function require(id) {
    return mod.require(id);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

// The absolute path a file: URL names, or undefined when it names none (another scheme, a
// remote host, an encoded '/', bad percent-encoding). The subset of URL parsing createRequire
// needs, so the loader does not depend on a URL implementation.
function pathFromFileURL(href) {
  if (!/^file:/i.test(href)) return undefined;
  let rest = href.slice(5).replace(/[?#][^]*$/, '').replaceAll('\\', '/');
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    const host = rest.slice(2, slash === -1 ? rest.length : slash);
    if (host !== '' && host.toLowerCase() !== 'localhost') return undefined;
    rest = slash === -1 ? '/' : rest.slice(slash);
  }
  if (/%2f/i.test(rest)) return undefined;
  let decoded;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return undefined;
  }
  // A URL whose path ends in '/', '/.' or '/..' names a folder: keep that visible.
  const resolved = path.resolve('/', decoded);
  const namesFolder = /(?:^|\/)\.{0,2}$/.test(decoded);
  return namesFolder && resolved !== '/' ? `${resolved}/` : resolved;
}

// A URL object as node recognises one (also from other realms): an href and a protocol, and
// none of the legacy url.parse() fields.
function isURLObject(value) {
  return typeof value === 'object' && value !== null && Boolean(value.href) && Boolean(value.protocol) &&
    value.auth === undefined && value.path === undefined;
}

Module.createRequire = function createRequire(filename) {
  let filepath;
  if (isURLObject(filename) || (typeof filename === 'string' && !path.isAbsolute(filename))) {
    filepath = pathFromFileURL(String(filename.href ?? filename));
  } else if (typeof filename === 'string') {
    filepath = filename;
  }
  if (filepath === undefined) {
    throw new ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  const trailing = filepath.endsWith('/');
  const proxyPath = trailing ? path.join(filepath, 'noop.js') : filepath;
  const mod = new Module(proxyPath, null);
  mod.filename = proxyPath;
  mod.paths = Module._nodeModulePaths(mod.path);
  return makeRequireFunction(mod);
};

Module._initPaths = function() {
  const home = process.env.HOME;
  const prefix = path.resolve(process.execPath, '..', '..');
  const paths = [path.resolve(prefix, 'lib', 'node')];
  if (home) {
    paths.unshift(path.resolve(home, '.node_libraries'));
    paths.unshift(path.resolve(home, '.node_modules'));
  }
  const nodePath = process.env.NODE_PATH;
  if (nodePath) paths.unshift(...nodePath.split(path.delimiter).filter(Boolean));
  modulePaths = paths;
  Module.globalPaths = [...paths];
};

// Loads the -r/--require modules, which resolve as if required from a file in the current
// folder.
Module._preloadModules = function(requests) {
  if (!Array.isArray(requests)) return;
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  preloading = true;
  try {
    for (const request of requests) parent.require(request);
  } finally {
    preloading = false;
  }
};

Module.runMain = function(main = process.argv[1]) {
  const resolved = Module._findPath(path.resolve(main), null, true);
  // A missing entry point is MODULE_NOT_FOUND whatever its extension, as in node.
  if (resolved && resolved.endsWith('.mjs')) {
    const err = new Error(`Cannot run ${resolved}: ES modules are not supported by this version of lode yet`);
    err.code = 'ERR_UNKNOWN_FILE_EXTENSION';
    throw err;
  }
  Module._load(main, null, true);
};

Module.syncBuiltinESMExports = function() {};
Module.findSourceMap = function() { return undefined; };
Module.Module = Module;
Module._initPaths();

module.exports = { Module, makeRequireFunction };
