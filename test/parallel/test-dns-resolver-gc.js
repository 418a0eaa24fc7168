'use strict';
// Resolvers the program drops: a query in flight still completes (it keeps its channel),
// and collected resolvers free their channels without disturbing the others. Runs itself
// with --expose-gc.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const dns = require('dns');
  const { startDNSServer } = require('../common/dns-server');
  const zone = { 'example.test': { A: [{ address: '192.0.2.3', ttl: 9 }] }, 'silent.test': 'silent' };
  startDNSServer(zone, (server, address) => {
    let answered = 0;
    const total = 20;
    for (let i = 0; i < total; i++) {
      // Nothing but the query refers to this resolver.
      const resolver = new dns.Resolver();
      resolver.setServers([address]);
      resolver.resolve4('example.test', (err, addresses) => {
        assert.ifError(err);
        assert.deepStrictEqual(addresses, ['192.0.2.3']);
        globalThis.gc();
        if (++answered === total) finish();
      });
      globalThis.gc();
    }
    // Resolvers never used, and one left with a query that will time out.
    for (let i = 0; i < 50; i++) new dns.Resolver().setServers([address]);
    function finish() {
      globalThis.gc();
      const slow = new dns.Resolver({ timeout: 50, tries: 1 });
      slow.setServers([address]);
      slow.resolve4('silent.test', (err) => {
        assert.strictEqual(err.code, 'ETIMEOUT');
        globalThis.gc();
        server.close();
        process.stdout.write('done');
      });
    }
  });
  return;
}

const child = spawnSync(process.execPath, ['--expose-gc', __filename, 'child'], { encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
assert.strictEqual(child.stdout, 'done');
common.mustCall()();
