'use strict';
// SCHED_RR in the primary: one listening socket per server key. The primary accepts every
// connection and hands its descriptor to the workers in turn. A worker may hold at most
// kMaxUnanswered hand-offs it has not answered yet (accepted or not); a worker at that limit
// is busy and skipped, so a stalled worker does not pile up connections. Until a worker says
// it took a connection the primary keeps its own copy, so a worker that dies or refuses in
// between costs nothing: the connection goes to the next worker.

const { createServerHandle } = require('internal/net/server');

// One would make every hand-off wait for the previous one's answer: a round trip per
// connection per worker. A few in flight keep the workers fed while still skipping a stalled
// worker after as many connections.
const kMaxUnanswered = 4;

class RoundRobinHandle {
  #workers = new Map();       // id -> { worker, conversation, unanswered: Set of connections }
  #order = [];                // worker ids in turn order
  #next = 0;                  // index in #order of the next worker to try
  #pending = [];              // accepted connections waiting for a worker with room
  #leaving = new Map();       // id -> entry of a removed worker that still owes answers
  #closedEarly = new WeakSet(); // unanswered connections closed when the last worker left
  #refusals = new WeakMap();  // connection -> how many workers refused it in a row
  #retryTimer = null;
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
    this.#workers.set(worker.id, { worker, conversation, unanswered: new Set() });
    this.#order.push(worker.id);
    this.#dispatch();
  }

  // A worker closed its server or is disconnecting (channelGone false), or its channel is
  // gone (true). It gets nothing new. A worker whose channel still works answers what it was
  // handed: it took those connections or refuses them, so they wait for the answer. A worker
  // that cannot answer any more never answered them, and a worker reads a connection only
  // after answering: those go to the other workers. True when no worker is left, and the
  // listening socket is closed.
  remove(worker, channelGone) {
    const entry = this.#workers.get(worker.id);
    if (entry === undefined) {
      const leaving = this.#leaving.get(worker.id);
      if (channelGone && leaving !== undefined) {
        this.#leaving.delete(worker.id);
        this.#requeue(leaving);
        this.#dispatch();
      }
      return false;
    }
    this.#workers.delete(worker.id);
    const index = this.#order.indexOf(worker.id);
    this.#order.splice(index, 1);
    if (this.#next > index) this.#next--;
    if (channelGone) this.#requeue(entry);
    else if (entry.unanswered.size > 0) this.#leaving.set(worker.id, entry);
    if (this.#workers.size > 0) {
      this.#dispatch();
      return false;
    }
    this.close();
    return true;
  }

  #requeue(entry) {
    for (const client of entry.unanswered) {
      if (!this.#closedEarly.delete(client)) this.#pending.unshift(client);
    }
    entry.unanswered.clear();
  }

  close() {
    if (this.#retryTimer !== null) clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    for (const client of this.#pending.splice(0)) client.close();
    // With no worker left, what a leaving worker might still refuse has nowhere to go; what it
    // takes lives on in its own copy.
    // (The answers still count for cluster.stats().)
    for (const entry of this.#leaving.values()) {
      for (const client of entry.unanswered) {
        client.close();
        this.#closedEarly.add(client);
      }
    }
    if (this.handle !== null) {
      this.handle.close();
      this.handle = null;
    }
  }

  // The next worker in turn with room for another connection, or undefined.
  #nextWithRoom() {
    const count = this.#order.length;
    for (let tried = 0; tried < count; tried++) {
      if (this.#next >= count) this.#next = 0;
      const entry = this.#workers.get(this.#order[this.#next++]);
      if (entry.unanswered.size < kMaxUnanswered) return entry;
    }
    return undefined;
  }

  #retryLater() {
    if (this.#retryTimer !== null) return;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = null;
      this.#dispatch();
    }, 50);
  }

  #dispatch() {
    while (this.#pending.length > 0) {
      const entry = this.#nextWithRoom();
      if (entry === undefined) return;
      this.#handOff(entry, this.#pending.shift());
    }
  }

  #handOff(entry, client) {
    const { worker, conversation, unanswered } = entry;
    unanswered.add(client);
    const sent = conversation.send({ act: 'newconn', key: this.key }, client, (answer) => {
      if (!unanswered.delete(client)) return;  // already given to another worker
      if (unanswered.size === 0 && this.#leaving.get(worker.id) === entry) this.#leaving.delete(worker.id);
      const closed = this.#closedEarly.delete(client);
      if (answer.accepted) {
        if (!closed) client.close();  // the worker has its own copy of the descriptor now
        this.#onAccepted(worker.id);
      } else if (closed) {
        // Refused after the last worker left: there was nowhere to send it.
      } else if (this.handle === null) {
        client.close();  // no worker is left to take it
      } else {
        this.#pending.unshift(client);
        // Refused by as many workers as there are (all at maxConnections, say): try again a
        // little later rather than bounce it between the processes.
        const refusals = (this.#refusals.get(client) ?? 0) + 1;
        this.#refusals.set(client, refusals);
        if (refusals >= this.#workers.size) {
          this.#refusals.delete(client);
          this.#retryLater();
          return;
        }
      }
      this.#dispatch();
    });
    if (!sent) {
      // The channel is already gone; the 'disconnect' that follows removes the worker.
      unanswered.delete(client);
      this.#pending.unshift(client);
    }
  }
}

module.exports = { RoundRobinHandle };
