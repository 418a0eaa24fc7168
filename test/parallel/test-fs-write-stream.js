'use strict';
// fs.WriteStream: events (open, ready, finish, close), bytesWritten, start, flags,
// encodings, fds and FileHandles, flush, close()/destroySoon, the `fs` option (with and
// without writev), and nothing lost under backpressure (checked by hash).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const at = (name) => tmpdir.resolve(name);

{
  const stream = fs.createWriteStream(at('basic'));
  assert.ok(stream instanceof fs.WriteStream);
  assert.deepStrictEqual(Object.keys(stream).filter((key) => !key.startsWith('_')),
                         ['fd', 'path', 'flags', 'mode', 'flush', 'start', 'pos', 'bytesWritten']);
  assert.strictEqual(stream.pending, true);
  assert.strictEqual(stream.flags, 'w');
  assert.strictEqual(stream.flush, false);
  const order = [];
  stream.on('open', (fd) => order.push(`open ${typeof fd}`));
  stream.on('ready', () => order.push('ready'));
  stream.on('finish', () => {
    order.push('finish');
    // The data is in the file once 'finish' comes.
    assert.strictEqual(fs.readFileSync(at('basic'), 'utf8'), 'hello world');
  });
  stream.on('close', common.mustCall(() => {
    assert.deepStrictEqual(order, ['open number', 'ready', 'finish']);
    assert.strictEqual(stream.bytesWritten, 11);
    assert.strictEqual(stream.fd, null);
  }));
  assert.strictEqual(stream.write('hello'), true);
  stream.end(' world');
}

// start, flags and an encoding.
fs.writeFileSync(at('patch'), 'abcdefgh');
{
  const stream = fs.createWriteStream(at('patch'), { flags: 'r+', start: 2, encoding: 'hex' });
  stream.write('5859');
  stream.end('5a', common.mustCall(() => {
    assert.strictEqual(fs.readFileSync(at('patch'), 'utf8'), 'abXYZfgh');
    assert.strictEqual(stream.pos, 5);
    const appender = fs.createWriteStream(at('patch'), { flags: 'a' });
    appender.end('!', common.mustCall(() => assert.strictEqual(fs.readFileSync(at('patch'), 'utf8'), 'abXYZfgh!')));
  }));
}

// flush: fsync after 'finish', before the file is closed.
{
  const calls = [];
  const custom = {
    open: fs.open, write: fs.write, writev: fs.writev,
    close(fd, callback) {
      calls.push('close');
      fs.close(fd, callback);
    },
    fsync(fd, callback) {
      calls.push('fsync');
      fs.fsync(fd, callback);
    },
  };
  const stream = fs.createWriteStream(at('flushed'), { flush: true, fs: custom });
  stream.on('finish', () => calls.push('finish'));
  stream.on('close', common.mustCall(() => assert.deepStrictEqual(calls, ['finish', 'fsync', 'close'])));
  stream.end('data');
}

// An fd, and a FileHandle.
{
  const fd = fs.openSync(at('fd'), 'w');
  const stream = fs.createWriteStream(null, { fd });
  stream.on('open', common.mustNotCall());
  stream.end('via fd', common.mustCall(() => assert.strictEqual(fs.readFileSync(at('fd'), 'utf8'), 'via fd')));
  stream.on('close', common.mustCall(() => assert.strictEqual(stream.fd, null)));
}
fs.promises.open(at('handle'), 'w').then(common.mustCall((handle) => {
  const stream = handle.createWriteStream();
  stream.write('via ');
  stream.end('handle');
  stream.on('close', common.mustCall(() => {
    assert.strictEqual(fs.readFileSync(at('handle'), 'utf8'), 'via handle');
    assert.strictEqual(handle.fd, -1);
  }));
}));

// close(): ends, then closes even with autoClose off; the callback sees 'close'.
{
  const stream = fs.createWriteStream(at('closed'), { autoClose: false });
  stream.write('x');
  stream.close(common.mustCall(() => {
    assert.strictEqual(stream.fd, null);
    stream.close(common.mustCall());  // already closed: called on the next tick
  }));
}
assert.strictEqual(fs.WriteStream.prototype.destroySoon, fs.WriteStream.prototype.end);

// Without writev in `fs`, every chunk goes through write.
{
  let writes = 0;
  const stream = fs.createWriteStream(at('no-writev'), {
    fs: {
      open: fs.open, close: fs.close,
      write(...args) {
        writes++;
        fs.write(...args);
      },
    },
  });
  stream.cork();
  stream.write('a');
  stream.write('b');
  stream.uncork();
  stream.end('c', common.mustCall(() => {
    assert.strictEqual(writes, 3);
    assert.strictEqual(fs.readFileSync(at('no-writev'), 'utf8'), 'abc');
  }));
}

// Errors: opening fails with 'error' then 'close'.
{
  const stream = fs.createWriteStream(at('missing/dir/file'));
  stream.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
  stream.on('close', common.mustCall());
}
assert.throws(() => fs.createWriteStream(at('x'), { start: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.createWriteStream(at('x'), { flush: 1 }), {
  message: 'The "options.flush" property must be of type boolean. Received type number (1)',
});
assert.throws(() => fs.createWriteStream(at('x'), { fs: { open() {}, write() {} } }), {
  message: 'The "options.fs.close" property must be of type function. Received undefined',
});

// Backpressure: write until write() says stop, wait for 'drain', go on; then compare.
function hash(bytes) {
  let h = 2166136261;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 16777619);
  return h >>> 0;
}
{
  const chunks = [];
  let seed = 7;
  for (let i = 0; i < 400; i++) {
    const chunk = Buffer.allocUnsafe(1 + ((seed = (Math.imul(seed, 48271) >>> 0)) % 40000));
    for (let j = 0; j < chunk.length; j++) chunk[j] = (seed = (Math.imul(seed, 48271) >>> 0)) >>> 24;
    chunks.push(chunk);
  }
  const stream = fs.createWriteStream(at('pressure'), { highWaterMark: 16384 });
  let index = 0;
  let drains = 0;
  const pump = () => {
    while (index < chunks.length) {
      const chunk = chunks[index++];
      if (!stream.write(index % 3 ? chunk : chunk.toString('latin1'), 'latin1')) {
        drains++;
        stream.once('drain', pump);
        return;
      }
    }
    stream.end();
  };
  pump();
  stream.on('finish', common.mustCall(() => {
    const expected = Buffer.concat(chunks);
    const written = fs.readFileSync(at('pressure'));
    assert.ok(drains > 10);
    assert.strictEqual(stream.bytesWritten, expected.length);
    assert.strictEqual(written.length, expected.length);
    assert.strictEqual(hash(written), hash(expected));
  }));
}
