'use strict';
// The private conversation between the primary and its workers. It rides on the fork IPC
// channel as messages whose cmd is 'NODE_CLUSTER', which the channel delivers as
// 'internalMessage' (never as 'message', so user code does not see them).
//
// Every message carries `act` (what it is about). A request gets a sequence number `seq`;
// its answer carries the same number as `ack`, and goes to the callback the request left.

const kCommand = 'NODE_CLUSTER';

// One per channel end: the requests still waiting for an answer.
class Conversation {
  #target;
  #nextSeq = 1;
  #waiting = new Map();

  // target: the ChildProcess (primary side) or `process` (worker side).
  // onRequest(message, handle): what arrives that is not an answer.
  constructor(target, onRequest) {
    this.#target = target;
    target.on('internalMessage', (message, handle) => {
      if (message?.cmd !== kCommand) return;
      if (message.ack !== undefined) {
        const callback = this.#waiting.get(message.ack);
        if (callback !== undefined) {
          this.#waiting.delete(message.ack);
          callback(message, handle);
          return;
        }
      }
      onRequest(message, handle);
    });
  }

  // Sends `message` (plus `handle`, if any). With `onAnswer`, the peer's answer goes to it.
  send(message, handle, onAnswer) {
    const full = { ...message, cmd: kCommand };
    if (typeof onAnswer === 'function') {
      full.seq = this.#nextSeq++;
      this.#waiting.set(full.seq, onAnswer);
    }
    if (!this.#target.connected) return false;
    // A channel that went away mid-send reports it through its own 'disconnect'.
    this.#target.send(full, handle ?? undefined, () => {});
    return true;
  }

  // Answers the request `request` with `message`.
  answer(request, message, handle) {
    if (!this.#target.connected) return false;
    this.#target.send({ ...message, cmd: kCommand, ack: request.seq }, handle ?? undefined, () => {});
    return true;
  }

  // The channel closed: nothing will be answered any more.
  dropWaiting() {
    this.#waiting.clear();
  }
}

// The key under which the primary keeps one listening socket for every worker that asks for
// the same address. `index` tells apart the 1st, 2nd, ... listen(0) of a worker, so that the
// n-th listen(0) of every worker shares one port.
function serverKey({ address, port, addressType, fd, index }) {
  return `${address}:${port}:${addressType}:${fd}:${index}`;
}

module.exports = { Conversation, serverKey, kCommand };
