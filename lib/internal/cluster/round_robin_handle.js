'use strict';
// SCHED_RR in the primary: one listening socket per server key. The primary accepts every
// connection and hands its descriptor to the next worker that is free. A worker is busy from
// the hand-off until it answers (accepted or not); only then is it given another, so a
// stalled worker is skipped rather than queued up. Until a worker says it took the
// connection the primary keeps its own copy, so a worker that dies or refuses in between
// costs nothing: the connection goes to the next free worker.

const { createServerHandle } = require('internal/net/server');

class RoundRobinHandle {
  #workers = new Map();       // id -> { worker, conversation }
  #free = [];                 // ids of workers waiting for a connection, oldest first
  #pending = [];              // accepted connections waiting for a free worker
  #inFlight = new Map();      // id -> the connection handed to that worker, not yet answered
  #onAccepted;

  // onAccepted(workerId): a worker took a connection (for cluster.stats()).
  constructor(key, { address, port, addressType, fd, flags, backlog }, onAccepted) {
    this.key = key;
    this.errno = 0;
    this.sockname = null;
    this.#onAccepted = onAccepted;
    const handle = createServerHandle(address, port, addressType, fd, flags);
    if (typeof handle === 'number') {
      this.errno = handle;
      this.handle = null;
      return;
    }
    const err = handle.listen((backlog || 511) | 0);
    if (err) {
      handle.close();
      this.errno = err;
      this.handle = null;
      return;
    }
    this.handle = handle;
    handle.onconnection = (status, client) => {
      if (status < 0 || client === undefined) return;  // accept failed: nothing to hand out
      this.#pending.push(client);
      this.#dispatch();
    };
    if (typeof handle.getsockname === 'function') {
      const out = {};
      if (handle.getsockname(out) === 0) this.sockname = out;
    }
  }

  // A worker asked to listen: from now on it gets its share of the connections.
  add(worker, conversation) {
    if (this.handle === null) return;
    this.#workers.set(worker.id, { worker, conversation });
    this.#free.push(worker.id);
    this.#dispatch();
  }

  // A worker closed its server, disconnected or died. True when no worker is left, and the
  // listening socket is closed.
  remove(worker) {
    if (!this.#workers.delete(worker.id)) return false;
    const index = this.#free.indexOf(worker.id);
    if (index !== -1) this.#free.splice(index, 1);
    const unanswered = this.#inFlight.get(worker.id);
    if (unanswered !== undefined) {
      this.#inFlight.delete(worker.id);
      this.#pending.unshift(unanswered);
    }
    if (this.#workers.size > 0) {
      this.#dispatch();
      return false;
    }
    this.close();
    return true;
  }

  close() {
    for (const client of this.#pending.splice(0)) client.close();
    if (this.handle !== null) {
      this.handle.close();
      this.handle = null;
    }
  }

  #dispatch() {
    while (this.#pending.length > 0 && this.#free.length > 0) {
      const id = this.#free.shift();
      const entry = this.#workers.get(id);
      if (entry === undefined) continue;
      this.#handOff(entry, this.#pending.shift());
    }
  }

  #handOff({ worker, conversation }, client) {
    this.#inFlight.set(worker.id, client);
    const sent = conversation.send({ act: 'newconn', key: this.key }, client, (answer) => {
      if (this.#inFlight.get(worker.id) !== client) return;  // the worker was removed meanwhile
      this.#inFlight.delete(worker.id);
      if (answer.accepted) {
        client.close();  // the worker has its own copy of the descriptor now
        this.#onAccepted(worker.id);
      } else {
        this.#pending.unshift(client);
      }
      if (this.#workers.has(worker.id)) this.#free.push(worker.id);
      this.#dispatch();
    });
    if (!sent) {
      // The channel is already gone; the 'disconnect' that follows removes the worker.
      this.#inFlight.delete(worker.id);
      this.#pending.unshift(client);
    }
  }
}

module.exports = { RoundRobinHandle };
