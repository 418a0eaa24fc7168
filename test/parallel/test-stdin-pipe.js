'use strict';
// With stdin a pipe, process.stdin is a read-only net.Socket that ends with the input.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const child = spawnSync(process.execPath, ['-e', `
  const net = require('net');
  const input = process.stdin;
  console.log(JSON.stringify([input instanceof net.Socket, input.fd, input.readable, input.writable,
                              input === process.stdin]));
  let text = '';
  input.setEncoding('utf8');
  input.on('data', (chunk) => { text += chunk; });
  input.on('end', () => console.log(text.toUpperCase()));
`], { encoding: 'utf8', input: 'hello stdin' });
assert.strictEqual(child.status, 0, child.stderr);
assert.strictEqual(child.stdout, '[true,0,true,false,true]\nHELLO STDIN\n');
