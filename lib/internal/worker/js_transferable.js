'use strict';
// JS objects that can be transferred to another thread (fs.promises' FileHandle). Such a class
// extends `Transferable` (from the messaging binding), so V8's serializer hands its instances
// to lode; it implements:
//   [kTransferData]()   -> a cloneable value it can be rebuilt from, or throws a
//                          DataCloneError (closed, in use); called before anything moves
//   [kTransferDone]()   -> the transfer happened: the object gives up what it held
// and registers a rebuilder by the `type` its data names.

const { Transferable } = internalBinding('messaging');

const kTransferData = Symbol('kTransferData');
const kTransferDone = Symbol('kTransferDone');

// type -> (data) => object, looked up lazily so that a module registers itself only when used.
const rebuilders = {
  __proto__: null,
  FileHandle: (data) => require('internal/fs/promises').fileHandleFromTransfer(data),
};

function deserializeTransferable(data) {
  const rebuild = rebuilders[data?.type];
  if (rebuild === undefined) throw new Error('Unable to deserialize cloned data.');
  return rebuild(data);
}

module.exports = { Transferable, kTransferData, kTransferDone, deserializeTransferable };
