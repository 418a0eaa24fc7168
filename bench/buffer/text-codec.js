'use strict';
// TextEncoder.encode / encodeInto and TextDecoder.decode (one piece and streamed).
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const text = 'h\u00e9llo w\u00f6rld \u20ac ';
const bytes = encoder.encode(text.repeat(20));
const target = new Uint8Array(1024);
let total = 0;
for (let i = 0; i < 1e6; i++) {
  total += encoder.encode(text).length;
  total += decoder.decode(bytes.subarray(0, 40)).length;
}
for (let i = 0; i < 5e5; i++) total += encoder.encodeInto(text, target).written;
const streaming = new TextDecoder();
for (let i = 0; i < 2e5; i++) total += streaming.decode(bytes.subarray(i % 7, 50), { stream: true }).length;
if (total === 0) throw new Error('unreachable');
