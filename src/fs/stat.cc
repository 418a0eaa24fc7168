// The 'fs' binding's stat family. Results cross into JS through typed arrays that C++ fills
// (Float64Array, or BigInt64Array for `bigint: true`): no object per call.
//
// Stat layout (kStatFields): dev mode nlink uid gid rdev blksize ino size blocks, then
// (seconds, nanoseconds) for atime mtime ctime birthtime.
// StatFs layout (kStatFsFields): type bsize blocks bfree bavail files ffree.
#include <sys/stat.h>

#include "env.h"
#include "fs/fs_binding.h"
#include "fs/fs_req.h"
#include "utils.h"

namespace lode::fs {
namespace {

constexpr int kStatFields = 18;
constexpr int kStatFsFields = 7;

template <typename T>
void FillStatFields(T* out, const uv_stat_t& s) {
  const uint64_t values[kStatFields] = {s.st_dev,
                                        s.st_mode,
                                        s.st_nlink,
                                        s.st_uid,
                                        s.st_gid,
                                        s.st_rdev,
                                        s.st_blksize,
                                        s.st_ino,
                                        s.st_size,
                                        s.st_blocks,
                                        static_cast<uint64_t>(s.st_atim.tv_sec),
                                        static_cast<uint64_t>(s.st_atim.tv_nsec),
                                        static_cast<uint64_t>(s.st_mtim.tv_sec),
                                        static_cast<uint64_t>(s.st_mtim.tv_nsec),
                                        static_cast<uint64_t>(s.st_ctim.tv_sec),
                                        static_cast<uint64_t>(s.st_ctim.tv_nsec),
                                        static_cast<uint64_t>(s.st_birthtim.tv_sec),
                                        static_cast<uint64_t>(s.st_birthtim.tv_nsec)};
  // Times before 1970 have negative seconds: read those fields back as signed.
  for (int i = 0; i < kStatFields; i++) {
    out[i] = i >= 10 ? static_cast<T>(static_cast<int64_t>(values[i])) : static_cast<T>(values[i]);
  }
}

template <typename T>
void FillStatFsFields(T* out, const uv_statfs_t& s) {
  const uint64_t values[kStatFsFields] = {s.f_type,   s.f_bsize, s.f_blocks, s.f_bfree,
                                          s.f_bavail, s.f_files, s.f_ffree};
  for (int i = 0; i < kStatFsFields; i++) out[i] = static_cast<T>(values[i]);
}

// Fills a Float64Array or BigInt64Array of at least `count` fields with `fill`.
template <typename Fill>
void FillArray(v8::Local<v8::Value> array, size_t offset, size_t count, Fill fill) {
  v8::Local<v8::TypedArray> typed = array.As<v8::TypedArray>();
  CHECK(typed->Length() >= offset + count);
  char* base = static_cast<char*>(typed->Buffer()->Data()) + typed->ByteOffset();
  if (array->IsFloat64Array()) {
    fill(reinterpret_cast<double*>(base) + offset);
  } else {
    CHECK(array->IsBigInt64Array());
    fill(reinterpret_cast<int64_t*>(base) + offset);
  }
}

void CheckStatsArray(v8::Local<v8::Value> array) {
  CHECK(array->IsFloat64Array() || array->IsBigInt64Array());
}

v8::Local<v8::Value> StatsResult(FSReqData* data, uv_fs_t* req) {
  const uv_stat_t& s = req->statbuf;
  v8::Local<v8::Value> array = data->kept(0);
  FillArray(array, 0, kStatFields, [&](auto* out) { FillStatFields(out, s); });
  return array;
}

v8::Local<v8::Value> StatFsResult(FSReqData* data, uv_fs_t* req) {
  const uv_statfs_t& s = *static_cast<uv_statfs_t*>(req->ptr);
  v8::Local<v8::Value> array = data->kept(0);
  FillArray(array, 0, kStatFsFields, [&](auto* out) { FillStatFsFields(out, s); });
  return array;
}

template <int (*Fn)(uv_loop_t*, uv_fs_t*, const char*, uv_fs_cb)>
void PathStat(const v8::FunctionCallbackInfo<v8::Value>& info, const char* syscall) {
  PathArg path(info.GetIsolate(), info[0]);
  CheckStatsArray(info[1]);
  FSCall call(info, 2, syscall, StatsResult);
  call.data()->Keep(info[1]);
  call.Run(Fn, *path);
}

// stat(path, array, req, ctx) -> array; lstat likewise.
void Stat(const v8::FunctionCallbackInfo<v8::Value>& info) { PathStat<uv_fs_stat>(info, "stat"); }
void LStat(const v8::FunctionCallbackInfo<v8::Value>& info) {
  PathStat<uv_fs_lstat>(info, "lstat");
}

// fstat(fd, array, req, ctx) -> array
void FStat(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CheckStatsArray(info[1]);
  FSCall call(info, 2, "fstat", StatsResult);
  call.data()->Keep(info[1]);
  call.Run(uv_fs_fstat, static_cast<uv_file>(Int32Arg(info, 0)));
}

// statfs(path, array, req, ctx) -> array
void StatFs(const v8::FunctionCallbackInfo<v8::Value>& info) {
  PathArg path(info.GetIsolate(), info[0]);
  CheckStatsArray(info[1]);
  FSCall call(info, 2, "statfs", StatFsResult);
  call.data()->Keep(info[1]);
  call.Run(uv_fs_statfs, *path);
}

// internalModuleStat(path) -> 0 file, 1 directory, negative when missing. The module
// resolver's hot path: no object, no error.
void InternalModuleStat(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsString());
  Utf8Value path(info.GetIsolate(), info[0]);
  struct stat s;
  if (stat(*path, &s) != 0) {
    info.GetReturnValue().Set(-ENOENT);
    return;
  }
  info.GetReturnValue().Set(S_ISDIR(s.st_mode) ? 1 : 0);
}

}  // namespace

// Used by stat_watcher.cc, which reports two stats in one array.
void FillStatsArray(v8::Local<v8::Value> array, size_t offset, const uv_stat_t& s) {
  FillArray(array, offset, kStatFields, [&](auto* out) { FillStatFields(out, s); });
}

void InitializeStat(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "stat", Stat);
  SetMethod(context, target, "lstat", LStat);
  SetMethod(context, target, "fstat", FStat);
  SetMethod(context, target, "statfs", StatFs);
  SetMethod(context, target, "internalModuleStat", InternalModuleStat);
  SetConstant(context, target, "kStatFields", kStatFields);
  SetConstant(context, target, "kStatFsFields", kStatFsFields);
}

}  // namespace lode::fs
