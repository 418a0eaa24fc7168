'use strict';
// 100,000 setTimeout(0) round trips: 100 waves of 1,000 timers; each wave starts when the
// previous one has fired completely (a wave costs at least the 1 ms minimum delay).
const kWaves = 100;
const kPerWave = 1000;
let wave = 0;
let pending = 0;
function fired() {
  if (--pending === 0 && ++wave < kWaves) start();
}
function start() {
  pending = kPerWave;
  for (let i = 0; i < kPerWave; i++) setTimeout(fired, 0);
}
start();
