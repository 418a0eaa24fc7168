'use strict';
// Garbage in every argument position of v8 (its serializer classes included), punycode and
// structuredClone: the same errors as node, and no crash.
require('../common');
const badInput = require('../common/bad-input');
const v8 = require('v8');
const punycode = require('punycode');

// A DOMException's code is a number; the harness records codes, so name it instead.
function cloneNamingDOMExceptions(...args) {
  try {
    return structuredClone(...args);
  } catch (error) {
    if (!(error instanceof DOMException)) throw error;
    throw Object.assign(new Error(error.message), { code: `DOMException ${error.name}` });
  }
}

// Left out: what writes heap snapshots, what lode does not implement yet (queryObjects),
// and setFlagsFromString (V8 reports unknown flags on stdout).
const targets = {
  ...badInput.functionsOf(v8, 'v8', ['getHeapSnapshot', 'writeHeapSnapshot', 'queryObjects', 'setFlagsFromString']),
  ...badInput.functionsOf(v8.startupSnapshot, 'v8.startupSnapshot'),
  ...badInput.functionsOf(punycode, 'punycode'),
  ...badInput.functionsOf(punycode.ucs2, 'punycode.ucs2'),
  structuredClone: [globalThis, cloneNamingDOMExceptions, { args: [{ a: [1] }] }],
  ...badInput.methodsOf(v8.Serializer.prototype, 'serializer', [
    'writeHeader', 'writeValue', 'releaseBuffer', 'transferArrayBuffer', 'writeUint32', 'writeUint64',
    'writeDouble', 'writeRawBytes', '_setTreatArrayBufferViewsAsHostObjects',
  ], () => new v8.DefaultSerializer(), { transferArrayBuffer: { args: [0] }, writeUint64: { args: [1] } }),
  // A fresh reader over a valid value for each call.
  ...badInput.methodsOf(v8.Deserializer.prototype, 'deserializer', [
    'readHeader', 'readValue', 'getWireFormatVersion', 'transferArrayBuffer', 'readUint32', 'readUint64',
    'readDouble', '_readRawBytes', 'readRawBytes',
  ], () => new v8.DefaultDeserializer(v8.serialize({ list: [1, Buffer.from('ab')] })), {
    transferArrayBuffer: { args: [0] },
  }),
};
for (const Class of [v8.Serializer, v8.Deserializer, v8.DefaultSerializer, v8.DefaultDeserializer]) {
  targets[`new ${Class.name}`] = [undefined, function construct(...args) { return new Class(...args); }];
}

badInput.check(__filename, targets);
