// The 'heap_utils' binding: V8 heap snapshots (the .heapsnapshot JSON that DevTools reads),
// written to a file for v8.writeHeapSnapshot() or handed to JS in chunks for
// v8.getHeapSnapshot(). Paths and options are checked in JS (lib/internal/heap_utils.js).
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include <v8-profiler.h>

#include "binding.h"
#include "env.h"
#include "utils.h"

namespace lode {
namespace {

// node hands out the snapshot in chunks of this size.
constexpr int kChunkSize = 64 * 1024;

// Takes a snapshot, passes its JSON to `stream`, and frees it again. V8 10.2 has no mode
// that exposes internals, so that option only selects numeric values.
void SerializeSnapshot(v8::Isolate* isolate, bool expose_numeric_values, v8::OutputStream* stream) {
  const v8::HeapSnapshot* snapshot =
      isolate->GetHeapProfiler()->TakeHeapSnapshot(nullptr, nullptr, true, expose_numeric_values);
  snapshot->Serialize(stream, v8::HeapSnapshot::kJSON);
  const_cast<v8::HeapSnapshot*>(snapshot)->Delete();
}

class FileStream final : public v8::OutputStream {
 public:
  explicit FileStream(int fd) : fd_(fd) {}
  int GetChunkSize() override { return kChunkSize; }
  void EndOfStream() override {}
  WriteResult WriteAsciiChunk(char* data, int size) override {
    if (WriteAll(fd_, data, static_cast<size_t>(size))) return kContinue;
    error_ = -errno;
    return kAbort;
  }
  int error() const { return error_; }

 private:
  int fd_;
  int error_ = 0;
};

class ChunkStream final : public v8::OutputStream {
 public:
  int GetChunkSize() override { return kChunkSize; }
  void EndOfStream() override {}
  WriteResult WriteAsciiChunk(char* data, int size) override {
    chunks_.emplace_back(data, static_cast<size_t>(size));
    return kContinue;
  }
  const std::vector<std::string>& chunks() const { return chunks_; }

 private:
  std::vector<std::string> chunks_;
};

// writeHeapSnapshot(path, exposeNumericValues) -> 0, or a negative errno (uv style) from
// opening or writing the file; the syscall is ctx.syscall.
void WriteHeapSnapshot(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  CHECK(info[0]->IsString());
  CHECK(info[2]->IsObject());
  Utf8Value path(isolate, info[0]);
  v8::Local<v8::Object> ctx = info[2].As<v8::Object>();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  int fd = open(*path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) {
    ctx->Set(context, OneByteString(isolate, "syscall"), OneByteString(isolate, "open")).Check();
    info.GetReturnValue().Set(-errno);
    return;
  }
  FileStream stream(fd);
  SerializeSnapshot(isolate, info[1]->IsTrue(), &stream);
  int error = stream.error();
  if (close(fd) != 0 && error == 0) error = -errno;
  if (error != 0) ctx->Set(context, OneByteString(isolate, "syscall"), OneByteString(isolate, "write")).Check();
  info.GetReturnValue().Set(error);
}

// takeHeapSnapshot(exposeNumericValues) -> the JSON as an array of Uint8Arrays.
void TakeHeapSnapshot(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  ChunkStream stream;
  SerializeSnapshot(isolate, info[0]->IsTrue(), &stream);
  const std::vector<std::string>& chunks = stream.chunks();
  std::vector<v8::Local<v8::Value>> views;
  views.reserve(chunks.size());
  for (const std::string& chunk : chunks) {
    v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, chunk.size());
    memcpy(buffer->Data(), chunk.data(), chunk.size());
    views.push_back(v8::Uint8Array::New(buffer, 0, chunk.size()));
  }
  info.GetReturnValue().Set(v8::Array::New(isolate, views.data(), views.size()));
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "writeHeapSnapshot", WriteHeapSnapshot);
  SetMethod(context, target, "takeHeapSnapshot", TakeHeapSnapshot);
}

}  // namespace
}  // namespace lode

LODE_BINDING(heap_utils, lode::Initialize)
