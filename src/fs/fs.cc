// The 'fs' binding. Synchronous calls run the system call on the calling thread through
// libuv's uv_fs_* with no callback; a failure fills the caller's context object
// (`ctx.errno`, `ctx.syscall`) and JS builds the error (policy stays in JS).
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include "binding.h"
#include "env.h"
#include "utils.h"

namespace lode::fs {
namespace {

constexpr int kStatFields = 18;

// Runs one synchronous uv_fs call; on failure records errno and syscall in `ctx`.
class SyncCall {
 public:
  SyncCall(Environment* env, v8::Local<v8::Value> ctx, const char* syscall)
      : env_(env), ctx_(ctx), syscall_(syscall) {}
  ~SyncCall() { uv_fs_req_cleanup(&req_); }

  template <typename Fn, typename... Args>
  int Run(Fn fn, Args... args) {
    int result = fn(env_->event_loop(), &req_, args..., nullptr);
    if (result < 0) Fail(result);
    return result;
  }

  void Fail(int result) {
    if (ctx_->IsObject()) {
      v8::Isolate* isolate = env_->isolate();
      v8::Local<v8::Object> ctx = ctx_.As<v8::Object>();
      v8::Local<v8::Context> context = env_->context();
      ctx->Set(context, OneByteString(isolate, "errno"), v8::Integer::New(isolate, result)).Check();
      ctx->Set(context, OneByteString(isolate, "syscall"), OneByteString(isolate, syscall_)).Check();
    }
  }
  uv_fs_t* req() { return &req_; }

 private:
  Environment* env_;
  v8::Local<v8::Value> ctx_;
  const char* syscall_;
  uv_fs_t req_;
};

void FillStats(double* fields, const uv_stat_t& s) {
  const double values[kStatFields] = {
      static_cast<double>(s.st_dev), static_cast<double>(s.st_mode),
      static_cast<double>(s.st_nlink), static_cast<double>(s.st_uid),
      static_cast<double>(s.st_gid), static_cast<double>(s.st_rdev),
      static_cast<double>(s.st_blksize), static_cast<double>(s.st_ino),
      static_cast<double>(s.st_size), static_cast<double>(s.st_blocks),
      static_cast<double>(s.st_atim.tv_sec), static_cast<double>(s.st_atim.tv_nsec),
      static_cast<double>(s.st_mtim.tv_sec), static_cast<double>(s.st_mtim.tv_nsec),
      static_cast<double>(s.st_ctim.tv_sec), static_cast<double>(s.st_ctim.tv_nsec),
      static_cast<double>(s.st_birthtim.tv_sec), static_cast<double>(s.st_birthtim.tv_nsec)};
  for (int i = 0; i < kStatFields; i++) fields[i] = values[i];
}

int32_t Int32Arg(const v8::FunctionCallbackInfo<v8::Value>& info, int index) {
  CHECK(info[index]->IsInt32());
  return info[index].As<v8::Int32>()->Value();
}

// open(path, flags, mode, req, ctx) -> fd
void Open(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  CHECK(info[0]->IsString());
  Utf8Value path(info.GetIsolate(), info[0]);
  SyncCall call(env, info[4], "open");
  info.GetReturnValue().Set(call.Run(uv_fs_open, *path, Int32Arg(info, 1), Int32Arg(info, 2)));
}

void Close(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  SyncCall call(env, info[2], "close");
  call.Run(uv_fs_close, static_cast<uv_file>(Int32Arg(info, 0)));
}

// read(fd, buffer, offset, length, position, req, ctx) -> bytes read. position -1: current.
void Read(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  CHECK(info[1]->IsArrayBufferView());
  v8::Local<v8::ArrayBufferView> view = info[1].As<v8::ArrayBufferView>();
  int64_t offset = info[2].As<v8::Number>()->Value();
  int64_t length = info[3].As<v8::Number>()->Value();
  CHECK(offset >= 0 && length >= 0 && static_cast<size_t>(offset + length) <= view->ByteLength());
  int64_t position = info[4]->IsNumber() ? static_cast<int64_t>(info[4].As<v8::Number>()->Value()) : -1;
  char* data = static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset() + offset;
  uv_buf_t buf = uv_buf_init(data, static_cast<unsigned int>(length));
  SyncCall call(env, info[6], "read");
  info.GetReturnValue().Set(call.Run(uv_fs_read, static_cast<uv_file>(Int32Arg(info, 0)), &buf, 1u, position));
}

// writeBuffer(fd, buffer, offset, length, position, req, ctx) -> bytes written
void WriteBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  CHECK(info[1]->IsArrayBufferView());
  v8::Local<v8::ArrayBufferView> view = info[1].As<v8::ArrayBufferView>();
  int64_t offset = info[2].As<v8::Number>()->Value();
  int64_t length = info[3].As<v8::Number>()->Value();
  CHECK(offset >= 0 && length >= 0 && static_cast<size_t>(offset + length) <= view->ByteLength());
  int64_t position = info[4]->IsNumber() ? static_cast<int64_t>(info[4].As<v8::Number>()->Value()) : -1;
  char* data = static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset() + offset;
  uv_buf_t buf = uv_buf_init(data, static_cast<unsigned int>(length));
  SyncCall call(env, info[6], "write");
  info.GetReturnValue().Set(call.Run(uv_fs_write, static_cast<uv_file>(Int32Arg(info, 0)), &buf, 1u, position));
}

// writeString(fd, string, position, req, ctx) -> bytes written (UTF-8). Writes everything,
// waiting out a full pipe, so console output is never cut short.
void WriteString(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  CHECK(info[1]->IsString());
  std::string text = ToStdString(info.GetIsolate(), info[1]);
  int fd = Int32Arg(info, 0);
  if (info[2]->IsNumber()) {
    uv_buf_t buf = uv_buf_init(text.data(), static_cast<unsigned int>(text.size()));
    SyncCall call(env, info[4], "write");
    info.GetReturnValue().Set(call.Run(uv_fs_write, static_cast<uv_file>(fd), &buf, 1u,
                                       static_cast<int64_t>(info[2].As<v8::Number>()->Value())));
    return;
  }
  if (!WriteAll(fd, text.data(), text.size())) {
    SyncCall call(env, info[4], "write");
    call.Fail(-errno);
    info.GetReturnValue().Set(-errno);
    return;
  }
  info.GetReturnValue().Set(static_cast<double>(text.size()));
}

template <int (*Fn)(uv_loop_t*, uv_fs_t*, const char*, uv_fs_cb)>
void StatLike(const v8::FunctionCallbackInfo<v8::Value>& info, const char* syscall) {
  Environment* env = Environment::GetCurrent(info);
  CHECK(info[0]->IsString());
  CHECK(info[1]->IsFloat64Array());
  Utf8Value path(info.GetIsolate(), info[0]);
  SyncCall call(env, info[3], syscall);
  int err = call.Run(Fn, *path);
  if (err == 0) FillStats(static_cast<double*>(info[1].As<v8::Float64Array>()->Buffer()->Data()), call.req()->statbuf);
  info.GetReturnValue().Set(err);
}

// stat(path, Float64Array[18], req, ctx) -> 0 or error; fills the array on success.
void Stat(const v8::FunctionCallbackInfo<v8::Value>& info) { StatLike<uv_fs_stat>(info, "stat"); }
void LStat(const v8::FunctionCallbackInfo<v8::Value>& info) { StatLike<uv_fs_lstat>(info, "lstat"); }

void FStat(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  CHECK(info[1]->IsFloat64Array());
  SyncCall call(env, info[3], "fstat");
  int err = call.Run(uv_fs_fstat, static_cast<uv_file>(Int32Arg(info, 0)));
  if (err == 0) FillStats(static_cast<double*>(info[1].As<v8::Float64Array>()->Buffer()->Data()), call.req()->statbuf);
  info.GetReturnValue().Set(err);
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

// Reads everything from an open fd (a pipe, socket or file) into `out`, waiting out EAGAIN on
// non-blocking fds. Returns 0 or a negative errno.
int ReadAllFromFd(int fd, std::string* out) {
  char chunk[65536];
  for (;;) {
    ssize_t n = read(fd, chunk, sizeof(chunk));
    if (n > 0) {
      out->append(chunk, n);
      continue;
    }
    if (n == 0) return 0;
    if (errno == EINTR) continue;
    if (errno == EAGAIN) {
      pollfd waiter{fd, POLLIN, 0};
      poll(&waiter, 1, -1);
      continue;
    }
    return -errno;
  }
}

// readFileUtf8(pathOrFd, flags, ctx) -> string. The module loader's and readFileSync's fast
// path; given an fd (stdin for `lode -`), reads it to the end without closing it.
void ReadFileUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  std::string text;
  if (info[0]->IsInt32()) {
    int err = ReadAllFromFd(info[0].As<v8::Int32>()->Value(), &text);
    if (err < 0) {
      SyncCall call(env, info[2], "read");
      call.Fail(err);
      return;
    }
  } else {
    CHECK(info[0]->IsString());
    Utf8Value path(info.GetIsolate(), info[0]);
    int flags = info[1]->IsInt32() ? info[1].As<v8::Int32>()->Value() : O_RDONLY;
    SyncCall open_call(env, info[2], "open");
    int fd = open_call.Run(uv_fs_open, *path, flags, 0666);
    if (fd < 0) return;
    int err = ReadAllFromFd(fd, &text);
    uv_fs_t close_req;
    uv_fs_close(nullptr, &close_req, fd, nullptr);
    uv_fs_req_cleanup(&close_req);
    if (err < 0) {
      SyncCall call(env, info[2], "read");
      call.Fail(err);
      return;
    }
  }
  v8::Local<v8::String> result;
  if (v8::String::NewFromUtf8(info.GetIsolate(), text.data(), v8::NewStringType::kNormal,
                              static_cast<int>(text.size())).ToLocal(&result)) {
    info.GetReturnValue().Set(result);
  }
}

// readdir(path, withTypes, req, ctx) -> names, or [names, types] with types.
void ReadDir(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = env->context();
  CHECK(info[0]->IsString());
  Utf8Value path(isolate, info[0]);
  bool with_types = info[1]->IsTrue();
  SyncCall call(env, info[3], "scandir");
  if (call.Run(uv_fs_scandir, *path, 0) < 0) return;
  v8::Local<v8::Array> names = v8::Array::New(isolate);
  v8::Local<v8::Array> types = v8::Array::New(isolate);
  uv_dirent_t entry;
  uint32_t index = 0;
  while (uv_fs_scandir_next(call.req(), &entry) != UV_EOF) {
    names->Set(context, index, ToV8String(isolate, entry.name)).Check();
    types->Set(context, index, v8::Integer::New(isolate, entry.type)).Check();
    index++;
  }
  if (!with_types) {
    info.GetReturnValue().Set(names);
    return;
  }
  v8::Local<v8::Value> pair[] = {names, types};
  info.GetReturnValue().Set(v8::Array::New(isolate, pair, 2));
}

// mkdir(path, mode, req, ctx)
void MkDir(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  CHECK(info[0]->IsString());
  Utf8Value path(info.GetIsolate(), info[0]);
  SyncCall call(env, info[3], "mkdir");
  info.GetReturnValue().Set(call.Run(uv_fs_mkdir, *path, Int32Arg(info, 1)));
}

template <int (*Fn)(uv_loop_t*, uv_fs_t*, const char*, uv_fs_cb)>
void PathOnly(const v8::FunctionCallbackInfo<v8::Value>& info, const char* syscall) {
  Environment* env = Environment::GetCurrent(info);
  CHECK(info[0]->IsString());
  Utf8Value path(info.GetIsolate(), info[0]);
  SyncCall call(env, info[2], syscall);
  info.GetReturnValue().Set(call.Run(Fn, *path));
}

void RmDir(const v8::FunctionCallbackInfo<v8::Value>& info) { PathOnly<uv_fs_rmdir>(info, "rmdir"); }
void Unlink(const v8::FunctionCallbackInfo<v8::Value>& info) { PathOnly<uv_fs_unlink>(info, "unlink"); }

// realpath(path, req, ctx) -> string
void RealPath(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  CHECK(info[0]->IsString());
  Utf8Value path(info.GetIsolate(), info[0]);
  SyncCall call(env, info[2], "realpath");
  if (call.Run(uv_fs_realpath, *path) < 0) return;
  info.GetReturnValue().Set(ToV8String(info.GetIsolate(), static_cast<const char*>(call.req()->ptr)));
}

void ReadLink(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  CHECK(info[0]->IsString());
  Utf8Value path(info.GetIsolate(), info[0]);
  SyncCall call(env, info[2], "readlink");
  if (call.Run(uv_fs_readlink, *path) < 0) return;
  info.GetReturnValue().Set(ToV8String(info.GetIsolate(), static_cast<const char*>(call.req()->ptr)));
}

// rename(from, to, req, ctx)
void Rename(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  CHECK(info[0]->IsString() && info[1]->IsString());
  Utf8Value from(info.GetIsolate(), info[0]);
  Utf8Value to(info.GetIsolate(), info[1]);
  SyncCall call(env, info[3], "rename");
  info.GetReturnValue().Set(call.Run(uv_fs_rename, *from, *to));
}

// access(path, mode, req, ctx)
void Access(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  CHECK(info[0]->IsString());
  Utf8Value path(info.GetIsolate(), info[0]);
  SyncCall call(env, info[3], "access");
  info.GetReturnValue().Set(call.Run(uv_fs_access, *path, Int32Arg(info, 1)));
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "open", Open);
  SetMethod(context, target, "close", Close);
  SetMethod(context, target, "read", Read);
  SetMethod(context, target, "writeBuffer", WriteBuffer);
  SetMethod(context, target, "writeString", WriteString);
  SetMethod(context, target, "stat", Stat);
  SetMethod(context, target, "lstat", LStat);
  SetMethod(context, target, "fstat", FStat);
  SetMethod(context, target, "internalModuleStat", InternalModuleStat);
  SetMethod(context, target, "readFileUtf8", ReadFileUtf8);
  SetMethod(context, target, "readdir", ReadDir);
  SetMethod(context, target, "mkdir", MkDir);
  SetMethod(context, target, "rmdir", RmDir);
  SetMethod(context, target, "unlink", Unlink);
  SetMethod(context, target, "realpath", RealPath);
  SetMethod(context, target, "readlink", ReadLink);
  SetMethod(context, target, "rename", Rename);
  SetMethod(context, target, "access", Access);
  SetConstant(context, target, "kStatFields", kStatFields);
}

}  // namespace
}  // namespace lode::fs

LODE_BINDING(fs, lode::fs::Initialize)
