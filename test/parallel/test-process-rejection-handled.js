'use strict';
// A rejection reported through 'unhandledRejection' and handled later is reported again
// through 'rejectionHandled', with the promise.
const common = require('../common');
const assert = require('assert');

const rejected = Promise.reject(new Error('late'));
const order = [];

process.on('unhandledRejection', common.mustCall((reason, promise) => {
  assert.strictEqual(promise, rejected);
  order.push('unhandledRejection');
}));
process.on('rejectionHandled', common.mustCall((promise) => {
  assert.strictEqual(promise, rejected);
  order.push('rejectionHandled');
}));
process.on('beforeExit', common.mustCall(() => {
  order.push('beforeExit');
  rejected.catch(common.mustCall((err) => {
    assert.strictEqual(err.message, 'late');
    order.push('catch');
  }));
}));
process.on('exit', () => {
  assert.deepStrictEqual(order, ['unhandledRejection', 'beforeExit', 'catch', 'rejectionHandled']);
});
