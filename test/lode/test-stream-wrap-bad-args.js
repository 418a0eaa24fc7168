'use strict';
// Whatever internal code (reached with --expose-internals) passes to the methods of TCP and
// pipe handles, the process does not abort: a wrong shape is an error status or a thrown
// TypeError (lode accepts its own argument shapes and node's). open() is left out: it takes
// over whatever descriptor it is given (0 from most garbage), as node's does.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (!process.execArgv.includes('--expose-internals')) {
  const r = spawnSync(process.execPath, ['--expose-internals', '--no-warnings', __filename], { encoding: 'utf8' });
  assert.strictEqual(r.signal, null, r.stderr);
  assert.strictEqual(r.status, 0, r.stderr + r.stdout);
  return;
}

// Pipes bound to garbage names make socket files: in a folder of the test's own.
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();
process.chdir(tmpdir.path);

const net = require('net');
const { internalBinding } = require('internal/test/binding');
const { TCP, TCPConnectWrap, constants } = internalBinding('tcp_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const { WriteWrap, ShutdownWrap } = internalBinding('stream_wrap');

assert.throws(() => TCPConnectWrap(), TypeError);
for (const type of [undefined, 'a', 5, -1]) assert.throws(() => new TCP(type), TypeError);

const values = () => [undefined, null, -1, 1e10, 'x', '127.0.0.1', {}, [], ['a', 'nope'], ['a', 99],
                      [1, 2], Buffer.from('b'), new TCPConnectWrap(), new WriteWrap(), new ShutdownWrap(),
                      { valueOf() { throw new Error('valueOf'); } }, Symbol('s')];
const methods = ['bind', 'bind6', 'listen', 'connect', 'connect6', 'getsockname', 'getpeername',
                 'setNoDelay', 'setKeepAlive', 'writeBuffer', 'writeString', 'writeUtf8String',
                 'writeLatin1String', 'writev', 'tryWrite', 'useUserBuffer', 'shutdown'];

function hammer(handle) {
  for (const method of methods) {
    if (typeof handle[method] !== 'function') continue;
    for (const a of values()) {
      for (const b of values()) {
        try {
          handle[method](a, b, 0);
        } catch {
          // A thrown error is fine; an abort is not.
        }
      }
    }
  }
}

for (let i = 0; i < 2; i++) {
  const tcp = new TCP(constants.SOCKET);
  hammer(tcp);
  tcp.close();
  const pipe = new Pipe(PipeConstants.SOCKET);
  hammer(pipe);
  pipe.close();
}

// And on a connected socket's handle.
const server = net.createServer((connection) => connection.resume()).listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1', () => {
    hammer(socket._handle);
    socket.destroy();
    server.close();
  });
  socket.on('error', () => {});
});
