'use strict';
// With stdout a file, process.stdout writes to it synchronously.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const script = `
  const out = process.stdout;
  out.write('a');
  out.write(Buffer.from('b'));
  console.log(JSON.stringify([out._type, out.fd, out.writable, out.isTTY]));
`;
// The shell sends stdout to a temporary file and prints it after the child exits.
const child = spawnSync('sh', ['-c', 'f=$(mktemp) && "$0" -e "$1" > "$f"; s=$?; cat "$f"; rm -f "$f"; exit $s',
                               process.execPath, script], { encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
assert.strictEqual(child.stdout, 'ab["fs",1,true,null]\n');
