'use strict';
// Files the fs benchmarks read, made once and kept between runs (so lode and node read the
// same files and the making is not timed).
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(os.tmpdir(), 'lode-bench-fs');

// A file of `size` bytes of a repeating pattern, made if missing.
function bigFile(name, size) {
  const file = path.join(root, name);
  if (fs.statSync(file, { throwIfNoEntry: false })?.size === size) return file;
  fs.mkdirSync(root, { recursive: true });
  const chunk = Buffer.alloc(1 << 20);
  for (let i = 0; i < chunk.length; i++) chunk[i] = 32 + (i % 95);
  const fd = fs.openSync(file, 'w');
  for (let written = 0; written < size; written += chunk.length) {
    fs.writeSync(fd, chunk, 0, Math.min(chunk.length, size - written));
  }
  fs.closeSync(fd);
  return file;
}

// A directory of `count` small files, made if missing; returns their paths.
function smallFiles(name, count) {
  const dir = path.join(root, name);
  const files = Array.from({ length: count }, (_, i) => path.join(dir, `f${i}.txt`));
  if (!fs.existsSync(files[count - 1])) {
    fs.mkdirSync(dir, { recursive: true });
    for (const [i, file] of files.entries()) fs.writeFileSync(file, `small file number ${i}\n`.repeat(8));
  }
  return files;
}

// A fresh scratch directory for this process.
function scratch(name) {
  const dir = path.join(root, `${name}-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

module.exports = { bigFile, scratch, smallFiles };
