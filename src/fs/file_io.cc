// The 'fs' binding's file-descriptor operations: open/close, read/write of buffers, vectors
// and strings, sync, truncate, ownership and times by fd, copyFile, and whole-file reads.
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>

#include "env.h"
#include "fs/fs_binding.h"
#include "fs/fs_req.h"
#include "string_bytes.h"
#include "utils.h"

namespace lode::fs {
namespace {

// Files larger than this are refused by readFile (node's kIoMaxLength, 2 GiB - 1).
constexpr int64_t kMaxReadFileSize = 2147483647;

v8::Local<v8::Value> NumberResult(FSReqData* data, uv_fs_t* req) {
  return v8::Number::New(data->isolate(), static_cast<double>(req->result));
}

uv_file FdArg(const v8::FunctionCallbackInfo<v8::Value>& info, int index) {
  return static_cast<uv_file>(Int32Arg(info, index));
}

// offset and length within a view, as JS has validated them.
void ViewRange(const v8::FunctionCallbackInfo<v8::Value>& info, int index, size_t* offset, size_t* length) {
  CHECK(info[index]->IsArrayBufferView());
  double start = NumberArg(info, index + 1);
  double count = NumberArg(info, index + 2);
  size_t size = info[index].As<v8::ArrayBufferView>()->ByteLength();
  CHECK(start >= 0 && count >= 0 && start + count <= static_cast<double>(size));
  *offset = static_cast<size_t>(start);
  *length = static_cast<size_t>(count);
}

// open(path, flags, mode, req, ctx) -> fd
void Open(const v8::FunctionCallbackInfo<v8::Value>& info) {
  PathArg path(info.GetIsolate(), info[0]);
  FSCall call(info, 3, "open", NumberResult);
  call.Run(uv_fs_open, *path, Int32Arg(info, 1), Int32Arg(info, 2));
}

// close(fd, req, ctx)
void Close(const v8::FunctionCallbackInfo<v8::Value>& info) {
  FSCall call(info, 1, "close");
  call.Run(uv_fs_close, FdArg(info, 0));
}

// read(fd, view, offset, length, position, req, ctx) -> bytes read. A position that is not a
// non-negative number or BigInt reads from the current position.
void Read(const v8::FunctionCallbackInfo<v8::Value>& info) {
  size_t offset, length;
  ViewRange(info, 1, &offset, &length);
  FSCall call(info, 5, "read", NumberResult);
  uv_buf_t buf = call.data()->PinBytes(info[1].As<v8::ArrayBufferView>(), offset, length);
  call.Run(uv_fs_read, FdArg(info, 0), &buf, 1u, PositionArg(info[4]));
}

// writeBuffer(fd, view, offset, length, position, req, ctx) -> bytes written
void WriteBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  size_t offset, length;
  ViewRange(info, 1, &offset, &length);
  FSCall call(info, 5, "write", NumberResult);
  uv_buf_t buf = call.data()->PinBytes(info[1].As<v8::ArrayBufferView>(), offset, length);
  call.Run(uv_fs_write, FdArg(info, 0), &buf, 1u, PositionArg(info[4]));
}

// The views of an array as uv buffers.
std::vector<uv_buf_t> PinAll(FSReqData* data, v8::Local<v8::Array> views) {
  v8::Local<v8::Context> context = data->isolate()->GetCurrentContext();
  std::vector<uv_buf_t> bufs;
  for (uint32_t i = 0; i < views->Length(); i++) {
    v8::Local<v8::Value> item = views->Get(context, i).ToLocalChecked();
    CHECK(item->IsArrayBufferView());
    v8::Local<v8::ArrayBufferView> view = item.As<v8::ArrayBufferView>();
    bufs.push_back(data->PinBytes(view, 0, view->ByteLength()));
  }
  return bufs;  // empty: libuv fails the call with EINVAL, as node reports it
}

// readBuffers(fd, views, position, req, ctx) -> bytes read (readv)
void ReadBuffers(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[1]->IsArray());
  FSCall call(info, 3, "read", NumberResult);
  std::vector<uv_buf_t> bufs = PinAll(call.data(), info[1].As<v8::Array>());
  call.Run(uv_fs_read, FdArg(info, 0), bufs.data(), static_cast<unsigned int>(bufs.size()),
           PositionArg(info[2]));
}

// writeBuffers(fd, views, position, req, ctx) -> bytes written (writev)
void WriteBuffers(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[1]->IsArray());
  FSCall call(info, 3, "write", NumberResult);
  std::vector<uv_buf_t> bufs = PinAll(call.data(), info[1].As<v8::Array>());
  call.Run(uv_fs_write, FdArg(info, 0), bufs.data(), static_cast<unsigned int>(bufs.size()),
           PositionArg(info[2]));
}

// The bytes of `text` in `encoding`, into `out`.
void EncodeString(v8::Isolate* isolate, v8::Local<v8::String> text, int encoding, std::string* out) {
  size_t capacity;
  switch (static_cast<Encoding>(encoding)) {
    case Encoding::kUtf8: capacity = text->Utf8Length(isolate); break;
    case Encoding::kUtf16le: capacity = 2 * static_cast<size_t>(text->Length()); break;
    case Encoding::kHex: capacity = text->Length() / 2 + 1; break;
    default: capacity = static_cast<size_t>(text->Length()) + 3; break;  // one byte a unit at most
  }
  out->resize(capacity);
  size_t written = string_bytes::Write(isolate, text, static_cast<Encoding>(encoding),
                                       reinterpret_cast<uint8_t*>(out->data()), capacity);
  out->resize(written);
}

// writeString(fd, string, position, encoding, req, ctx) -> bytes written.
// Called with only (fd, string), as stdio and the error printer do, it writes every byte,
// waiting out a full pipe, so console output is never cut short.
void WriteString(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  CHECK(info[1]->IsString());
  int fd = Int32Arg(info, 0);
  if (info.Length() <= 2) {
    std::string text = ToStdString(info.GetIsolate(), info[1]);
    if (!WriteAll(fd, text.data(), text.size())) {
      int err = -errno;
      SetErrorContext(env, info[5], err, "write");
      info.GetReturnValue().Set(err);
      return;
    }
    info.GetReturnValue().Set(static_cast<double>(text.size()));
    return;
  }
  FSCall call(info, 4, "write", NumberResult);
  std::string& bytes = call.data()->storage();
  EncodeString(info.GetIsolate(), info[1].As<v8::String>(), EncodingArg(info[3]), &bytes);
  uv_buf_t buf = uv_buf_init(bytes.data(), static_cast<unsigned int>(bytes.size()));
  call.Run(uv_fs_write, static_cast<uv_file>(fd), &buf, 1u, PositionArg(info[2]));
}

// fsync(fd, req, ctx), fdatasync(fd, req, ctx)
void FSync(const v8::FunctionCallbackInfo<v8::Value>& info) {
  FSCall call(info, 1, "fsync");
  call.Run(uv_fs_fsync, FdArg(info, 0));
}

void FDataSync(const v8::FunctionCallbackInfo<v8::Value>& info) {
  FSCall call(info, 1, "fdatasync");
  call.Run(uv_fs_fdatasync, FdArg(info, 0));
}

// ftruncate(fd, length, req, ctx)
void FTruncate(const v8::FunctionCallbackInfo<v8::Value>& info) {
  FSCall call(info, 2, "ftruncate");
  call.Run(uv_fs_ftruncate, FdArg(info, 0), static_cast<int64_t>(NumberArg(info, 1)));
}

// fchmod(fd, mode, req, ctx)
void FChmod(const v8::FunctionCallbackInfo<v8::Value>& info) {
  FSCall call(info, 2, "fchmod");
  call.Run(uv_fs_fchmod, FdArg(info, 0), Int32Arg(info, 1));
}

// fchown(fd, uid, gid, req, ctx); uid and gid are unsigned, -1 (0xffffffff) keeps one.
void FChown(const v8::FunctionCallbackInfo<v8::Value>& info) {
  FSCall call(info, 3, "fchown");
  call.Run(uv_fs_fchown, FdArg(info, 0), static_cast<uv_uid_t>(NumberArg(info, 1)),
           static_cast<uv_gid_t>(NumberArg(info, 2)));
}

// futimes(fd, atime, mtime, req, ctx); times in seconds.
void FUTimes(const v8::FunctionCallbackInfo<v8::Value>& info) {
  FSCall call(info, 3, "futime");
  call.Run(uv_fs_futime, FdArg(info, 0), NumberArg(info, 1), NumberArg(info, 2));
}

// copyFile(src, dest, mode, req, ctx)
void CopyFile(const v8::FunctionCallbackInfo<v8::Value>& info) {
  PathArg src(info.GetIsolate(), info[0]);
  PathArg dest(info.GetIsolate(), info[1]);
  FSCall call(info, 3, "copyfile");
  call.Run(uv_fs_copyfile, *src, *dest, Int32Arg(info, 2));
}

// Whole-file reads ------------------------------------------------------------------------------

// Reads from `fd` to its end into `out`, waiting out EAGAIN on non-blocking fds (stdin may
// be one). `size_hint` (the file's size, or 0) sizes the first allocation. Returns 0 or a
// negative errno.
int ReadToEnd(int fd, size_t size_hint, std::string* out) {
  size_t capacity = size_hint > 0 ? size_hint + 1 : 8192;
  out->resize(capacity);
  size_t used = 0;
  for (;;) {
    if (used == out->size()) out->resize(out->size() * 2);
    ssize_t n = read(fd, out->data() + used, out->size() - used);
    if (n > 0) {
      used += static_cast<size_t>(n);
      if (static_cast<int64_t>(used) > kMaxReadFileSize) return UV_EFBIG;
      continue;
    }
    if (n == 0) break;
    if (errno == EINTR) continue;
    if (errno == EAGAIN) {
      pollfd waiter{fd, POLLIN, 0};
      poll(&waiter, 1, -1);
      continue;
    }
    return -errno;
  }
  out->resize(used);
  return 0;
}

// The contents of a file by path (opened with `flags`, closed after) or of an open fd (read
// from its current position, left open). Sets `*syscall` to what failed.
int ReadWholeFile(const std::string* path, int fd, int flags, std::string* out, const char** syscall) {
  if (path != nullptr) {
    fd = open(path->c_str(), flags | O_CLOEXEC, 0666);
    if (fd < 0) {
      *syscall = "open";
      return -errno;
    }
  }
  size_t size_hint = 0;
  struct stat info;
  if (fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
    if (info.st_size > kMaxReadFileSize) {
      if (path != nullptr) close(fd);
      *syscall = "read";
      return UV_EFBIG;
    }
    size_hint = static_cast<size_t>(info.st_size);
  }
  int err = ReadToEnd(fd, size_hint, out);
  if (path != nullptr) close(fd);
  if (err < 0) *syscall = "read";
  return err;
}

// The bytes as JS wants them: a string in `encoding` (null when too long for a string) or a
// Uint8Array over the bytes themselves (no copy).
v8::Local<v8::Value> BytesToJS(v8::Isolate* isolate, std::string* bytes, int encoding) {
  if (encoding != kBufferEncoding) {
    v8::Local<v8::String> text;
    if (!string_bytes::Decode(isolate, reinterpret_cast<const uint8_t*>(bytes->data()), bytes->size(),
                              static_cast<Encoding>(encoding)).ToLocal(&text)) {
      return v8::Null(isolate);
    }
    return text;
  }
  size_t length = bytes->size();
  auto* owned = new std::string(std::move(*bytes));
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      owned->data(), length,
      [](void*, size_t, void* data) { delete static_cast<std::string*>(data); }, owned);
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, std::move(store));
  return v8::Uint8Array::New(buffer, 0, length);
}

class ReadFileJob final : public FSJob {
 public:
  explicit ReadFileJob(const v8::FunctionCallbackInfo<v8::Value>& info)
      : flags_(Int32Arg(info, 1)), encoding_(EncodingArg(info[2])) {
    if (info[0]->IsInt32()) {
      fd_ = info[0].As<v8::Int32>()->Value();
    } else {
      path_ = PathArg(info.GetIsolate(), info[0]).str();
    }
  }

 protected:
  int Work() override {
    return ReadWholeFile(fd_ < 0 ? &path_ : nullptr, fd_, flags_, &contents_, &syscall_);
  }
  v8::Local<v8::Value> Result(v8::Isolate* isolate) override {
    return BytesToJS(isolate, &contents_, encoding_);
  }

 private:
  std::string path_;
  int fd_ = -1;
  int flags_;
  int encoding_;
  std::string contents_;
};

// readFile(pathOrFd, flags, encoding, req, ctx) -> string, Uint8Array, or null when the
// contents are too long for a string.
void ReadFile(const v8::FunctionCallbackInfo<v8::Value>& info) {
  FSJob::Start(std::make_unique<ReadFileJob>(info), info, 3);
}

// readFileUtf8(pathOrFd, flags, ctx) -> string. The module loader's fast path (sync only);
// given an fd (stdin for `lode -`), reads it to the end without closing it.
void ReadFileUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  std::string text;
  const char* syscall = "read";
  int flags = info[1]->IsInt32() ? info[1].As<v8::Int32>()->Value() : O_RDONLY;
  int err;
  if (info[0]->IsInt32()) {
    err = ReadWholeFile(nullptr, info[0].As<v8::Int32>()->Value(), flags, &text, &syscall);
  } else {
    std::string path = PathArg(info.GetIsolate(), info[0]).str();
    err = ReadWholeFile(&path, -1, flags, &text, &syscall);
  }
  if (err < 0) {
    SetErrorContext(env, info[2], err, syscall);
    return;
  }
  info.GetReturnValue().Set(BytesToJS(info.GetIsolate(), &text, static_cast<int>(Encoding::kUtf8)));
}

}  // namespace

void InitializeFileIO(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "open", Open);
  SetMethod(context, target, "close", Close);
  SetMethod(context, target, "read", Read);
  SetMethod(context, target, "readBuffers", ReadBuffers);
  SetMethod(context, target, "writeBuffer", WriteBuffer);
  SetMethod(context, target, "writeBuffers", WriteBuffers);
  SetMethod(context, target, "writeString", WriteString);
  SetMethod(context, target, "fsync", FSync);
  SetMethod(context, target, "fdatasync", FDataSync);
  SetMethod(context, target, "ftruncate", FTruncate);
  SetMethod(context, target, "fchmod", FChmod);
  SetMethod(context, target, "fchown", FChown);
  SetMethod(context, target, "futimes", FUTimes);
  SetMethod(context, target, "copyFile", CopyFile);
  SetMethod(context, target, "readFile", ReadFile);
  SetMethod(context, target, "readFileUtf8", ReadFileUtf8);
  SetConstant(context, target, "kBufferEncoding", kBufferEncoding);
  SetConstant(context, target, "kMaxReadFileSize", static_cast<double>(kMaxReadFileSize));
}

}  // namespace lode::fs
