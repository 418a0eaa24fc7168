'use strict';
// cluster.Worker: what the primary knows of one worker process (in the primary) and what a
// worker knows of itself (cluster.worker, in the worker). The methods that differ between the
// two sides (disconnect, kill) are installed by internal/cluster/primary and .../child.

const EventEmitter = require('events');

class Worker extends EventEmitter {
  constructor(options) {
    super();
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

  send(...args) {
    return this.process.send(...args);
  }

  isDead() {
    return this.process.exitCode != null || this.process.signalCode != null;
  }

  isConnected() {
    return this.process.connected === true;
  }

  kill(signal) {
    return this.destroy(signal);
  }
}

module.exports = { Worker };
