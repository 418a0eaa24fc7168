'use strict';
// Every path function over every string of a small alphabet, up to a few characters, compared
// with what node 20 returns. Node's answers are kept as one FNV-1a hash per function (the
// answers themselves would fill megabytes). When a hash differs, compare the answers line by
// line:   node test/parallel/test-path-generated.js --dump > node.txt
//         lode test/parallel/test-path-generated.js --dump > lode.txt && diff node.txt lode.txt
// Besides, the simple posix functions are checked against a model written from the POSIX
// rules, which names the failing input directly.
require('../common');
const assert = require('assert');
const path = require('path');

function allStrings(alphabet, maxLength) {
  const strings = [''];
  let previous = [''];
  for (let length = 1; length <= maxLength; length++) {
    const next = [];
    for (const prefix of previous) for (const char of alphabet) next.push(prefix + char);
    strings.push(...next);
    previous = next;
  }
  return strings;
}

function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const posixInputs = allStrings(['a', 'b', '.', '/'], 5);
// No letter but C: another drive would be resolved against the working directory.
const win32Inputs = allStrings(['1', '.', '/', '\\', ':', 'C'], 4);

const show = (value) => JSON.stringify(value);
const suites = {
  posix: {
    inputs: posixInputs,
    functions: {
      normalize: (p) => path.posix.normalize(p),
      isAbsolute: (p) => path.posix.isAbsolute(p),
      dirname: (p) => path.posix.dirname(p),
      basename: (p) => path.posix.basename(p),
      basenameSuffix: (p) => ['a', '.a', 'b/', p, p.slice(1)].map((s) => path.posix.basename(p, s)),
      extname: (p) => path.posix.extname(p),
      parse: (p) => path.posix.parse(p),
      join: (p) => [path.posix.join(p, 'x'), path.posix.join('x', p), path.posix.join(p, p)],
      resolve: (p) => [path.posix.resolve('/r/s', p), path.posix.resolve('/', p, '..')],
      relative: (p) => [path.posix.relative('/r/a', '/r/' + p), path.posix.relative('/' + p, '/a/b')],
    },
  },
  win32: {
    inputs: win32Inputs,
    functions: {
      normalize: (p) => path.win32.normalize(p),
      isAbsolute: (p) => path.win32.isAbsolute(p),
      dirname: (p) => path.win32.dirname(p),
      basename: (p) => path.win32.basename(p),
      basenameSuffix: (p) => ['a', '.a', 'C', p, p.slice(1)].map((s) => path.win32.basename(p, s)),
      extname: (p) => path.win32.extname(p),
      parse: (p) => path.win32.parse(p),
      join: (p) => [path.win32.join(p, 'x'), path.win32.join('x', p), path.win32.join(p, p)],
      resolve: (p) => [path.win32.resolve('C:\\r\\s', p), path.win32.resolve('C:\\r', '\\\\h\\s\\a', p, '..')],
      relative: (p) => [path.win32.relative('C:\\r\\a', 'C:\\r\\' + p),
                        path.win32.relative('\\\\h\\s\\' + p, '\\\\h\\s\\a\\b')],
      toNamespacedPath: (p) => path.win32.toNamespacedPath('C:\\' + p),
    },
  },
};

// Recorded with node v20.20.2.
const expectedHashes = {
  posix: {
    normalize: '0c8f9e66',
    isAbsolute: '1e59efb9',
    dirname: 'f6c816ad',
    basename: '0f76e90f',
    basenameSuffix: '90ff8f77',
    extname: '22b26ca9',
    parse: 'bd8e4001',
    join: 'a9b504c0',
    resolve: 'ad7371f6',
    relative: '00deff0b',
  },
  win32: {
    normalize: '3f7fe758',
    isAbsolute: '0ed62099',
    dirname: '066ecb82',
    basename: 'f76942aa',
    basenameSuffix: 'b96756f0',
    extname: '74aba525',
    parse: '34e64882',
    join: '81ba7421',
    resolve: '9ca9eb74',
    relative: '347d0870',
    toNamespacedPath: '26b2be78',
  },
};

const dump = process.argv.includes('--dump');
const record = process.argv.includes('--record');
const actualHashes = {};
for (const [dialect, { inputs, functions }] of Object.entries(suites)) {
  actualHashes[dialect] = {};
  for (const [name, fn] of Object.entries(functions)) {
    const lines = inputs.map((input) => `${dialect}.${name}(${show(input)}) = ${show(fn(input))}`);
    if (dump) console.log(lines.join('\n'));
    actualHashes[dialect][name] = fnv1a(lines.join('\n'));
  }
}
if (record) console.log(JSON.stringify(actualHashes, null, 2));
if (!dump && !record) {
  for (const dialect of Object.keys(suites)) {
    for (const name of Object.keys(suites[dialect].functions)) {
      assert.strictEqual(actualHashes[dialect][name], expectedHashes[dialect][name],
                         `${dialect}.${name} differs from node's answers: run with --dump and diff`);
    }
  }
}

// --- The model: POSIX rules stated directly. ----------------------------------------------

function modelNormalize(p) {
  if (p === '') return '.';
  const absolute = p.startsWith('/');
  const stack = [];
  for (const segment of p.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (stack.length > 0 && stack[stack.length - 1] !== '..') stack.pop();
      else if (!absolute) stack.push('..');
    } else {
      stack.push(segment);
    }
  }
  let result = (absolute ? '/' : '') + stack.join('/');
  if (result === '') result = '.';
  if (p.endsWith('/') && result !== '/') result += '/';
  return result;
}

// The last name, ignoring trailing slashes.
const modelBasename = (p) => p.replace(/\/+$/, '').split('/').pop();

function modelExtname(p) {
  const name = modelBasename(p);
  const dot = name.lastIndexOf('.');
  return dot <= 0 || name === '..' ? '' : name.slice(dot);
}

function modelDirname(p) {
  const match = /^(.*?)\/[^/]+\/*$/.exec(p); // everything before the separator ahead of the name
  if (match === null) return p.startsWith('/') ? '/' : '.';
  if (match[1] === '') return '/';
  if (match[1] === '/') return '//'; // Node keeps a leading '//' (POSIX lets it mean something)
  return match[1];
}

for (const input of posixInputs) {
  assert.strictEqual(path.posix.normalize(input), modelNormalize(input), `normalize(${show(input)})`);
  assert.strictEqual(path.posix.basename(input), modelBasename(input), `basename(${show(input)})`);
  assert.strictEqual(path.posix.extname(input), modelExtname(input), `extname(${show(input)})`);
  assert.strictEqual(path.posix.dirname(input), modelDirname(input), `dirname(${show(input)})`);
  const joined = input === '' ? '.' : modelNormalize(`${input}/${input}`);
  assert.strictEqual(path.posix.join(input, input), joined, `join(${show(input)}, ${show(input)})`);
}
