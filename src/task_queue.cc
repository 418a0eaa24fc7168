// The 'task_queue' binding: the C++ side of process.nextTick, queueMicrotask and promise
// rejection tracking. The queues themselves live in JS (internal/process/task_queues.js).
#include "binding.h"
#include "env.h"
#include "utils.h"

namespace lode {
namespace {

// V8 reports promise rejections per isolate; forward each to the JS tracker of the
// promise's Environment.
void PromiseRejectCallback(v8::PromiseRejectMessage message) {
  v8::Local<v8::Promise> promise = message.GetPromise();
  v8::Isolate* isolate = promise->GetIsolate();
  Environment* env = Environment::GetCurrent(isolate);
  if (env == nullptr || !env->can_call_into_js()) return;
  v8::Local<v8::Function> callback = env->promise_reject_callback();
  if (callback.IsEmpty()) return;
  v8::Local<v8::Value> value = message.GetValue();
  if (value.IsEmpty()) value = v8::Undefined(isolate);
  v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, message.GetEvent()), promise, value};
  // The tracker only records; it never throws into V8's promise machinery.
  v8::TryCatch ignore(isolate);
  USE(callback->Call(env->context(), v8::Undefined(isolate), 3, argv));
}

void SetTickCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsFunction());
  Environment::GetCurrent(info)->set_tick_callback(info[0].As<v8::Function>());
}

void EnqueueMicrotask(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsFunction());
  info.GetIsolate()->EnqueueMicrotask(info[0].As<v8::Function>());
}

void RunMicrotasks(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetIsolate()->PerformMicrotaskCheckpoint();
}

void SetPromiseRejectCallbackMethod(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsFunction());
  Environment::GetCurrent(info)->set_promise_reject_callback(info[0].As<v8::Function>());
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  isolate->SetPromiseRejectCallback(PromiseRejectCallback);
  SetMethod(context, target, "setTickCallback", SetTickCallback);
  SetMethod(context, target, "enqueueMicrotask", EnqueueMicrotask);
  SetMethod(context, target, "runMicrotasks", RunMicrotasks);
  SetMethod(context, target, "setPromiseRejectCallback", SetPromiseRejectCallbackMethod);
  v8::Local<v8::ArrayBuffer> buffer = env->tick_info_buffer();
  SetConstant(context, target, "tickInfo", v8::Uint8Array::New(buffer, 0, TickInfo::kFieldCount));
  v8::Local<v8::Object> events = v8::Object::New(isolate);
  SetConstant(context, events, "kPromiseRejectWithNoHandler", v8::kPromiseRejectWithNoHandler);
  SetConstant(context, events, "kPromiseHandlerAddedAfterReject", v8::kPromiseHandlerAddedAfterReject);
  SetConstant(context, events, "kPromiseResolveAfterResolved", v8::kPromiseResolveAfterResolved);
  SetConstant(context, events, "kPromiseRejectAfterResolved", v8::kPromiseRejectAfterResolved);
  SetConstant(context, target, "promiseRejectEvents", events);
}

}  // namespace
}  // namespace lode

LODE_BINDING(task_queue, lode::Initialize)
