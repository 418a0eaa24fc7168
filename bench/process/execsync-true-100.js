'use strict';
// 100 execSync('true'): a shell per call, each on its own private loop.
const { execSync } = require('child_process');

for (let i = 0; i < 100; i++) execSync('true');
