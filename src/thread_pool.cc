// The 'thread_pool' binding: the thread pool's counters, and a diagnostic job (sleep on a
// pool thread, then call back) that tests use to see the pool's size and where its
// completions land in the loop. Reachable from JS only through internals.
#include <unistd.h>

#include "binding.h"
#include "env.h"
#include "threadpool_work.h"
#include "utils.h"

namespace lode {
namespace {

class SleepWork : public ThreadPoolWork {
 public:
  SleepWork(Environment* env, uint32_t ms, v8::Local<v8::Function> callback)
      : ThreadPoolWork(env), ms_(ms), callback_(env->isolate(), callback) {}

 protected:
  void DoThreadPoolWork() override {
    started_ = uv_hrtime();
    usleep(ms_ * 1000);
    finished_ = uv_hrtime();
  }

  void AfterThreadPoolWork(int status) override {
    Environment* env = this->env();
    v8::Isolate* isolate = env->isolate();
    {
      v8::HandleScope scope(isolate);
      v8::Local<v8::Value> argv[] = {
          v8::Integer::New(isolate, status),
          v8::Number::New(isolate, static_cast<double>(started_) / 1e6),
          v8::Number::New(isolate, static_cast<double>(finished_) / 1e6),
      };
      env->MakeCallback(env->process_object(), callback_.Get(isolate), 3, argv);
    }
    delete this;
  }

 private:
  uint32_t ms_;
  uint64_t started_ = 0;
  uint64_t finished_ = 0;
  v8::Global<v8::Function> callback_;
};

// sleep(ms, callback(status, startedMs, finishedMs))
void Sleep(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsUint32());
  CHECK(info[1]->IsFunction());
  Environment* env = Environment::GetCurrent(info);
  (new SleepWork(env, info[0].As<v8::Uint32>()->Value(), info[1].As<v8::Function>()))->ScheduleWork();
}

void GetStats(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  ThreadPoolStats& stats = ThreadPoolStats::Get();
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  auto set = [&](const char* key, uint64_t value) {
    result->Set(context, OneByteString(isolate, key), v8::Number::New(isolate, static_cast<double>(value))).Check();
  };
  set("queued", stats.queued.load());
  set("running", stats.running.load());
  set("completed", stats.completed.load());
  info.GetReturnValue().Set(result);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "sleep", Sleep);
  SetMethod(context, target, "getStats", GetStats);
}

}  // namespace
}  // namespace lode

LODE_BINDING(thread_pool, lode::Initialize)
