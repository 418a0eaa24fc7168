'use strict';
// package.json "exports" and "imports": mapping a subpath through targets, patterns and
// conditions to a file, with node's errors for what a package does not export.

const {
  codes: {
    ERR_INVALID_PACKAGE_CONFIG,
    ERR_INVALID_PACKAGE_TARGET,
    ERR_PACKAGE_IMPORT_NOT_DEFINED,
    ERR_PACKAGE_PATH_NOT_EXPORTED,
    ERR_INVALID_MODULE_SPECIFIER,
  },
} = require('internal/errors');
const path = require('path');

const invalidSegment = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;

function isConditionsObject(exports, pjsonPath, base) {
  if (typeof exports === 'string' || Array.isArray(exports) || exports === null || typeof exports !== 'object') {
    return false;
  }
  const keys = Object.keys(exports);
  let sawDot = false;
  let sawOther = false;
  for (const key of keys) {
    if (key.startsWith('.')) sawDot = true;
    else sawOther = true;
  }
  if (sawDot && sawOther) {
    throw new ERR_INVALID_PACKAGE_CONFIG(pjsonPath, base,
      '"exports" cannot contain some keys starting with \'.\' and some not.' +
      ' The exports object must either be an object of package subpath keys' +
      ' or an object of main entry condition name keys only.');
  }
  return sawOther;
}

// Returns an absolute path, null when the target explicitly excludes the subpath, or
// undefined when no condition matched.
function resolveTarget(pkgDir, target, subpath, key, pattern, isImports, conditions, base) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      if (isImports && !target.startsWith('../') && !target.startsWith('/')) {
        // A bare specifier in "imports" resolves like a dependency.
        return { bare: pattern ? target.replaceAll('*', subpath) : target + subpath };
      }
      throw new ERR_INVALID_PACKAGE_TARGET(pkgDir + path.sep, key, target, isImports, base);
    }
    if (invalidSegment.test(target.slice(2))) {
      throw new ERR_INVALID_PACKAGE_TARGET(pkgDir + path.sep, key, target, isImports, base);
    }
    if (subpath !== '' && invalidSegment.test(subpath)) {
      throw new ERR_INVALID_MODULE_SPECIFIER(key.replace('*', subpath),
        `request is not a valid match in pattern "${key}" for the "${isImports ? 'imports' : 'exports'}" resolution of ${pkgDir}${path.sep}package.json`, base);
    }
    const resolved = path.join(pkgDir, pattern ? target.replaceAll('*', subpath) : target + subpath);
    return resolved;
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastError;
    for (const candidate of target) {
      let resolved;
      try {
        resolved = resolveTarget(pkgDir, candidate, subpath, key, pattern, isImports, conditions, base);
      } catch (err) {
        lastError = err;
        if (err.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw err;
      }
      if (resolved === undefined) continue;
      if (resolved === null) {
        lastError = null;
        continue;
      }
      return resolved;
    }
    if (lastError === undefined || lastError === null) return lastError;
    throw lastError;
  }
  if (target !== null && typeof target === 'object') {
    for (const condition of Object.keys(target)) {
      if (/^\d+$/.test(condition)) {
        throw new ERR_INVALID_PACKAGE_CONFIG(path.join(pkgDir, 'package.json'), base,
          '"exports" cannot contain numeric property keys.');
      }
    }
    for (const condition of Object.keys(target)) {
      if (condition === 'default' || conditions.has(condition)) {
        const resolved = resolveTarget(pkgDir, target[condition], subpath, key, pattern, isImports, conditions, base);
        if (resolved === undefined) continue;
        return resolved;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw new ERR_INVALID_PACKAGE_TARGET(pkgDir + path.sep, key, target, isImports, base);
}

// node's ordering of pattern keys: the longest prefix before '*' wins, then the longer key.
function comparePatternKeys(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const aBase = aStar === -1 ? a.length : aStar + 1;
  const bBase = bStar === -1 ? b.length : bStar + 1;
  if (aBase > bBase) return -1;
  if (bBase > aBase) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// Finds the entry of `map` for `request` ('.', './x' or '#x'): exact keys first, then
// patterns with one '*'.
function matchMap(map, request) {
  if (Object.prototype.hasOwnProperty.call(map, request) && !request.includes('*')) {
    return { key: request, target: map[request], subpath: '', pattern: false };
  }
  let best = null;
  for (const key of Object.keys(map)) {
    const star = key.indexOf('*');
    if (star === -1 || key.indexOf('*', star + 1) !== -1) continue;
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (!request.startsWith(prefix) || request === prefix) continue;
    if (suffix.length > 0 && (!request.endsWith(suffix) || request.length < key.length)) continue;
    if (best === null || comparePatternKeys(best.key, key) === 1) {
      best = { key, target: map[key], subpath: request.slice(prefix.length, request.length - suffix.length), pattern: true };
    }
  }
  return best;
}

function resolveExports(pkgDir, subpath, exports, conditions, base) {
  const pjsonPath = path.join(pkgDir, 'package.json');
  if (isConditionsObject(exports, pjsonPath, base) || typeof exports === 'string' || Array.isArray(exports)) {
    exports = { '.': exports };
  }
  const match = exports !== null && typeof exports === 'object' ? matchMap(exports, subpath) : null;
  if (match !== null) {
    const resolved = resolveTarget(pkgDir, match.target, match.subpath, match.key, match.pattern, false, conditions, base);
    if (resolved !== null && resolved !== undefined) return resolved;
  }
  throw new ERR_PACKAGE_PATH_NOT_EXPORTED(pkgDir + path.sep, subpath, base);
}

function resolveImports(pkgDir, request, imports, conditions, base) {
  if (request === '#' || request.startsWith('#/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(request, 'is not a valid internal imports specifier name', base);
  }
  if (pkgDir !== undefined && imports !== null && typeof imports === 'object') {
    const match = matchMap(imports, request);
    if (match !== null) {
      const resolved = resolveTarget(pkgDir, match.target, match.subpath, match.key, match.pattern, true, conditions, base);
      if (resolved !== null && resolved !== undefined) return resolved;
    }
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(request, pkgDir ? pkgDir + path.sep : undefined, base);
}

module.exports = { resolveExports, resolveImports };
