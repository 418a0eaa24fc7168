// The 'fs' binding: lib/fs.js's system calls. Synchronous calls run on the calling thread;
// callback and promise calls are libuv fs requests on the thread pool that complete in the
// poll phase (fs_req.h has the calling convention every method follows). The methods live
// in one file per concern; this one puts them together.
#include "binding.h"
#include "env.h"
#include "fs/fs_binding.h"

namespace lode::fs {
namespace {

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  InitializeRequests(env, target);
  InitializeFileIO(env, target);
  InitializeStat(env, target);
  InitializePaths(env, target);
  InitializeReadDir(env, target);
  InitializeFileHandle(env, target);
  InitializeStatWatcher(env, target);
}

}  // namespace
}  // namespace lode::fs

LODE_BINDING(fs, lode::fs::Initialize)
