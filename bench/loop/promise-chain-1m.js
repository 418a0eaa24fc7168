'use strict';
// A chain of 1,000,000 resolved-promise links.
let p = Promise.resolve(0);
for (let i = 0; i < 1e6; i++) p = p.then((n) => n + 1);
p.then((n) => { if (n !== 1e6) throw new Error(`chain ended at ${n}`); });
