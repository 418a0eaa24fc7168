'use strict';
// package.json "exports" and "imports" as the CommonJS loader uses them: the algorithm node
// documents as PACKAGE_EXPORTS_RESOLVE and PACKAGE_IMPORTS_RESOLVE (doc/api/esm.md), with
// node's errors and deprecation warnings. Results are absolute file names; whether that file
// exists is for the loader to check.

const path = require('path');
const { BuiltinModule } = require('internal/bootstrap/loaders');
const { internalModuleStat } = internalBinding('fs');
const packageJsonReader = require('internal/modules/package_json_reader');
const {
  codes: {
    ERR_INVALID_MODULE_SPECIFIER,
    ERR_INVALID_PACKAGE_CONFIG,
    ERR_INVALID_PACKAGE_TARGET,
    ERR_INVALID_URL_SCHEME,
    ERR_PACKAGE_IMPORT_NOT_DEFINED,
    ERR_PACKAGE_PATH_NOT_EXPORTED,
  },
  genericNodeError,
} = require('internal/errors');

// One lookup in one package's map, and what its errors and warnings name:
//   pkgDir      the folder of the package.json whose map is used
//   base        the file asking, or undefined (a node_modules lookup names none)
//   isImports   whether the map is "imports" rather than "exports"
//   conditions  the condition names accepted besides "default"
function makeScope(pkgDir, base, isImports, conditions) {
  return { pkgDir, pjsonPath: path.join(pkgDir, 'package.json'), base, isImports, conditions };
}

function fieldName(scope) {
  return scope.isImports ? 'imports' : 'exports';
}

function importedFrom(scope) {
  return scope.base ? ` imported from ${scope.base}` : '';
}

// Errors ----------------------------------------------------------------------------------------

function invalidTarget(scope, key, target) {
  // node reports non-string targets (numbers, booleans) by their text.
  return new ERR_INVALID_PACKAGE_TARGET(`${scope.pkgDir}/`, key, String(target), scope.isImports, scope.base);
}

function invalidMatch(scope, match) {
  return new ERR_INVALID_MODULE_SPECIFIER(match.request,
    `request is not a valid match in pattern "${match.key}" for the "${fieldName(scope)}" ` +
    `resolution of ${scope.pjsonPath}`, scope.base);
}

// Read by the loader, which reports it as "Cannot find module '<request>'".
function packageNotFound(scope, name) {
  return genericNodeError(`Cannot find package '${name}' imported from ${scope.pjsonPath}`,
                          { code: 'ERR_MODULE_NOT_FOUND' });
}

// Path segments -----------------------------------------------------------------------------------

// Targets and pattern matches may not walk out of the package or into its dependencies: a
// '.', '..' or 'node_modules' segment (in any case, also percent-encoded) is 'invalid'. An
// empty segment ('//', or a leading or trailing '/') is only deprecated: 'empty'.
function segmentProblem(text) {
  let problem = '';
  for (const segment of text.split(/[/\\]/)) {
    const plain = segment.replace(/%([0-9a-f]{2})/gi, (escape, hex) => String.fromCharCode(parseInt(hex, 16)));
    const lower = plain.toLowerCase();
    if (lower === '.' || lower === '..' || lower === 'node_modules') return 'invalid';
    if (segment === '') problem = 'empty';
  }
  return problem;
}

function warnEmptySegment(scope, resolvedTarget, match, slashesIn) {
  const kind = /[/\\]{2}/.test(slashesIn) ? 'double slash' : 'leading or trailing slash matching';
  const matchedTo = match.request !== match.key ? `matched to "${match.key}" ` : '';
  process.emitWarning(
    `Use of deprecated ${kind} resolving "${resolvedTarget}" for module request "${match.request}" ` +
    `${matchedTo}in the "${fieldName(scope)}" field module resolution of the package at ` +
    `${scope.pjsonPath}${importedFrom(scope)}.`,
    'DeprecationWarning', 'DEP0166');
}

const warnedTrailingSlash = new Set();
function warnTrailingSlashPattern(scope, request) {
  const id = `${scope.pjsonPath}|${request}`;
  if (warnedTrailingSlash.has(id)) return;
  warnedTrailingSlash.add(id);
  process.emitWarning(
    `Use of deprecated trailing slash pattern mapping "${request}" in the "exports" field module ` +
    `resolution of the package at ${scope.pjsonPath}${importedFrom(scope)}. ` +
    'Mapping specifiers ending in "/" is no longer supported.',
    'DeprecationWarning', 'DEP0155');
}

// Targets are URLs relative to the package.json: percent-escapes are decoded, but an encoded
// separator could smuggle a path segment past the checks above, so it is refused.
function targetToFilename(scope, relativeURL) {
  if (/%2f|%5c/i.test(relativeURL)) {
    const href = `file://${encodeURI(scope.pkgDir).replace(/[?#]/g, encodeURIComponent)}/${relativeURL.slice(2)}`;
    throw new ERR_INVALID_MODULE_SPECIFIER(href, 'must not include encoded "/" or "\\" characters', scope.base);
  }
  return path.join(scope.pkgDir, decodeURIComponent(relativeURL.replaceAll('\\', '/')));
}

// Matching a request against a map ---------------------------------------------------------------

// A pattern key beats another when more of it comes before the '*', then when it is longer.
function isMoreSpecific(key, other) {
  const star = key.indexOf('*');
  const otherStar = other.indexOf('*');
  return star > otherStar || (star === otherStar && key.length > other.length);
}

// The entry of `map` for `request` ('.', './sub' or '#name'): the key equal to it, else the
// most specific key with one '*' that matches. Returns { key, request, subpath, isPattern,
// isPathMap } or undefined.
function findEntry(scope, map, request) {
  if (Object.prototype.hasOwnProperty.call(map, request) && !request.includes('*') && !request.endsWith('/')) {
    return { key: request, request, subpath: '', isPattern: false, isPathMap: false };
  }
  let best;
  for (const key of Object.getOwnPropertyNames(map)) {
    const star = key.indexOf('*');
    if (star === -1 || !request.startsWith(key.slice(0, star))) continue;
    // Folder mappings ("./dir/": "./lib/") were removed; requests ending in '/' only warn.
    if (!scope.isImports && request.endsWith('/')) warnTrailingSlashPattern(scope, request);
    const suffix = key.slice(star + 1);
    if (suffix.includes('*') || request.length < key.length || !request.endsWith(suffix)) continue;
    if (best !== undefined && !isMoreSpecific(key, best.key)) continue;
    best = {
      key,
      request,
      subpath: request.slice(star, request.length - suffix.length),
      isPattern: true,
      isPathMap: request.endsWith('/'),
    };
  }
  return best;
}

// Resolving a target ----------------------------------------------------------------------------

// Returns a file name, null when the target excludes the request, or undefined when no
// condition matched. Throws for targets that are not allowed.
function resolveTarget(scope, target, match) {
  if (typeof target === 'string') return resolveTargetString(scope, target, match);
  if (Array.isArray(target)) return resolveFallbacks(scope, target, match);
  if (target === null) return null;
  if (typeof target === 'object') return resolveConditions(scope, target, match);
  throw invalidTarget(scope, match.key, target);
}

function hasURLScheme(text) {
  return /^[a-z][a-z0-9+.-]*:/i.test(text);
}

function resolveTargetString(scope, target, match) {
  const fill = (text) => (match.isPattern ? text.replaceAll('*', match.subpath) : text + match.subpath);
  if (!target.startsWith('./')) {
    // "imports" may also map to another package ("#dep": "dep/sub").
    if (scope.isImports && !target.startsWith('../') && !target.startsWith('/') && !hasURLScheme(target)) {
      return resolveImportedPackage(scope, fill(target));
    }
    throw invalidTarget(scope, match.key, target);
  }
  const targetProblem = segmentProblem(target.slice(2));
  if (targetProblem === 'invalid') throw invalidTarget(scope, match.key, target);
  const resolved = fill(target);
  if (targetProblem === 'empty' && !match.isPathMap) warnEmptySegment(scope, resolved, match, resolved);
  if (match.subpath !== '') {
    const subpathProblem = segmentProblem(match.subpath);
    if (subpathProblem === 'invalid') throw invalidMatch(scope, match);
    if (subpathProblem === 'empty' && !match.isPathMap) warnEmptySegment(scope, resolved, match, match.request);
  }
  return targetToFilename(scope, resolved);
}

// Alternatives, first that resolves wins. Only invalid targets and unmatched conditions fall
// through to the next one: a valid target naming a missing file is still the answer.
function resolveFallbacks(scope, targets, match) {
  if (targets.length === 0) return null;
  let outcome;  // undefined: nothing matched; null: excluded; an Error: the last invalid target
  for (const target of targets) {
    let resolved;
    try {
      resolved = resolveTarget(scope, target, match);
    } catch (err) {
      if (err?.code !== 'ERR_INVALID_PACKAGE_TARGET') throw err;
      outcome = err;
      continue;
    }
    if (resolved === null) outcome = null;
    else if (resolved !== undefined) return resolved;
  }
  if (outcome instanceof Error) throw outcome;
  return outcome;
}

function isArrayIndex(key) {
  return /^(?:0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1;
}

// Conditions are tried in the package's order; "default" always matches.
function resolveConditions(scope, conditions, match) {
  const keys = Object.getOwnPropertyNames(conditions);
  if (keys.some(isArrayIndex)) {
    throw new ERR_INVALID_PACKAGE_CONFIG(scope.pjsonPath, scope.base, '"exports" cannot contain numeric property keys.');
  }
  for (const key of keys) {
    if (key !== 'default' && !scope.conditions.has(key)) continue;
    const resolved = resolveTarget(scope, conditions[key], match);
    if (resolved !== undefined) return resolved;
  }
  return undefined;
}

// Packages named by "imports" targets -------------------------------------------------------------

// 'dep/sub' -> { name: 'dep', subpath: './sub' }, '@s/dep' -> { name: '@s/dep', subpath: '.' }.
function splitBareSpecifier(scope, specifier) {
  let nameEnd = specifier.indexOf('/');
  let valid = true;
  if (specifier.startsWith('@')) {
    if (nameEnd === -1) valid = false;
    else nameEnd = specifier.indexOf('/', nameEnd + 1);
  }
  const name = nameEnd === -1 ? specifier : specifier.slice(0, nameEnd);
  if (!valid || name.startsWith('.') || /[%\\]/.test(name)) {
    throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', scope.pjsonPath);
  }
  return { name, subpath: `.${nameEnd === -1 ? '' : specifier.slice(nameEnd)}` };
}

// A package's entry point when it has no "exports": its "main" as a file, with an extension
// or as a folder's index, then its own index file.
function resolveLegacyMain(scope, pkgDir, config, name) {
  const candidates = [];
  if (typeof config.main === 'string') {
    for (const suffix of ['', '.js', '.json', '.node', '/index.js', '/index.json', '/index.node']) {
      candidates.push(path.resolve(pkgDir, config.main + suffix));
    }
  }
  for (const index of ['index.js', 'index.json', 'index.node']) candidates.push(path.join(pkgDir, index));
  const found = candidates.find((candidate) => internalModuleStat(candidate) === 0);
  if (found === undefined) throw packageNotFound(scope, name);
  return found;
}

// A bare "imports" target is resolved the way node's ES module resolver resolves a package:
// from the node_modules folders above the package.json, through the package's "exports", else
// its "main" or the exact file named (no extensions are added).
function resolveImportedPackage(scope, specifier) {
  if (BuiltinModule.canBeRequiredByUsers(specifier)) {
    // node 20's CommonJS loader gets a node: URL back for a builtin, which is not a file.
    throw new ERR_INVALID_URL_SCHEME('file');
  }
  const { name, subpath } = splitBareSpecifier(scope, specifier);
  const own = packageJsonReader.read(scope.pjsonPath);
  if (own.exists && own.name === name && own.exports != null) {
    return resolveExports(scope.pkgDir, subpath, own.exports, scope.conditions, scope.pjsonPath);
  }
  for (let dir = scope.pkgDir; ; dir = path.dirname(dir)) {
    const pkgDir = path.join(dir, 'node_modules', name);
    if (internalModuleStat(pkgDir) === 1) {
      const config = packageJsonReader.read(path.join(pkgDir, 'package.json'));
      if (config.exists && config.exports != null) {
        return resolveExports(pkgDir, subpath, config.exports, scope.conditions, scope.pjsonPath);
      }
      if (subpath === '.') return resolveLegacyMain(scope, pkgDir, config, name);
      return targetToFilename(makeScope(pkgDir, scope.pjsonPath, false, scope.conditions), subpath);
    }
    if (path.dirname(dir) === dir) break;
  }
  throw packageNotFound(scope, name);
}

// Entry points ----------------------------------------------------------------------------------

// "exports" is either a map of subpaths ('.', './x') or, as a shorthand for { '.': ... }, a
// target: a string, an array, or an object of conditions. Mixing the two kinds of keys is an
// error.
function isMainShorthand(scope, exports) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  const keys = Object.getOwnPropertyNames(exports);
  const isCondition = (key) => !key.startsWith('.');
  if (keys.length > 0 && !keys.every((key) => isCondition(key) === isCondition(keys[0]))) {
    throw new ERR_INVALID_PACKAGE_CONFIG(scope.pjsonPath, scope.base,
      '"exports" cannot contain some keys starting with \'.\' and some not. The exports object must ' +
      'either be an object of package subpath keys or an object of main entry condition name keys only.');
  }
  return keys.length > 0 && isCondition(keys[0]);
}

// The file `subpath` ('.' or './x') of the package in `pkgDir` maps to through `exports`.
function resolveExports(pkgDir, subpath, exports, conditions, base) {
  const scope = makeScope(pkgDir, base, false, conditions);
  const map = isMainShorthand(scope, exports) ? { '.': exports } : exports;
  const match = typeof map === 'object' && map !== null ? findEntry(scope, map, subpath) : undefined;
  if (match !== undefined) {
    const resolved = resolveTarget(scope, map[match.key], match);
    if (resolved !== null && resolved !== undefined) return resolved;
  }
  throw new ERR_PACKAGE_PATH_NOT_EXPORTED(`${pkgDir}/`, subpath, base);
}

// The file '#name' maps to through the "imports" of the package in `pkgDir`, for `base`.
function resolveImports(pkgDir, request, imports, conditions, base) {
  if (request === '#' || request.startsWith('#/') || request.endsWith('/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(request, 'is not a valid internal imports specifier name', base);
  }
  if (typeof imports === 'object' && imports !== null) {
    const scope = makeScope(pkgDir, base, true, conditions);
    const match = findEntry(scope, imports, request);
    if (match !== undefined) {
      const resolved = resolveTarget(scope, imports[match.key], match);
      if (resolved !== null && resolved !== undefined) return resolved;
    }
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(request, `${pkgDir}/`, base);
}

module.exports = { resolveExports, resolveImports };
