// ThreadPoolWork: C++ work that runs on libuv's thread pool and reports back on the loop
// thread, in the poll phase. Every async binding that computes (zlib, crypto, …) derives from
// it; libuv sizes the pool from UV_THREADPOOL_SIZE (default 4), shared by all Environments.
//
//   class HashJob : public ThreadPoolWork {
//     void DoThreadPoolWork() override { ... }              // pool thread: no V8, no JS
//     void AfterThreadPoolWork(int status) override { ... } // loop thread: call into JS
//   };
//   (new HashJob(env))->ScheduleWork();   // the job deletes itself in AfterThreadPoolWork
#ifndef LODE_SRC_THREADPOOL_WORK_H_
#define LODE_SRC_THREADPOOL_WORK_H_

#include <uv.h>

#include <atomic>
#include <cstdint>

namespace lode {

class Environment;

// Counters shared by all pool users, for diagnostics.
struct ThreadPoolStats {
  std::atomic<uint64_t> queued{0};     // scheduled, not started
  std::atomic<uint64_t> running{0};    // on a pool thread now
  std::atomic<uint64_t> completed{0};  // finished or cancelled
  static ThreadPoolStats& Get();
};

class ThreadPoolWork {
 public:
  explicit ThreadPoolWork(Environment* env) : env_(env) { work_req_.data = this; }
  virtual ~ThreadPoolWork() = default;
  ThreadPoolWork(const ThreadPoolWork&) = delete;
  ThreadPoolWork& operator=(const ThreadPoolWork&) = delete;

  // Queues the work; AfterThreadPoolWork runs later on the loop thread (which is kept alive
  // until then).
  void ScheduleWork();
  // Cancels work that has not started: AfterThreadPoolWork then runs with UV_ECANCELED.
  int CancelWork();

  Environment* env() const { return env_; }

 protected:
  virtual void DoThreadPoolWork() = 0;
  // status is 0, or UV_ECANCELED when cancelled before it started.
  virtual void AfterThreadPoolWork(int status) = 0;

 private:
  Environment* env_;
  uv_work_t work_req_;
};

}  // namespace lode

#endif  // LODE_SRC_THREADPOOL_WORK_H_
