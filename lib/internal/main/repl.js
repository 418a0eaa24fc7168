'use strict';
// Mode: `lode` on a terminal with no script. The REPL is not part of lode yet.
internalBinding('fs').writeString(2,
  'lode: no script given, and the interactive REPL is not available yet.\n' +
  'Usage: lode [options] [ script.js | -e "script" | - ] [arguments]   (lode --help for more)\n');
process.exitCode = 9;
