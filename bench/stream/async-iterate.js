'use strict';
// for await over Readable.from() of 5e5 values, then through map() and toArray().
const { Readable } = require('stream');

const values = Array.from({ length: 5e5 }, (_, i) => i);

(async () => {
  let sum = 0;
  for await (const value of Readable.from(values)) sum += value;
  const mapped = await Readable.from(values.slice(0, 1e5)).map((x) => x + 1).toArray();
  if (mapped.length !== 1e5 || sum === 0) throw new Error('wrong result');
})();
