'use strict';
// Startup plus loading every builtin lode has so far (the list comes from the runner, so
// node loads the same modules, not all of its own).
const ids = (process.argv[2] || '').split(',').filter(Boolean);
for (const id of ids) require(id);
