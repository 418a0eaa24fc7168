// The 'uv' binding: libuv's error names and messages, for building system errors in JS.
#include "binding.h"
#include "env.h"
#include "utils.h"

namespace lode {
namespace {

void ErrName(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsInt32());
  int err = info[0].As<v8::Int32>()->Value();
  char name[64];
  uv_err_name_r(err, name, sizeof(name));
  info.GetReturnValue().Set(OneByteString(info.GetIsolate(), name));
}

// Map(errno -> [name, message]) over every code libuv defines.
void GetErrorMap(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Map> map = v8::Map::New(isolate);
#define V(name, message)                                                                  \
  {                                                                                       \
    v8::Local<v8::Value> pair[] = {OneByteString(isolate, #name), OneByteString(isolate, message)}; \
    map->Set(context, v8::Integer::New(isolate, UV_##name), v8::Array::New(isolate, pair, 2))      \
        .ToLocalChecked();                                                                \
  }
  UV_ERRNO_MAP(V)
#undef V
  info.GetReturnValue().Set(map);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "errname", ErrName);
  SetMethod(context, target, "getErrorMap", GetErrorMap);
#define V(name, _) SetConstant(context, target, "UV_" #name, UV_##name);
  UV_ERRNO_MAP(V)
#undef V
}

}  // namespace
}  // namespace lode

LODE_BINDING(uv, lode::Initialize)
