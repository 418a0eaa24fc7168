'use strict';
// A net.BlockList cloned by postMessage (a MessageChannel, a Worker) or structuredClone shares
// its rules with the original, both ways and across threads; a SocketAddress is copied with
// its fields.
const common = require('../common');
const assert = require('assert');
const { BlockList, SocketAddress } = require('net');
const { Worker } = require('worker_threads');

// structuredClone: a list of its own class, over the same rules, however deep the copy.
{
  const original = new BlockList();
  original.addAddress('1.1.1.1');
  const copy = structuredClone(original);
  assert.notStrictEqual(copy, original);
  assert.ok(copy instanceof BlockList);
  assert.deepStrictEqual(copy.rules, ['Address: IPv4 1.1.1.1']);
  copy.addSubnet('10.0.0.0', 8);
  assert.strictEqual(original.check('10.1.2.3'), true);
  original.addRange('::1', '::2', 'ipv6');
  assert.strictEqual(copy.check('::2', 'ipv6'), true);
  assert.deepStrictEqual(copy.rules, original.rules);

  const copyOfCopy = structuredClone(copy);
  copyOfCopy.addAddress('2.2.2.2');
  assert.strictEqual(original.check('2.2.2.2'), true);

  // The same list twice in one value is one clone.
  const { first, second } = structuredClone({ first: original, second: original });
  assert.strictEqual(first, second);
  first.addAddress('3.3.3.3');
  assert.strictEqual(original.check('3.3.3.3'), true);
}

// A MessageChannel: the clone and the original see each other's rules.
{
  const original = new BlockList();
  original.addAddress('123.123.123.123');
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = common.mustCall(({ data }) => {
    assert.notStrictEqual(data, original);
    assert.strictEqual(data.check('123.123.123.123'), true);
    // Added by the original after it was sent.
    assert.strictEqual(data.check('::ffff:7.7.7.7', 'ipv6'), true);
    data.addAddress('123.123.123.124');
    assert.strictEqual(original.check('123.123.123.124'), true);
    port1.close();
  });
  port2.postMessage(original);
  original.addAddress('7.7.7.7');
}

// SocketAddress: a copy, with every field.
{
  const address = new SocketAddress({ address: '::1', port: 8080, family: 'ipv6', flowlabel: 7 });
  const copy = structuredClone(address);
  assert.notStrictEqual(copy, address);
  assert.ok(SocketAddress.isSocketAddress(copy));
  assert.ok(copy instanceof SocketAddress);
  assert.deepStrictEqual(copy.toJSON(), { address: '::1', port: 8080, family: 'ipv6', flowlabel: 7 });

  const { port1, port2 } = new MessageChannel();
  port1.onmessage = common.mustCall(({ data }) => {
    assert.ok(SocketAddress.isSocketAddress(data.address));
    assert.strictEqual(data.address.address, '10.0.0.1');
    assert.strictEqual(data.address.port, 443);
    assert.strictEqual(data.address.family, 'ipv4');
    assert.strictEqual(data.address.flowlabel, 0);
    // A BlockList still checks a cloned address.
    assert.strictEqual(data.list.check(data.address), true);
    port1.close();
  });
  const list = new BlockList();
  list.addAddress('10.0.0.1');
  port2.postMessage({ address: new SocketAddress({ address: '10.0.0.1', port: 443 }), list });
}

// A Worker: the rules are shared across threads. Each side adds a rule the other then sees.
{
  const original = new BlockList();
  original.addAddress('192.168.0.1');
  const worker = new Worker(`
    const assert = require('assert');
    const { parentPort } = require('worker_threads');
    let list;
    parentPort.on('message', (message) => {
      if (message.list !== undefined) {
        list = message.list;
        assert.strictEqual(list.check('192.168.0.1'), true);
        list.addSubnet('172.16.0.0', 12);
        parentPort.postMessage('added');
      } else {
        parentPort.postMessage({ sees: list.check('8.8.8.8'), rules: list.rules });
        parentPort.close();
      }
    });
  `, { eval: true });
  worker.on('message', common.mustCall((message) => {
    if (message === 'added') {
      assert.strictEqual(original.check('172.20.1.1'), true);
      original.addAddress('8.8.8.8');
      worker.postMessage('check');
      return;
    }
    assert.strictEqual(message.sees, true);
    assert.deepStrictEqual(message.rules, original.rules);
    assert.deepStrictEqual(message.rules, [
      'Address: IPv4 8.8.8.8',
      'Subnet: IPv4 172.16.0.0/12',
      'Address: IPv4 192.168.0.1',
    ]);
  }, 2));
  worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
  worker.postMessage({ list: original });
}
