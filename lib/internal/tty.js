'use strict';
// How many colors a terminal shows, judged from the environment as node does:
// getColorDepth() answers 1 (2 colors), 4 (16), 8 (256) or 24 (16 million).

const { validateInteger } = require('internal/validators');

const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16M = 24;

// FORCE_COLOR's values (chalk's levels 0-3).
const forcedDepths = { __proto__: null, '': COLORS_16, 1: COLORS_16, true: COLORS_16, 2: COLORS_256, 3: COLORS_16M };

// CI services whose logs show 256 colors (any other CI: none).
const colorfulCIs = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'];

// TERM values known by name; then TERM patterns that mean 16 colors.
const termDepths = {
  __proto__: null,
  'eterm': COLORS_16, 'cons25': COLORS_16, 'console': COLORS_16, 'cygwin': COLORS_16, 'dtterm': COLORS_16,
  'gnome': COLORS_16, 'hurd': COLORS_16, 'jfbterm': COLORS_16, 'konsole': COLORS_16, 'kterm': COLORS_16,
  'mlterm': COLORS_16, 'mosh': COLORS_16M, 'putty': COLORS_16, 'st': COLORS_16,
  'rxvt-unicode-24bit': COLORS_16M, 'terminator': COLORS_16M,
};
const sixteenColorTerms = [
  /ansi/, /color/, /linux/, /direct/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/, /^vt220/,
];

let warnedIgnored = false;
function warnIgnoredDisablers(env) {
  if (warnedIgnored) return;
  const names = ['NODE_DISABLE_COLORS', 'NO_COLOR'].filter((name) => env[name] !== undefined);
  if (names.length === 0) return;
  warnedIgnored = true;
  process.emitWarning(`The '${names.join("' and '")}' env is ignored due to the 'FORCE_COLOR' env being set.`,
                      'Warning');
}

function termProgramDepth(env) {
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? COLORS_256 : COLORS_16M;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16M;
    case 'Apple_Terminal':
      return COLORS_256;
    default:
      return undefined;
  }
}

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    const forced = forcedDepths[env.FORCE_COLOR];
    if (forced === undefined) return COLORS_2;
    warnIgnoredDisablers(env);
    return forced;
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return COLORS_2;
  if (env.TMUX) return COLORS_256;
  if (env.CI) {
    if (colorfulCIs.some((name) => name in env) || env.CI_NAME === 'codeship') return COLORS_256;
    return COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }
  const programDepth = termProgramDepth(env);
  if (programDepth !== undefined) return programDepth;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16M;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    const term = env.TERM.toLowerCase();
    if (termDepths[term]) return termDepths[term];
    if (sixteenColorTerms.some((pattern) => pattern.test(term))) return COLORS_16;
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

// hasColors([count][, env]): whether the terminal shows at least `count` colors (16 unless given).
function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

module.exports = { getColorDepth, hasColors };
