// The 'async_context_frame' binding: the current async context frame (the store map that
// AsyncLocalStorage reads) kept in V8's continuation-preserved embedder data, which V8 saves
// when a promise reaction is queued and restores when it runs. Timers, ticks and native
// callbacks save and restore it themselves (lib/internal/async_context_frame.js).
#include "binding.h"
#include "env.h"
#include "utils.h"

namespace lode {
namespace {

void GetFrame(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(info.GetIsolate()->GetCurrentContext()->GetContinuationPreservedEmbedderData());
}

void SetFrame(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetIsolate()->GetCurrentContext()->SetContinuationPreservedEmbedderData(info[0]);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "getFrame", GetFrame);
  SetMethod(context, target, "setFrame", SetFrame);
}

}  // namespace
}  // namespace lode

LODE_BINDING(async_context_frame, lode::Initialize)
