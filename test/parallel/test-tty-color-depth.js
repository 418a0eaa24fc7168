'use strict';
// WriteStream#getColorDepth and #hasColors judge a terminal's colors from the environment as
// node does; they read only the env object given.
const common = require('../common');
const assert = require('assert');
const { WriteStream } = require('tty');

const { getColorDepth, hasColors } = WriteStream.prototype;

const cases = [
  [{}, 1],
  [{ TERM: 'dumb' }, 1],
  [{ TERM: 'xterm' }, 4],
  [{ TERM: 'xterm-256color' }, 8],
  [{ TERM: 'XTERM-256COLOR' }, 4],
  [{ TERM: 'screen' }, 4],
  [{ TERM: 'linux' }, 4],
  [{ TERM: 'vt100' }, 4],
  [{ TERM: 'rxvt-unicode-24bit' }, 24],
  [{ TERM: 'xterm-kitty' }, 4],
  [{ TERM: 'tmux-256color' }, 4],
  [{ TERM: 'alacritty' }, 1],
  [{ TERM: 'mosh' }, 24],
  [{ TERM: 'putty' }, 4],
  [{ TERM: 'con132x25' }, 4],
  [{ TERM: 'something-else' }, 1],
  [{ COLORTERM: 'truecolor' }, 24],
  [{ COLORTERM: '24bit' }, 24],
  [{ COLORTERM: 'yes' }, 4],
  [{ TMUX: '1' }, 8],
  [{ TMUX: '1', NO_COLOR: '' }, 1],
  [{ NO_COLOR: '1', TERM: 'xterm-256color' }, 1],
  [{ NODE_DISABLE_COLORS: '1', TERM: 'xterm-256color' }, 1],
  [{ FORCE_COLOR: '' }, 4],
  [{ FORCE_COLOR: '1' }, 4],
  [{ FORCE_COLOR: 'true' }, 4],
  [{ FORCE_COLOR: '2' }, 8],
  [{ FORCE_COLOR: '3' }, 24],
  [{ FORCE_COLOR: '0' }, 1],
  [{ FORCE_COLOR: 'false' }, 1],
  [{ FORCE_COLOR: '4' }, 1],
  [{ CI: '1' }, 1],
  [{ CI: '1', GITHUB_ACTIONS: '' }, 8],
  [{ CI: '1', JENKINS_URL: 'x' }, 1],
  [{ CI: '1', TRAVIS: '1' }, 8],
  [{ CI: '1', GITLAB_CI: '1' }, 8],
  [{ CI: '1', CI_NAME: 'codeship' }, 8],
  [{ CI: '1', TERM: 'xterm-256color' }, 1],
  [{ TEAMCITY_VERSION: '9.1.0' }, 4],
  [{ TEAMCITY_VERSION: '8.0.0' }, 1],
  [{ TEAMCITY_VERSION: '10.0.0' }, 4],
  [{ TERM_PROGRAM: 'iTerm.app' }, 8],
  [{ TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.0.0' }, 24],
  [{ TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '2.9' }, 8],
  [{ TERM_PROGRAM: 'HyperTerm' }, 24],
  [{ TERM_PROGRAM: 'Apple_Terminal' }, 8],
];
for (const [env, depth] of cases) {
  assert.strictEqual(getColorDepth.call(null, env), depth, JSON.stringify(env));
}

assert.strictEqual(hasColors.call(null, {}), false);
assert.strictEqual(hasColors.call(null, { TERM: 'xterm' }), true);
assert.strictEqual(hasColors.call(null, 16, { TERM: 'xterm' }), true);
assert.strictEqual(hasColors.call(null, 17, { TERM: 'xterm' }), false);
assert.strictEqual(hasColors.call(null, 2, {}), true);
assert.strictEqual(hasColors.call(null, 2 ** 24, { COLORTERM: 'truecolor' }), true);
assert.throws(() => hasColors.call(null, 1, {}), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => hasColors.call(null, '16', {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => hasColors.call(null, 16.5, {}), { code: 'ERR_OUT_OF_RANGE' });

// FORCE_COLOR overriding NO_COLOR says so, once.
common.expectWarning('Warning', "The 'NODE_DISABLE_COLORS' and 'NO_COLOR' env is ignored due to the 'FORCE_COLOR' env being set.");
assert.strictEqual(getColorDepth.call(null, { FORCE_COLOR: '1', NO_COLOR: '1', NODE_DISABLE_COLORS: '1' }), 4);
assert.strictEqual(getColorDepth.call(null, { FORCE_COLOR: '2', NO_COLOR: '1' }), 8);
