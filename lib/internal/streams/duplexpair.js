'use strict';
// duplexPair([options]): two Duplex streams wired to each other, what is written to one is
// read from the other. A write completes once the other side has asked for more data.

const Duplex = require('internal/streams/duplex');

const kPeer = Symbol('kPeer');
const kWaitingWrite = Symbol('kWaitingWrite');

class DuplexSide extends Duplex {
  constructor(options) {
    super(options);
    this[kPeer] = null;
    this[kWaitingWrite] = null;
  }

  _read() {
    // Our reader wants more: the peer's pending write is done.
    const callback = this[kWaitingWrite];
    if (callback) {
      this[kWaitingWrite] = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    const peer = this[kPeer];
    if (chunk.length === 0) {
      process.nextTick(callback);
    } else {
      peer.push(chunk);
      peer[kWaitingWrite] = callback;
    }
  }

  _final(callback) {
    const peer = this[kPeer];
    peer.on('end', callback);
    peer.push(null);
  }
}

function duplexPair(options) {
  const first = new DuplexSide(options);
  const second = new DuplexSide(options);
  first[kPeer] = second;
  second[kPeer] = first;
  return [first, second];
}

module.exports = duplexPair;
