'use strict';
// The number accessors: 32-bit, 16-bit, double and BigInt reads and writes.
const buffer = Buffer.alloc(4096);
let total = 0;
for (let round = 0; round < 300; round++) {
  for (let offset = 0; offset <= 4088; offset += 8) {
    buffer.writeUInt32LE(offset * round >>> 0, offset);
    buffer.writeUInt16BE(offset & 0xffff, offset + 4);
    total += buffer.readUInt32LE(offset) + buffer.readInt16BE(offset + 4) + buffer.readUInt8(offset + 6);
  }
  for (let offset = 0; offset <= 4088; offset += 8) {
    buffer.writeDoubleLE(offset / 3, offset);
    total += buffer.readDoubleLE(offset);
  }
}
for (let i = 0; i < 2e5; i++) {
  buffer.writeBigUInt64LE(BigInt(i), 8);
  total += Number(buffer.readBigUInt64LE(8));
}
if (total === 0) throw new Error('unreachable');
