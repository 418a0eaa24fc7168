'use strict';
// 100,000 setImmediate round trips, one after another.
let remaining = 1e5;
function next() {
  if (--remaining > 0) setImmediate(next);
}
setImmediate(next);
