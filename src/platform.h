#ifndef LODE_SRC_PLATFORM_H_
#define LODE_SRC_PLATFORM_H_

#include <uv.h>
#include <v8-platform.h>
#include <v8.h>

#include <memory>
#include <mutex>
#include <unordered_map>

namespace lode {

class Environment;
class ForegroundTaskRunner;

// V8's default platform (worker threads, jobs, clocks, page allocator) with one change, as
// node has it: each isolate's foreground tasks — FinalizationRegistry cleanups, incremental
// GC steps, Atomics.waitAsync wake-ups — run on that isolate's own uv loop. Posting wakes
// the loop through a uv_async (from any thread); delayed tasks wait on a uv_timer. Neither
// handle keeps the loop alive, so pending V8 housekeeping never holds a process open.
class Platform final : public v8::Platform {
 public:
  explicit Platform(int worker_threads);
  ~Platform() override;

  // The Environment's loop starts running `isolate`'s tasks (loop thread, after the
  // Environment exists) / stops before the Environment is torn down.
  void AttachEnvironment(Environment* env);
  void DetachEnvironment(Environment* env);
  // Runs the tasks due for `env`'s isolate now (the loop is about to find nothing to do: node
  // drains them then too). Whether any ran.
  bool DrainTasks(Environment* env);
  // After isolate->Dispose(): drops the tasks left for it.
  void ForgetIsolate(v8::Isolate* isolate);

  // What libplatform keeps for each isolate (its own bookkeeping of isolates).
  v8::Platform* inner() const { return inner_.get(); }

  v8::PageAllocator* GetPageAllocator() override { return inner_->GetPageAllocator(); }
  void OnCriticalMemoryPressure() override { inner_->OnCriticalMemoryPressure(); }
  bool OnCriticalMemoryPressure(size_t length) override {
    return inner_->OnCriticalMemoryPressure(length);
  }
  int NumberOfWorkerThreads() override { return inner_->NumberOfWorkerThreads(); }
  std::shared_ptr<v8::TaskRunner> GetForegroundTaskRunner(v8::Isolate* isolate) override;
  void CallOnWorkerThread(std::unique_ptr<v8::Task> task) override {
    inner_->CallOnWorkerThread(std::move(task));
  }
  void CallBlockingTaskOnWorkerThread(std::unique_ptr<v8::Task> task) override {
    inner_->CallBlockingTaskOnWorkerThread(std::move(task));
  }
  void CallLowPriorityTaskOnWorkerThread(std::unique_ptr<v8::Task> task) override {
    inner_->CallLowPriorityTaskOnWorkerThread(std::move(task));
  }
  void CallDelayedOnWorkerThread(std::unique_ptr<v8::Task> task, double delay_in_seconds) override {
    inner_->CallDelayedOnWorkerThread(std::move(task), delay_in_seconds);
  }
  bool IdleTasksEnabled(v8::Isolate* isolate) override { return false; }
  std::unique_ptr<v8::JobHandle> PostJob(v8::TaskPriority priority,
                                         std::unique_ptr<v8::JobTask> job_task) override {
    return inner_->PostJob(priority, std::move(job_task));
  }
  double MonotonicallyIncreasingTime() override { return inner_->MonotonicallyIncreasingTime(); }
  double CurrentClockTimeMillis() override { return inner_->CurrentClockTimeMillis(); }
  StackTracePrinter GetStackTracePrinter() override { return inner_->GetStackTracePrinter(); }
  v8::TracingController* GetTracingController() override { return inner_->GetTracingController(); }

 private:
  std::shared_ptr<ForegroundTaskRunner> RunnerFor(v8::Isolate* isolate);

  std::unique_ptr<v8::Platform> inner_;
  std::mutex mutex_;
  std::unordered_map<v8::Isolate*, std::shared_ptr<ForegroundTaskRunner>> runners_;
};

}  // namespace lode

#endif  // LODE_SRC_PLATFORM_H_
