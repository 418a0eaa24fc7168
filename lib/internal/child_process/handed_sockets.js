'use strict';
// A connection a net.Server accepted and then sent to another process (subprocess.send(msg,
// socket) without keepOpen) leaves the server's own count, but node still counts it as the
// server's: getConnections() includes it while the receiver keeps it open, and close() emits
// 'close' only once the receiver has closed it too. The sender tags each such socket with its
// server's key (a NODE_SOCKET_TAG message just before the handle's, on the same ordered
// channel); the receiver keeps the tagged sockets per key and answers:
//   NODE_SOCKET_COUNT {key, id}    -> NODE_SOCKET_COUNT_REPLY {key, id, count}
//   NODE_SOCKET_NOTIFY_CLOSE {key} -> NODE_SOCKET_ALL_CLOSED {key} once none is left open.

const kPeers = Symbol('kPeers');   // server -> Set of targets (ChildProcess or process) holding its sockets
const kKey = Symbol('kKey');
let nextKey = 0;
let nextQuery = 0;

function serverKey(server) {
  server[kKey] ??= `${process.pid}:${++nextKey}`;
  return server[kKey];
}

// The server is no longer drained while a peer may hold its sockets: close() and
// getConnections() ask the peers (see serverClosing/countConnections).
function noteHandedOver(target, socket) {
  const { server } = socket;
  if (!server) return null;
  server._connections--;
  if (server[kPeers] === undefined) server[kPeers] = new Set();
  if (!server[kPeers].has(target)) {
    server[kPeers].add(target);
    target.once('disconnect', () => server[kPeers]?.delete(target));
  }
  return { cmd: 'NODE_SOCKET_TAG', key: serverKey(server) };
}

function connectedPeers(server) {
  return server[kPeers] === undefined ? [] : [...server[kPeers]].filter((peer) => peer.connected);
}

// Asks each connected peer one question; done(answers) once all replied or went away.
function askPeers(peers, request, isReply, done) {
  const answers = [];
  let left = peers.length;
  if (left === 0) {
    done(answers);
    return;
  }
  for (const peer of peers) {
    let finished = false;
    const finish = (answer) => {
      if (finished) return;
      finished = true;
      peer.removeListener('internalMessage', onMessage);
      peer.removeListener('disconnect', onGone);
      answers.push(answer);
      if (--left === 0) done(answers);
    };
    const onMessage = (message) => {
      if (isReply(message)) finish(message);
    };
    const onGone = () => finish(null);
    peer.on('internalMessage', onMessage);
    peer.on('disconnect', onGone);
    peer.send(request, (err) => { if (err) finish(null); });
  }
}

// getConnections(): the server's own plus those its peers still hold.
function countConnections(server, callback) {
  const key = serverKey(server);
  const id = ++nextQuery;
  askPeers(connectedPeers(server), { cmd: 'NODE_SOCKET_COUNT', key, id },
           (m) => m.cmd === 'NODE_SOCKET_COUNT_REPLY' && m.key === key && m.id === id,
           (answers) => {
             let total = server._connections;
             for (const answer of answers) if (answer !== null) total += answer.count;
             callback(null, total);
           });
}

// close(): true when peers were asked and the server's count holds one for them until all
// of them answer (then 'close' can come).
function closeWithPeers(server) {
  const peers = connectedPeers(server);
  if (peers.length === 0) return false;
  const key = serverKey(server);
  server._connections++;
  askPeers(peers, { cmd: 'NODE_SOCKET_NOTIFY_CLOSE', key },
           (m) => m.cmd === 'NODE_SOCKET_ALL_CLOSED' && m.key === key,
           () => {
             server[kPeers] = undefined;
             server._connections--;
             server._emitCloseIfDrained();
           });
  return true;
}

// The receiving side of one channel: `send(message)` answers the peer.
class HeldSockets {
  #byKey = new Map();        // key -> Set of open sockets
  #closeWanted = new Set();  // keys whose sender waits for NODE_SOCKET_ALL_CLOSED
  #tag = null;               // the key for the next socket received
  #send;

  constructor(send) {
    this.#send = send;
  }

  // A message the channel delivers: true when it was one of these (and is consumed).
  handle(message) {
    switch (message?.cmd) {
      case 'NODE_SOCKET_TAG':
        this.#tag = message.key;
        return true;
      case 'NODE_SOCKET_COUNT':
        this.#send({ cmd: 'NODE_SOCKET_COUNT_REPLY', key: message.key, id: message.id,
                     count: this.#byKey.get(message.key)?.size ?? 0 });
        return true;
      case 'NODE_SOCKET_NOTIFY_CLOSE':
        this.#closeWanted.add(message.key);
        this.#answerIfClosed(message.key);
        return true;
      default:
        return false;
    }
  }

  // A socket just received: it belongs to the key tagged before it, if any.
  adopt(socket) {
    const key = this.#tag;
    this.#tag = null;
    if (key === null || typeof socket?.once !== 'function') return;
    let set = this.#byKey.get(key);
    if (set === undefined) this.#byKey.set(key, set = new Set());
    set.add(socket);
    socket.once('close', () => {
      set.delete(socket);
      if (set.size === 0) this.#byKey.delete(key);
      this.#answerIfClosed(key);
    });
  }

  #answerIfClosed(key) {
    if (!this.#closeWanted.has(key) || this.#byKey.has(key)) return;
    this.#closeWanted.delete(key);
    this.#send({ cmd: 'NODE_SOCKET_ALL_CLOSED', key });
  }
}

module.exports = { noteHandedOver, countConnections, closeWithPeers, HeldSockets, kPeers };
