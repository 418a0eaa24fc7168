'use strict';
// require('stream') is the legacy Stream constructor: old-style subclasses built with
// Stream.call(this) and util.inherits() work, and Stream.prototype.pipe moves data.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const EE = require('events');
const Stream = require('stream');

assert.strictEqual(typeof Stream, 'function');
assert.strictEqual(Stream.Stream, Stream);
assert.strictEqual(Object.getPrototypeOf(Stream.prototype), EE.prototype);
assert.strictEqual(require('node:stream'), Stream);
for (const name of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough']) {
  assert.strictEqual(require(`_stream_${name.toLowerCase()}`), Stream[name]);
  assert.ok(new Stream[name]() instanceof Stream, name);
}

function OldSource() {
  Stream.call(this);
  this.readable = true;
}
util.inherits(OldSource, Stream);

function OldSink() {
  Stream.call(this);
  this.writable = true;
  this.received = [];
}
util.inherits(OldSink, Stream);
OldSink.prototype.write = function(chunk) {
  this.received.push(chunk);
  return true;
};
OldSink.prototype.end = common.mustCall(function() {
  this.ended = true;
});

const source = new OldSource();
const sink = new OldSink();
sink.on('pipe', common.mustCall((src) => assert.strictEqual(src, source)));
assert.strictEqual(source.pipe(sink), sink);
source.emit('data', 'a');
source.emit('data', 'b');
source.emit('end');
assert.deepStrictEqual(sink.received, ['a', 'b']);
assert.strictEqual(sink.ended, true);
// After 'end' the pipe is cleaned up.
source.emit('data', 'c');
assert.deepStrictEqual(sink.received, ['a', 'b']);

// An error on either side with no other listener is rethrown.
const source2 = new OldSource();
const sink2 = new OldSink();
source2.pipe(sink2);
assert.throws(() => source2.emit('error', new Error('legacy boom')), { message: 'legacy boom' });

// Old-style subclasses of the new classes.
function OldReadable(options) {
  Stream.Readable.call(this, options);
}
util.inherits(OldReadable, Stream.Readable);
OldReadable.prototype._read = function() {
  this.push('x');
  this.push(null);
};
const old = new OldReadable({ objectMode: true });
old.on('data', common.mustCall((chunk) => assert.strictEqual(chunk, 'x')));
old.on('end', common.mustCall());

// The classes work without `new`.
assert.ok(Stream.Readable() instanceof Stream.Readable);
assert.ok(Stream.Writable() instanceof Stream.Writable);
assert.ok(Stream.Duplex() instanceof Stream.Duplex);
assert.ok(Stream.Transform() instanceof Stream.Transform);
assert.ok(Stream.PassThrough() instanceof Stream.PassThrough);

// eventNames() leaves out the pre-made listener slots.
const r = new Stream.Readable({ read() {} });
assert.deepStrictEqual(r.eventNames(), []);
r.on('data', () => {});
assert.deepStrictEqual(r.eventNames(), ['data']);
