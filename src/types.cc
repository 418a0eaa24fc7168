// The 'types' binding: V8's own type checks, for util.types and util.inspect.
#include "binding.h"
#include "env.h"
#include "utils.h"

namespace lode {
namespace {

#define LODE_VALUE_TYPES(V) \
  V(External)               \
  V(Date)                   \
  V(ArgumentsObject)        \
  V(BigIntObject)           \
  V(BooleanObject)          \
  V(NumberObject)           \
  V(StringObject)           \
  V(SymbolObject)           \
  V(NativeError)            \
  V(RegExp)                 \
  V(AsyncFunction)          \
  V(GeneratorFunction)      \
  V(GeneratorObject)        \
  V(Promise)                \
  V(Map)                    \
  V(Set)                    \
  V(MapIterator)            \
  V(SetIterator)            \
  V(WeakMap)                \
  V(WeakSet)                \
  V(ArrayBuffer)            \
  V(DataView)               \
  V(SharedArrayBuffer)      \
  V(Proxy)                  \
  V(ModuleNamespaceObject)

#define V(type)                                                          \
  void Is##type(const v8::FunctionCallbackInfo<v8::Value>& info) {       \
    info.GetReturnValue().Set(info[0]->Is##type());                      \
  }
LODE_VALUE_TYPES(V)
#undef V

void IsAnyArrayBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(info[0]->IsArrayBuffer() || info[0]->IsSharedArrayBuffer());
}

void IsBoxedPrimitive(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Value> value = info[0];
  info.GetReturnValue().Set(value->IsNumberObject() || value->IsStringObject() ||
                            value->IsBooleanObject() || value->IsBigIntObject() ||
                            value->IsSymbolObject());
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
#define V(type) SetMethod(context, target, "is" #type, Is##type);
  LODE_VALUE_TYPES(V)
#undef V
  SetMethod(context, target, "isAnyArrayBuffer", IsAnyArrayBuffer);
  SetMethod(context, target, "isBoxedPrimitive", IsBoxedPrimitive);
}

}  // namespace
}  // namespace lode

LODE_BINDING(types, lode::Initialize)
