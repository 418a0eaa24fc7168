'use strict';
// cluster: one server port shared by several processes. The primary (internal/cluster/primary)
// forks workers and owns the shared sockets; a worker (internal/cluster/child) is a process
// started with NODE_UNIQUE_ID, whose server.listen() asks the primary.

const child = require('internal/cluster/child');

module.exports = child.isWorkerProcess() ? child.cluster : require('internal/cluster/primary');
