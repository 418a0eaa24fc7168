'use strict';
// NODE_CLUSTER_SCHED_POLICY chooses the policy: the cluster tests of test/parallel (written
// for the default, round robin) pass under 'none' and lode's 'reuseport' too: a worker killed
// and replaced and a graceful disconnect (under 'none'), process.exit mid-request, Unix
// sockets, listen(0).
require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const tests = [
  'test-cluster-worker-kill-replace.js',
  'test-cluster-worker-disconnect-drain.js',
  'test-cluster-worker-exit-mid-request.js',
  'test-cluster-unix-socket.js',
  'test-cluster-listen-zero-shared-port.js',
];
for (const policy of ['none', 'reuseport']) {
  for (const test of tests) {
    // Closing a SO_REUSEPORT listener resets the connections queued on it (doc/cluster.md):
    // under reuseport a disconnect or a kill under load can cost more connections than were
    // being served, which those tests count as lost.
    if (policy === 'reuseport' && /disconnect-drain|kill-replace/.test(test)) continue;
    const result = spawnSync(process.execPath, [path.join(__dirname, '..', 'parallel', test)], {
      env: { ...process.env, NODE_CLUSTER_SCHED_POLICY: policy },
      encoding: 'utf8',
      timeout: 50000,
    });
    assert.strictEqual(result.status, 0, `${test} under ${policy}:\n${result.stdout}${result.stderr}`);
  }
}
