'use strict';
// 10,000 timers with pseudo-random delays up to 50 ms (a fixed sequence, so both runtimes do
// the same work).
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
let fired = 0;
for (let i = 0; i < 1e4; i++) setTimeout(() => { fired++; }, Math.floor(random() * 50));
process.on('exit', () => { if (fired !== 1e4) throw new Error(`only ${fired} fired`); });
