#include "req_wrap.h"

#include "utils.h"

namespace lode {

ReqWrapBase::ReqWrapBase(Environment* env, v8::Local<v8::Object> object)
    : BaseObject(env, object), position_(env->RegisterRequest(this)) {}

ReqWrapBase::~ReqWrapBase() { env()->UnregisterRequest(position_); }

void ReqWrapBase::CallOnComplete(int argc, v8::Local<v8::Value> argv[]) {
  Environment* env = this->env();
  if (!env->can_call_into_js()) return;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Object> object = this->object();
  v8::Local<v8::Value> callback;
  if (!object->Get(env->context(), OneByteString(isolate, "oncomplete")).ToLocal(&callback) ||
      !callback->IsFunction()) {
    return;
  }
  env->MakeCallback(object, callback.As<v8::Function>(), argc, argv);
}

}  // namespace lode
