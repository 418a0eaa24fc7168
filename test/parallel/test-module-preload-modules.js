'use strict';
// Module._preloadModules(requests) loads modules as -r does: from a parent named
// 'internal/preload' that searches node_modules from the current directory, with
// module.isPreloading true meanwhile.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

const file = path.join(common.fixturesDir, 'modules', 'module-object', 'preloaded.js');

assert.strictEqual(module.isPreloading, false);
Module._preloadModules([file]);
assert.deepStrictEqual(require.cache[file].exports, {
  isPreloading: true,
  parentId: 'internal/preload',
  parentPaths: Module._nodeModulePaths(process.cwd()),
});
assert.strictEqual(module.isPreloading, false);
// Anything but an array is ignored.
Module._preloadModules(undefined);
Module._preloadModules(file);
assert.throws(() => Module._preloadModules(['./no-such-preload']), {
  code: 'MODULE_NOT_FOUND',
  message: "Cannot find module './no-such-preload'\nRequire stack:\n- internal/preload",
});

// The -r/--require command-line option goes the same way: isPreloading is true while a
// preloaded module runs (and relative requests resolve from the current directory).
const { execFileSync } = require('child_process');
const relative = path.relative(process.cwd(), file);
for (const request of [file, relative.startsWith('.') ? relative : `./${relative}`]) {
  const printed = execFileSync(process.execPath, [
    '-r', request, '-p',
    `const m = require.cache[${JSON.stringify(file)}].exports; [m.isPreloading, m.parentId, module.isPreloading]`,
  ], { encoding: 'utf8' });
  assert.strictEqual(printed, "[ true, 'internal/preload', false ]\n");
}
