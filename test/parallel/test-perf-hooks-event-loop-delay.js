'use strict';
// monitorEventLoopDelay(): a histogram of the intervals (ns) between the firings of a timer
// set every `resolution` ms, so a blocked loop shows as long intervals.
const common = require('../common');
const assert = require('assert');
const { monitorEventLoopDelay, performance } = require('perf_hooks');

// Options.
assert.strictEqual(monitorEventLoopDelay.length, 0);
for (const options of [null, 5, 'x']) {
  assert.throws(() => monitorEventLoopDelay(options), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
assert.throws(() => monitorEventLoopDelay({ resolution: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.resolution" is out of range. It must be >= 1 && <= 9007199254740991. Received 0',
});
assert.throws(() => monitorEventLoopDelay({ resolution: 1.5 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.resolution" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => monitorEventLoopDelay({ resolution: 'a' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.resolution" property must be of type number. Received type string (\'a\')',
});
monitorEventLoopDelay({ resolution: 2 ** 31 });

const histogram = monitorEventLoopDelay({ resolution: 20 });
assert.strictEqual(histogram.constructor.name, 'ELDHistogram');
assert.strictEqual(histogram.count, 0);
assert.strictEqual(histogram.min, 9223372036854775807);

// enable() and disable() say whether they changed anything.
assert.strictEqual(histogram.enable(), true);
assert.strictEqual(histogram.enable(), false);

function block(ms) {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

setTimeout(common.mustCall(() => {
  block(150);
  setTimeout(common.mustCall(() => {
    assert.strictEqual(histogram.disable(), true);
    assert.strictEqual(histogram.disable(), false);
    const count = histogram.count;
    assert.ok(count >= 3, `count ${count}`);
    // The blocked stretch shows as one long sample. (The shortest one is not bounded by the
    // resolution: libuv's timer clock is cached per loop turn, so under load a sample can come
    // out a few ms short of it; node's samples do too.)
    assert.ok(histogram.min > 0, `min ${histogram.min}`);
    assert.ok(histogram.max >= 140e6, `max ${histogram.max}`);
    assert.ok(histogram.mean > histogram.min && histogram.mean < histogram.max);
    assert.ok(histogram.stddev > 0);
    assert.ok(histogram.percentile(50) > 0);
    assert.strictEqual(histogram.percentile(100), histogram.max);
    assert.strictEqual(histogram.exceeds, 0);
    const percentiles = [...histogram.percentiles.keys()];
    assert.strictEqual(percentiles[0], 0);
    assert.strictEqual(percentiles.at(-1), 100);

    // Disabled: no more samples.
    setTimeout(common.mustCall(() => {
      assert.strictEqual(histogram.count, count);
      histogram.reset();
      assert.strictEqual(histogram.count, 0);
      assert.strictEqual(histogram.max, 0);
      // Enabling again keeps sampling into the same histogram.
      assert.strictEqual(histogram.enable(), true);
      setTimeout(common.mustCall(() => {
        assert.ok(histogram.count >= 1);
        // A sampler left enabled does not keep the process alive.
        assert.strictEqual(histogram.enable(), false);
      }), 100);
    }), 60);
  }), 100);
}), 50);
