'use strict';
// 1,000,000 process.nextTick callbacks, each scheduling the next.
let remaining = 1e6;
function tick() {
  if (--remaining > 0) process.nextTick(tick);
}
process.nextTick(tick);
