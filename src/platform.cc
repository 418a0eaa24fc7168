#include "platform.h"

#include <libplatform/libplatform.h>

#include <cmath>
#include <deque>
#include <map>

#include "env.h"
#include "utils.h"

namespace lode {

// One isolate's foreground tasks. Posted from any thread; run on the isolate's loop thread,
// each as a macrotask of its own (nextTick and microtasks drain after it, as after any
// callback from the loop).
class ForegroundTaskRunner final : public v8::TaskRunner {
 public:
  explicit ForegroundTaskRunner(v8::Platform* clock) : clock_(clock) {}

  void PostTask(std::unique_ptr<v8::Task> task) override { Post(std::move(task), 0); }
  void PostNonNestableTask(std::unique_ptr<v8::Task> task) override { Post(std::move(task), 0); }
  void PostDelayedTask(std::unique_ptr<v8::Task> task, double delay_in_seconds) override {
    Post(std::move(task), delay_in_seconds);
  }
  void PostNonNestableDelayedTask(std::unique_ptr<v8::Task> task, double delay_in_seconds) override {
    Post(std::move(task), delay_in_seconds);
  }
  // Idle tasks are disabled (IdleTasksEnabled() is false), so V8 posts none.
  void PostIdleTask(std::unique_ptr<v8::IdleTask> task) override {}
  bool IdleTasksEnabled() override { return false; }
  // lode never nests its loop while JS may run, so every task is safe to run from the loop.
  bool NonNestableTasksEnabled() const override { return true; }
  bool NonNestableDelayedTasksEnabled() const override { return true; }

  void Attach(Environment* env) {
    LoopHandles* handles = new LoopHandles;
    handles->runner = this;
    uv_loop_t* loop = env->event_loop();
    CHECK_EQ(uv_async_init(loop, &handles->wake, OnWake), 0);
    CHECK_EQ(uv_timer_init(loop, &handles->timer), 0);
    handles->wake.data = handles;
    handles->timer.data = handles;
    uv_unref(reinterpret_cast<uv_handle_t*>(&handles->wake));
    uv_unref(reinterpret_cast<uv_handle_t*>(&handles->timer));
    std::lock_guard<std::mutex> lock(mutex_);
    env_ = env;
    handles_ = handles;
    if (!ready_.empty() || !delayed_.empty()) uv_async_send(&handles->wake);
  }

  void Detach() {
    LoopHandles* handles;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      handles = handles_;
      handles_ = nullptr;
      env_ = nullptr;
    }
    if (handles == nullptr) return;
    auto on_close = [](uv_handle_t* handle) {
      LoopHandles* handles = static_cast<LoopHandles*>(handle->data);
      if (--handles->open == 0) delete handles;
    };
    uv_close(reinterpret_cast<uv_handle_t*>(&handles->wake), on_close);
    uv_close(reinterpret_cast<uv_handle_t*>(&handles->timer), on_close);
  }

  // The tasks are destroyed outside the lock: a task's destructor may post another.
  void Clear() {
    std::deque<std::unique_ptr<v8::Task>> ready;
    std::multimap<double, std::unique_ptr<v8::Task>> delayed;
    std::lock_guard<std::mutex> lock(mutex_);
    ready.swap(ready_);
    delayed.swap(delayed_);
  }

  // Loop thread only (attach, detach and this run there). Whether any task ran.
  bool RunDue() {
    Environment* env = env_;
    if (env == nullptr || !env->can_call_into_js()) return false;
    const double now = clock_->MonotonicallyIncreasingTime();
    std::deque<std::unique_ptr<v8::Task>> due;
    double next_deadline = -1;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      due.swap(ready_);
      while (!delayed_.empty() && delayed_.begin()->first <= now) {
        due.push_back(std::move(delayed_.begin()->second));
        delayed_.erase(delayed_.begin());
      }
      if (!delayed_.empty()) next_deadline = delayed_.begin()->first;
    }
    if (next_deadline >= 0) {
      uint64_t ms = static_cast<uint64_t>(std::ceil((next_deadline - now) * 1000));
      uv_timer_start(&handles_->timer, OnTimer, ms, 0);
    }
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope handle_scope(isolate);
    v8::Context::Scope context_scope(env->context());
    for (std::unique_ptr<v8::Task>& task : due) {
      if (!env->can_call_into_js()) break;
      CallbackScope callback_scope(env);
      task->Run();
    }
    return !due.empty();
  }

 private:
  struct LoopHandles {
    uv_async_t wake;
    uv_timer_t timer;
    ForegroundTaskRunner* runner;
    int open = 2;
  };

  void Post(std::unique_ptr<v8::Task> task, double delay_in_seconds) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (delay_in_seconds <= 0) {
      ready_.push_back(std::move(task));
    } else {
      delayed_.emplace(clock_->MonotonicallyIncreasingTime() + delay_in_seconds, std::move(task));
    }
    if (handles_ != nullptr) uv_async_send(&handles_->wake);
  }

  static void OnWake(uv_async_t* handle) { static_cast<LoopHandles*>(handle->data)->runner->RunDue(); }
  static void OnTimer(uv_timer_t* handle) { static_cast<LoopHandles*>(handle->data)->runner->RunDue(); }

  v8::Platform* clock_;
  std::mutex mutex_;
  std::deque<std::unique_ptr<v8::Task>> ready_;
  std::multimap<double, std::unique_ptr<v8::Task>> delayed_;
  LoopHandles* handles_ = nullptr;
  Environment* env_ = nullptr;
};

Platform::Platform(int worker_threads) : inner_(v8::platform::NewDefaultPlatform(worker_threads)) {}

Platform::~Platform() = default;

std::shared_ptr<ForegroundTaskRunner> Platform::RunnerFor(v8::Isolate* isolate) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::shared_ptr<ForegroundTaskRunner>& runner = runners_[isolate];
  if (!runner) runner = std::make_shared<ForegroundTaskRunner>(inner_.get());
  return runner;
}

std::shared_ptr<v8::TaskRunner> Platform::GetForegroundTaskRunner(v8::Isolate* isolate) {
  return RunnerFor(isolate);
}

void Platform::AttachEnvironment(Environment* env) { RunnerFor(env->isolate())->Attach(env); }

bool Platform::DrainTasks(Environment* env) {
  std::shared_ptr<ForegroundTaskRunner> runner = RunnerFor(env->isolate());
  bool ran = false;
  // A task may post another (a GC step, then the report it makes): run until none is due.
  for (int round = 0; round < 100 && runner->RunDue(); round++) ran = true;
  return ran;
}

void Platform::DetachEnvironment(Environment* env) { RunnerFor(env->isolate())->Detach(); }

void Platform::ForgetIsolate(v8::Isolate* isolate) {
  std::shared_ptr<ForegroundTaskRunner> runner;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto found = runners_.find(isolate);
    if (found == runners_.end()) return;
    runner = std::move(found->second);
    runners_.erase(found);
  }
  runner->Clear();
}

}  // namespace lode
