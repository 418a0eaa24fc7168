'use strict';
// The fs targets for the bad-input tests (test-bad-input-fs.js compares them with node,
// test-bad-input-fs-no-abort.js only runs them): every fs function (sync, callback and
// promise forms), the fd-taking functions on a real descriptor, and FileHandle and Dir
// methods. Everything runs in a scratch directory made for the test: every path here is
// relative to it and garbage paths are never absolute. -0 is never passed: it is fd 0 where
// a descriptor goes, and node aborts on it as a mode (it passes node's int32 check but is no
// Int32 to V8).
const badInput = require('./bad-input');
const fs = require('fs');
const os = require('os');
const path = require('path');

// The process stays in the scratch directory to the end: an operation still running in the
// thread pool at exit resolves its relative path there, not in the directory we came from.
function enterScratchDirectory() {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-bad-input-'));
  process.chdir(scratch);
  process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));
}

const noFd = ['-0'];
function streamsAvailable() {
  try {
    return typeof fs.ReadStream === 'function';
  } catch {
    return false;  // lode without its fs streams yet
  }
}

// Enters a scratch directory (for the rest of the process) and returns the targets.
async function fsTargets() {
  enterScratchDirectory();
  const targets = {};
  // Every plain function of fs and fs.promises, on a path of its own (so calls to different
  // functions never meet on a file).
  const skipped = ['Dirent', 'Stats', 'Dir', 'ReadStream', 'WriteStream', 'FileReadStream',
                   'FileWriteStream', 'watchFile', 'unwatchFile'];
  if (!streamsAvailable()) skipped.push('createReadStream', 'createWriteStream');
  let dirsAvailable = true;
  try {
    fs.opendirSync('.').closeSync();
  } catch {
    dirsAvailable = false;  // lode without fs.Dir yet
    skipped.push('opendir', 'opendirSync');
  }
  for (const [name, fn] of Object.entries(badInput.functionsOf(fs, 'fs', skipped))) {
    const short = name.slice('fs.'.length);
    targets[name] = [fn[0], fn[1], { args: [`${short}.x`, 'data'], skip: noFd }];
  }
  for (const [name, fn] of Object.entries(badInput.functionsOf(fs.promises, 'fs.promises'))) {
    const short = name.slice('fs.promises.'.length);
    targets[name] = [fn[0], fn[1], {
      args: [`promises.${short}.x`, 'data'], skip: noFd, sequential: true,
    }];
  }
  // Two paths: the second is a garbage one after a valid first.
  for (const name of ['rename', 'renameSync', 'copyFile', 'copyFileSync', 'link', 'linkSync',
                      'symlink', 'symlinkSync', 'cp', 'cpSync']) {
    targets[`fs.${name}`][2].args = [`${name}.x`, `${name}.y`, {}];
  }
  targets['fs.watchFile'] = [undefined, (...args) => {
    try {
      return fs.watchFile(...args);
    } finally {
      try {
        fs.unwatchFile(args[0]);
      } catch {
        // A garbage path was refused by watchFile already.
      }
    }
  }, { args: ['watchFile.x', {}], skip: noFd }];

  // The descriptor-taking functions on a real descriptor (bound, so it never shows in a
  // result's name): garbage goes in the later positions.
  const fd = fs.openSync('fd-file', 'w+');
  fs.writeSync(fd, 'abcdefgh');
  const onFd = {
    fstatSync: [{}], fsyncSync: [], fdatasyncSync: [], ftruncateSync: [4], fchmodSync: [0o644],
    fchownSync: [process.getuid?.() ?? 0, process.getgid?.() ?? 0], futimesSync: [1, 1],
    readSync: [Buffer.alloc(4), 0, 4, 0], writeSync: [Buffer.from('ab'), 0, 2, 0],
    readvSync: [[Buffer.alloc(4)], 0], writevSync: [[Buffer.from('ab')], 0],
    fstat: [{}], fsync: [], fdatasync: [], ftruncate: [4], fchmod: [0o644],
    read: [Buffer.alloc(4), 0, 4, 0], write: [Buffer.from('ab'), 0, 2, 0],
    readv: [[Buffer.alloc(4)], 0], writev: [[Buffer.from('ab')], 0], futimes: [1, 1],
  };
  for (const [name, args] of Object.entries(onFd)) {
    if (typeof fs[name] !== 'function') continue;
    targets[`fd.${name}`] = [undefined, (...rest) => fs[name](fd, ...rest), { args, skip: noFd }];
  }

  // Dir methods on a fresh Dir each call.
  const dirs = [];
  function freshDir() {
    const dir = fs.opendirSync('.');
    dirs.push(dir);
    return dir;
  }
  process.on('exit', () => {
    for (const dir of dirs) {
      try {
        dir.closeSync();
      } catch {
        // Closed by a call already.
      }
    }
  });
  if (dirsAvailable) {
    const Dir = Object.getPrototypeOf(freshDir());
    Object.assign(targets, badInput.methodsOf(Dir, 'dir', badInput.methodNames(Dir), freshDir,
                                              { args: [], skip: noFd, sequential: true }));
  }

  // FileHandle methods on one handle (close and the stream makers, which take the handle
  // over, are left out), one call at a time.
  const handle = await fs.promises.open('handle-file', 'w+');
  await handle.write('abcdefgh');
  const FileHandle = Object.getPrototypeOf(handle);
  const left = ['close', 'createReadStream', 'createWriteStream', 'readableWebStream', 'readLines'];
  const names = badInput.methodNames(FileHandle).filter((name) => !left.includes(name));
  const handleArgs = {
    read: [Buffer.alloc(4), 0, 4, 0], write: [Buffer.from('ab'), 0, 2, 0],
    readv: [[Buffer.alloc(4)], 0], writev: [[Buffer.from('ab')], 0], truncate: [4], chmod: [0o644],
    utimes: [1, 1],
    writeFile: ['data', {}], appendFile: ['data', {}], readFile: [{}], stat: [{}],
  };
  for (const name of names) {
    targets[`handle.${name}`] = [handle, FileHandle[name], {
      args: handleArgs[name] || [], skip: noFd, sequential: true,
    }];
  }

  // What node 20.20 aborts on (found with BAD_INPUT_ONLY): a Symbol descriptor, which its
  // binding fails to describe in the error; a proxy of an array as the buffer list; a
  // handle.read position that is no integer; a mode of 2^31 (a valid uint32, no Int32).
  // Under lode these still run: lode must survive them.
  const nodeAborts = {
    'fd.fchmodSync': ['2**31'], 'fs.chmodSync': ['2**31'], 'fs.mkdirSync': ['2**31'],
    'fs.promises.chmod': ['2**31'], 'fs.promises.mkdir': ['2**31'], 'handle.chmod': ['2**31'],
    'fs.close': ['symbol'], 'fs.closeSync': ['symbol'], 'fs.fdatasyncSync': ['symbol'],
    'fs.fstatSync': ['symbol'], 'fs.fsyncSync': ['symbol'], 'fs.ftruncateSync': ['symbol'],
    'fd.readv': ['proxy'], 'fd.readvSync': ['proxy'], 'fd.writev': ['proxy'],
    'fd.writevSync': ['proxy'], 'handle.readv': ['proxy'], 'handle.writev': ['proxy'],
    'handle.read': ['true', 'NaN', '1.5', 'empty string', 'nul string', 'string object', 'object',
                    'array', 'function', 'proxy', 'detached buffer'],
  };
  for (const [label, garbageNames] of Object.entries(nodeAborts)) {
    if (targets[label]) targets[label][2] = { ...targets[label][2], nodeAborts: garbageNames };
  }
  return targets;
}

module.exports = { fsTargets };
