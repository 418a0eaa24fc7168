// The parts of the 'fs' binding, one per concern; fs.cc puts them together.
#ifndef LODE_SRC_FS_FS_BINDING_H_
#define LODE_SRC_FS_FS_BINDING_H_

#include <uv.h>
#include <v8.h>

namespace lode {
class Environment;
}

namespace lode::fs {

// fs_req.cc: FSReqCallback, the JS object of an async request.
void InitializeRequests(Environment* env, v8::Local<v8::Object> target);
// file_io.cc: open/close, read/write (buffers, vectors, strings), sync, truncate, copy,
// whole-file reads.
void InitializeFileIO(Environment* env, v8::Local<v8::Object> target);
// stat.cc: stat/lstat/fstat into typed arrays, statfs, the module loader's stat.
void InitializeStat(Environment* env, v8::Local<v8::Object> target);
// Fills a stats array (Float64Array or BigInt64Array) from `offset` with one stat result.
void FillStatsArray(v8::Local<v8::Value> array, size_t offset, const uv_stat_t& s);
// paths.cc: operations on names: access, mkdir, rename, links, permissions, times.
void InitializePaths(Environment* env, v8::Local<v8::Object> target);
// readdir.cc: readdir.
void InitializeReadDir(Environment* env, v8::Local<v8::Object> target);
// file_handle.cc: FileHandle, the fd owner behind fs.promises (closed on GC).
void InitializeFileHandle(Environment* env, v8::Local<v8::Object> target);
// stat_watcher.cc: StatWatcher, the uv_fs_poll handle behind fs.watchFile.
void InitializeStatWatcher(Environment* env, v8::Local<v8::Object> target);

}  // namespace lode::fs

#endif  // LODE_SRC_FS_FS_BINDING_H_
