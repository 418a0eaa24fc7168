'use strict';
// Garbage in every argument position of worker_threads' functions, MessagePort's and
// BroadcastChannel's methods, MessageEvent and the Worker constructor's filename: the same
// errors as node, and no crash.
require('../common');
const badInput = require('../common/bad-input');
const wt = require('worker_threads');

const openPorts = [];
function freshPort() {
  const { port1, port2 } = new wt.MessageChannel();
  openPorts.push(port1, port2);
  return port1;
}
const openChannels = [];
function freshChannel() {
  const channel = new wt.BroadcastChannel('bad-input');
  openChannels.push(channel);
  return channel;
}
// Nothing here may keep the test running.
setTimeout(() => {
  for (const port of openPorts) port.close();
  for (const channel of openChannels) channel.close();
}, 500);

const targets = {
  ...badInput.functionsOf(wt, 'worker_threads', ['Worker', 'MessageChannel', 'MessagePort', 'BroadcastChannel',
                                                 'setEnvironmentData', 'postMessageToThread']),
  'worker_threads.setEnvironmentData': [wt, wt.setEnvironmentData, { args: ['key', 1] }],
  ...badInput.methodsOf(wt.MessagePort.prototype, 'port', ['postMessage', 'start', 'close', 'ref', 'unref', 'hasRef'],
                        freshPort, { args: [1, []] }),
  ...badInput.methodsOf(wt.BroadcastChannel.prototype, 'channel', ['postMessage', 'close', 'ref', 'unref'],
                        freshChannel, { args: [1] }),
  ...badInput.receiversOf(wt.MessagePort.prototype, 'MessagePort'),
  ...badInput.receiversOf(wt.BroadcastChannel.prototype, 'BroadcastChannel'),
  'new MessageEvent': [undefined, badInput.construct(MessageEvent), { args: ['message', {}] }],
  'new MessageChannel': [undefined, badInput.construct(wt.MessageChannel), { args: [] }],
  'new MessagePort': [undefined, badInput.construct(wt.MessagePort), { args: [] }],
  // Only the filename: garbage options could start real workers.
  'new Worker': [undefined, badInput.construct(wt.Worker), { args: [] }],
};

badInput.check(__filename, targets);
