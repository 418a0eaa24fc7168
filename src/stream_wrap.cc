// The 'stream_wrap' binding and the stream half every stream handle shares (see
// stream_wrap.h for the JS contract).
#include "stream_wrap.h"

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <strings.h>

#include "binding.h"
#include "env.h"
#include "string_bytes.h"
#include "utils.h"

namespace lode {

// StreamWrapData -----------------------------------------------------------------------------

namespace {

const char* const kRequestClassNames[] = {"WriteWrap", "ShutdownWrap", "TCPConnectWrap", "PipeConnectWrap"};
static_assert(sizeof(kRequestClassNames) / sizeof(kRequestClassNames[0]) ==
              StreamWrapData::kRequestKindCount);

// A request object starts with no C++ side: its slot must read as null (an untouched internal
// field is not a pointer), so that a request JS made can be told apart from one in use.
void NewRequestObjectCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info.IsConstructCall()) {
    isolate->ThrowException(v8::Exception::TypeError(OneByteString(isolate, "Illegal constructor")));
    return;
  }
  info.This()->SetAlignedPointerInInternalField(BaseObject::kSlot, nullptr);
}

}  // namespace

StreamWrapData::StreamWrapData(Environment* env) : env_(env) {
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env->context();

  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, sizeof(double) * kStateFieldCount);
  state_ = static_cast<double*>(buffer->Data());
  for (int i = 0; i < kStateFieldCount; i++) state_[i] = 0;
  state_array_.Reset(isolate, v8::Float64Array::New(buffer, 0, kStateFieldCount));

  v8::Local<v8::FunctionTemplate> stream = v8::FunctionTemplate::New(isolate);
  stream->SetClassName(OneByteString(isolate, "LibuvStreamWrap"));
  stream->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  stream_template_.Reset(isolate, stream);

  // Request objects are made by C++ when a request is dispatched (lode's shape), or by JS
  // and passed in (node's shape: `handle.connect(new TCPConnectWrap(), ip, port)`).
  for (int kind = 0; kind < kRequestKindCount; kind++) {
    v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, NewRequestObjectCallback);
    tmpl->SetClassName(OneByteString(isolate, kRequestClassNames[kind]));
    tmpl->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
    request_templates_[kind].Reset(isolate, tmpl);
    request_constructors_[kind].Reset(isolate, tmpl->GetFunction(context).ToLocalChecked());
  }
}

StreamWrapData::~StreamWrapData() { free(read_scratch_); }

StreamWrapData* StreamWrapData::Get(Environment* env) {
  auto* data = static_cast<StreamWrapData*>(env->binding_data("stream_wrap"));
  if (data == nullptr) {
    data = new StreamWrapData(env);
    env->set_binding_data("stream_wrap", data);
    env->AddCleanupHook(Cleanup, data);
    // The base template's methods need the data object, so they are added once it exists.
    v8::HandleScope scope(env->isolate());
    LibuvStreamWrap::AddMethods(env, data->stream_template());
  }
  return data;
}

void StreamWrapData::Cleanup(void* data) {
  auto* self = static_cast<StreamWrapData*>(data);
  self->env_->set_binding_data("stream_wrap", nullptr);
  delete self;
}

v8::Local<v8::Float64Array> StreamWrapData::StateArray() const {
  return state_array_.Get(env_->isolate());
}

v8::Local<v8::FunctionTemplate> StreamWrapData::stream_template() const {
  return stream_template_.Get(env_->isolate());
}

v8::Local<v8::Function> StreamWrapData::RequestConstructor(RequestKind kind) const {
  return request_constructors_[kind].Get(env_->isolate());
}

v8::MaybeLocal<v8::Object> StreamWrapData::NewRequestObject(RequestKind kind) const {
  return RequestConstructor(kind)->NewInstance(env_->context());
}

bool StreamWrapData::IsIdleRequestObject(RequestKind kind, v8::Local<v8::Value> value) const {
  if (!value->IsObject() || !request_templates_[kind].Get(env_->isolate())->HasInstance(value)) return false;
  return BaseObject::FromJSObject<BaseObject>(value) == nullptr;
}

// Reading ------------------------------------------------------------------------------------

namespace {

// What one read asks for; libuv fills as much as the socket has.
constexpr size_t kReadBufferSize = 64 * 1024;
// Reads up to kPooledReadMax bytes share pools of kReadPoolSize. A Buffer kept from a pool
// keeps the whole pool alive, so the pool stays small (Buffer.allocUnsafe's pool is 8 KiB
// for allocations up to 4 KiB).
constexpr size_t kReadPoolSize = 32 * 1024;
constexpr size_t kPooledReadMax = 4 * 1024;

}  // namespace

LibuvStreamWrap::LibuvStreamWrap(Environment* env, v8::Local<v8::Object> object, uv_stream_t* stream)
    : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(stream)), data_(StreamWrapData::Get(env)) {}

uv_buf_t StreamWrapData::LendReadBuffer() {
  char* block;
  if (!read_scratch_lent_ && (read_scratch_ != nullptr || (read_scratch_ = static_cast<char*>(malloc(kReadBufferSize))))) {
    read_scratch_lent_ = true;
    block = read_scratch_;
  } else {
    block = static_cast<char*>(malloc(kReadBufferSize));
  }
  return uv_buf_init(block, block == nullptr ? 0 : kReadBufferSize);  // 0: libuv says UV_ENOBUFS
}

void StreamWrapData::ReturnReadBuffer(const uv_buf_t* buf) {
  if (buf->base == read_scratch_ && read_scratch_ != nullptr) read_scratch_lent_ = false;
  else free(buf->base);
}

v8::Local<v8::ArrayBuffer> StreamWrapData::CopyReadBytes(const char* data, size_t length, size_t* offset) {
  v8::Isolate* isolate = env_->isolate();
  if (length > kPooledReadMax) {
    v8::Local<v8::ArrayBuffer> bytes = v8::ArrayBuffer::New(isolate, length);
    memcpy(bytes->Data(), data, length);
    *offset = 0;
    return bytes;
  }
  if (read_pool_.IsEmpty() || kReadPoolSize - read_pool_used_ < length) {
    v8::Local<v8::ArrayBuffer> pool = v8::ArrayBuffer::New(isolate, kReadPoolSize);
    read_pool_.Reset(isolate, pool);
    read_pool_data_ = static_cast<char*>(pool->Data());
    read_pool_used_ = 0;
  }
  memcpy(read_pool_data_ + read_pool_used_, data, length);
  *offset = read_pool_used_;
  read_pool_used_ += (length + 7) & ~static_cast<size_t>(7);  // keep slices 8-byte aligned
  return read_pool_.Get(isolate);
}

v8::Local<v8::ArrayBuffer> StreamWrapData::TakeReadBytes(const uv_buf_t* buf, size_t nread, size_t* offset) {
  v8::Isolate* isolate = env_->isolate();
  if (nread <= kPooledReadMax) {
    v8::Local<v8::ArrayBuffer> pool = CopyReadBytes(buf->base, nread, offset);
    ReturnReadBuffer(buf);
    return pool;
  }
  // A large read keeps its block, shrunk to fit (usually in place).
  if (buf->base == read_scratch_) {
    read_scratch_ = nullptr;
    read_scratch_lent_ = false;
  }
  char* bytes = static_cast<char*>(realloc(buf->base, nread));
  if (bytes == nullptr) bytes = buf->base;
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      bytes, nread, [](void* data, size_t, void*) { free(data); }, nullptr);
  *offset = 0;
  return v8::ArrayBuffer::New(isolate, std::move(store));
}

v8::Local<v8::ArrayBuffer> ConsumedRead::Bytes(size_t* offset) {
  v8::Isolate* isolate = v8::Isolate::GetCurrent();
  if (bytes_.IsEmpty()) bytes_.Reset(isolate, data_->CopyReadBytes(buf_->base, length_, &offset_));
  *offset = offset_;
  return bytes_.Get(isolate);
}

void ConsumedRead::Release() { data_->ReturnReadBuffer(buf_); }

LibuvStreamWrap::~LibuvStreamWrap() {
  if (consumer_ != nullptr) consumer_->OnStreamGone();
}

LibuvStreamWrap* LibuvStreamWrap::FromObject(Environment* env, v8::Local<v8::Value> value) {
  if (!value->IsObject() || !StreamWrapData::Get(env)->stream_template()->HasInstance(value)) return nullptr;
  return BaseObject::FromJSObject<LibuvStreamWrap>(value.As<v8::Object>());
}

// armConsumer(armed): whether reads go to the consumer (see SetConsumer).
void LibuvStreamWrap::ArmConsumer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  auto* wrap = BaseObject::FromJSObject<LibuvStreamWrap>(info.This());
  if (wrap != nullptr) wrap->consumer_armed_ = wrap->consumer_ != nullptr && info[0]->IsTrue();
}

// useUserBuffer(view) -> status
void LibuvStreamWrap::UseUserBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  LibuvStreamWrap* wrap = HandleWrap::UnwrapOpen<LibuvStreamWrap>(info);
  if (wrap == nullptr) return;
  if (!info[0]->IsArrayBufferView()) return info.GetReturnValue().Set(UV_EINVAL);
  v8::Local<v8::ArrayBufferView> view = info[0].As<v8::ArrayBufferView>();
  wrap->user_buffer_store_ = view->Buffer()->GetBackingStore();
  char* base = static_cast<char*>(wrap->user_buffer_store_->Data());
  // A view of no bytes still marks the read as the user's: libuv reports UV_ENOBUFS.
  static char no_bytes;
  wrap->user_buffer_ = uv_buf_init(base == nullptr ? &no_bytes : base + view->ByteOffset(),
                                   static_cast<unsigned int>(std::min<size_t>(view->ByteLength(), UINT_MAX)));
  info.GetReturnValue().Set(0);
}

void LibuvStreamWrap::OnAlloc(uv_handle_t* handle, size_t, uv_buf_t* buf) {
  auto* wrap = static_cast<LibuvStreamWrap*>(handle->data);
  *buf = wrap->user_buffer_.base != nullptr ? wrap->user_buffer_ : wrap->data_->LendReadBuffer();
}

void LibuvStreamWrap::OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
  auto* wrap = static_cast<LibuvStreamWrap*>(stream->data);
  Environment* env = wrap->env();
  StreamWrapData* data = wrap->data_;
  // Bytes read into the user's view are there already: JS hears only how many.
  bool into_user_buffer = buf->base != nullptr && buf->base == wrap->user_buffer_.base;
  if (nread <= 0 || !env->can_call_into_js()) {  // 0: nothing to read after all
    if (!into_user_buffer) data->ReturnReadBuffer(buf);
    if (nread == 0 || !env->can_call_into_js()) return;
  }
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  if (nread < 0) {
    if (nread == UV_EOF) wrap->BeforeEnd();
    if (!wrap->IsClosing()) wrap->CallOnRead(nread, 0, v8::Undefined(isolate), wrap->TakePendingHandle());
    return;
  }
  if (into_user_buffer) {
    wrap->CallOnRead(nread, 0, v8::Undefined(isolate), wrap->TakePendingHandle());
    return;
  }
  if (wrap->consumer_armed_) {
    ConsumedRead read(data, buf, static_cast<size_t>(nread));
    if (wrap->consumer_->OnConsumedRead(wrap, &read)) {
      read.Release();
      return;
    }
  }
  size_t offset;
  v8::Local<v8::ArrayBuffer> bytes = data->TakeReadBytes(buf, static_cast<size_t>(nread), &offset);
  wrap->CallOnRead(nread, offset, bytes, wrap->TakePendingHandle());
}

void LibuvStreamWrap::CallOnRead(ssize_t nread, size_t offset, v8::Local<v8::Value> buffer,
                                 v8::Local<v8::Value> handle) {
  Environment* env = this->env();
  double* state = data_->state();
  state[StreamWrapData::kReadBytesOrError] = static_cast<double>(nread);
  state[StreamWrapData::kArrayBufferOffset] = static_cast<double>(offset);
  if (onread_.IsEmpty()) return;
  v8::Local<v8::Object> object = this->object();
  v8::Local<v8::Value> onread = onread_.Get(env->isolate());
  if (!onread->IsFunction()) return;
  v8::Local<v8::Value> argv[] = {buffer, handle};
  env->MakeCallback(object, onread.As<v8::Function>(), handle->IsUndefined() ? 1 : 2, argv);
}

// Writing ------------------------------------------------------------------------------------

namespace {

// uv buffers, the first few held inline (a write is most often one or two pieces).
class BufList {
 public:
  void push_back(uv_buf_t buf) {
    if (size_ < kInline) {
      inline_[size_++] = buf;
      return;
    }
    if (size_ == kInline) more_.assign(inline_, inline_ + kInline);
    more_.push_back(buf);
    size_++;
  }
  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }
  uv_buf_t* data() { return size_ <= kInline ? inline_ : more_.data(); }
  uv_buf_t& back() { return data()[size_ - 1]; }
  uv_buf_t* begin() { return data(); }
  uv_buf_t* end() { return data() + size_; }

 private:
  static constexpr size_t kInline = 4;
  uv_buf_t inline_[kInline];
  std::vector<uv_buf_t> more_;
  size_t size_ = 0;
};

// The pieces of one write as uv buffers. Views with an ArrayBuffer are written in place;
// strings (encoded) and views whose bytes live on the V8 heap are copied into one block.
// Build it in two passes: Reserve() every piece, then Add() them in the same order.
class WriteBatch {
 public:
  // `synchronous`: the bytes are written (or copied out) before the batch goes away, so small
  // ones may sit in the batch itself rather than on the heap.
  explicit WriteBatch(v8::Isolate* isolate, bool synchronous = false)
      : isolate_(isolate), synchronous_(synchronous) {}

  void Reserve(v8::Local<v8::Value> chunk, Encoding encoding) {
    if (chunk->IsString()) {
      storage_size_ += MaxBytes(chunk.As<v8::String>(), encoding);
    } else {
      CHECK(chunk->IsArrayBufferView());
      v8::Local<v8::ArrayBufferView> view = chunk.As<v8::ArrayBufferView>();
      if (!view->HasBuffer()) storage_size_ += view->ByteLength();
    }
  }

  void Add(v8::Local<v8::Value> chunk, Encoding encoding) {
    if (storage_start_ == nullptr && storage_size_ > 0) {
      if (synchronous_ && storage_size_ <= sizeof(inline_storage_)) {
        storage_start_ = inline_storage_;
      } else {
        storage_.reset(new char[storage_size_]);
        storage_start_ = storage_.get();
      }
    }
    char* free_space = storage_start_ + storage_used_;
    size_t length;
    if (chunk->IsString()) {
      length = string_bytes::Write(isolate_, chunk.As<v8::String>(), encoding,
                                   reinterpret_cast<uint8_t*>(free_space), storage_size_ - storage_used_);
      storage_used_ += length;
      bufs_.push_back(uv_buf_init(free_space, static_cast<unsigned int>(length)));
    } else {
      v8::Local<v8::ArrayBufferView> view = chunk.As<v8::ArrayBufferView>();
      length = view->ByteLength();
      if (view->HasBuffer()) {
        v8::Local<v8::ArrayBuffer> buffer = view->Buffer();
        char* start = static_cast<char*>(buffer->Data()) + view->ByteOffset();
        bufs_.push_back(uv_buf_init(length == 0 ? free_space : start, static_cast<unsigned int>(length)));
        if (length > 0 && !synchronous_) in_place_.push_back(buffer);
      } else {
        length = view->CopyContents(free_space, length);
        storage_used_ += length;
        bufs_.push_back(uv_buf_init(free_space, static_cast<unsigned int>(length)));
      }
    }
    total_ += length;
  }

  // Writes what the stream takes now and queues the rest; see stream_wrap.h for the result.
  // With `given_req` (node's shape: JS made the WriteWrap) the result is a status, and
  // req.async is set to true when the write was queued (its oncomplete comes later).
  void Dispatch(LibuvStreamWrap* wrap, uv_stream_t* send_handle, v8::ReturnValue<v8::Value> result,
                v8::Local<v8::Object> given_req = {}) {
    Environment* env = wrap->env();
    auto mark_async = [&]() {
      if (given_req.IsEmpty()) return true;
      return given_req->Set(env->context(), OneByteString(isolate_, "async"), v8::True(isolate_)).IsJust();
    };
    double* state = wrap->stream_data()->state();
    state[StreamWrapData::kBytesWritten] = static_cast<double>(total_);
    state[StreamWrapData::kLastWriteWasAsync] = 0;
    static char empty = 0;
    if (bufs_.empty()) bufs_.push_back(uv_buf_init(&empty, 0));  // uv_write wants a buffer
    uv_buf_t* bufs = bufs_.data();
    size_t count = bufs_.size();

    if (send_handle == nullptr) {  // a handle travels only with uv_write2
      int written = uv_try_write(wrap->stream(), bufs, static_cast<unsigned int>(count));
      if (written < 0 && written != UV_EAGAIN && written != UV_ENOSYS) return result.Set(written);
      size_t remaining = written > 0 ? static_cast<size_t>(written) : 0;
      while (count > 0 && remaining >= bufs->len) {
        remaining -= bufs->len;
        bufs++;
        count--;
      }
      if (count == 0 && written >= 0) return result.Set(0);
      if (count == 0) {  // nothing to write, but the queue is busy: queue an empty write
        bufs = &bufs_.back();
        bufs->len = 0;
        count = 1;
      }
      bufs->base += remaining;
      bufs->len -= remaining;
    }

    v8::Local<v8::Object> object = given_req;
    if (object.IsEmpty() && !wrap->stream_data()->NewRequestObject(StreamWrapData::kWriteRequest).ToLocal(&object)) {
      return result.Set(UV_ENOMEM);
    }
    if (!mark_async()) return;
    auto* req = new WriteWrap(env, object);
    req->storage = std::move(storage_);
    req->pinned.reserve(in_place_.size());
    for (v8::Local<v8::ArrayBuffer> buffer : in_place_) req->pinned.push_back(buffer->GetBackingStore());
    int err = send_handle == nullptr
                  ? uv_write(req->req(), wrap->stream(), bufs, static_cast<unsigned int>(count), WriteWrap::AfterWrite)
                  : uv_write2(req->req(), wrap->stream(), bufs, static_cast<unsigned int>(count), send_handle,
                              WriteWrap::AfterWrite);
    if (err != 0) {
      delete req;
      return result.Set(err);
    }
    state[StreamWrapData::kLastWriteWasAsync] = 1;
    if (!given_req.IsEmpty()) return result.Set(0);
    result.Set(object);
  }

  // Writes what the kernel takes now and queues nothing: the result is 0 when every byte went
  // out, else an ArrayBuffer with the bytes it did not take (for the caller to queue), or a
  // negative errno. The state's kBytesWritten says how many went out.
  void TryDispatch(LibuvStreamWrap* wrap, v8::ReturnValue<v8::Value> result) {
    double* state = wrap->stream_data()->state();
    state[StreamWrapData::kBytesWritten] = 0;
    state[StreamWrapData::kLastWriteWasAsync] = 0;
    int written = 0;
    if (total_ > 0) {
      written = uv_try_write(wrap->stream(), bufs_.data(), static_cast<unsigned int>(bufs_.size()));
      if (written == UV_EAGAIN || written == UV_ENOSYS) written = 0;
      if (written < 0) return result.Set(written);
    }
    size_t skip = static_cast<size_t>(written);
    state[StreamWrapData::kBytesWritten] = static_cast<double>(skip);
    if (skip == total_) return result.Set(0);
    std::unique_ptr<v8::BackingStore> rest = v8::ArrayBuffer::NewBackingStore(isolate_, total_ - skip);
    char* out = static_cast<char*>(rest->Data());
    for (const uv_buf_t& buf : bufs_) {
      if (skip >= buf.len) {
        skip -= buf.len;
        continue;
      }
      memcpy(out, buf.base + skip, buf.len - skip);
      out += buf.len - skip;
      skip = 0;
    }
    result.Set(v8::ArrayBuffer::New(isolate_, std::move(rest)));
  }

 private:
  // The most bytes `string` becomes in `encoding`; exact for long UTF-8 strings, so a big
  // write does not reserve three times its size.
  size_t MaxBytes(v8::Local<v8::String> string, Encoding encoding) {
    size_t length = static_cast<size_t>(string->Length());
    switch (encoding) {
      case Encoding::kUtf8:
        if (length > 16 * 1024) return static_cast<size_t>(string->Utf8Length(isolate_));
        return length * (string->IsOneByte() ? 2 : 3);
      case Encoding::kUtf16le: return length * 2;
      case Encoding::kLatin1:
      case Encoding::kAscii: return length;
      case Encoding::kBase64:
      case Encoding::kBase64url: return length / 4 * 3 + 3;
      case Encoding::kHex: return length / 2;
    }
    UNREACHABLE();
  }

  v8::Isolate* isolate_;
  BufList bufs_;
  std::vector<v8::Local<v8::ArrayBuffer>> in_place_;
  bool synchronous_;
  std::unique_ptr<char[]> storage_;
  char* storage_start_ = nullptr;  // storage_, or inline_storage_ for a small synchronous batch
  char inline_storage_[4096];
  size_t storage_size_ = 0;
  size_t storage_used_ = 0;
  size_t total_ = 0;
};

// An encoding id from lib (internal/buffer's numbering); false when `value` is none.
bool EncodingArg(v8::Local<v8::Value> value, Encoding* encoding) {
  if (!value->IsInt32()) return false;
  int id = value.As<v8::Int32>()->Value();
  if (id < 0 || id >= kEncodingCount) return false;
  *encoding = static_cast<Encoding>(id);
  return true;
}

// An encoding name, as node's writev(req, chunks, false) pairs them with strings.
bool EncodingNameArg(v8::Isolate* isolate, v8::Local<v8::Value> value, Encoding* encoding) {
  if (!value->IsString()) return false;
  Utf8Value name(isolate, value);
  static const struct {
    const char* name;
    Encoding encoding;
  } kNames[] = {{"utf8", Encoding::kUtf8},     {"utf-8", Encoding::kUtf8},         {"buffer", Encoding::kUtf8},
                {"ucs2", Encoding::kUtf16le},  {"ucs-2", Encoding::kUtf16le},      {"utf16le", Encoding::kUtf16le},
                {"utf-16le", Encoding::kUtf16le}, {"latin1", Encoding::kLatin1},   {"binary", Encoding::kLatin1},
                {"ascii", Encoding::kAscii},   {"base64", Encoding::kBase64},      {"base64url", Encoding::kBase64url},
                {"hex", Encoding::kHex}};
  for (const auto& entry : kNames) {
    if (strcasecmp(*name, entry.name) == 0) {
      *encoding = entry.encoding;
      return true;
    }
  }
  return false;
}

// The optional handle to send along (IPC pipes): a TCP, pipe or UDP handle object (libuv's
// uv_write2 takes any of them). False when `info[index]` is an object but no open handle.
bool SendHandleArg(const v8::FunctionCallbackInfo<v8::Value>& info, int index, uv_stream_t** send_handle) {
  *send_handle = nullptr;
  if (info.Length() <= index || !info[index]->IsObject()) return true;
  auto* handle = BaseObject::FromJSObject<HandleWrap>(info[index]);
  if (handle == nullptr || handle->IsClosing()) return false;
  *send_handle = reinterpret_cast<uv_stream_t*>(handle->handle());
  return true;
}

// Node's shape begins with the request object (`new WriteWrap()`); lode's makes its own.
// The index of the first argument after it, or -1 when info[0] is an object but no idle
// WriteWrap.
int FirstWriteArg(LibuvStreamWrap* wrap, const v8::FunctionCallbackInfo<v8::Value>& info, bool node_shape) {
  if (!node_shape) return 0;
  return wrap->stream_data()->IsIdleRequestObject(StreamWrapData::kWriteRequest, info[0]) ? 1 : -1;
}

v8::Local<v8::Object> GivenRequest(const v8::FunctionCallbackInfo<v8::Value>& info, int first) {
  return first == 1 ? info[0].As<v8::Object>() : v8::Local<v8::Object>();
}

// writeBuffer(view[, sendHandle]), or node's writeBuffer(req, view[, sendHandle])
void WriteBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  LibuvStreamWrap* wrap = HandleWrap::UnwrapOpen<LibuvStreamWrap>(info);
  if (wrap == nullptr) return;
  int first = FirstWriteArg(wrap, info, !info[0]->IsArrayBufferView());
  uv_stream_t* send_handle;
  if (first < 0 || !info[first]->IsArrayBufferView() || !SendHandleArg(info, first + 1, &send_handle)) {
    return info.GetReturnValue().Set(UV_EINVAL);
  }
  WriteBatch batch(info.GetIsolate());
  batch.Reserve(info[first], Encoding::kUtf8);
  batch.Add(info[first], Encoding::kUtf8);
  batch.Dispatch(wrap, send_handle, info.GetReturnValue(), GivenRequest(info, first));
}

// writeString(string, encodingId[, sendHandle])
void WriteString(const v8::FunctionCallbackInfo<v8::Value>& info) {
  LibuvStreamWrap* wrap = HandleWrap::UnwrapOpen<LibuvStreamWrap>(info);
  if (wrap == nullptr) return;
  Encoding encoding;
  uv_stream_t* send_handle;
  if (!info[0]->IsString() || !EncodingArg(info[1], &encoding) || !SendHandleArg(info, 2, &send_handle)) {
    return info.GetReturnValue().Set(UV_EINVAL);
  }
  WriteBatch batch(info.GetIsolate());
  batch.Reserve(info[0], encoding);
  batch.Add(info[0], encoding);
  batch.Dispatch(wrap, send_handle, info.GetReturnValue());
}

// Node's writeUtf8String(req, string[, sendHandle]) and its latin1, ascii and ucs2 siblings.
template <Encoding encoding>
void WriteEncodedString(const v8::FunctionCallbackInfo<v8::Value>& info) {
  LibuvStreamWrap* wrap = HandleWrap::UnwrapOpen<LibuvStreamWrap>(info);
  if (wrap == nullptr) return;
  int first = FirstWriteArg(wrap, info, true);
  uv_stream_t* send_handle;
  if (first < 0 || !info[first]->IsString() || !SendHandleArg(info, first + 1, &send_handle)) {
    return info.GetReturnValue().Set(UV_EINVAL);
  }
  WriteBatch batch(info.GetIsolate());
  batch.Reserve(info[first], encoding);
  batch.Add(info[first], encoding);
  batch.Dispatch(wrap, send_handle, info.GetReturnValue(), GivenRequest(info, first));
}

// tryWrite(chunk, encodingId[, chunk2, encodingId2]): each chunk a string or a view (whose
// encodingId is ignored), written as one; see WriteBatch::TryDispatch.
void TryWrite(const v8::FunctionCallbackInfo<v8::Value>& info) {
  LibuvStreamWrap* wrap = HandleWrap::UnwrapOpen<LibuvStreamWrap>(info);
  if (wrap == nullptr) return;
  int count = info.Length() >= 4 ? 2 : 1;
  Encoding encodings[2] = {Encoding::kUtf8, Encoding::kUtf8};
  for (int i = 0; i < count; i++) {
    v8::Local<v8::Value> chunk = info[i * 2];
    bool valid = chunk->IsArrayBufferView() || (chunk->IsString() && EncodingArg(info[i * 2 + 1], &encodings[i]));
    if (!valid) return info.GetReturnValue().Set(UV_EINVAL);
  }
  WriteBatch batch(info.GetIsolate(), /* synchronous */ true);
  for (int i = 0; i < count; i++) batch.Reserve(info[i * 2], encodings[i]);
  for (int i = 0; i < count; i++) batch.Add(info[i * 2], encodings[i]);
  batch.TryDispatch(wrap, info.GetReturnValue());
}

// writev(chunks, allBuffers[, sendHandle]): chunks is [view, view, ...] when allBuffers is
// true, else [chunk, encodingId, chunk, encodingId, ...] with strings or views. Node's shape,
// writev(req, chunks, allBuffers[, sendHandle]), names the encodings ('utf8', 'latin1', ...).
void Writev(const v8::FunctionCallbackInfo<v8::Value>& info) {
  LibuvStreamWrap* wrap = HandleWrap::UnwrapOpen<LibuvStreamWrap>(info);
  if (wrap == nullptr) return;
  v8::Isolate* isolate = info.GetIsolate();
  int first = FirstWriteArg(wrap, info, !info[0]->IsArray());
  uv_stream_t* send_handle;
  if (first < 0 || !info[first]->IsArray() || !SendHandleArg(info, first + 2, &send_handle)) {
    return info.GetReturnValue().Set(UV_EINVAL);
  }
  v8::Local<v8::Context> context = wrap->env()->context();
  v8::Local<v8::Array> chunks = info[first].As<v8::Array>();
  bool all_buffers = info[first + 1]->IsTrue();
  uint32_t length = chunks->Length();
  uint32_t step = all_buffers ? 1 : 2;
  if (!all_buffers && length % 2 != 0) return info.GetReturnValue().Set(UV_EINVAL);
  std::vector<v8::Local<v8::Value>> values(length);
  for (uint32_t i = 0; i < length; i++) {
    if (!chunks->Get(context, i).ToLocal(&values[i])) return;  // a getter threw
  }
  std::vector<Encoding> encodings(length / step, Encoding::kUtf8);
  for (uint32_t i = 0; i < length; i += step) {
    bool valid = values[i]->IsArrayBufferView();
    if (!valid && values[i]->IsString()) {
      valid = all_buffers || (first == 0 ? EncodingArg(values[i + 1], &encodings[i / step])
                                         : EncodingNameArg(isolate, values[i + 1], &encodings[i / step]));
    }
    if (!valid) return info.GetReturnValue().Set(UV_EINVAL);
  }
  WriteBatch batch(isolate);
  for (uint32_t i = 0; i < length; i += step) batch.Reserve(values[i], encodings[i / step]);
  for (uint32_t i = 0; i < length; i += step) batch.Add(values[i], encodings[i / step]);
  batch.Dispatch(wrap, send_handle, info.GetReturnValue(), GivenRequest(info, first));
}

}  // namespace

void WriteWrap::AfterWrite(uv_write_t* req, int status) {
  WriteWrap* wrap = From<WriteWrap>(req);
  {
    v8::HandleScope scope(wrap->env()->isolate());
    // The stream outlives the request: libuv ends pending writes before it closes.
    auto* stream = static_cast<LibuvStreamWrap*>(static_cast<HandleWrap*>(req->handle->data));
    v8::Local<v8::Value> argv[] = {v8::Integer::New(wrap->env()->isolate(), status), stream->object()};
    wrap->CallOnComplete(2, argv);
  }
  delete wrap;
}

// Shutdown and the rest -------------------------------------------------------------------------

void ShutdownWrap::AfterShutdown(uv_shutdown_t* req, int status) {
  ShutdownWrap* wrap = From<ShutdownWrap>(req);
  {
    v8::HandleScope scope(wrap->env()->isolate());
    // The stream outlives the request: libuv ends a pending shutdown before it closes.
    auto* stream = static_cast<LibuvStreamWrap*>(static_cast<HandleWrap*>(req->handle->data));
    v8::Local<v8::Value> argv[] = {v8::Integer::New(wrap->env()->isolate(), status), stream->object()};
    wrap->CallOnComplete(2, argv);
  }
  delete wrap;
}

void LibuvStreamWrap::ReadStart(const v8::FunctionCallbackInfo<v8::Value>& info) {
  LibuvStreamWrap* wrap = HandleWrap::UnwrapOpen<LibuvStreamWrap>(info);
  if (wrap == nullptr) return;
  info.GetReturnValue().Set(uv_read_start(wrap->stream(), OnAlloc, OnRead));
}

void LibuvStreamWrap::ReadStop(const v8::FunctionCallbackInfo<v8::Value>& info) {
  LibuvStreamWrap* wrap = HandleWrap::UnwrapOpen<LibuvStreamWrap>(info);
  if (wrap == nullptr) return;
  info.GetReturnValue().Set(uv_read_stop(wrap->stream()));
}

// shutdown() -> ShutdownWrap | errno; shutdown(req) -> status (node's shape).
void LibuvStreamWrap::Shutdown(const v8::FunctionCallbackInfo<v8::Value>& info) {
  LibuvStreamWrap* wrap = HandleWrap::UnwrapOpen<LibuvStreamWrap>(info);
  if (wrap == nullptr) return;
  bool given = info.Length() > 0 && !info[0]->IsUndefined();
  v8::Local<v8::Object> object;
  if (given) {
    if (!wrap->data_->IsIdleRequestObject(StreamWrapData::kShutdownRequest, info[0])) {
      return info.GetReturnValue().Set(UV_EINVAL);
    }
    object = info[0].As<v8::Object>();
  } else if (!wrap->data_->NewRequestObject(StreamWrapData::kShutdownRequest).ToLocal(&object)) {
    return;
  }
  auto* req = new ShutdownWrap(wrap->env(), object);
  int err = uv_shutdown(req->req(), wrap->stream(), ShutdownWrap::AfterShutdown);
  if (err != 0) {
    delete req;
    return info.GetReturnValue().Set(err);
  }
  if (given) return info.GetReturnValue().Set(0);
  info.GetReturnValue().Set(object);
}

void LibuvStreamWrap::SetBlocking(const v8::FunctionCallbackInfo<v8::Value>& info) {
  LibuvStreamWrap* wrap = HandleWrap::UnwrapOpen<LibuvStreamWrap>(info);
  if (wrap == nullptr) return;
  info.GetReturnValue().Set(uv_stream_set_blocking(wrap->stream(), info[0]->IsTrue()));
}

// Bytes queued in libuv and not yet written.
void LibuvStreamWrap::GetWriteQueueSize(const v8::FunctionCallbackInfo<v8::Value>& info) {
  LibuvStreamWrap* wrap = HandleWrap::UnwrapOpen<LibuvStreamWrap>(info);
  info.GetReturnValue().Set(wrap == nullptr ? 0.0 : static_cast<double>(wrap->stream()->write_queue_size));
}

// The `fd` getter: the OS descriptor, or -1 (closed, or not open yet).
void LibuvStreamWrap::GetFd(const v8::FunctionCallbackInfo<v8::Value>& info) {
  LibuvStreamWrap* wrap = HandleWrap::UnwrapOpen<LibuvStreamWrap>(info);
  uv_os_fd_t fd = -1;
  if (wrap == nullptr || uv_fileno(wrap->handle(), &fd) != 0) fd = -1;
  info.GetReturnValue().Set(fd);
}

void LibuvStreamWrap::GetOnRead(const v8::FunctionCallbackInfo<v8::Value>& info) {
  auto* wrap = BaseObject::FromJSObject<LibuvStreamWrap>(info.This());
  if (wrap != nullptr && !wrap->onread_.IsEmpty()) info.GetReturnValue().Set(wrap->onread_.Get(info.GetIsolate()));
}

void LibuvStreamWrap::SetOnRead(const v8::FunctionCallbackInfo<v8::Value>& info) {
  auto* wrap = BaseObject::FromJSObject<LibuvStreamWrap>(info.This());
  if (wrap != nullptr) wrap->onread_.Reset(info.GetIsolate(), info[0]);
}

void LibuvStreamWrap::AddMethods(Environment* env, v8::Local<v8::FunctionTemplate> tmpl) {
  v8::Isolate* isolate = env->isolate();
  HandleWrap::AddMethods(isolate, tmpl);
  SetProtoMethod(isolate, tmpl, "readStart", ReadStart);
  SetProtoMethod(isolate, tmpl, "armConsumer", ArmConsumer);
  SetProtoMethod(isolate, tmpl, "useUserBuffer", UseUserBuffer);
  SetProtoMethod(isolate, tmpl, "readStop", ReadStop);
  SetProtoMethod(isolate, tmpl, "shutdown", Shutdown);
  SetProtoMethod(isolate, tmpl, "writeBuffer", WriteBuffer);
  SetProtoMethod(isolate, tmpl, "writeString", WriteString);
  SetProtoMethod(isolate, tmpl, "writeUtf8String", WriteEncodedString<Encoding::kUtf8>);
  SetProtoMethod(isolate, tmpl, "writeLatin1String", WriteEncodedString<Encoding::kLatin1>);
  SetProtoMethod(isolate, tmpl, "writeAsciiString", WriteEncodedString<Encoding::kAscii>);
  SetProtoMethod(isolate, tmpl, "writeUcs2String", WriteEncodedString<Encoding::kUtf16le>);
  SetProtoMethod(isolate, tmpl, "writev", Writev);
  SetProtoMethod(isolate, tmpl, "tryWrite", TryWrite);
  SetProtoMethod(isolate, tmpl, "setBlocking", SetBlocking);
  SetProtoMethod(isolate, tmpl, "getWriteQueueSize", GetWriteQueueSize);
  v8::Local<v8::FunctionTemplate> fd_getter = v8::FunctionTemplate::New(
      isolate, GetFd, {}, v8::Signature::New(isolate, tmpl), 0, v8::ConstructorBehavior::kThrow);
  tmpl->PrototypeTemplate()->SetAccessorProperty(OneByteString(isolate, "fd"), fd_getter);
  // node's handles have writeQueueSize as a property; here it is read when asked.
  tmpl->PrototypeTemplate()->SetAccessorProperty(
      OneByteString(isolate, "writeQueueSize"),
      v8::FunctionTemplate::New(isolate, GetWriteQueueSize, {}, v8::Signature::New(isolate, tmpl), 0,
                                v8::ConstructorBehavior::kThrow));
  v8::Local<v8::Signature> signature = v8::Signature::New(isolate, tmpl);
  tmpl->PrototypeTemplate()->SetAccessorProperty(
      OneByteString(isolate, "onread"),
      v8::FunctionTemplate::New(isolate, GetOnRead, {}, signature, 0, v8::ConstructorBehavior::kThrow),
      v8::FunctionTemplate::New(isolate, SetOnRead, {}, signature, 1, v8::ConstructorBehavior::kThrow));
}

// The binding -------------------------------------------------------------------------------------

namespace {

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  StreamWrapData* data = StreamWrapData::Get(env);
  SetConstant(context, target, "streamBaseState", data->StateArray());
  SetConstant(context, target, "kReadBytesOrError", StreamWrapData::kReadBytesOrError);
  SetConstant(context, target, "kArrayBufferOffset", StreamWrapData::kArrayBufferOffset);
  SetConstant(context, target, "kBytesWritten", StreamWrapData::kBytesWritten);
  SetConstant(context, target, "kLastWriteWasAsync", StreamWrapData::kLastWriteWasAsync);
  SetConstant(context, target, "kConsumedBytes", StreamWrapData::kConsumedBytes);
  SetConstant(context, target, "LibuvStreamWrap", data->stream_template()->GetFunction(context).ToLocalChecked());
  SetConstant(context, target, "WriteWrap", data->RequestConstructor(StreamWrapData::kWriteRequest));
  SetConstant(context, target, "ShutdownWrap", data->RequestConstructor(StreamWrapData::kShutdownRequest));
}

}  // namespace
}  // namespace lode

LODE_BINDING(stream_wrap, lode::Initialize)
