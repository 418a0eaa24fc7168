'use strict';
// ipc-json-100k with serialization 'advanced' (V8's serializer).
process.env.BENCH_IPC_MODE = 'advanced';
require('./ipc-json-100k.js');
