'use strict';
// cluster.stats() (lode's own): connections accepted by each worker, and the imbalance of the
// distribution: the busiest worker's share divided by the even share (1 is perfectly even;
// 2 with two workers means one worker took everything).
//
// Under SCHED_RR the primary counts each hand-off a worker accepts. Under SCHED_NONE and
// SCHED_REUSEPORT connections never pass through the primary: each worker counts its own and
// reports the running total at most every 100 ms and when it disconnects.

class WorkerStats {
  #records = new Map();  // worker id -> { id, pid, connections, state }

  add(worker) {
    this.#records.set(worker.id, { id: worker.id, pid: worker.process.pid, connections: 0, alive: true });
  }

  accepted(id) {
    const record = this.#records.get(id);
    if (record !== undefined) record.connections++;
  }

  reported(worker, count) {
    const record = this.#records.get(worker.id);
    if (record !== undefined && Number.isSafeInteger(count) && count > record.connections) record.connections = count;
  }

  exited(worker) {
    const record = this.#records.get(worker.id);
    if (record !== undefined) record.alive = false;
  }

  snapshot(policy) {
    const workers = [...this.#records.values()].map((record) => ({ ...record }));
    const total = workers.reduce((sum, record) => sum + record.connections, 0);
    // Workers that never took a connection and are gone do not count toward the even share.
    const counted = workers.filter((record) => record.alive || record.connections > 0);
    let imbalance = 0;
    if (total > 0 && counted.length > 0) {
      const busiest = Math.max(...counted.map((record) => record.connections));
      imbalance = busiest / (total / counted.length);
    }
    return { policy, total, imbalance, workers };
  }

  format(policy) {
    const { total, imbalance, workers } = this.snapshot(policy);
    const lines = [`cluster stats: policy ${policy}, ${total} connections, imbalance ${imbalance.toFixed(2)}`];
    for (const record of workers) {
      const share = total > 0 ? ((100 * record.connections) / total).toFixed(1) : '0.0';
      lines.push(`  worker ${record.id} (pid ${record.pid}${record.alive ? '' : ', exited'}): ` +
                 `${record.connections} connections (${share}%)`);
    }
    return lines.join('\n');
  }
}

module.exports = { WorkerStats };
