'use strict';
// cluster.Worker: what the primary knows of one worker process (in the primary) and what a
// worker knows of itself (cluster.worker, in the worker). The methods that differ between the
// two sides (disconnect, kill) are installed by internal/cluster/primary and .../child.
// A function constructor, not a class: node's may be called without `new`.

const EventEmitter = require('events');

function Worker(options) {
  if (!(this instanceof Worker)) return new Worker(options);
  EventEmitter.call(this);
  if (options === null || typeof options !== 'object') options = {};
  this.exitedAfterDisconnect = undefined;
  this.state = options.state || 'none';
  this.id = options.id | 0;
  if (options.process) {
    this.process = options.process;
    this.process.on('error', (err) => this.emit('error', err));
    this.process.on('message', (message, handle) => this.emit('message', message, handle));
  }
}
Object.setPrototypeOf(Worker.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Worker, EventEmitter);

Worker.prototype.send = function send(...args) {
  return this.process.send(...args);
};

Worker.prototype.isDead = function isDead() {
  return this.process.exitCode != null || this.process.signalCode != null;
};

Worker.prototype.isConnected = function isConnected() {
  return this.process.connected === true;
};

Worker.prototype.kill = function kill(signal) {
  return this.destroy(signal);
};

module.exports = { Worker };
