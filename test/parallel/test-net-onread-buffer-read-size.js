'use strict';
// With net.connect's onread option the socket reads into the given buffer itself: each read
// is at most the buffer's size, the callback gets that very buffer, and once the callback
// pauses the socket (or returns false) no read comes until it is resumed. A buffer factory
// gives one buffer for the connection and one after each read.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const message = 'hello world';

function serve(test) {
  const server = net.createServer((connection) => {
    server.close();
    connection.end(message);
  });
  server.listen(0, common.mustCall(() => test(server.address().port)));
}

serve((port) => {
  const buffer = Buffer.alloc(4);
  const sizes = [];
  let paused = false;
  net.connect({
    port,
    onread: {
      buffer,
      callback: common.mustCall(function(nread, buf) {
        assert.strictEqual(paused, false);
        assert.strictEqual(buf, buffer);
        sizes.push(buf.toString('latin1', 0, nread));
        paused = true;
        this.pause();
        setTimeout(() => {
          paused = false;
          this.resume();
        }, 10);
      }, 3),
    },
  }).on('data', common.mustNotCall()).on('end', common.mustCall(() => {
    assert.deepStrictEqual(sizes, ['hell', 'o wo', 'rld']);
  }));
});

serve((port) => {
  const pool = [new Uint8Array(6), new Uint8Array(6)];
  let made = 0;
  let received = '';
  net.connect({
    port,
    onread: {
      buffer: () => pool[made++ % 2],
      callback: common.mustCall((nread, buf) => {
        assert.strictEqual(buf, pool[(made - 1) % 2]);
        received += Buffer.from(buf.subarray(0, nread)).toString();
      }, 2),
    },
  }).on('end', common.mustCall(() => {
    assert.strictEqual(received, message);
    assert.strictEqual(made, 3);
  }));
});
