'use strict';
// JS objects that can be transferred to another thread (fs.promises' FileHandle) or copied
// there (Blob). Such a class extends `Transferable` (from the messaging binding), so V8's
// serializer hands its instances to lode; it implements, to be moved by a transfer list:
//   [kTransferData]()   -> a cloneable value it can be rebuilt from, or throws a
//                          DataCloneError (closed, in use); called before anything moves
//   [kTransferDone]()   -> the transfer happened: the object gives up what it held
// or, to be copied wherever it appears in a message or a structuredClone:
//   [kCloneData]()      -> plain cloneable data a copy is rebuilt from (may throw); it may
//                          hold a native SharedStateHandle (messaging.h), which travels by
//                          reference: the copy shares that state (net.BlockList's rules)
// and registers a rebuilder by the `type` its data names.

const { Transferable } = internalBinding('messaging');

const kTransferData = Symbol('kTransferData');
const kTransferDone = Symbol('kTransferDone');
const { kCloneData } = require('internal/util');

// type -> (data) => object, looked up lazily so that a module registers itself only when used.
const rebuilders = {
  __proto__: null,
  FileHandle: (data) => require('internal/fs/promises').fileHandleFromTransfer(data),
  Blob: (data) => require('internal/blob').blobFromClone(data),
  BlockList: (data) => require('internal/blocklist').blockListFromClone(data),
  SocketAddress: (data) => require('internal/socketaddress').socketAddressFromClone(data),
  // process.env copies as the plain object of its variables, as in node.
  Env: (data) => data.variables,
};

function deserializeTransferable(data) {
  const rebuild = rebuilders[data?.type];
  if (rebuild === undefined) throw new Error('Unable to deserialize cloned data.');
  return rebuild(data);
}

// What a copy of `object` is made from; undefined when it cannot be copied (it must be moved).
function cloneDataOf(object) {
  return typeof object[kCloneData] === 'function' ? object[kCloneData]() : undefined;
}

function isMovable(object) {
  return typeof object[kTransferData] === 'function';
}

module.exports = {
  Transferable, kTransferData, kTransferDone, kCloneData, deserializeTransferable, cloneDataOf, isMovable,
};
