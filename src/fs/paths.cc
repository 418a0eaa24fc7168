// The 'fs' binding's operations on names: access, mkdir (recursive too), mkdtemp, rmdir,
// unlink, rename, link, symlink, readlink, realpath, chmod, chown, lchown, utimes, lutimes.
#include <errno.h>
#include <sys/stat.h>

#include <string>

#include "env.h"
#include "fs/fs_binding.h"
#include "fs/fs_req.h"
#include "utils.h"

namespace lode::fs {
namespace {

// A name libuv returns in req->ptr (readlink, realpath), in the request's encoding.
v8::Local<v8::Value> PtrNameResult(FSReqData* data, uv_fs_t* req) {
  return EncodeName(data->isolate(), static_cast<const char*>(req->ptr), data->encoding);
}

// access(path, mode, req, ctx)
void Access(const v8::FunctionCallbackInfo<v8::Value>& info) {
  PathArg path(info.GetIsolate(), info[0]);
  FSCall call(info, 2, "access");
  call.Run(uv_fs_access, *path, Int32Arg(info, 1));
}

// The parent of `path` as dirname() sees it ("." for a bare name, "/" for the root).
std::string ParentOf(const std::string& path) {
  size_t end = path.find_last_not_of('/');
  if (end == std::string::npos) return "/";
  size_t slash = path.rfind('/', end);
  if (slash == std::string::npos) return ".";
  size_t parent_end = path.find_last_not_of('/', slash);
  if (parent_end == std::string::npos) return "/";
  return path.substr(0, parent_end + 1);
}

bool IsDirectory(const std::string& path) {
  struct stat s;
  return stat(path.c_str(), &s) == 0 && S_ISDIR(s.st_mode);
}

// mkdir -p. `*first` gets the outermost directory created (a prefix of `path` as given), or
// stays empty when all of them existed. Returns 0 or a negative errno: EEXIST when `path`
// exists as something else than a directory, ENOTDIR when one of its parents does.
int MakeDirectories(const std::string& path, int mode, std::string* first) {
  if (mkdir(path.c_str(), mode) == 0) {
    if (first->empty()) *first = path;
    return 0;
  }
  int err = errno;
  if (err == EEXIST) return IsDirectory(path) ? 0 : -EEXIST;
  if (err != ENOENT) return -err;
  std::string parent = ParentOf(path);
  if (parent == path || parent == "/" || parent == ".") return -ENOENT;
  int parent_err = MakeDirectories(parent, mode, first);
  if (parent_err < 0) return parent_err == -EEXIST ? -ENOTDIR : parent_err;
  if (mkdir(path.c_str(), mode) == 0) {
    if (first->empty()) *first = path;
    return 0;
  }
  err = errno;
  if (err == EEXIST) return IsDirectory(path) ? 0 : -EEXIST;
  return -err;
}

class MakeDirectoriesJob final : public FSJob {
 public:
  MakeDirectoriesJob(std::string path, int mode) : path_(std::move(path)), mode_(mode) {
    syscall_ = "mkdir";
  }

 protected:
  int Work() override { return MakeDirectories(path_, mode_, &first_); }
  v8::Local<v8::Value> Result(v8::Isolate* isolate) override {
    if (first_.empty()) return v8::Undefined(isolate);
    return EncodeName(isolate, first_.data(), first_.size(), 0);
  }

 private:
  std::string path_;
  int mode_;
  std::string first_;
};

// mkdir(path, mode, recursive, req, ctx) -> undefined, or with `recursive` the first
// directory created (undefined when none was).
void MkDir(const v8::FunctionCallbackInfo<v8::Value>& info) {
  PathArg path(info.GetIsolate(), info[0]);
  int mode = Int32Arg(info, 1);
  if (info[2]->IsTrue()) {
    FSJob::Start(std::make_unique<MakeDirectoriesJob>(path.str(), mode), info, 3);
    return;
  }
  FSCall call(info, 3, "mkdir");
  call.Run(uv_fs_mkdir, *path, mode);
}

v8::Local<v8::Value> TemplateNameResult(FSReqData* data, uv_fs_t* req) {
  return EncodeName(data->isolate(), req->path, data->encoding);
}

// mkdtemp(prefix, encoding, req, ctx) -> the directory created (prefix + six characters)
void MkDTemp(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::string pattern = PathArg(info.GetIsolate(), info[0]).str() + "XXXXXX";
  FSCall call(info, 2, "mkdtemp", TemplateNameResult);
  call.data()->encoding = EncodingArg(info[1]);
  call.Run(uv_fs_mkdtemp, pattern.c_str());
}

template <int (*Fn)(uv_loop_t*, uv_fs_t*, const char*, uv_fs_cb)>
void PathOnly(const v8::FunctionCallbackInfo<v8::Value>& info, const char* syscall) {
  PathArg path(info.GetIsolate(), info[0]);
  FSCall call(info, 1, syscall);
  call.Run(Fn, *path);
}

// rmdir(path, req, ctx), unlink(path, req, ctx)
void RmDir(const v8::FunctionCallbackInfo<v8::Value>& info) {
  PathOnly<uv_fs_rmdir>(info, "rmdir");
}
void Unlink(const v8::FunctionCallbackInfo<v8::Value>& info) {
  PathOnly<uv_fs_unlink>(info, "unlink");
}

template <int (*Fn)(uv_loop_t*, uv_fs_t*, const char*, const char*, uv_fs_cb)>
void TwoPaths(const v8::FunctionCallbackInfo<v8::Value>& info, const char* syscall) {
  PathArg from(info.GetIsolate(), info[0]);
  PathArg to(info.GetIsolate(), info[1]);
  FSCall call(info, 2, syscall);
  call.Run(Fn, *from, *to);
}

// rename(from, to, req, ctx), link(existing, name, req, ctx)
void Rename(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TwoPaths<uv_fs_rename>(info, "rename");
}
void Link(const v8::FunctionCallbackInfo<v8::Value>& info) { TwoPaths<uv_fs_link>(info, "link"); }

// symlink(target, path, flags, req, ctx)
void Symlink(const v8::FunctionCallbackInfo<v8::Value>& info) {
  PathArg target(info.GetIsolate(), info[0]);
  PathArg path(info.GetIsolate(), info[1]);
  FSCall call(info, 3, "symlink");
  call.Run(uv_fs_symlink, *target, *path, Int32Arg(info, 2));
}

// readlink(path, encoding, req, ctx) -> the link's target
void ReadLink(const v8::FunctionCallbackInfo<v8::Value>& info) {
  PathArg path(info.GetIsolate(), info[0]);
  FSCall call(info, 2, "readlink", PtrNameResult);
  call.data()->encoding = EncodingArg(info[1]);
  call.Run(uv_fs_readlink, *path);
}

// realpath(path, req, ctx, encoding) -> the canonical path. The encoding comes last so the
// module loader's three-argument call reads as it always has (UTF-8 by default).
void RealPath(const v8::FunctionCallbackInfo<v8::Value>& info) {
  PathArg path(info.GetIsolate(), info[0]);
  FSCall call(info, 1, "realpath", PtrNameResult);
  call.data()->encoding = EncodingArg(info[3]);
  call.Run(uv_fs_realpath, *path);
}

// chmod(path, mode, req, ctx)
void Chmod(const v8::FunctionCallbackInfo<v8::Value>& info) {
  PathArg path(info.GetIsolate(), info[0]);
  FSCall call(info, 2, "chmod");
  call.Run(uv_fs_chmod, *path, Int32Arg(info, 1));
}

template <int (*Fn)(uv_loop_t*, uv_fs_t*, const char*, uv_uid_t, uv_gid_t, uv_fs_cb)>
void ChownLike(const v8::FunctionCallbackInfo<v8::Value>& info, const char* syscall) {
  PathArg path(info.GetIsolate(), info[0]);
  FSCall call(info, 3, syscall);
  call.Run(Fn, *path, static_cast<uv_uid_t>(NumberArg(info, 1)),
           static_cast<uv_gid_t>(NumberArg(info, 2)));
}

// chown(path, uid, gid, req, ctx), lchown likewise
void Chown(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ChownLike<uv_fs_chown>(info, "chown");
}
void LChown(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ChownLike<uv_fs_lchown>(info, "lchown");
}

template <int (*Fn)(uv_loop_t*, uv_fs_t*, const char*, double, double, uv_fs_cb)>
void UTimesLike(const v8::FunctionCallbackInfo<v8::Value>& info, const char* syscall) {
  PathArg path(info.GetIsolate(), info[0]);
  FSCall call(info, 3, syscall);
  call.Run(Fn, *path, NumberArg(info, 1), NumberArg(info, 2));
}

// utimes(path, atime, mtime, req, ctx), lutimes likewise; times in seconds
void UTimes(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UTimesLike<uv_fs_utime>(info, "utime");
}
void LUTimes(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UTimesLike<uv_fs_lutime>(info, "lutime");
}

}  // namespace

void InitializePaths(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "access", Access);
  SetMethod(context, target, "mkdir", MkDir);
  SetMethod(context, target, "mkdtemp", MkDTemp);
  SetMethod(context, target, "rmdir", RmDir);
  SetMethod(context, target, "unlink", Unlink);
  SetMethod(context, target, "rename", Rename);
  SetMethod(context, target, "link", Link);
  SetMethod(context, target, "symlink", Symlink);
  SetMethod(context, target, "readlink", ReadLink);
  SetMethod(context, target, "realpath", RealPath);
  SetMethod(context, target, "chmod", Chmod);
  SetMethod(context, target, "chown", Chown);
  SetMethod(context, target, "lchown", LChown);
  SetMethod(context, target, "utimes", UTimes);
  SetMethod(context, target, "lutimes", LUTimes);
}

}  // namespace lode::fs
