'use strict';
// fs algorithms made of several system calls (realpath, rm -r, cp) are written once, as
// generators that yield the operations they need — `yield ['lstat', path]` — and receive
// each result (or have its error thrown at the yield). Two drivers run them: one calls the
// fs *Sync functions in a loop; the other calls the callback functions, one step per
// completion, so the loop thread never blocks.

// Sleeps `ms` on this thread (the sync driver's answer to `yield ['sleep', ms]`).
let sleepCell;
function sleepSync(ms) {
  sleepCell ??= new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(sleepCell, 0, 0, ms);
}

// Runs `generator` to its end with `syncOps` (name -> function returning the result or
// throwing); returns what the generator returns.
function runSync(generator, syncOps) {
  let step = generator.next();
  while (!step.done) {
    const [name, ...args] = step.value;
    let result;
    let failed = false;
    let error;
    try {
      result = name === 'sleep' ? sleepSync(args[0]) : syncOps[name](...args);
    } catch (err) {
      failed = true;
      error = err;
    }
    step = failed ? generator.throw(error) : generator.next(result);
  }
  return step.value;
}

// Runs `generator` with `asyncOps` (name -> function taking a node-style callback last) and
// calls `callback(err, result)` when it ends.
function runAsync(generator, asyncOps, callback) {
  function advance(failed, value) {
    let step;
    try {
      step = failed ? generator.throw(value) : generator.next(value);
    } catch (err) {
      callback(err);
      return;
    }
    if (step.done) {
      callback(null, step.value);
      return;
    }
    const [name, ...args] = step.value;
    const done = (err, result) => (err ? advance(true, err) : advance(false, result));
    if (name === 'sleep') {
      setTimeout(done, args[0]);
      return;
    }
    try {
      asyncOps[name](...args, done);
    } catch (err) {
      // A synchronous throw (an argument check) fails the step as a callback error would.
      advance(true, err);
    }
  }
  advance(false, undefined);
}

module.exports = { runAsync, runSync, sleepSync };
