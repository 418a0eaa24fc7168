// Worker threads (see ARCHITECTURE.md, "worker_threads").
//
// A Worker is a thread with its own V8 isolate, uv loop and Environment, started through the
// same startup steps as the main thread (lode.cc's RunEnvironment) with
// internal/main/worker_thread as its main script. The parent talks to it over a pair of
// MessagePorts made before the thread starts (its "control channel"); everything else
// (the public port, stdio, errors) travels over that channel in JS.
//
// WorkerWrap is the parent's handle: a HandleWrap over a uv_async_t on the parent's loop
// that the thread signals when it has ended. Until then the parent's loop stays alive
// (unless JS unref()s the worker). Closing the handle (at the parent's teardown) stops and
// joins the thread first, so a parent never outlives nor leaks its workers.
#ifndef LODE_SRC_WORKER_H_
#define LODE_SRC_WORKER_H_

#include <uv.h>
#include <v8.h>

#include <memory>
#include <mutex>
#include <string>

#include "cli.h"
#include "handle_wrap.h"
#include "lode.h"

namespace lode {

class MessagePortData;

class WorkerWrap final : public HandleWrap, public WorkerHost {
 public:
  // worker.resourceLimits, in node's order; -1 where nothing was asked.
  enum ResourceLimit {
    kMaxYoungGenerationSizeMb,
    kMaxOldGenerationSizeMb,
    kCodeRangeSizeMb,
    kStackSizeMb,
    kResourceLimitCount
  };

  WorkerWrap(Environment* env, v8::Local<v8::Object> object, Options options, const double* limits);
  ~WorkerWrap() override;
  const char* ResourceName() const override { return "Worker"; }

  // WorkerHost, called on the worker's thread.
  uint64_t thread_id() const override { return thread_id_; }
  void EnvironmentCreated(Environment* env) override;
  void EnvironmentStopping(Environment* env) override;

  // Any thread: stop the worker (terminate()); running JS is interrupted.
  void Terminate();
  bool StartThread();
  // The worker's own end of the control channel; null after the first call.
  std::unique_ptr<MessagePortData> TakeChildPort();
  const double* resource_limits() const { return resource_limits_; }
  // Any thread: milliseconds since the worker's loop began and, of those, spent idle in poll;
  // false before it began and after it ended.
  bool LoopTimes(double* elapsed_ms, double* idle_ms);

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info);

 private:
  static void ThreadMain(void* arg);
  void Run();
  void ConfigureIsolate(v8::Isolate::CreateParams* params);
  // Ends the worker with `code` unless an exit code is already set; `error_code` names the
  // error the parent reports (ERR_WORKER_OUT_OF_MEMORY), if any.
  void StopWithCode(int code, const char* error_code, const char* error_message);
  static void OnStopRequested(void* data, int code);  // process.exit() in the worker
  static size_t NearHeapLimit(void* data, size_t current_limit, size_t initial_limit);
  static void OnThreadExited(uv_async_t* handle);     // on the parent's loop
  void JoinThread();
  void OnClose() override;

  uv_async_t exit_async_;  // the parent's handle, signalled when the thread ends
  Options options_;        // what the worker's Environment sees as its command line
  const uint64_t thread_id_;
  double resource_limits_[kResourceLimitCount];
  bool track_unmanaged_fds_ = true;  // set by New(); read on the worker's thread
  size_t stack_size_;
  std::unique_ptr<MessagePortData> child_port_;

  uv_thread_t thread_;
  bool thread_started_ = false;
  bool thread_joined_ = false;
  uv_loop_t loop_;  // the worker's loop, used on its thread only

  // Shared between the parent's thread and the worker's.
  std::mutex mutex_;
  v8::Isolate* isolate_ = nullptr;
  Environment* worker_env_ = nullptr;
  uv_async_t stop_async_;  // wakes the worker's loop for terminate()
  bool stop_async_open_ = false;  // also: loop_ is there to read metrics from
  uint64_t loop_start_ = 0;       // uv_hrtime() when the worker's Environment was made
  bool stop_requested_ = false;
  bool exit_code_set_ = false;
  int exit_code_ = 0;
  std::string error_code_;
  std::string error_message_;
};

}  // namespace lode

#endif  // LODE_SRC_WORKER_H_
