'use strict';
// module.createRequire(filename) makes a require that resolves as if called from `filename`,
// given as an absolute path or a file: URL string; a trailing '/' names a folder.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const lookup = path.join(common.fixturesDir, 'modules', 'lookup');
const fromApp = path.join(lookup, 'app', 'src', 'deep', 'entry.js');

const requireFromPath = createRequire(fromApp);
assert.strictEqual(requireFromPath('shadowed'), 'lookup/app/node_modules/shadowed');
assert.strictEqual(requireFromPath('outer'), 'lookup/node_modules/outer');
assert.strictEqual(requireFromPath.resolve('./entry'), fromApp);
assert.deepStrictEqual(requireFromPath.resolve.paths('./x'), [path.dirname(fromApp)]);
assert.strictEqual(requireFromPath.resolve.paths('x')[0], path.join(path.dirname(fromApp), 'node_modules'));
assert.strictEqual(requireFromPath.cache, require.cache);
assert.strictEqual(requireFromPath.extensions, require.extensions);
assert.strictEqual(requireFromPath.main, require.main);
assert.strictEqual(requireFromPath('path'), require('path'));
// The file itself need not exist.
const requireFromMissing = createRequire(path.join(lookup, 'app', 'no-such-file.js'));
assert.strictEqual(requireFromMissing('shadowed'), 'lookup/app/node_modules/shadowed');

// A trailing slash: relative requests start in that folder.
const requireFromFolder = createRequire(`${lookup}/app/`);
assert.deepStrictEqual(requireFromFolder.resolve.paths('./x'), [path.join(lookup, 'app')]);
assert.strictEqual(requireFromFolder('./src/deep/entry'), require(fromApp));

// file: URL strings, percent-decoded, with or without an empty host.
const requireFromURL = createRequire(`file://${fromApp}`);
assert.strictEqual(requireFromURL.resolve('./entry'), fromApp);
assert.strictEqual(createRequire(`file://localhost${fromApp}`).resolve('./entry'), fromApp);
assert.deepStrictEqual(createRequire('file:///tmp/a%20b/x.js').resolve.paths('./y'), ['/tmp/a b']);
assert.deepStrictEqual(createRequire('file:///tmp/dir/').resolve.paths('./y'), ['/tmp/dir']);
assert.deepStrictEqual(createRequire('file:///tmp/x.js?query#hash').resolve.paths('./y'), ['/tmp']);
