// The 'util' binding: what util.inspect needs to see that JS alone cannot (promise state,
// proxy internals, collection entries, own non-index keys, constructor names).
#include "binding.h"
#include "env.h"
#include "utils.h"

namespace lode {
namespace {

enum PropertyFilterMode { kAllProperties = 0, kOnlyEnumerable = 2 };

void GetPromiseDetails(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsPromise()) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Promise> promise = info[0].As<v8::Promise>();
  int state = static_cast<int>(promise->State());
  v8::Local<v8::Value> values[2] = {v8::Integer::New(isolate, state)};
  int count = 1;
  if (promise->State() != v8::Promise::kPending) values[count++] = promise->Result();
  info.GetReturnValue().Set(v8::Array::New(isolate, values, count));
}

void GetProxyDetails(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsProxy()) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Proxy> proxy = info[0].As<v8::Proxy>();
  if (info.Length() > 1 && info[1]->IsFalse()) {
    info.GetReturnValue().Set(proxy->GetTarget());
    return;
  }
  v8::Local<v8::Value> values[2] = {proxy->GetTarget(), proxy->GetHandler()};
  info.GetReturnValue().Set(v8::Array::New(isolate, values, 2));
}

void PreviewEntries(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsObject()) return;
  v8::Isolate* isolate = info.GetIsolate();
  bool is_key_value = false;
  v8::Local<v8::Array> entries;
  if (!info[0].As<v8::Object>()->PreviewEntries(&is_key_value).ToLocal(&entries)) return;
  if (info.Length() < 2 || !info[1]->IsTrue()) {
    info.GetReturnValue().Set(entries);
    return;
  }
  v8::Local<v8::Value> values[2] = {entries, v8::Boolean::New(isolate, is_key_value)};
  info.GetReturnValue().Set(v8::Array::New(isolate, values, 2));
}

void GetOwnNonIndexProperties(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsObject()) return;
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  int mode = info[1]->Int32Value(context).FromMaybe(kAllProperties);
  v8::PropertyFilter filter = mode == kOnlyEnumerable ? v8::ONLY_ENUMERABLE : v8::ALL_PROPERTIES;
  v8::Local<v8::Array> keys;
  if (info[0].As<v8::Object>()->GetPropertyNames(
          context, v8::KeyCollectionMode::kOwnOnly, filter, v8::IndexFilter::kSkipIndices,
          v8::KeyConversionMode::kConvertToString).ToLocal(&keys)) {
    info.GetReturnValue().Set(keys);
  }
}

void GetConstructorName(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsObject()) return;
  info.GetReturnValue().Set(info[0].As<v8::Object>()->GetConstructorName());
}

void GetExternalValue(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsExternal()) return;
  void* pointer = info[0].As<v8::External>()->Value();
  info.GetReturnValue().Set(
      v8::BigInt::NewFromUnsigned(info.GetIsolate(), reinterpret_cast<uintptr_t>(pointer)));
}

// guessHandleType(fd) -> 'TTY' | 'FILE' | 'PIPE' | 'TCP' | 'UDP' | 'UNKNOWN'
void GuessHandleType(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsInt32());
  const char* type;
  switch (uv_guess_handle(info[0].As<v8::Int32>()->Value())) {
    case UV_TTY: type = "TTY"; break;
    case UV_FILE: type = "FILE"; break;
    case UV_NAMED_PIPE: type = "PIPE"; break;
    case UV_TCP: type = "TCP"; break;
    case UV_UDP: type = "UDP"; break;
    default: type = "UNKNOWN";
  }
  info.GetReturnValue().Set(OneByteString(info.GetIsolate(), type));
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "getPromiseDetails", GetPromiseDetails);
  SetMethod(context, target, "getProxyDetails", GetProxyDetails);
  SetMethod(context, target, "previewEntries", PreviewEntries);
  SetMethod(context, target, "getOwnNonIndexProperties", GetOwnNonIndexProperties);
  SetMethod(context, target, "getConstructorName", GetConstructorName);
  SetMethod(context, target, "getExternalValue", GetExternalValue);
  SetMethod(context, target, "guessHandleType", GuessHandleType);
  v8::Local<v8::Object> constants = v8::Object::New(isolate);
  SetConstant(context, constants, "kPending", v8::Promise::kPending);
  SetConstant(context, constants, "kFulfilled", v8::Promise::kFulfilled);
  SetConstant(context, constants, "kRejected", v8::Promise::kRejected);
  SetConstant(context, constants, "ALL_PROPERTIES", kAllProperties);
  SetConstant(context, constants, "ONLY_ENUMERABLE", kOnlyEnumerable);
  SetConstant(context, target, "constants", constants);
}

}  // namespace
}  // namespace lode

LODE_BINDING(util, lode::Initialize)
