'use strict';
// Run at build time by a first lode binary with LODE_CODE_CACHE_COLLECT=<file> (see
// CMakeLists.txt): it loads every public builtin, and does what most programs do first, so
// that the functions they run are compiled too; at exit the binary writes V8's code caches of
// all the builtins compiled, which the real binary embeds.
process.noDeprecation = true;  // 'sys' and the like would warn as they load
const { builtinModules } = require('module');

for (const id of builtinModules) {
  if (id.startsWith('_')) continue;
  try {
    require(id);
  } catch {
    // A builtin that cannot load here (none should) simply gets no cache.
  }
}

// A little of what programs commonly do at startup.
const path = require('path');
const fs = require('fs');
const util = require('util');
path.join(__dirname, 'x');
path.resolve('x');
fs.existsSync(__filename);
util.inspect({ a: [1, 'b'] });
const { EventEmitter } = require('events');
new EventEmitter().on('x', () => {}).emit('x');
setTimeout(() => {}, 1);
setImmediate(() => {});
process.nextTick(() => {});
Promise.resolve().then(() => {});
