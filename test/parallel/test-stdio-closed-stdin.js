'use strict';
// stdin that is /dev/null gives an empty stream; stdout/stderr to /dev/null swallow output.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const script = `
  let count = 0;
  process.stdin.on('data', () => count++);
  process.stdin.on('end', () => {
    console.log('ignored');
    process.stderr.write('chunks ' + count + '\\n');
  });
`;
const child = spawnSync('sh', ['-c', '"$0" -e "$1" < /dev/null > /dev/null', process.execPath, script],
                        { encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
assert.strictEqual(child.stdout, '');
assert.strictEqual(child.stderr, 'chunks 0\n');
