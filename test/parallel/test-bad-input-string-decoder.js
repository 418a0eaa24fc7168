'use strict';
// Garbage in every argument position of the StringDecoder constructor and methods: the
// same errors as node.
require('../common');
const badInput = require('../common/bad-input');
const { StringDecoder } = require('string_decoder');

const methods = Object.getOwnPropertyNames(StringDecoder.prototype)
  .filter((name) => name !== 'constructor' &&
                    typeof Object.getOwnPropertyDescriptor(StringDecoder.prototype, name).value === 'function');
const targets = {
  'new StringDecoder': [undefined, function(...args) { return new StringDecoder(...args); }],
  'StringDecoder': [undefined, StringDecoder],
};
for (const encoding of ['utf8', 'utf16le', 'base64', 'hex', 'latin1']) {
  Object.assign(targets, badInput.methodsOf(StringDecoder.prototype, `decoder(${encoding})`, methods,
                                            () => new StringDecoder(encoding),
                                            { args: [Buffer.from([0xe2, 0x82])] }));
}

Object.assign(targets, badInput.receiversOf(StringDecoder.prototype, 'StringDecoder'));

badInput.check(__filename, targets);
