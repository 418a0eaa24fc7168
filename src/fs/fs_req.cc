#include "fs/fs_req.h"

#include <cstdint>
#include <cstring>

#include "env.h"
#include "fs/fs_binding.h"
#include "string_bytes.h"
#include "utils.h"

namespace lode::fs {

// Internal field 1 of an FSReqCallback object: whether a promise waits on it, which is all
// that tells "FSReqPromise" from "FSReqCallback" in process.getActiveResourcesInfo().
constexpr int kPromiseSlot = BaseObject::kInternalFieldCount;

namespace {

const char* RequestName(v8::Local<v8::Object> object) {
  return object->GetInternalField(kPromiseSlot).As<v8::Value>()->IsTrue() ? "FSReqPromise"
                                                                          : "FSReqCallback";
}

v8::Local<v8::Object> RequestObject(v8::Local<v8::Value> value) {
  v8::Local<v8::Object> object = value.As<v8::Object>();
  CHECK(object->InternalFieldCount() > kPromiseSlot);
  return object;
}

// The arguments of oncomplete: (errno, result, syscall).
struct CompletionArgs {
  CompletionArgs(v8::Isolate* isolate, int err, v8::Local<v8::Value> result, const char* syscall) {
    v8::Local<v8::Value> undefined = v8::Undefined(isolate);
    argv[0] = v8::Integer::New(isolate, err);
    argv[1] = result.IsEmpty() ? undefined : result;
    argv[2] = err < 0 ? OneByteString(isolate, syscall).As<v8::Value>() : undefined;
  }
  v8::Local<v8::Value> argv[3];
};

// new FSReqCallback(isPromise)
void NewRequest(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info.IsConstructCall());
  info.This()->SetInternalField(kPromiseSlot,
                                v8::Boolean::New(info.GetIsolate(), info[0]->IsTrue()));
}

// An FSJob running on the thread pool on behalf of an FSReqCallback object.
class FSJobWrap final : public ReqWrapBase, public ThreadPoolWork {
 public:
  FSJobWrap(Environment* env, v8::Local<v8::Object> object, std::unique_ptr<FSJob> job)
      : ReqWrapBase(env, object),
        ThreadPoolWork(env),
        job_(std::move(job)),
        name_(RequestName(object)) {}

  const char* ResourceName() const override { return name_; }

 private:
  void DoThreadPoolWork() override { status_ = job_->Work(); }

  void AfterThreadPoolWork(int status) override {
    std::unique_ptr<FSJobWrap> self(this);
    Environment* env = BaseObject::env();
    if (!env->can_call_into_js()) return;
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(env->context());
    int err = status < 0 ? status : status_;
    v8::Local<v8::Value> result;
    if (err == 0) result = job_->Result(isolate);
    CompletionArgs args(isolate, err, result, status < 0 ? "" : job_->syscall());
    CallOnComplete(3, args.argv);
  }

  std::unique_ptr<FSJob> job_;
  const char* name_;
  int status_ = 0;
};

}  // namespace

PathArg::PathArg(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  if (value->IsString()) {
    v8::Local<v8::String> text = value.As<v8::String>();
    // One pass for the common short path; the exact UTF-8 length otherwise.
    size_t capacity = static_cast<size_t>(text->Length()) * 3;
    data_.resize(capacity);
    int written =
        text->WriteUtf8(isolate, data_.data(), static_cast<int>(capacity), nullptr,
                        v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
    data_.resize(static_cast<size_t>(written));
    return;
  }
  CHECK(value->IsArrayBufferView());
  v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
  data_.resize(view->ByteLength());
  view->CopyContents(data_.data(), data_.size());
}

int64_t PositionArg(v8::Local<v8::Value> value) {
  if (value->IsNumber()) {
    // Only a safe integer is a position, as in node; anything else is "current".
    constexpr double kMaxSafeInteger = 9007199254740991.0;
    double position = value.As<v8::Number>()->Value();
    if (!(position >= 0 && position <= kMaxSafeInteger)) return -1;
    if (position != static_cast<double>(static_cast<int64_t>(position))) return -1;
    return static_cast<int64_t>(position);
  }
  if (value->IsBigInt()) {
    int64_t position = value.As<v8::BigInt>()->Int64Value();
    return position >= 0 ? position : -1;
  }
  return -1;
}

int32_t Int32Arg(const v8::FunctionCallbackInfo<v8::Value>& info, int index) {
  // JS has checked the range; -0 passes those checks but is no V8 Int32.
  CHECK(info[index]->IsNumber());
  double value = info[index].As<v8::Number>()->Value();
  CHECK(value >= INT32_MIN && value <= INT32_MAX && value == static_cast<int32_t>(value));
  return static_cast<int32_t>(value);
}

double NumberArg(const v8::FunctionCallbackInfo<v8::Value>& info, int index) {
  CHECK(info[index]->IsNumber());
  return info[index].As<v8::Number>()->Value();
}

int EncodingArg(v8::Local<v8::Value> value) {
  if (!value->IsInt32()) return static_cast<int>(Encoding::kUtf8);
  int encoding = value.As<v8::Int32>()->Value();
  CHECK(encoding >= kBufferEncoding && encoding < kEncodingCount);
  return encoding;
}

v8::Local<v8::Value> EncodeName(v8::Isolate* isolate, const char* name, size_t length,
                                int encoding) {
  if (encoding == kBufferEncoding) {
    v8::Local<v8::ArrayBuffer> bytes = v8::ArrayBuffer::New(isolate, length);
    if (length > 0) memcpy(bytes->Data(), name, length);
    return v8::Uint8Array::New(bytes, 0, length);
  }
  v8::Local<v8::String> text;
  if (!string_bytes::Decode(isolate, reinterpret_cast<const uint8_t*>(name), length,
                            static_cast<Encoding>(encoding))
           .ToLocal(&text)) {
    return v8::String::Empty(isolate);
  }
  return text;
}

void SetErrorContext(Environment* env, v8::Local<v8::Value> ctx, int err, const char* syscall) {
  if (!ctx->IsObject()) return;
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> object = ctx.As<v8::Object>();
  object->Set(context, OneByteString(isolate, "errno"), v8::Integer::New(isolate, err)).Check();
  object->Set(context, OneByteString(isolate, "syscall"), OneByteString(isolate, syscall)).Check();
}

// FSReqData ------------------------------------------------------------------------------------

void FSReqData::Keep(v8::Local<v8::Value> value) {
  if (async_) {
    kept_.emplace_back(isolate_, value);
    return;
  }
  CHECK_LT(local_count_, kLocalSlots);
  locals_[local_count_++] = value;
}

v8::Local<v8::Value> FSReqData::kept(size_t index) const {
  if (!async_) {
    CHECK_LT(index, local_count_);
    return locals_[index];
  }
  CHECK_LT(index, kept_.size());
  return kept_[index].Get(isolate_);
}

uv_buf_t FSReqData::PinBytes(v8::Local<v8::ArrayBufferView> view, size_t offset, size_t length) {
  CHECK(offset <= view->ByteLength() && length <= view->ByteLength() - offset);
  if (length == 0) return uv_buf_init(nullptr, 0);
  if (!async_) {
    // Used before the call returns: the view's memory as it is.
    char* base = static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset() + offset;
    return uv_buf_init(base, static_cast<unsigned int>(length));
  }
  // The backing store outlives a detach or a GC of the view, and its address never moves.
  std::shared_ptr<v8::BackingStore> store = view->Buffer()->GetBackingStore();
  char* base = static_cast<char*>(store->Data()) + view->ByteOffset() + offset;
  pinned_.push_back(std::move(store));
  return uv_buf_init(base, static_cast<unsigned int>(length));
}

// FSReqWrap ------------------------------------------------------------------------------------

FSReqWrap::FSReqWrap(Environment* env, v8::Local<v8::Object> object, const char* syscall,
                     ResultFn result)
    : ReqWrap<uv_fs_t>(env, object),
      data_(env->isolate(), true),
      syscall_(syscall),
      result_(result) {}

FSReqWrap::~FSReqWrap() { uv_fs_req_cleanup(req()); }

const char* FSReqWrap::ResourceName() const { return RequestName(object()); }

void FSReqWrap::AfterAsync(uv_fs_t* req) {
  std::unique_ptr<FSReqWrap> wrap(From<FSReqWrap>(req));
  Environment* env = wrap->env();
  if (!env->can_call_into_js()) return;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(env->context());
  int err = req->result < 0 ? static_cast<int>(req->result) : 0;
  v8::Local<v8::Value> result;
  if (err == 0 && wrap->result_ != nullptr) result = wrap->result_(&wrap->data_, req);
  // Done with libuv's side before JS runs: the callback may start the next request on the
  // same object (a directory's next read shares its entry buffer with this one).
  uv_fs_req_cleanup(req);
  CompletionArgs args(isolate, err, result, wrap->syscall_);
  wrap->CallOnComplete(3, args.argv);
}

// FSCall ---------------------------------------------------------------------------------------

FSCall::FSCall(const v8::FunctionCallbackInfo<v8::Value>& info, int req_index, const char* syscall,
               ResultFn result)
    : info_(info),
      req_index_(req_index),
      syscall_(syscall),
      result_(result),
      sync_data_(info.GetIsolate(), false) {
  memset(&sync_req_, 0, sizeof(sync_req_));  // uv_fs_req_cleanup is safe on it either way
  if (info[req_index]->IsObject()) {
    async_ = new FSReqWrap(Environment::GetCurrent(info), RequestObject(info[req_index]), syscall,
                           result);
  }
}

FSCall::~FSCall() { uv_fs_req_cleanup(&sync_req_); }

uv_loop_t* FSCall::loop() const { return Environment::GetCurrent(info_)->event_loop(); }

void FSCall::Finish(int err) {
  if (async_ != nullptr) {
    // libuv refused the request: nothing is pending; JS reports the errno itself.
    if (err < 0) {
      SetErrorContext(Environment::GetCurrent(info_), info_[req_index_], err, syscall_);
      delete async_;
      info_.GetReturnValue().Set(err);
    }
    return;
  }
  if (err < 0) {
    SetErrorContext(Environment::GetCurrent(info_), info_[req_index_ + 1], err, syscall_);
    return;
  }
  v8::Local<v8::Value> result;
  if (result_ != nullptr) result = result_(&sync_data_, &sync_req_);
  if (!result.IsEmpty()) info_.GetReturnValue().Set(result);
}

// FSJob ----------------------------------------------------------------------------------------

void FSJob::Start(std::unique_ptr<FSJob> job, const v8::FunctionCallbackInfo<v8::Value>& info,
                  int req_index) {
  Environment* env = Environment::GetCurrent(info);
  if (info[req_index]->IsObject()) {
    // Deletes itself once JS has the result.
    (new FSJobWrap(env, RequestObject(info[req_index]), std::move(job)))->ScheduleWork();
    return;
  }
  int err = job->Work();
  if (err < 0) {
    SetErrorContext(env, info[req_index + 1], err, job->syscall());
    return;
  }
  v8::Local<v8::Value> result = job->Result(info.GetIsolate());
  if (!result.IsEmpty()) info.GetReturnValue().Set(result);
}

void InitializeRequests(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, NewRequest);
  tmpl->InstanceTemplate()->SetInternalFieldCount(kPromiseSlot + 1);
  v8::Local<v8::String> name = OneByteString(isolate, "FSReqCallback");
  tmpl->SetClassName(name);
  target->Set(env->context(), name, tmpl->GetFunction(env->context()).ToLocalChecked()).Check();
}

}  // namespace lode::fs
