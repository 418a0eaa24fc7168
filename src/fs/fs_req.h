// How one fs operation runs: now, on the calling thread (sync), or on libuv's thread pool
// with its completion delivered in the poll phase (async).
//
// Every binding method takes its own arguments, then a `req` slot:
//   - an FSReqCallback object (`new binding.FSReqCallback(isPromise)` with an `oncomplete`
//     method): the call is async. The binding returns at once (undefined, or a negative
//     errno when libuv refused the request) and later calls
//     `req.oncomplete(errno, result, syscall)`: errno 0 and the result, or a negative errno
//     and the name of the failed syscall.
//   - anything else: the call is sync. The slot after it holds a context object; the
//     binding returns the result, or on failure sets `ctx.errno` and `ctx.syscall`.
// JS turns errnos into Node's errors (lib/internal/fs/utils.js); C++ only reports.
#ifndef LODE_SRC_FS_FS_REQ_H_
#define LODE_SRC_FS_FS_REQ_H_

#include <uv.h>
#include <v8.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "req_wrap.h"
#include "threadpool_work.h"

namespace lode::fs {

// How names (readdir, readlink, realpath, mkdtemp) come back to JS: one of the Encoding ids
// of string_bytes.h, or kBufferEncoding for raw bytes (a Uint8Array JS turns into a Buffer).
constexpr int kBufferEncoding = -1;

// A path argument: a JS string (as UTF-8) or the bytes of a Uint8Array, NUL-terminated. JS
// has rejected every other type and embedded NULs already.
class PathArg {
 public:
  PathArg(v8::Isolate* isolate, v8::Local<v8::Value> value);
  const char* operator*() const { return data_.c_str(); }
  const std::string& str() const { return data_; }

 private:
  std::string data_;
};

// A file position: a non-negative number or BigInt; anything else (null, -1) means "the
// current position", which libuv spells -1.
int64_t PositionArg(v8::Local<v8::Value> value);
int32_t Int32Arg(const v8::FunctionCallbackInfo<v8::Value>& info, int index);
double NumberArg(const v8::FunctionCallbackInfo<v8::Value>& info, int index);
// An encoding id (see kBufferEncoding); utf8 when not given.
int EncodingArg(v8::Local<v8::Value> value);

// A name from the file system as JS wants it: a string in `encoding` or a Uint8Array.
v8::Local<v8::Value> EncodeName(v8::Isolate* isolate, const char* name, size_t length,
                                int encoding);
inline v8::Local<v8::Value> EncodeName(v8::Isolate* isolate, const char* name, int encoding) {
  return EncodeName(isolate, name, strlen(name), encoding);
}

// What a request needs besides the uv_fs_t until it completes: JS values it reads or fills
// (a stats array), the memory of the views it reads into or writes from, bytes it owns.
class FSReqData {
 public:
  FSReqData(v8::Isolate* isolate, bool async) : isolate_(isolate), async_(async) {}

  // A JS value the request uses, kept reachable until it completes; `kept(i)` reads it back.
  // A sync request only needs it for the call: a Local does, and costs nothing.
  void Keep(v8::Local<v8::Value> value);
  v8::Local<v8::Value> kept(size_t index) const;
  // Bytes [offset, offset + length) of a view as a uv buffer whose memory stays valid until
  // the request completes, whatever JS does with the view meanwhile (detach, GC).
  uv_buf_t PinBytes(v8::Local<v8::ArrayBufferView> view, size_t offset, size_t length);
  std::string& storage() { return storage_; }
  v8::Isolate* isolate() const { return isolate_; }

  int encoding = 0;

 private:
  static constexpr size_t kLocalSlots = 2;

  v8::Isolate* isolate_;
  bool async_;
  size_t local_count_ = 0;
  v8::Local<v8::Value> locals_[kLocalSlots];
  std::vector<v8::Global<v8::Value>> kept_;
  std::vector<std::shared_ptr<v8::BackingStore>> pinned_;
  std::string storage_;
};

// Makes the JS result of a successful request; an empty handle means "no result".
using ResultFn = v8::Local<v8::Value> (*)(FSReqData* data, uv_fs_t* req);

// An async uv_fs request: the JS FSReqCallback object's native side. Owned by the pending
// operation, deleted in its completion callback after JS has been told.
class FSReqWrap final : public ReqWrap<uv_fs_t> {
 public:
  FSReqWrap(Environment* env, v8::Local<v8::Object> object, const char* syscall, ResultFn result);
  ~FSReqWrap() override;

  const char* ResourceName() const override;
  FSReqData* data() { return &data_; }
  static void AfterAsync(uv_fs_t* req);

 private:
  FSReqData data_;
  const char* syscall_;
  ResultFn result_;
};

// The binding side of one call: picks sync or async from the `req` slot.
//
//   void Stat(const v8::FunctionCallbackInfo<v8::Value>& info) {
//     PathArg path(info.GetIsolate(), info[0]);
//     FSCall call(info, 2, "stat", StatsResult);
//     call.data()->Keep(info[1]);
//     call.Run(uv_fs_stat, *path);
//   }
class FSCall {
 public:
  FSCall(const v8::FunctionCallbackInfo<v8::Value>& info, int req_index, const char* syscall,
         ResultFn result = nullptr);
  ~FSCall();
  FSCall(const FSCall&) = delete;
  FSCall& operator=(const FSCall&) = delete;

  FSReqData* data() { return async_ != nullptr ? async_->data() : &sync_data_; }

  // Calls `fn(loop, req, args..., cb)`: the result is returned now (sync) or given to
  // oncomplete later (async). Returns libuv's status.
  template <typename Fn, typename... Args>
  int Run(Fn fn, Args... args) {
    int err = async_ != nullptr ? fn(loop(), async_->req(), args..., FSReqWrap::AfterAsync)
                                : fn(loop(), &sync_req_, args..., nullptr);
    Finish(err);
    return err;
  }

 private:
  uv_loop_t* loop() const;
  void Finish(int err);

  const v8::FunctionCallbackInfo<v8::Value>& info_;
  int req_index_;
  const char* syscall_;
  ResultFn result_;
  FSReqWrap* async_ = nullptr;
  uv_fs_t sync_req_;
  FSReqData sync_data_;
};

// Records a sync failure in the context object `ctx` (when it is one).
void SetErrorContext(Environment* env, v8::Local<v8::Value> ctx, int err, const char* syscall);

// An fs operation libuv has no single request for (read a whole file, mkdir -p): blocking
// code run on a pool thread (async) or on the calling thread (sync), with FSCall's calling
// convention.
class FSJob {
 public:
  virtual ~FSJob() = default;
  // The blocking part, no V8: returns 0 or a negative errno (and sets syscall_).
  virtual int Work() = 0;
  // The JS result after Work() succeeded, on the loop thread.
  virtual v8::Local<v8::Value> Result(v8::Isolate* isolate) = 0;
  const char* syscall() const { return syscall_; }

  // Runs the job now or on the pool, according to info[req_index].
  static void Start(std::unique_ptr<FSJob> job, const v8::FunctionCallbackInfo<v8::Value>& info,
                    int req_index);

 protected:
  const char* syscall_ = "";
};

}  // namespace lode::fs

#endif  // LODE_SRC_FS_FS_REQ_H_
