#include "req_wrap.h"

#include "utils.h"

namespace lode {

ReqWrapBase::ReqWrapBase(Environment* env, v8::Local<v8::Object> object)
    : BaseObject(env, object), position_(env->RegisterRequest(this)) {}

ReqWrapBase::~ReqWrapBase() { env()->UnregisterRequest(position_); }

void ReqWrapBase::CallOnComplete(int argc, v8::Local<v8::Value> argv[]) {
  Environment* env = this->env();
  if (!env->can_call_into_js()) return;
  v8::HandleScope scope(env->isolate());
  CallJSMethod("oncomplete", argc, argv);
}

}  // namespace lode
