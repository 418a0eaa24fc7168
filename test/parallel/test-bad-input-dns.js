'use strict';
// Garbage in every argument position of the dns and dns.promises functions and of Resolver
// methods: the same errors as node, and no crash. The resolvers ask a closed port on
// 127.0.0.1, so nothing leaves this machine. setServers is tried on fresh resolvers only:
// the default one may have queries in flight, when it refuses new servers.
require('../common');
const badInput = require('../common/bad-input');
const dns = require('dns');

dns.setServers(['127.0.0.1:1']);

function restoringOrder(fn) {
  return (...args) => {
    const saved = dns.getDefaultResultOrder();
    try {
      return fn(...args);
    } finally {
      dns.setDefaultResultOrder(saved);
    }
  };
}

const swallow = (value) => (value && typeof value.catch === 'function' ? value.catch(() => {}) && value : value);

// node 20 aborts on a family (or a port) of -0: it passes the checks, and is no Int32 to V8.
const minusZero = { nodeAborts: ['-0'] };
const targets = {
  ...badInput.functionsOf(dns, 'dns', ['Resolver', 'setDefaultResultOrder', 'setServers'], minusZero),
  ...badInput.functionsOf(dns.promises, 'dnsPromises', ['Resolver', 'setDefaultResultOrder', 'setServers'],
                          minusZero),
  'dns.setDefaultResultOrder': [undefined, restoringOrder(dns.setDefaultResultOrder)],
  'new Resolver': [undefined, badInput.construct(dns.Resolver), { args: [], ...minusZero }],
  'new promises.Resolver': [undefined, badInput.construct(dns.promises.Resolver), { args: [], ...minusZero }],
};
for (const option of ['timeout', 'tries']) {
  targets[`new Resolver/${option}`] =
    [undefined, (value) => new dns.Resolver({ [option]: value }), { args: [], ...minusZero }];
}
const fresh = (Resolver) => () => {
  const resolver = new Resolver();
  resolver.setServers(['127.0.0.1:1']);
  return resolver;
};
for (const name of badInput.methodNames(dns.Resolver.prototype)) {
  if (name.startsWith('_')) continue;
  targets[`resolver.${name}`] = [undefined, dns.Resolver.prototype[name], {
    args: name === 'setLocalAddress' ? ['127.0.0.1'] : ['x'], fresh: fresh(dns.Resolver),
  }];
}
for (const name of badInput.methodNames(dns.promises.Resolver.prototype)) {
  if (name.startsWith('_')) continue;
  const method = dns.promises.Resolver.prototype[name];
  targets[`promises.resolver.${name}`] = [undefined, function(...args) {
    return swallow(method.apply(this, args));
  }, {
    args: name === 'setLocalAddress' ? ['127.0.0.1'] : ['x'],
    fresh: fresh(dns.promises.Resolver),
    // One query at a time: hundreds at once could outlast the wait for them on a busy machine.
    sequential: true,
  }];
}

// A query sent to the closed port, or a lookup of a name nobody knows, may end before the wait
// for it does, or not, as the machine is busy: timing, not behaviour.
badInput.check(__filename, targets, {}, {
  sameOutcomes: ['pending', 'rejected ECONNREFUSED', 'rejected ETIMEOUT', 'rejected ECANCELLED',
                 'rejected ENOTFOUND', 'rejected EAI_AGAIN'],
});
