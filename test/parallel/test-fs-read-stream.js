'use strict';
// fs.ReadStream: events (open, ready, data, end, close), start/end ranges, highWaterMark,
// encodings, fds and FileHandles, autoClose, destroy while reading, the `fs` option, and
// node's checks.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('data');
fs.writeFileSync(file, 'abcdefghijklmnopqrstuvwxyz');

function collect(stream, callback) {
  const chunks = [];
  stream.on('data', (chunk) => chunks.push(chunk));
  stream.on('end', common.mustCall(() => callback(chunks)));
}

// Events in order, and the stream's fields.
{
  const stream = fs.createReadStream(file, { start: 2, end: 5, highWaterMark: 2 });
  assert.ok(stream instanceof fs.ReadStream);
  assert.ok(stream instanceof require('stream').Readable);
  assert.deepStrictEqual(Object.keys(stream).filter((key) => !key.startsWith('_')),
                         ['fd', 'path', 'flags', 'mode', 'start', 'end', 'pos', 'bytesRead']);
  assert.strictEqual(stream.pending, true);
  assert.strictEqual(stream.fd, null);
  assert.strictEqual(stream.pos, 2);
  assert.strictEqual(stream.flags, 'r');
  assert.strictEqual(stream.mode, 0o666);
  assert.strictEqual(stream.autoClose, true);
  const order = [];
  stream.on('open', (fd) => {
    assert.strictEqual(typeof fd, 'number');
    assert.strictEqual(stream.pending, false);
    order.push('open');
  });
  stream.on('ready', () => order.push('ready'));
  stream.on('data', (chunk) => order.push(chunk.toString()));
  stream.on('end', () => order.push('end'));
  stream.on('close', common.mustCall(() => {
    order.push('close');
    assert.deepStrictEqual(order, ['open', 'ready', 'cd', 'ef', 'end', 'close']);
    assert.strictEqual(stream.bytesRead, 4);
    assert.strictEqual(stream.pos, 6);
    assert.strictEqual(stream.fd, null);
  }));
}

// Whole file, with an encoding; end only; a start past the end.
collect(fs.createReadStream(file, 'hex'), (chunks) => {
  assert.strictEqual(chunks.join(''), Buffer.from('abcdefghijklmnopqrstuvwxyz').toString('hex'));
});
collect(fs.createReadStream(file, { end: 2 }), (chunks) => assert.strictEqual(chunks.join(''), 'abc'));
collect(fs.createReadStream(file, { start: 100 }), (chunks) => assert.deepStrictEqual(chunks, []));
collect(fs.createReadStream(new URL(`file://${file}`), { start: 25 }), (chunks) => {
  assert.strictEqual(chunks.join(''), 'z');
});

// A big file in highWaterMark-sized chunks.
const big = tmpdir.resolve('big');
const bigData = Buffer.alloc(300000, 'x');
fs.writeFileSync(big, bigData);
collect(fs.createReadStream(big), (chunks) => {
  assert.strictEqual(chunks[0].length, 65536);
  assert.ok(Buffer.concat(chunks).equals(bigData));
});

// An fd: read from where it is, closed at the end unless autoClose is false.
{
  const fd = fs.openSync(file, 'r');
  const stream = fs.createReadStream(null, { fd, start: 20 });
  stream.on('open', common.mustNotCall());
  collect(stream, (chunks) => assert.strictEqual(chunks.join(''), 'uvwxyz'));
  stream.on('close', common.mustCall(() => assert.strictEqual(stream.fd, null)));
}
{
  const fd = fs.openSync(file, 'r');
  const stream = fs.createReadStream('ignored', { fd, autoClose: false });
  assert.strictEqual(stream.path, undefined);  // a path given with an fd is ignored
  collect(stream, common.mustCall(() => {
    setImmediate(() => {
      fs.fstatSync(fd);  // still open
      fs.closeSync(fd);
    });
  }));
}

// A FileHandle.
fs.promises.open(file).then(common.mustCall((handle) => {
  const stream = handle.createReadStream({ start: 24 });
  collect(stream, (chunks) => assert.strictEqual(chunks.join(''), 'yz'));
  stream.on('close', common.mustCall(() => assert.strictEqual(handle.fd, -1)));
}));

// Errors: opening fails with 'error' then 'close'.
{
  const stream = fs.createReadStream(tmpdir.resolve('missing'));
  stream.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'open');
  }));
  stream.on('close', common.mustCall());
}

// destroy() while a read is in flight closes the fd after it.
{
  const stream = fs.createReadStream(big);
  stream.on('open', common.mustCall(() => {
    stream.read();  // start a read
    stream.destroy();
  }));
  stream.on('close', common.mustCall(() => assert.strictEqual(stream.fd, null)));
}

// close(callback).
{
  const stream = fs.createReadStream(file);
  stream.close(common.mustCall());
}

// The `fs` option replaces open/read/close.
{
  const calls = [];
  const custom = {
    open(path, flags, mode, callback) {
      calls.push('open');
      fs.open(path, flags, mode, callback);
    },
    read(...args) {
      calls.push('read');
      fs.read(...args);
    },
    close(fd, callback) {
      calls.push('close');
      fs.close(fd, callback);
    },
  };
  const stream = fs.createReadStream(file, { fs: custom, end: 1 });
  collect(stream, (chunks) => assert.strictEqual(chunks.join(''), 'ab'));
  stream.on('close', common.mustCall(() => assert.deepStrictEqual([...new Set(calls)], ['open', 'read', 'close'])));
}

// Checks.
assert.throws(() => fs.createReadStream(file, { start: 5, end: 2 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "start" is out of range. It must be <= "end" (here: 2). Received 5',
});
assert.throws(() => fs.createReadStream(file, { start: -1 }), {
  message: 'The value of "start" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
});
assert.throws(() => fs.createReadStream(file, { start: 'x' }), {
  message: 'The "start" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => fs.createReadStream(file, { end: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.createReadStream(file, { fs: {} }), {
  message: 'The "options.fs.open" property must be of type function. Received undefined',
});
assert.throws(() => fs.createReadStream(file, { fs: { open() {}, read: 5 } }), {
  message: 'The "options.fs.read" property must be of type function. Received type number (5)',
});
assert.throws(() => fs.createReadStream(file, 5), {
  message: 'The "options" argument must be one of type string or object. Received type number (5)',
});
assert.throws(() => fs.createReadStream(file, { highWaterMark: -1 }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.highWaterMark' is invalid. Received -1",
});
assert.throws(() => fs.createReadStream(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.createReadStream(null, { fd: 'x' }), {
  message: 'The "options.fd" property must be of type number or an instance of FileHandle. Received type string (\'x\')',
});

// Called without new, and the aliases.
assert.ok(fs.ReadStream(file).destroy() instanceof fs.ReadStream);
assert.strictEqual(fs.FileReadStream, fs.ReadStream);

// open() is deprecated and changes nothing: the stream opens itself once.
common.expectWarning('DeprecationWarning', 'ReadStream.prototype.open() is deprecated');
{
  const stream = fs.createReadStream(file);
  stream.on('open', common.mustCall());
  stream.open();
  stream.resume();
}

// Options are read as node reads them, inherited properties included.
{
  const stream = fs.createReadStream(file, { __proto__: { start: 24, autoClose: false } });
  assert.strictEqual(stream.autoClose, false);
  collect(stream, (chunks) => assert.strictEqual(chunks.join(''), 'yz'));
  stream.on('end', () => stream.destroy());
}

// Code that replaces open() (as graceful-fs does) opens the file itself.
{
  function PatchedReadStream(...args) {
    Reflect.apply(fs.ReadStream, this, args);
  }
  Object.setPrototypeOf(PatchedReadStream.prototype, fs.ReadStream.prototype);
  Object.setPrototypeOf(PatchedReadStream, fs.ReadStream);
  PatchedReadStream.prototype.open = common.mustCall(function() {
    fs.open(this.path, this.flags, this.mode, (err, fd) => {
      this.fd = fd;
      this.emit('open', fd);
    });
  });
  const stream = new PatchedReadStream(file, { end: 1 });
  collect(stream, (chunks) => assert.strictEqual(chunks.join(''), 'ab'));
}

// A bad option is refused before anything is opened (a write stream would truncate).
fs.writeFileSync(tmpdir.resolve('keep'), 'kept');
assert.throws(() => fs.createWriteStream(tmpdir.resolve('keep'), { start: '4' }), { code: 'ERR_INVALID_ARG_TYPE' });
setTimeout(common.mustCall(() => assert.strictEqual(fs.readFileSync(tmpdir.resolve('keep'), 'utf8'), 'kept')), 50);
