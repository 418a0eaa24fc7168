'use strict';
// SCHED_NONE and SCHED_REUSEPORT in the primary.
//
// SharedHandle (SCHED_NONE, and UDP under every policy): the primary creates and binds one
// socket per server key and sends the bound descriptor to every worker that asks; each
// worker listens on it and the workers compete in accept() (or recvmsg()). The primary
// never accepts.
//
// ReservedPort (SCHED_REUSEPORT): each worker opens its own listening socket with
// SO_REUSEPORT, so the kernel spreads connections over the workers' accept queues with no
// process in between. The primary only holds one more SO_REUSEPORT socket, bound and never
// listening, which fixes the port (listen(0) gets one port for all workers, and a restarted
// worker finds it again) while taking no connections itself.

const { createServerHandle } = require('internal/net/server');
const { constants: { REUSEPORT } } = internalBinding('tcp_wrap');
const { UV_EADDRINUSE } = internalBinding('uv');

class SharedHandle {
  #workers = new Set();

  constructor(key, { address, port, addressType, fd, flags }) {
    this.key = key;
    this.errno = 0;
    const isUDP = addressType === 'udp4' || addressType === 'udp6';
    const handle = isUDP ?
      require('internal/dgram')._createSocketHandle(address, port, addressType, fd, flags) :
      createServerHandle(address, port, addressType, fd, flags);
    if (typeof handle === 'number') {
      this.errno = handle;
      this.handle = null;
    } else {
      this.handle = handle;
      // libuv keeps a TCP bind's EADDRINUSE for listen(), which would be the worker's, on a
      // descriptor that is not bound at all (its listen would pick any port): find it here.
      if ((addressType === 4 || addressType === 6) && port > 0 && !(fd >= 0)) {
        const out = {};
        if (handle.getsockname(out) !== 0 || out.port !== port) {
          handle.close();
          this.handle = null;
          this.errno = UV_EADDRINUSE;
        }
      }
    }
  }

  add(worker) {
    this.#workers.add(worker.id);
  }

  remove(worker) {
    if (!this.#workers.delete(worker.id)) return false;
    if (this.#workers.size > 0) return false;
    this.close();
    return true;
  }

  close() {
    if (this.handle !== null) {
      this.handle.close();
      this.handle = null;
    }
  }
}

class ReservedPort extends SharedHandle {
  constructor(key, query) {
    super(key, { ...query, fd: undefined, flags: (query.flags | 0) | REUSEPORT });
    this.sockname = null;
    if (this.handle !== null) {
      const out = {};
      if (this.handle.getsockname(out) === 0) this.sockname = out;
    }
  }
}

module.exports = { SharedHandle, ReservedPort };
