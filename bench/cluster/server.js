'use strict';
// The server bench/cluster/run measures: a primary with N workers serving hello-world over
// HTTP under one scheduling policy. Prints the port once every worker listens; on SIGTERM
// asks each worker what it served and prints {"connections":[...],"requests":[...]}.
//   server.js <workers> <rr|none|reuseport>
const cluster = require('cluster');
const http = require('http');

if (cluster.isWorker) {
  let connections = 0;
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests++;
    res.end('hello world');
  });
  server.on('connection', () => connections++);
  server.listen(0, '127.0.0.1');
  process.on('message', (message) => {
    if (message === 'report') process.send({ connections, requests });
  });
  return;
}

const count = Number(process.argv[2] || 2);
const policy = process.argv[3] || 'rr';
cluster.schedulingPolicy = { rr: cluster.SCHED_RR, none: cluster.SCHED_NONE, reuseport: cluster.SCHED_REUSEPORT }[policy];
if (cluster.schedulingPolicy === undefined) {
  console.error(`policy ${policy} is not available here`);
  process.exit(2);
}
let listening = 0;
cluster.on('listening', (worker, address) => {
  if (++listening === count) console.log(address.port);
});
for (let i = 0; i < count; i++) cluster.fork();

process.on('SIGTERM', () => {
  const reports = [];
  for (const worker of Object.values(cluster.workers)) {
    worker.once('message', (report) => {
      reports.push(report);
      if (reports.length < count) return;
      console.log(JSON.stringify({
        connections: reports.map((r) => r.connections),
        requests: reports.map((r) => r.requests),
      }));
      for (const each of Object.values(cluster.workers)) each.process.kill();
      process.exit(0);
    });
    worker.send('report');
  }
});
