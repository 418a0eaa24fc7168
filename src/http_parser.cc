// The 'http_parser' binding: llhttp behind a JS-visible HTTPParser (a weak BaseObject owned
// by the GC). JS gets each message's head as arrays (headers flat: name, value, …) at the end
// of the head, body chunks as offsets into the buffer it passed to execute() (no copies), and
// errors as objects with llhttp's code and reason — a malformed message never throws or
// crashes, it is reported for the JS side to answer (400, 431) and close.
//
//   const parser = new HTTPParser();
//   parser.initialize(HTTPParser.REQUEST, { maxHeaderSize, maxHeadersCount, lenient });
//   parser[HTTPParser.kOnHeadersComplete] = (major, minor, headers, method, url, status,
//                                            statusMessage, upgrade, keepAlive, complete) => skipBody;
//   (complete: a request that ended with its head in the same execute() call, which gets no
//   kOnMessageComplete call of its own: one call into JS per body-less request, not two)
//   parser[HTTPParser.kOnBody] = (offset, length) => ...;
//   parser[HTTPParser.kOnMessageComplete] = () => ...;
//   const result = parser.execute(buffer);  // bytes parsed, or an error object
#include <llhttp.h>
#include <uv.h>

#include <cstring>
#include <optional>

#include <string>
#include <vector>

#include "base_object.h"
#include "binding.h"
#include "env.h"
#include "errors.h"
#include "stream_wrap.h"
#include "utils.h"

namespace lode {
namespace {

enum Callback : uint32_t {
  kOnMessageBegin = 0, kOnHeadersComplete, kOnBody, kOnMessageComplete, kOnExecute, kCallbackCount
};

constexpr uint32_t kDefaultMaxHeaderSize = 16 * 1024;
// Chunk extensions are parsed and dropped; a peer may not make us read more than this of them
// per chunk (node's limit: an endless extension would otherwise hold the connection).
constexpr size_t kMaxChunkExtensionsSize = 16 * 1024;

class HTTPParserWrap : public BaseObject, public StreamConsumer {
 public:
  ~HTTPParserWrap() override {
    if (stream_ != nullptr) stream_->SetConsumer(nullptr);
  }

  HTTPParserWrap(Environment* env, v8::Local<v8::Object> object) : BaseObject(env, object) {
    MakeWeak();
    llhttp_settings_init(&settings_);
    settings_.on_message_begin = OnMessageBegin;
    settings_.on_url = OnUrl;
    settings_.on_status = OnStatus;
    settings_.on_header_field = OnHeaderField;
    settings_.on_header_value = OnHeaderValue;
    settings_.on_headers_complete = OnHeadersComplete;
    settings_.on_body = OnBody;
    settings_.on_message_complete = OnMessageComplete;
    settings_.on_chunk_header = OnChunkHeader;
    settings_.on_chunk_extension_name = OnChunkExtension;
    settings_.on_chunk_extension_value = OnChunkExtension;
  }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    CHECK(info.IsConstructCall());
    new HTTPParserWrap(Environment::GetCurrent(info), info.This());
  }

  // initialize(type, { maxHeaderSize, maxHeadersCount, lenient })
  static void Initialize(const v8::FunctionCallbackInfo<v8::Value>& info) {
    HTTPParserWrap* self = Unwrap(info);
    if (self == nullptr) return;
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    CHECK(info[0]->IsInt32());
    int type = info[0].As<v8::Int32>()->Value();
    CHECK(type == HTTP_REQUEST || type == HTTP_RESPONSE);
    self->max_header_size_ = kDefaultMaxHeaderSize;
    self->max_headers_count_ = 2000;
    bool lenient = false;
    if (info[1]->IsObject()) {
      v8::Local<v8::Object> options = info[1].As<v8::Object>();
      v8::Local<v8::Value> value;
      if (options->Get(context, OneByteString(isolate, "maxHeaderSize")).ToLocal(&value) && value->IsUint32()) {
        self->max_header_size_ = value.As<v8::Uint32>()->Value();
      }
      if (options->Get(context, OneByteString(isolate, "maxHeadersCount")).ToLocal(&value) && value->IsUint32()) {
        self->max_headers_count_ = value.As<v8::Uint32>()->Value();
      }
      if (options->Get(context, OneByteString(isolate, "lenient")).ToLocal(&value)) lenient = value->IsTrue();
    }
    llhttp_init(&self->parser_, static_cast<llhttp_type_t>(type), &self->settings_);
    self->parser_.data = self;
    self->lenient_ = lenient;
    if (lenient) {
      llhttp_set_lenient_headers(&self->parser_, 1);
      llhttp_set_lenient_chunked_length(&self->parser_, 1);
      llhttp_set_lenient_keep_alive(&self->parser_, 1);
    }
    // A new connection waits for its first head: the server's timeouts run from now.
    self->StartMessage();
    self->initialized_ = true;
  }

  // expired(headersTimeoutMs, requestTimeoutMs) -> true when the message being received (or
  // awaited, on a fresh connection) has taken longer than a timeout allows: its head longer
  // than the first, the whole message longer than the second (0 disables either). Idle
  // keep-alive connections between messages never expire here.
  static void Expired(const v8::FunctionCallbackInfo<v8::Value>& info) {
    HTTPParserWrap* self = Unwrap(info);
    if (self == nullptr) return;
    CHECK(info[0]->IsNumber());
    CHECK(info[1]->IsNumber());
    bool expired = false;
    if (self->initialized_ && self->active_) {
      double elapsed_ms = static_cast<double>(uv_hrtime() - self->message_start_) / 1e6;
      double headers_timeout = info[0].As<v8::Number>()->Value();
      double request_timeout = info[1].As<v8::Number>()->Value();
      expired = (headers_timeout > 0 && !self->head_complete_ && elapsed_ms > headers_timeout) ||
                (request_timeout > 0 && elapsed_ms > request_timeout);
    }
    info.GetReturnValue().Set(expired);
  }

  // execute(view) -> bytes parsed, or an error object.
  static void Execute(const v8::FunctionCallbackInfo<v8::Value>& info) {
    HTTPParserWrap* self = Unwrap(info);
    if (self == nullptr) return;
    CHECK(self->initialized_);
    CHECK(info[0]->IsArrayBufferView());
    v8::Local<v8::ArrayBufferView> view = info[0].As<v8::ArrayBufferView>();
    size_t length = view->ByteLength();
    const char* data = static_cast<const char*>(view->Buffer()->Data()) + view->ByteOffset();
    if (self->executing_) {
      // Re-entered from a callback: refuse rather than corrupt llhttp's state.
      info.GetReturnValue().Set(self->MakeError("HPE_REENTRANT", "Parser re-entered from a callback", 0));
      return;
    }
    llhttp_errno_t err = self->Run(data, length, false, nullptr);
    info.GetReturnValue().Set(self->Result(err, data, length));
  }

  // consume(handle) -> whether the parser now takes the stream handle's reads in C++ (while
  // the handle has it armed, see LibuvStreamWrap::SetConsumer): each read is parsed without a
  // trip through JS, and JS hears of it through the callbacks. A read that ends with a whole
  // request (the usual case) ends with the kOnHeadersComplete call, whose `readEnd` says so;
  // any other ends with kOnExecute(result, arrayBuffer, offset, length) (the read's bytes come
  // only when the result is not all of them: an error, or an upgrade's first bytes).
  // state[kConsumedBytes] holds the bytes read that JS has not counted yet.
  static void Consume(const v8::FunctionCallbackInfo<v8::Value>& info) {
    HTTPParserWrap* self = Unwrap(info);
    if (self == nullptr) return;
    LibuvStreamWrap* stream = LibuvStreamWrap::FromObject(self->env(), info[0]);
    if (stream == nullptr || stream->consumer() != nullptr || self->stream_ != nullptr || !self->initialized_) {
      info.GetReturnValue().Set(false);
      return;
    }
    stream->SetConsumer(self);
    self->stream_ = stream;
    info.GetReturnValue().Set(true);
  }

  static void Unconsume(const v8::FunctionCallbackInfo<v8::Value>& info) {
    HTTPParserWrap* self = Unwrap(info);
    if (self == nullptr || self->stream_ == nullptr) return;
    self->stream_->SetConsumer(nullptr);
    self->stream_ = nullptr;
  }

  bool OnConsumedRead(LibuvStreamWrap* stream, ConsumedRead* read) override {
    Environment* env = this->env();
    if (executing_ || !initialized_ || !env->can_call_into_js()) return false;
    v8::Isolate* isolate = env->isolate();
    v8::Context::Scope context_scope(env->context());
    // Held for the whole read: JS may drop its last reference to the parser in a callback, and
    // a GC then must not free it under llhttp.
    v8::Local<v8::Object> keep_alive = object();
    (void)keep_alive;
    stream->stream_data()->state()[StreamWrapData::kConsumedBytes] += static_cast<double>(read->length());
    AsyncFrameScope frame(env, stream->object());
    CallbackScope callback_scope(env);
    v8::TryCatch try_catch(isolate);
    bool read_end = false;
    consumed_read_ = read;
    llhttp_errno_t err = Run(read->data(), read->length(), true, &read_end);
    consumed_read_ = nullptr;
    if (!callback_error_ && !read_end) {
      v8::Local<v8::Value> argv[4] = {Result(err, read->data(), read->length())};
      int argc = 1;
      if (!argv[0]->IsNumber() || argv[0].As<v8::Number>()->Value() != static_cast<double>(read->length())) {
        size_t offset;
        argv[1] = read->Bytes(&offset);
        argv[2] = v8::Number::New(isolate, static_cast<double>(offset));
        argv[3] = v8::Number::New(isolate, static_cast<double>(read->length()));
        argc = 4;
      }
      CallJS(kOnExecute, argc, argv);
    }
    callback_error_ = false;
    if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
      TriggerUncaughtException(env, try_catch.Exception(), try_catch.Message());
    }
    return true;
  }

  void OnStreamGone() override { stream_ = nullptr; }

  // finish(): the peer closed; a message that needed EOF completes, a partial one is an error.
  static void Finish(const v8::FunctionCallbackInfo<v8::Value>& info) {
    HTTPParserWrap* self = Unwrap(info);
    if (self == nullptr || !self->initialized_ || self->executing_) return;
    self->executing_ = true;
    llhttp_errno_t err = llhttp_finish(&self->parser_);
    self->executing_ = false;
    if (err != HPE_OK) info.GetReturnValue().Set(self->Result(err, nullptr, 0));
  }

  static void Pause(const v8::FunctionCallbackInfo<v8::Value>& info) {
    if (HTTPParserWrap* self = Unwrap(info); self && self->initialized_) llhttp_pause(&self->parser_);
  }

  static void Resume(const v8::FunctionCallbackInfo<v8::Value>& info) {
    if (HTTPParserWrap* self = Unwrap(info); self && self->initialized_) llhttp_resume(&self->parser_);
  }

 private:
  // Parses `data`. A request head held to its message's end in this input goes to JS at that
  // end (so a body-less request costs one call into JS), or when the next message begins, or
  // when the input is used up. `read` (a consumed read) may say the last call into JS ended the
  // read: then no kOnExecute need follow.
  llhttp_errno_t Run(const char* data, size_t length, bool consumed, bool* read_end) {
    executing_ = true;
    current_data_ = data;
    callback_error_ = false;
    may_hold_head_ = true;
    consumed_ = consumed;
    llhttp_errno_t err = llhttp_execute(&parser_, data, length);
    may_hold_head_ = false;
    if (head_held_) {
      bool ends_read = consumed && held_complete_ && err == HPE_OK;
      if (!PassHeldHead(held_complete_, ends_read)) {
        if (err == HPE_OK) err = HPE_USER;
      } else if (ends_read) {
        *read_end = true;
      }
    }
    consumed_ = false;
    executing_ = false;
    current_data_ = nullptr;
    previous_end_ = data + length;
    if (length > 0) previous_last_byte_ = data[length - 1];
    return err;
  }

  static HTTPParserWrap* Unwrap(const v8::FunctionCallbackInfo<v8::Value>& info) {
    return BaseObject::FromJSObject<HTTPParserWrap>(info.This());
  }

  static HTTPParserWrap* From(llhttp_t* parser) { return static_cast<HTTPParserWrap*>(parser->data); }

  // A message begins (or, on a fresh connection, is awaited): the timeouts run from now.
  void StartMessage() {
    ResetMessage();
    message_start_ = uv_hrtime();
    active_ = true;
  }

  void ResetMessage() {
    url_.clear();
    status_message_.clear();
    headers_.clear();
    trailers_.clear();
    head_complete_ = false;
    header_bytes_ = 0;
    last_was_value_ = false;
  }

  // Counts head bytes (URL or status, field names and values) against maxHeaderSize; as node,
  // reaching the limit is already an overflow. false means "stop: header overflow".
  bool CountHeadBytes(size_t length) {
    header_bytes_ += length;
    if (header_bytes_ >= max_header_size_) {
      overflow_ = true;
      return false;
    }
    return true;
  }

  v8::Local<v8::Value> MakeError(const char* code, const char* reason, size_t bytes_parsed) {
    v8::Isolate* isolate = env()->isolate();
    v8::Local<v8::Context> context = env()->context();
    v8::Local<v8::Object> error = v8::Exception::Error(OneByteString(isolate, reason)).As<v8::Object>();
    error->Set(context, OneByteString(isolate, "code"), OneByteString(isolate, code)).Check();
    error->Set(context, OneByteString(isolate, "reason"), OneByteString(isolate, reason)).Check();
    error->Set(context, OneByteString(isolate, "bytesParsed"), v8::Number::New(isolate, static_cast<double>(bytes_parsed))).Check();
    return error;
  }

  v8::Local<v8::Value> Result(llhttp_errno_t err, const char* data, size_t length) {
    v8::Isolate* isolate = env()->isolate();
    if (callback_error_) {
      callback_error_ = false;
      return v8::Undefined(isolate);  // a JS callback threw: the exception is pending
    }
    if (err == HPE_OK) return v8::Number::New(isolate, static_cast<double>(length));
    size_t parsed = length;
    if (data != nullptr && parser_.error_pos != nullptr && parser_.error_pos >= data &&
        parser_.error_pos <= data + length) {
      parsed = static_cast<size_t>(parser_.error_pos - data);
    }
    if (err == HPE_PAUSED_UPGRADE) {
      // An upgrade (or CONNECT): the rest of the bytes belong to the new protocol.
      llhttp_resume_after_upgrade(&parser_);
      return v8::Number::New(isolate, static_cast<double>(parsed));
    }
    if (err == HPE_PAUSED) return v8::Number::New(isolate, static_cast<double>(parsed));
    if (overflow_) {
      overflow_ = false;
      return MakeError("HPE_HEADER_OVERFLOW", "Header overflow", parsed);
    }
    if (chunk_extensions_overflow_) {
      chunk_extensions_overflow_ = false;
      return MakeError("HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow", parsed);
    }
    if (bare_cr_) {
      bare_cr_ = false;
      return MakeError("HPE_LF_EXPECTED", "Missing expected LF after header value", parsed);
    }
    if (folded_) {
      folded_ = false;
      return MakeError("HPE_INVALID_HEADER_TOKEN", "Invalid header value char", parsed);
    }
    if (bad_name_) {
      bad_name_ = false;
      return MakeError("HPE_INVALID_HEADER_TOKEN", "Invalid header token", parsed);
    }
    const char* reason = llhttp_get_error_reason(&parser_);
    return MakeError(std::string("HPE_").append(llhttp_errno_name(err) + 4).c_str(),
                     reason != nullptr ? reason : "Parse Error", parsed);
  }

  // Calls parser[index](...) if it is a function; false if JS threw.
  bool CallJS(uint32_t index, int argc, v8::Local<v8::Value>* argv, v8::Local<v8::Value>* result = nullptr) {
    v8::Local<v8::Object> self = object();
    v8::Local<v8::Value> fn = self->GetInternalField(kFirstCallbackField + index);
    if (!fn->IsFunction()) return true;
    v8::Local<v8::Value> value;
    if (!fn.As<v8::Function>()->Call(env()->context(), self, argc, argv).ToLocal(&value)) {
      callback_error_ = true;
      return false;
    }
    if (result != nullptr) *result = value;
    return true;
  }

 public:
  // parser[kOnHeadersComplete] and the other callback indexes live in internal fields, which
  // the GC traces as part of the parser: C++ reads them without a property lookup (two per
  // request otherwise). Every other index is an ordinary element.
  static constexpr int kFirstCallbackField = BaseObject::kInternalFieldCount;
  static constexpr int kInternalFieldCount = kFirstCallbackField + kCallbackCount;

  static void CallbackGetter(uint32_t index, const v8::PropertyCallbackInfo<v8::Value>& info) {
    if (index >= kCallbackCount) return;
    v8::Local<v8::Value> value = info.Holder()->GetInternalField(kFirstCallbackField + index);
    if (!value->IsUndefined()) info.GetReturnValue().Set(value);
  }

  static void CallbackSetter(uint32_t index, v8::Local<v8::Value> value, const v8::PropertyCallbackInfo<v8::Value>& info) {
    if (index >= kCallbackCount) return;
    info.Holder()->SetInternalField(kFirstCallbackField + index, value);
    info.GetReturnValue().Set(value);
  }

  static void CallbackQuery(uint32_t index, const v8::PropertyCallbackInfo<v8::Integer>& info) {
    if (index >= kCallbackCount || info.Holder()->GetInternalField(kFirstCallbackField + index)->IsUndefined()) return;
    info.GetReturnValue().Set(v8::PropertyAttribute::None);
  }

  static void CallbackDeleter(uint32_t index, const v8::PropertyCallbackInfo<v8::Boolean>& info) {
    if (index >= kCallbackCount) return;
    info.Holder()->SetInternalField(kFirstCallbackField + index, v8::Undefined(info.GetIsolate()));
    info.GetReturnValue().Set(true);
  }

  static void CallbackEnumerator(const v8::PropertyCallbackInfo<v8::Array>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    v8::Local<v8::Array> indexes = v8::Array::New(isolate);
    uint32_t count = 0;
    for (uint32_t index = 0; index < kCallbackCount; index++) {
      if (info.Holder()->GetInternalField(kFirstCallbackField + index)->IsUndefined()) continue;
      if (indexes->Set(context, count++, v8::Integer::NewFromUnsigned(isolate, index)).IsNothing()) return;
    }
    info.GetReturnValue().Set(indexes);
  }

 private:

  static int OnChunkExtension(llhttp_t* parser, const char* at, size_t length) {
    HTTPParserWrap* self = From(parser);
    self->chunk_extensions_bytes_ += length;
    if (self->chunk_extensions_bytes_ > kMaxChunkExtensionsSize) {
      self->chunk_extensions_overflow_ = true;
      return HPE_USER;
    }
    return HPE_OK;
  }

  // The size line of a chunk is over: the next chunk counts its extensions afresh.
  static int OnChunkHeader(llhttp_t* parser) {
    From(parser)->chunk_extensions_bytes_ = 0;
    return HPE_OK;
  }

  static int OnMessageBegin(llhttp_t* parser) {
    HTTPParserWrap* self = From(parser);
    if (self->head_held_ && !self->PassHeldHead(self->held_complete_)) return HPE_USER;
    self->StartMessage();
    v8::HandleScope scope(self->env()->isolate());
    return self->CallJS(kOnMessageBegin, 0, nullptr) ? HPE_OK : HPE_USER;
  }

  static int OnUrl(llhttp_t* parser, const char* at, size_t length) {
    HTTPParserWrap* self = From(parser);
    if (!self->CountHeadBytes(length)) return HPE_USER;
    self->url_.append(at, length);
    return HPE_OK;
  }

  static int OnStatus(llhttp_t* parser, const char* at, size_t length) {
    HTTPParserWrap* self = From(parser);
    if (!self->CountHeadBytes(length)) return HPE_USER;
    self->status_message_.append(at, length);
    return HPE_OK;
  }

  static bool IsTokenChar(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c != 0 && strchr("!#$%&'*+-.^_`|~", c) != nullptr);
  }

  // Header lines of the head go to headers_, those after a chunked body to trailers_.
  std::vector<std::pair<std::string, std::string>>& Lines() { return head_complete_ ? trailers_ : headers_; }

  static int OnHeaderField(llhttp_t* parser, const char* at, size_t length) {
    HTTPParserWrap* self = From(parser);
    if (!self->CountHeadBytes(length)) return HPE_USER;
    // This llhttp lets a space into a header name; node answers such a request with 400.
    for (size_t i = 0; i < length; i++) {
      if (!IsTokenChar(static_cast<unsigned char>(at[i])) && !self->lenient_) {
        self->bad_name_ = true;
        return HPE_USER;
      }
    }
    auto& lines = self->Lines();
    if (lines.empty() || self->last_was_value_) {
      // A header line starts after a line feed; after a bare CR this llhttp would read on.
      char before = at > self->current_data_ ? at[-1] : self->previous_last_byte_;
      if (before != '\n' && !self->lenient_) {
        self->bare_cr_ = true;
        return HPE_USER;
      }
      lines.emplace_back();
      self->last_was_value_ = false;
    }
    lines.back().first.append(at, length);
    return HPE_OK;
  }

  static int OnHeaderValue(llhttp_t* parser, const char* at, size_t length) {
    HTTPParserWrap* self = From(parser);
    if (!self->CountHeadBytes(length)) return HPE_USER;
    // A value that goes on after a line break is obs-fold, which this llhttp accepts and node
    // refuses (request smuggling). A value merely split across two execute() calls is fine.
    if (self->last_was_value_ && !self->lenient_) {
      bool contiguous = at == self->value_end_ ||
                        (at == self->current_data_ && self->value_end_ == self->previous_end_);
      if (!contiguous) {
        self->folded_ = true;
        return HPE_USER;
      }
    }
    // This llhttp keeps a bare CR inside a value; node's refuses it (a peer could hide a second
    // header, or a second request, behind it).
    if (!self->lenient_ && memchr(at, '\r', length) != nullptr) {
      self->bare_cr_ = true;
      return HPE_USER;
    }
    self->value_end_ = at + length;
    auto& lines = self->Lines();
    if (lines.empty()) lines.emplace_back();
    lines.back().second.append(at, length);
    self->last_was_value_ = true;
    return HPE_OK;
  }

  static int OnHeadersComplete(llhttp_t* parser) {
    HTTPParserWrap* self = From(parser);
    Environment* env = self->env();
    v8::Isolate* isolate = env->isolate();
    bool is_request = parser->type == HTTP_REQUEST;
    // A request's head (not an upgrade, whose answer decides how to go on) may be held until
    // the message ends in this same execute(): then a request without a body costs one call
    // into JS, not two. Its values must outlive this callback, so they live in execute()'s
    // handle scope rather than one of our own.
    bool hold = is_request && self->may_hold_head_ && parser->upgrade == 0 && parser->method != HTTP_CONNECT;
    std::optional<v8::HandleScope> scope;
    if (!hold) scope.emplace(isolate);
    size_t count = self->headers_.size();
    if (count > self->max_headers_count_) count = self->max_headers_count_;
    std::vector<v8::Local<v8::Value>> lines(count * 2);
    for (size_t i = 0; i < count; i++) {
      // Header values keep their bytes: latin1, as node hands them to JS.
      const auto& [name, value] = self->headers_[i];
      lines[i * 2] = Latin1(isolate, name.data(), name.size());
      lines[i * 2 + 1] = Latin1(isolate, value.data(), TrimmedLength(value));
    }
    v8::Local<v8::Value>* argv = self->head_args_;
    argv[0] = v8::Integer::New(isolate, parser->http_major);
    argv[1] = v8::Integer::New(isolate, parser->http_minor);
    argv[2] = v8::Array::New(isolate, lines.data(), lines.size());
    argv[3] = is_request ? v8::Local<v8::Value>(MethodName(isolate, parser->method)) : v8::Undefined(isolate).As<v8::Value>();
    argv[4] = is_request ? v8::Local<v8::Value>(Latin1(isolate, self->url_.data(), self->url_.size())) : v8::Undefined(isolate).As<v8::Value>();
    argv[5] = is_request ? v8::Undefined(isolate).As<v8::Value>() : v8::Integer::New(isolate, parser->status_code).As<v8::Value>();
    argv[6] = is_request ? v8::Undefined(isolate).As<v8::Value>()
                         : Latin1(isolate, self->status_message_.data(), self->status_message_.size()).As<v8::Value>();
    argv[7] = v8::Boolean::New(isolate, parser->upgrade != 0);
    argv[8] = v8::Boolean::New(isolate, llhttp_should_keep_alive(parser) != 0);
    argv[9] = v8::False(isolate);
    argv[10] = v8::False(isolate);
    self->head_complete_ = true;
    self->last_was_value_ = false;
    if (hold) {
      self->head_held_ = true;
      return 0;
    }
    v8::Local<v8::Value> result;
    if (!self->CallJS(kOnHeadersComplete, kHeadArgs, argv, &result)) return -1;
    // 1: no body follows (a response to HEAD); 2: no body and no further messages (upgrade).
    if (!result.IsEmpty() && result->IsInt32()) return result.As<v8::Int32>()->Value();
    return 0;
  }

  // Hands the held head to JS; `complete` says the message ended with it (JS then does what
  // kOnMessageComplete would), `read_end` that the consumed read ends with it. False if JS
  // threw.
  bool PassHeldHead(bool complete, bool read_end = false) {
    head_held_ = false;
    held_complete_ = false;
    head_args_[9] = v8::Boolean::New(env()->isolate(), complete);
    head_args_[10] = v8::Boolean::New(env()->isolate(), read_end);
    return CallJS(kOnHeadersComplete, kHeadArgs, head_args_);
  }

  static int OnBody(llhttp_t* parser, const char* at, size_t length) {
    HTTPParserWrap* self = From(parser);
    if (self->head_held_ && !self->PassHeldHead(false)) return HPE_USER;
    v8::Isolate* isolate = self->env()->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Value> argv[4] = {
        v8::Number::New(isolate, static_cast<double>(at - self->current_data_)),
        v8::Number::New(isolate, static_cast<double>(length)),
    };
    int argc = 2;
    if (self->consumed_) {
      // A consumed read: JS has no buffer of its own, so the body comes as (arrayBuffer, offset
      // of the read's first byte in it).
      size_t offset;
      argv[2] = self->consumed_read_->Bytes(&offset);
      argv[3] = v8::Number::New(isolate, static_cast<double>(offset));
      argc = 4;
    }
    return self->CallJS(kOnBody, argc, argv) ? HPE_OK : HPE_USER;
  }

  // kOnMessageComplete(trailers?): the raw trailer lines (name, value, …) when there were any.
  static int OnMessageComplete(llhttp_t* parser) {
    HTTPParserWrap* self = From(parser);
    self->active_ = false;
    if (self->head_held_) {
      if (self->trailers_.empty()) {
        self->held_complete_ = true;  // goes to JS when the next message begins or the input ends
        return HPE_OK;
      }
      if (!self->PassHeldHead(false)) return HPE_USER;
    }
    v8::Isolate* isolate = self->env()->isolate();
    v8::HandleScope scope(isolate);
    if (self->trailers_.empty()) return self->CallJS(kOnMessageComplete, 0, nullptr) ? HPE_OK : HPE_USER;
    v8::Local<v8::Context> context = self->env()->context();
    v8::Local<v8::Array> trailers = v8::Array::New(isolate, static_cast<int>(self->trailers_.size() * 2));
    for (size_t i = 0; i < self->trailers_.size(); i++) {
      const auto& [name, value] = self->trailers_[i];
      trailers->Set(context, static_cast<uint32_t>(i * 2), Latin1(isolate, name)).Check();
      trailers->Set(context, static_cast<uint32_t>(i * 2 + 1), Latin1(isolate, value.data(), TrimmedLength(value))).Check();
    }
    v8::Local<v8::Value> argv[] = {trailers};
    return self->CallJS(kOnMessageComplete, 1, argv) ? HPE_OK : HPE_USER;
  }

  static v8::Local<v8::String> Latin1(v8::Isolate* isolate, const char* data, size_t length) {
    return v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(data),
                                      v8::NewStringType::kNormal, static_cast<int>(length))
        .ToLocalChecked();
  }

  static v8::Local<v8::String> Latin1(v8::Isolate* isolate, const std::string& text) {
    return Latin1(isolate, text.data(), text.size());
  }

  // A header value's length without its trailing spaces and tabs.
  static size_t TrimmedLength(const std::string& value) {
    size_t end = value.size();
    while (end > 0 && (value[end - 1] == ' ' || value[end - 1] == '\t')) end--;
    return end;
  }

  // The method's name, made once per thread (each thread runs one isolate).
  static v8::Local<v8::String> MethodName(v8::Isolate* isolate, uint8_t method) {
    thread_local v8::Isolate* names_isolate = nullptr;
    thread_local v8::Eternal<v8::String> names[256];
    if (names_isolate != isolate) {
      for (auto& name : names) name = v8::Eternal<v8::String>();
      names_isolate = isolate;
    }
    if (names[method].IsEmpty()) {
      names[method].Set(isolate, OneByteString(isolate, llhttp_method_name(static_cast<llhttp_method_t>(method))));
    }
    return names[method].Get(isolate);
  }

  static constexpr int kHeadArgs = 11;
  v8::Local<v8::Value> head_args_[kHeadArgs];
  bool head_held_ = false;      // head_args_ wait for the message's end (see OnHeadersComplete)
  bool held_complete_ = false;  // ... which has come: they go to JS with `complete`
  LibuvStreamWrap* stream_ = nullptr;  // the stream whose reads this parser consumes
  ConsumedRead* consumed_read_ = nullptr;  // the read being parsed, in a consumed read
  bool consumed_ = false;
  bool may_hold_head_ = false;  // inside execute(), whose handle scope keeps head_args_ alive
  llhttp_t parser_;
  llhttp_settings_t settings_;
  std::string url_;
  std::string status_message_;
  std::vector<std::pair<std::string, std::string>> headers_;
  std::vector<std::pair<std::string, std::string>> trailers_;
  bool head_complete_ = false;
  bool bad_name_ = false;
  const char* current_data_ = nullptr;
  const char* previous_end_ = nullptr;  // compared, never read: where the last input ended
  const char* value_end_ = nullptr;     // where the last header value span ended
  size_t header_bytes_ = 0;
  uint64_t message_start_ = 0;     // uv_hrtime() when the current message began
  bool active_ = false;            // between a message's start and its end
  size_t chunk_extensions_bytes_ = 0;
  uint32_t max_header_size_ = kDefaultMaxHeaderSize;
  uint32_t max_headers_count_ = 2000;
  bool last_was_value_ = false;
  bool initialized_ = false;
  bool executing_ = false;
  bool overflow_ = false;
  bool folded_ = false;
  bool bare_cr_ = false;
  char previous_last_byte_ = 0;  // the last byte of the previous execute() input
  bool chunk_extensions_overflow_ = false;
  bool lenient_ = false;
  bool callback_error_ = false;
};

void InitializeBinding(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, HTTPParserWrap::New);
  tmpl->InstanceTemplate()->SetInternalFieldCount(HTTPParserWrap::kInternalFieldCount);
  tmpl->InstanceTemplate()->SetHandler(v8::IndexedPropertyHandlerConfiguration(
      HTTPParserWrap::CallbackGetter, HTTPParserWrap::CallbackSetter, HTTPParserWrap::CallbackQuery,
      HTTPParserWrap::CallbackDeleter, HTTPParserWrap::CallbackEnumerator));
  tmpl->SetClassName(OneByteString(isolate, "HTTPParser"));
  SetProtoMethod(isolate, tmpl, "initialize", HTTPParserWrap::Initialize);
  SetProtoMethod(isolate, tmpl, "execute", HTTPParserWrap::Execute);
  SetProtoMethod(isolate, tmpl, "finish", HTTPParserWrap::Finish);
  SetProtoMethod(isolate, tmpl, "pause", HTTPParserWrap::Pause);
  SetProtoMethod(isolate, tmpl, "expired", HTTPParserWrap::Expired);
  SetProtoMethod(isolate, tmpl, "resume", HTTPParserWrap::Resume);
  SetProtoMethod(isolate, tmpl, "consume", HTTPParserWrap::Consume);
  SetProtoMethod(isolate, tmpl, "unconsume", HTTPParserWrap::Unconsume);
  v8::Local<v8::Function> ctor = tmpl->GetFunction(context).ToLocalChecked();
  SetConstant(context, ctor, "REQUEST", HTTP_REQUEST);
  SetConstant(context, ctor, "RESPONSE", HTTP_RESPONSE);
  SetConstant(context, ctor, "kOnMessageBegin", kOnMessageBegin);
  SetConstant(context, ctor, "kOnHeadersComplete", kOnHeadersComplete);
  SetConstant(context, ctor, "kOnBody", kOnBody);
  SetConstant(context, ctor, "kOnMessageComplete", kOnMessageComplete);
  SetConstant(context, ctor, "kOnExecute", kOnExecute);
  target->Set(context, OneByteString(isolate, "HTTPParser"), ctor).Check();

  // Every method llhttp knows, for http.METHODS.
  v8::Local<v8::Array> methods = v8::Array::New(isolate);
  uint32_t index = 0;
#define V(num, name, string) methods->Set(context, index++, OneByteString(isolate, #string)).Check();
  HTTP_METHOD_MAP(V)
#undef V
  target->Set(context, OneByteString(isolate, "methods"), methods).Check();
}

}  // namespace
}  // namespace lode

LODE_BINDING(http_parser, lode::InitializeBinding)
