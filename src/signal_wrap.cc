// The 'signal_wrap' binding: process signals over uv_signal_t (lib/internal/process/signals.js).
//
//   new Signal()
//   start(signum) -> status   onsignal(signum) is then called each time the signal arrives
//   stop() -> status
// libuv restores the signal's default action when the last watcher of it stops.
#include "binding.h"
#include "env.h"
#include "handle_wrap.h"
#include "utils.h"

namespace lode {
namespace {

class SignalWrap : public HandleWrap {
 public:
  SignalWrap(Environment* env, v8::Local<v8::Object> object)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&signal_)) {
    CHECK_EQ(uv_signal_init(env->event_loop(), &signal_), 0);
    signal_.data = this;
  }
  const char* ResourceName() const override { return "SignalWrap"; }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    CHECK(info.IsConstructCall());
    new SignalWrap(Environment::GetCurrent(info), info.This());
  }

  static SignalWrap* Unwrap(const v8::FunctionCallbackInfo<v8::Value>& info) { return UnwrapOpen<SignalWrap>(info); }

  static void Start(const v8::FunctionCallbackInfo<v8::Value>& info) {
    SignalWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    CHECK(info[0]->IsInt32());
    int signum = info[0].As<v8::Int32>()->Value();
    info.GetReturnValue().Set(uv_signal_start(&wrap->signal_, OnSignal, signum));
  }

  static void Stop(const v8::FunctionCallbackInfo<v8::Value>& info) {
    SignalWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    info.GetReturnValue().Set(uv_signal_stop(&wrap->signal_));
  }

 private:
  static void OnSignal(uv_signal_t* handle, int signum) {
    auto* wrap = static_cast<SignalWrap*>(handle->data);
    Environment* env = wrap->env();
    if (!env->can_call_into_js()) return;
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, signum)};
    wrap->CallJSMethod("onsignal", 1, argv);
  }

  uv_signal_t signal_;
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, SignalWrap::New);
  tmpl->SetClassName(OneByteString(isolate, "Signal"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  HandleWrap::AddMethods(isolate, tmpl);
  SetProtoMethod(isolate, tmpl, "start", SignalWrap::Start);
  SetProtoMethod(isolate, tmpl, "stop", SignalWrap::Stop);
  SetConstant(env->context(), target, "Signal", tmpl->GetFunction(env->context()).ToLocalChecked());
}

}  // namespace
}  // namespace lode

LODE_BINDING(signal_wrap, lode::Initialize)
