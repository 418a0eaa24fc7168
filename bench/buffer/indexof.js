'use strict';
// indexOf / includes of strings, bytes and numbers in a 64 KiB buffer.
const haystack = Buffer.from('lorem ipsum dolor sit amet, '.repeat(2340) + 'needle in the haystack');
const needle = Buffer.from('needle');
let total = 0;
for (let i = 0; i < 4000; i++) {
  total += haystack.indexOf('needle') + haystack.indexOf(needle) + haystack.lastIndexOf('lorem');
  total += haystack.indexOf(0x21) + (haystack.includes('haystack', 1000) ? 1 : 0);
}
for (let i = 0; i < 5e5; i++) total += haystack.indexOf('ipsum', i & 1023);
if (total === 0) throw new Error('unreachable');
