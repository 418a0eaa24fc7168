'use strict';
// For tests run with --expose-internals: direct access to the C++ bindings, as node offers.
process.emitWarning('These APIs are for internal testing only. Do not use them.', 'internal/test/binding');

module.exports = { internalBinding };
