// LibuvStreamWrap: a HandleWrap over a uv_stream_t (TCP, pipe, TTY) with reading, writing
// and shutdown, and the requests those use (WriteWrap, ShutdownWrap).
//
// The JS contract (lib/internal/stream_base_commons.js is the one user):
//   - readStart() / readStop() -> status. Each read calls handle.onread(arrayBuffer) with
//     state[kReadBytesOrError] = bytes read, found at state[kArrayBufferOffset] in the
//     buffer, or calls handle.onread() with a negative errno there (UV_EOF at the end).
//   - useUserBuffer(view): later reads go straight into view's bytes (at most its length
//     each; net's onread option), and onread gets no buffer: the bytes are in the view.
//   - writeBuffer(view[, sendHandle]), writeString(string, encodingId[, sendHandle]),
//     writev(chunks, allBuffers[, sendHandle]) try to write at once (uv_try_write) and queue
//     the rest (uv_write). They return 0 when everything was written now, a negative errno
//     on failure, or a WriteWrap whose oncomplete(status) runs when the rest is written.
//     state[kBytesWritten] is the write's size, state[kLastWriteWasAsync] 0 or 1. No JS
//     object is made for a write that completes at once (most of them).
//   - shutdown() -> a ShutdownWrap (oncomplete(status, handle) later) or a negative errno;
//     shutdown(req), node's shape, uses the ShutdownWrap JS made and returns a status.
// `state` is a Float64Array shared by every stream of the Environment: hot numbers cross
// the boundary there rather than in an object per call.
#ifndef LODE_SRC_STREAM_WRAP_H_
#define LODE_SRC_STREAM_WRAP_H_

#include <uv.h>

#include <memory>
#include <vector>

#include "handle_wrap.h"
#include "req_wrap.h"

namespace lode {

class Environment;

// Per-Environment state shared by every stream binding (stream_wrap, tcp_wrap, pipe_wrap,
// tty_wrap): the state array, the base template and the request classes.
class StreamWrapData {
 public:
  // kConsumedBytes: bytes consumed reads brought in that JS has not counted yet (bytesRead).
  enum StateField { kReadBytesOrError, kArrayBufferOffset, kBytesWritten, kLastWriteWasAsync, kConsumedBytes, kStateFieldCount };
  enum RequestKind { kWriteRequest, kShutdownRequest, kTCPConnectRequest, kPipeConnectRequest, kRequestKindCount };

  // Made on first use and freed at teardown.
  static StreamWrapData* Get(Environment* env);

  double* state() const { return state_; }
  v8::Local<v8::Float64Array> StateArray() const;
  // The template every stream handle class inherits from (its methods: the handle's and
  // the stream's).
  v8::Local<v8::FunctionTemplate> stream_template() const;
  v8::Local<v8::Function> RequestConstructor(RequestKind kind) const;
  // A new, empty request object of `kind`; its C++ wrap is made by the caller.
  v8::MaybeLocal<v8::Object> NewRequestObject(RequestKind kind) const;
  // Whether `value` is a request object of `kind` that no request uses now: node's binding
  // shape, where JS makes the request (`new TCPConnectWrap()`) and passes it in.
  bool IsIdleRequestObject(RequestKind kind, v8::Local<v8::Value> value) const;

  // Read memory. Every read lands in one reused scratch block (reads run one at a time on
  // the loop thread). A small read is copied into a shared pool ArrayBuffer that JS slices
  // (state[kArrayBufferOffset] says where), so it costs no allocation; a large one takes the
  // block away as its own ArrayBuffer.
  uv_buf_t LendReadBuffer();
  // The bytes `buf` received as (ArrayBuffer, offset); `buf` is spent.
  v8::Local<v8::ArrayBuffer> TakeReadBytes(const uv_buf_t* buf, size_t nread, size_t* offset);
  // `buf` received nothing.
  void ReturnReadBuffer(const uv_buf_t* buf);
  // A copy of `length` bytes as (ArrayBuffer, offset): a slice of the pool when small.
  v8::Local<v8::ArrayBuffer> CopyReadBytes(const char* data, size_t length, size_t* offset);

 private:
  explicit StreamWrapData(Environment* env);
  ~StreamWrapData();
  static void Cleanup(void* data);

  Environment* env_;
  double* state_;
  v8::Global<v8::Float64Array> state_array_;
  v8::Global<v8::FunctionTemplate> stream_template_;
  v8::Global<v8::FunctionTemplate> request_templates_[kRequestKindCount];
  v8::Global<v8::Function> request_constructors_[kRequestKindCount];
  char* read_scratch_ = nullptr;
  bool read_scratch_lent_ = false;
  v8::Global<v8::ArrayBuffer> read_pool_;
  char* read_pool_data_ = nullptr;
  size_t read_pool_used_ = 0;
};

class LibuvStreamWrap;

// Bytes a stream read, lent to a consumer in C++. Bytes(&offset) makes them a JS ArrayBuffer
// slice (at most once per read) for a consumer that must hand some of them to JS.
class ConsumedRead {
 public:
  ConsumedRead(StreamWrapData* data, const uv_buf_t* buf, size_t length) : data_(data), buf_(buf), length_(length) {}
  const char* data() const { return buf_->base; }
  size_t length() const { return length_; }
  v8::Local<v8::ArrayBuffer> Bytes(size_t* offset);
  // The block goes back to the stream (the consumer is done with it).
  void Release();

 private:
  StreamWrapData* data_;
  const uv_buf_t* buf_;
  size_t length_;
  // A Global: Bytes() may first be asked from inside a callback's own handle scope.
  v8::Global<v8::ArrayBuffer> bytes_;
  size_t offset_ = 0;
};

// Something that takes a stream's reads in C++ (the http parser, as node's parser.consume()):
// while armed, a read goes to it instead of to JS's onread. EOF and errors still go to JS.
class StreamConsumer {
 public:
  virtual ~StreamConsumer() = default;
  // False: the consumer cannot take it now, and the read goes to JS as usual.
  virtual bool OnConsumedRead(LibuvStreamWrap* stream, ConsumedRead* read) = 0;
  // The stream is gone: the consumer forgets it.
  virtual void OnStreamGone() = 0;
};

class LibuvStreamWrap : public HandleWrap {
 public:
  ~LibuvStreamWrap() override;
  // The consumer that takes this stream's reads, or null. Reads reach it only while JS has it
  // armed (handle.armConsumer(true)): JS disarms it whenever the stream's reads must go through
  // its Readable (paused, another 'data' listener, unshifted bytes).
  void SetConsumer(StreamConsumer* consumer) {
    consumer_ = consumer;
    consumer_armed_ = false;
  }
  StreamConsumer* consumer() const { return consumer_; }
  // Whether `value` is a stream handle object (of any stream class).
  static LibuvStreamWrap* FromObject(Environment* env, v8::Local<v8::Value> value);

  uv_stream_t* stream() const { return reinterpret_cast<uv_stream_t*>(handle()); }
  StreamWrapData* stream_data() const { return data_; }

  // Adds readStart, readStop, writeBuffer, writeString, writev, shutdown, setBlocking,
  // getWriteQueueSize and the `fd` getter (and the HandleWrap methods) to `tmpl`.
  static void AddMethods(Environment* env, v8::Local<v8::FunctionTemplate> tmpl);

 protected:
  LibuvStreamWrap(Environment* env, v8::Local<v8::Object> object, uv_stream_t* stream);

  // A handle received with the bytes just read (IPC pipes); undefined otherwise.
  virtual v8::Local<v8::Value> TakePendingHandle() { return v8::Undefined(env()->isolate()); }

  // Called when libuv reports the end, before JS hears of it: a stream may deliver what
  // libuv left unread (IPC pipes, see pipe_wrap.cc) through CallOnRead.
  virtual void BeforeEnd() {}

  // Calls this.onread(buffer[, handle]) with nread and the offset in the shared state.
  void CallOnRead(ssize_t nread, size_t offset, v8::Local<v8::Value> buffer, v8::Local<v8::Value> handle);

 private:
  static void ReadStart(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void ReadStop(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Shutdown(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetBlocking(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetWriteQueueSize(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetFd(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void ArmConsumer(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void UseUserBuffer(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetOnRead(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetOnRead(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void OnAlloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf);
  static void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf);

  StreamWrapData* data_;
  // handle.onread, kept here (an accessor) so each read calls it without a property lookup.
  v8::Global<v8::Value> onread_;
  StreamConsumer* consumer_ = nullptr;
  bool consumer_armed_ = false;
  // The memory of the view useUserBuffer() gave, held so it outlives anything JS does to
  // the view; user_buffer_.base is null while reads use lode's own blocks.
  std::shared_ptr<v8::BackingStore> user_buffer_store_;
  uv_buf_t user_buffer_ = {nullptr, 0};
};

// One uv_write_t and the bytes it still has to write: copies it owns (strings, small
// views) and the backing stores of the views it writes in place, kept alive until done.
class WriteWrap : public ReqWrap<uv_write_t> {
 public:
  WriteWrap(Environment* env, v8::Local<v8::Object> object) : ReqWrap(env, object) {}
  // The names node's process.getActiveResourcesInfo() uses.
  const char* ResourceName() const override { return "SimpleWriteWrap"; }

  std::unique_ptr<char[]> storage;
  std::vector<std::shared_ptr<v8::BackingStore>> pinned;

  static void AfterWrite(uv_write_t* req, int status);
};

class ShutdownWrap : public ReqWrap<uv_shutdown_t> {
 public:
  ShutdownWrap(Environment* env, v8::Local<v8::Object> object) : ReqWrap(env, object) {}
  const char* ResourceName() const override { return "SimpleShutdownWrap"; }

  static void AfterShutdown(uv_shutdown_t* req, int status);
};

}  // namespace lode

#endif  // LODE_SRC_STREAM_WRAP_H_
