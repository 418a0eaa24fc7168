// The 'fs' binding's file-descriptor operations: open/close, read/write of buffers, vectors
// and strings, sync, truncate, ownership and times by fd, copyFile, and whole-file reads.
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
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
void ViewRange(const v8::FunctionCallbackInfo<v8::Value>& info, int index, size_t* offset,
               size_t* length) {
  CHECK(info[index]->IsArrayBufferView());
  double start = NumberArg(info, index + 1);
  double count = NumberArg(info, index + 2);
  size_t size = info[index].As<v8::ArrayBufferView>()->ByteLength();
  CHECK(start >= 0 && count >= 0 && start + count <= static_cast<double>(size));
  *offset = static_cast<size_t>(start);
  *length = static_cast<size_t>(count);
}

// The descriptor, noted by a worker that tracks the ones it opens (trackUnmanagedFds).
v8::Local<v8::Value> OpenResult(FSReqData* data, uv_fs_t* req) {
  if (Environment* env = Environment::GetCurrent(data->isolate()); env != nullptr) {
    env->AddUnmanagedFd(static_cast<int>(req->result));
  }
  return NumberResult(data, req);
}

// open(path, flags, mode, req, ctx) -> fd
void Open(const v8::FunctionCallbackInfo<v8::Value>& info) {
  PathArg path(info.GetIsolate(), info[0]);
  FSCall call(info, 3, "open", OpenResult);
  call.Run(uv_fs_open, *path, Int32Arg(info, 1), Int32Arg(info, 2));
}

// close(fd, req, ctx)
void Close(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment::GetCurrent(info)->RemoveUnmanagedFd(FdArg(info, 0));
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
void EncodeString(v8::Isolate* isolate, v8::Local<v8::String> text, int encoding,
                  std::string* out) {
  size_t capacity;
  switch (static_cast<Encoding>(encoding)) {
    case Encoding::kUtf8:
      capacity = text->Utf8Length(isolate);
      break;
    case Encoding::kUtf16le:
      capacity = 2 * static_cast<size_t>(text->Length());
      break;
    case Encoding::kHex:
      capacity = text->Length() / 2 + 1;
      break;
    default:
      capacity = static_cast<size_t>(text->Length()) + 3;
      break;  // one byte a unit at most
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

// The bytes of a whole file, in memory from malloc (never zero-filled first) that a Buffer or
// an external string can adopt without a copy.
class FileBytes {
 public:
  FileBytes() = default;
  ~FileBytes() { free(data_); }
  FileBytes(const FileBytes&) = delete;
  FileBytes& operator=(const FileBytes&) = delete;

  char* data() const { return data_; }
  size_t size() const { return size_; }
  // Makes room for at least `more` bytes after size().
  void Reserve(size_t more) {
    if (capacity_ - size_ >= more) return;
    size_t capacity = std::max(capacity_ * 2, size_ + more);
    char* grown = static_cast<char*>(realloc(data_, capacity));
    CHECK(grown != nullptr);  // out of memory, as V8 itself would report it
    data_ = grown;
    capacity_ = capacity;
  }
  char* end() const { return data_ + size_; }
  size_t room() const { return capacity_ - size_; }
  void Grow(size_t count) { size_ += count; }
  // Gives up the memory (for free()) to a new owner.
  char* Release() {
    char* data = data_;
    data_ = nullptr;
    size_ = capacity_ = 0;
    return data;
  }

 private:
  char* data_ = nullptr;
  size_t size_ = 0;
  size_t capacity_ = 0;
};

// Reads from `fd` to its end, waiting out EAGAIN on non-blocking fds (stdin may be one).
// `size_hint` (the file's size, or 0) sizes the first allocation. Returns 0 or a negative
// errno.
int ReadToEnd(int fd, size_t size_hint, FileBytes* out) {
  out->Reserve(size_hint > 0 ? size_hint + 1 : 16384);
  for (;;) {
    if (out->room() == 0) out->Reserve(out->size());
    ssize_t n = read(fd, out->end(), out->room());
    if (n > 0) {
      out->Grow(static_cast<size_t>(n));
      if (static_cast<int64_t>(out->size()) > kMaxReadFileSize) return UV_EFBIG;
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

// The contents of a file by path (opened with `flags`, closed after) or of an open fd (read
// from its current position, left open). Sets `*syscall` to what failed.
int ReadWholeFile(const std::string* path, int fd, int flags, FileBytes* out,
                  const char** syscall) {
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

// A one-byte external string over malloc'd bytes it frees.
class AdoptedOneByte final : public v8::String::ExternalOneByteStringResource {
 public:
  AdoptedOneByte(v8::Isolate* isolate, char* data, size_t length)
      : isolate_(isolate), data_(data), length_(length) {
    isolate_->AdjustAmountOfExternalAllocatedMemory(static_cast<int64_t>(length_));
  }
  ~AdoptedOneByte() override {
    free(data_);
    isolate_->AdjustAmountOfExternalAllocatedMemory(-static_cast<int64_t>(length_));
  }
  const char* data() const override { return data_; }
  size_t length() const override { return length_; }

 private:
  v8::Isolate* isolate_;
  char* data_;
  size_t length_;
};

// Large text read as latin1, or as UTF-8/ASCII when it is all ASCII, becomes a string over
// the very bytes read (no copy).
constexpr size_t kAdoptThreshold = size_t{1} << 20;

// The bytes as JS wants them: a string in `encoding` (null when too long for a string) or a
// Uint8Array over the bytes themselves (no copy).
v8::Local<v8::Value> BytesToJS(v8::Isolate* isolate, FileBytes* bytes, int encoding) {
  size_t length = bytes->size();
  if (encoding != kBufferEncoding) {
    auto kind = static_cast<Encoding>(encoding);
    bool one_byte =
        kind == Encoding::kLatin1 ||
        ((kind == Encoding::kUtf8 || kind == Encoding::kAscii) &&
         string_bytes::IsAscii(reinterpret_cast<const uint8_t*>(bytes->data()), length));
    if (one_byte && length >= kAdoptThreshold &&
        length <= static_cast<size_t>(v8::String::kMaxLength)) {
      v8::Local<v8::String> text;
      auto* resource = new AdoptedOneByte(isolate, bytes->data(), length);
      bytes->Release();
      if (v8::String::NewExternalOneByte(isolate, resource).ToLocal(&text)) return text;
      return v8::Null(isolate);
    }
    v8::Local<v8::String> text;
    if (!string_bytes::Decode(isolate, reinterpret_cast<const uint8_t*>(bytes->data()), length,
                              kind)
             .ToLocal(&text)) {
      return v8::Null(isolate);
    }
    return text;
  }
  if (length == 0) return v8::Uint8Array::New(v8::ArrayBuffer::New(isolate, 0), 0, 0);
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      bytes->Release(), length, [](void* data, size_t, void*) { free(data); }, nullptr);
  return v8::Uint8Array::New(v8::ArrayBuffer::New(isolate, std::move(store)), 0, length);
}

class ReadFileJob final : public FSJob {
 public:
  explicit ReadFileJob(const v8::FunctionCallbackInfo<v8::Value>& info)
      : flags_(Int32Arg(info, 1)), encoding_(EncodingArg(info[2])) {
    if (info[0]->IsNumber()) {
      fd_ = Int32Arg(info, 0);
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
  FileBytes contents_;
};

// readFile(pathOrFd, flags, encoding, req, ctx) -> string, Uint8Array, or null when the
// contents are too long for a string.
void ReadFile(const v8::FunctionCallbackInfo<v8::Value>& info) {
  FSJob::Start(std::make_unique<ReadFileJob>(info), info, 3);
}

// Whole-file writes -----------------------------------------------------------------------------

// Writes all of [data, data + length) to fd from its current position.
int WriteFully(int fd, const char* data, size_t length) {
  while (length > 0) {
    ssize_t n = write(fd, data, length);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        pollfd waiter{fd, POLLOUT, 0};
        poll(&waiter, 1, -1);
        continue;
      }
      return -errno;
    }
    data += n;
    length -= static_cast<size_t>(n);
  }
  return 0;
}

// writeFile's one trip to the pool: open, write everything, fsync when asked, close.
class WriteFileJob final : public FSJob {
 public:
  explicit WriteFileJob(const v8::FunctionCallbackInfo<v8::Value>& info)
      : flags_(Int32Arg(info, 3)), mode_(Int32Arg(info, 4)), flush_(info[5]->IsTrue()) {
    if (info[0]->IsNumber()) {
      fd_ = Int32Arg(info, 0);
    } else {
      path_ = PathArg(info.GetIsolate(), info[0]).str();
    }
    if (info[1]->IsString()) {
      EncodeString(info.GetIsolate(), info[1].As<v8::String>(), EncodingArg(info[2]), &text_);
      data_ = text_.data();
      length_ = text_.size();
    } else {
      CHECK(info[1]->IsArrayBufferView());
      v8::Local<v8::ArrayBufferView> view = info[1].As<v8::ArrayBufferView>();
      length_ = view->ByteLength();
      if (length_ > 0) {
        // Kept alive (and in place) until the job is done, whatever JS does meanwhile.
        store_ = view->Buffer()->GetBackingStore();
        data_ = static_cast<const char*>(store_->Data()) + view->ByteOffset();
      }
    }
  }

 protected:
  int Work() override {
    int fd = fd_;
    if (fd < 0) {
      fd = open(path_.c_str(), flags_ | O_CLOEXEC, mode_);
      if (fd < 0) {
        syscall_ = "open";
        return -errno;
      }
    }
    int err = WriteFully(fd, data_, length_);
    if (err < 0) {
      syscall_ = "write";
    } else if (flush_ && fsync(fd) != 0) {
      err = -errno;
      syscall_ = "fsync";
    }
    if (fd_ < 0 && close(fd) != 0 && err == 0) {
      err = -errno;
      syscall_ = "close";
    }
    return err;
  }
  v8::Local<v8::Value> Result(v8::Isolate* isolate) override { return {}; }

 private:
  std::string path_;
  int fd_ = -1;
  int flags_;
  int mode_;
  bool flush_;
  std::string text_;
  std::shared_ptr<v8::BackingStore> store_;
  const char* data_ = nullptr;
  size_t length_ = 0;
};

// writeFile(pathOrFd, data, encoding, flags, mode, flush, req, ctx): data is a string (in
// `encoding`) or an ArrayBufferView; an fd is written at its current position, left open.
void WriteFile(const v8::FunctionCallbackInfo<v8::Value>& info) {
  FSJob::Start(std::make_unique<WriteFileJob>(info), info, 6);
}

// readFileUtf8(pathOrFd, flags, ctx) -> string. The module loader's fast path (sync only);
// given an fd (stdin for `lode -`), reads it to the end without closing it.
void ReadFileUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  FileBytes text;
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
  SetMethod(context, target, "writeFile", WriteFile);
  SetMethod(context, target, "readFileUtf8", ReadFileUtf8);
  SetConstant(context, target, "kBufferEncoding", kBufferEncoding);
  SetConstant(context, target, "kMaxReadFileSize", static_cast<double>(kMaxReadFileSize));
}

}  // namespace lode::fs
