#include "threadpool_work.h"

#include "env.h"
#include "utils.h"

namespace lode {

ThreadPoolStats& ThreadPoolStats::Get() {
  static ThreadPoolStats stats;
  return stats;
}

void ThreadPoolWork::ScheduleWork() {
  ThreadPoolStats::Get().queued++;
  int err = uv_queue_work(
      env_->event_loop(), &work_req_,
      [](uv_work_t* req) {
        auto* self = static_cast<ThreadPoolWork*>(req->data);
        ThreadPoolStats& stats = ThreadPoolStats::Get();
        stats.queued--;
        stats.running++;
        self->DoThreadPoolWork();
        stats.running--;
      },
      [](uv_work_t* req, int status) {
        auto* self = static_cast<ThreadPoolWork*>(req->data);
        ThreadPoolStats& stats = ThreadPoolStats::Get();
        if (status == UV_ECANCELED) stats.queued--;
        stats.completed++;
        self->AfterThreadPoolWork(status);
      });
  CHECK_EQ(err, 0);
}

int ThreadPoolWork::CancelWork() {
  return uv_cancel(reinterpret_cast<uv_req_t*>(&work_req_));
}

}  // namespace lode
