'use strict';
// process.report: getReport() gives node's sections, with the loop's libuv handles (a TCP
// server and its connections with their endpoints), the JS stack of the error given (or a
// synthetic one), limits and shared objects; writeReport() writes the same as JSON to a file
// in `directory`, or to stdout/stderr; the settings are validated as node validates them.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();

const report = process.report;
assert.strictEqual(typeof report.getReport, 'function');
assert.strictEqual(report.compact, false);
assert.strictEqual(report.signal, 'SIGUSR2');
assert.strictEqual(report.reportOnSignal, false);

const plain = report.getReport();
for (const section of ['header', 'javascriptStack', 'javascriptHeap', 'nativeStack', 'resourceUsage',
                       'libuv', 'workers', 'environmentVariables', 'userLimits', 'sharedObjects']) {
  assert.ok(section in plain, section);
}
assert.strictEqual(plain.header.trigger, 'GetReport');
assert.strictEqual(plain.header.event, 'JavaScript API');
assert.strictEqual(plain.header.processId, process.pid);
assert.strictEqual(plain.header.nodejsVersion, process.version);
assert.strictEqual(plain.javascriptStack.message, 'Error [ERR_SYNTHETIC]: JavaScript Callstack');
assert.ok(Array.isArray(plain.javascriptStack.stack));
assert.strictEqual(typeof plain.javascriptHeap.totalMemory, 'number');
assert.ok(plain.userLimits.open_files.soft === 'unlimited' || plain.userLimits.open_files.soft > 0);
assert.ok(plain.sharedObjects.length > 0);
assert.strictEqual(plain.environmentVariables.PATH, process.env.PATH);

const error = new TypeError('given');
error.extra = 42;
const withError = report.getReport(error);
assert.strictEqual(withError.javascriptStack.message, 'TypeError: given');
assert.strictEqual(withError.javascriptStack.errorProperties.extra, '42');

assert.throws(() => report.getReport('nope'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => { report.compact = 'yes'; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => { report.directory = 1; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => { report.signal = 'SIGNOPE'; }, { code: 'ERR_UNKNOWN_SIGNAL' });
assert.throws(() => report.writeReport(1), { code: 'ERR_INVALID_ARG_TYPE' });

const server = net.createServer((socket) => socket.end());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const client = net.connect(port, '127.0.0.1', common.mustCall(() => {
    const tcp = report.getReport().libuv.filter((handle) => handle.type === 'tcp');
    const listening = tcp.find((handle) => handle.localEndpoint?.port === port && handle.remoteEndpoint === null);
    assert.ok(listening, 'the listening socket');
    assert.strictEqual(listening.is_active, true);
    const outgoing = tcp.find((handle) => handle.remoteEndpoint?.port === port);
    assert.ok(outgoing, 'the client socket');
    assert.strictEqual(outgoing.remoteEndpoint.ip4, '127.0.0.1');
    assert.strictEqual(typeof outgoing.sendBufferSize, 'number');
    client.destroy();
    server.close();

    report.directory = tmpdir.path;
    const name = report.writeReport();
    assert.match(name, /^report\.\d{8}\.\d{6}\.\d+\.0\.\d{3}\.json$/);
    const written = JSON.parse(fs.readFileSync(path.join(tmpdir.path, name), 'utf8'));
    assert.strictEqual(written.header.trigger, 'API');
    assert.strictEqual(written.header.filename, name);

    const chosen = report.writeReport('chosen.json', new Error('for the file'));
    assert.strictEqual(chosen, 'chosen.json');
    const text = fs.readFileSync(path.join(tmpdir.path, 'chosen.json'), 'utf8');
    assert.strictEqual(JSON.parse(text).javascriptStack.message, 'Error: for the file');
    report.compact = true;
    report.writeReport('compact.json');
    assert.strictEqual(fs.readFileSync(path.join(tmpdir.path, 'compact.json'), 'utf8').trim().split('\n').length, 1);
    report.compact = false;
  }));
}));
