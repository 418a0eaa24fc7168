'use strict';
// A tour of what lode runs: modules, events, util.inspect, process, and node's ordering of
// nextTick, promises and the event loop.
const path = require('path');
const util = require('util');
const { Greeter } = require('./lib/greeter');

console.log(`lode ${process.versions.lode} (V8 ${process.versions.v8}, libuv ${process.versions.uv}),`,
            `speaking node ${process.version}'s API`);
console.log('script:', path.relative(process.cwd(), __filename), 'pid', process.pid);

const greeter = new Greeter();
greeter.on('greeted', (name) => console.log(`  'greeted' event for ${name}`));
console.log(greeter.greet('world'));

console.log(util.inspect({ nested: { map: new Map([['a', 1]]), set: new Set([1, 2]) }, list: [1, 'two', 3n] },
                         { colors: process.stdout.isTTY }));
console.log(util.format('%s has %d keys: %j', 'config', 2, { port: 8080, host: 'localhost' }));

const order = [];
setOrder('sync');
Promise.resolve().then(() => setOrder('promise'));
process.nextTick(() => setOrder('nextTick'));
queueMicrotask(() => setOrder('microtask'));
process.on('beforeExit', () => {
  if (order.length) console.log('run order:', order.join(' -> '));
  order.length = 0;
});
process.on('exit', (code) => console.log(`exit with code ${code}`));

function setOrder(what) {
  order.push(what);
}
