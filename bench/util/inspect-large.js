'use strict';
// util.inspect of a large nested object (2,000 records with nested arrays, maps and dates),
// 20 times.
const util = require('util');

const records = [];
for (let i = 0; i < 2000; i++) {
  records.push({
    id: i,
    name: `record-${i}`,
    tags: ['alpha', 'beta', 'gamma'].slice(0, i % 4),
    nested: { depth: { deeper: { value: i * 1.5, flag: i % 2 === 0 } } },
    when: new Date(1700000000000 + i * 1000),
    lookup: new Map([[`k${i}`, i]]),
  });
}
let length = 0;
for (let round = 0; round < 20; round++) {
  length += util.inspect({ records }, { depth: 6, maxArrayLength: Infinity }).length;
}
if (length === 0) throw new Error('nothing inspected');
