#include "handle_wrap.h"

#include "env.h"
#include "utils.h"

namespace lode {

HandleWrap::HandleWrap(Environment* env, v8::Local<v8::Object> object, uv_handle_t* handle)
    : BaseObject(env, object), handle_(handle) {
  handle_->data = this;
  handle_position_ = env->RegisterHandle(this);
  if (env->track_resource_creation()) created_at_ = CurrentUserFrame(env->isolate());
}

HandleWrap::~HandleWrap() { env()->UnregisterHandle(handle_position_); }

void HandleWrap::Close() {
  if (state_ != State::kOpen) return;
  state_ = State::kClosing;
  uv_close(handle_, OnCloseDone);
}

void HandleWrap::OnCloseDone(uv_handle_t* handle) {
  HandleWrap* wrap = static_cast<HandleWrap*>(handle->data);
  wrap->state_ = State::kClosed;
  Environment* env = wrap->env();
  if (env->can_call_into_js()) {
    v8::HandleScope scope(env->isolate());
    v8::Local<v8::Object> object = wrap->object();
    v8::Local<v8::Value> callback;
    if (object->Get(env->context(), OneByteString(env->isolate(), "onclose")).ToLocal(&callback) &&
        callback->IsFunction()) {
      env->MakeCallback(object, callback.As<v8::Function>(), 0, nullptr);
    }
  }
  wrap->OnClose();
  delete wrap;
}

static HandleWrap* Unwrap(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return BaseObject::FromJSObject<HandleWrap>(info.This());
}

void HandleWrap::CloseMethod(const v8::FunctionCallbackInfo<v8::Value>& info) {
  HandleWrap* wrap = Unwrap(info);
  if (wrap == nullptr) return;
  if (info[0]->IsFunction()) {
    wrap->object()->Set(info.GetIsolate()->GetCurrentContext(),
                        OneByteString(info.GetIsolate(), "onclose"), info[0]).Check();
  }
  wrap->Close();
}

void HandleWrap::Ref(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (HandleWrap* wrap = Unwrap(info); wrap && !wrap->IsClosing()) uv_ref(wrap->handle_);
}

void HandleWrap::Unref(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (HandleWrap* wrap = Unwrap(info); wrap && !wrap->IsClosing()) uv_unref(wrap->handle_);
}

void HandleWrap::HasRef(const v8::FunctionCallbackInfo<v8::Value>& info) {
  HandleWrap* wrap = Unwrap(info);
  info.GetReturnValue().Set(wrap != nullptr && !wrap->IsClosing() && uv_has_ref(wrap->handle_));
}

void HandleWrap::AddMethods(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl) {
  SetProtoMethod(isolate, tmpl, "close", CloseMethod);
  SetProtoMethod(isolate, tmpl, "ref", Ref);
  SetProtoMethod(isolate, tmpl, "unref", Unref);
  SetProtoMethod(isolate, tmpl, "hasRef", HasRef);
}

}  // namespace lode
