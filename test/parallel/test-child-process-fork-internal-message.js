'use strict';
// A message object whose cmd starts with 'NODE_' is an internal one: it arrives as
// 'internalMessage', not as 'message' (cluster's messages travel this way).
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.send({ cmd: 'NODE_TEST', value: 1 });
  process.send({ cmd: 'USER', value: 2 });
  process.send({ cmd: 'NODE_TEST', value: 3 });
  return;
}

const child = fork(__filename, ['child']);
const internal = [];
child.on('internalMessage', (message) => internal.push(message.value));
child.on('message', common.mustCall((message) => {
  assert.deepStrictEqual(message, { cmd: 'USER', value: 2 });
}));
child.on('close', common.mustCall(() => assert.deepStrictEqual(internal, [1, 3])));
