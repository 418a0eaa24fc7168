// The 'why_alive' binding: what keeps the event loop running, for
// process.getActiveResourcesInfo() and `lode --why-alive` (which also reports on SIGUSR2).
#include <signal.h>

#include "binding.h"
#include "env.h"
#include "handle_wrap.h"
#include "req_wrap.h"
#include "utils.h"

namespace lode {
namespace {

// getActiveHandles(allRefed) -> [{ type, createdAt, handle }] for native handles that keep the
// loop alive; with allRefed, every ref'd handle not yet closed, active or not (what node's
// process.getActiveResourcesInfo() lists).
void GetActiveHandles(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Array> result = v8::Array::New(isolate);
  bool all_refed = info[0]->IsTrue();
  uint32_t index = 0;
  for (HandleWrap* wrap : env->handles()) {
    if (all_refed ? !uv_has_ref(wrap->handle()) : !wrap->KeepsLoopAlive()) continue;
    v8::Local<v8::Object> entry = v8::Object::New(isolate);
    entry->Set(context, OneByteString(isolate, "type"), OneByteString(isolate, wrap->ResourceName())).Check();
    entry->Set(context, OneByteString(isolate, "createdAt"), ToV8String(isolate, wrap->created_at())).Check();
    entry->Set(context, OneByteString(isolate, "handle"), wrap->object()).Check();
    result->Set(context, index++, entry).Check();
  }
  info.GetReturnValue().Set(result);
}

// getActiveRequests() -> the class names of the requests in flight ('WriteWrap', ...).
void GetActiveRequests(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Array> result = v8::Array::New(isolate);
  uint32_t index = 0;
  for (ReqWrapBase* req : env->requests()) {
    result->Set(context, index++, OneByteString(isolate, req->ResourceName())).Check();
  }
  info.GetReturnValue().Set(result);
}

void SetTrackCreation(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment::GetCurrent(info)->set_track_resource_creation(info[0]->IsTrue());
}

// A SIGUSR2 watcher that calls `report` and never keeps the loop alive by itself.
struct SignalReporter {
  Environment* env;
  uv_signal_t signal;
  v8::Global<v8::Function> report;
};

void OnSignal(uv_signal_t* handle, int) {
  auto* reporter = static_cast<SignalReporter*>(handle->data);
  Environment* env = reporter->env;
  v8::HandleScope scope(env->isolate());
  env->MakeCallback(env->process_object(), reporter->report.Get(env->isolate()), 0, nullptr);
}

void ReportOnSignal(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  CHECK(info[0]->IsFunction());
  auto* reporter = new SignalReporter{env, {}, v8::Global<v8::Function>(info.GetIsolate(), info[0].As<v8::Function>())};
  uv_signal_init(env->event_loop(), &reporter->signal);
  reporter->signal.data = reporter;
  uv_signal_start(&reporter->signal, OnSignal, SIGUSR2);
  uv_unref(reinterpret_cast<uv_handle_t*>(&reporter->signal));
  env->AddCleanupHook([](void* data) {
    auto* self = static_cast<SignalReporter*>(data);
    uv_close(reinterpret_cast<uv_handle_t*>(&self->signal),
              [](uv_handle_t* handle) { delete static_cast<SignalReporter*>(handle->data); });
  }, reporter);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "getActiveHandles", GetActiveHandles);
  SetMethod(context, target, "getActiveRequests", GetActiveRequests);
  SetMethod(context, target, "setTrackCreation", SetTrackCreation);
  SetMethod(context, target, "reportOnSignal", ReportOnSignal);
}

}  // namespace
}  // namespace lode

LODE_BINDING(why_alive, lode::Initialize)
