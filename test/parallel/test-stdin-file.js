'use strict';
// With stdin a file, process.stdin reads it to the end.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const script = `
  let text = '';
  process.stdin.on('data', (chunk) => { text += chunk; });
  process.stdin.on('end', () => console.log(JSON.stringify([text.trim(), process.stdin.fd])));
`;
const child = spawnSync('sh', ['-c', 'f=$(mktemp) && echo "from a file" > "$f" && "$0" -e "$1" < "$f"; s=$?; rm -f "$f"; exit $s',
                               process.execPath, script], { encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
assert.strictEqual(child.stdout, '["from a file",0]\n');
