'use strict';
// Reads package.json files for the resolver, once each: the fields resolution needs.

const { readFileUtf8, internalModuleStat } = internalBinding('fs');
const path = require('path');

const cache = new Map();

// { exists, pjsonPath, name, main, exports, imports, type } for the package.json at
// `jsonPath`; `exists: false` when there is none. Invalid JSON throws the SyntaxError, its
// message prefixed with the file's path.
function read(jsonPath) {
  let result = cache.get(jsonPath);
  if (result !== undefined) return result;
  const text = internalModuleStat(jsonPath) === 0 ? readFileUtf8(jsonPath, 0, {}) : undefined;
  if (text === undefined) {
    result = { exists: false, pjsonPath: jsonPath };
  } else {
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      // The CommonJS loader reports the parser's own SyntaxError, naming the file.
      error.path = jsonPath;
      error.message = `Error parsing ${jsonPath}: ${error.message}`;
      throw error;
    }
    const pick = (key, type) => (parsed !== null && typeof parsed[key] === type ? parsed[key] : undefined);
    result = {
      exists: true,
      pjsonPath: jsonPath,
      name: pick('name', 'string'),
      main: pick('main', 'string'),
      exports: parsed?.exports,
      imports: parsed?.imports,
      type: parsed?.type === 'module' || parsed?.type === 'commonjs' ? parsed.type : 'none',
    };
  }
  cache.set(jsonPath, result);
  return result;
}

// The package.json that governs `checkPath` (a file): the nearest one above it, not looking
// past a node_modules folder. Returns undefined when there is none.
function getPackageScopeConfig(checkPath) {
  let dir = path.dirname(checkPath);
  for (;;) {
    if (path.basename(dir) === 'node_modules') return undefined;
    const config = read(path.join(dir, 'package.json'));
    if (config.exists) return config;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function getPackageType(filename) {
  return getPackageScopeConfig(filename)?.type ?? 'none';
}

module.exports = { read, getPackageScopeConfig, getPackageType };
