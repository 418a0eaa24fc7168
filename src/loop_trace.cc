#include "loop_trace.h"

#include <unistd.h>

#include <cstddef>
#include <cstdio>
#include <fstream>

#include "env.h"
#include "utils.h"

namespace lode {

LoopTracer::LoopTracer(Environment* env, std::string json_path)
    : env_(env), json_path_(std::move(json_path)), origin_ns_(uv_hrtime()) {
  uv_loop_t* loop = env->event_loop();
  uv_prepare_init(loop, &prepare_);
  prepare_.data = this;
  uv_prepare_start(&prepare_, OnPrepare);
  uv_unref(reinterpret_cast<uv_handle_t*>(&prepare_));
  // Started after the immediates' check handle, so it runs first (libuv runs the newest
  // check handle first): its callback marks the end of the poll phase.
  uv_check_init(loop, &check_);
  check_.data = this;
  uv_check_start(&check_, OnCheck);
  uv_unref(reinterpret_cast<uv_handle_t*>(&check_));
}

LoopTracer::~LoopTracer() {
  Flush();
  uv_close(reinterpret_cast<uv_handle_t*>(&prepare_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&check_), nullptr);
  uv_run(env_->event_loop(), UV_RUN_NOWAIT);
}

void LoopTracer::Run() {
  uv_loop_t* loop = env_->event_loop();
  bool alive = true;
  while (alive) {
    uint64_t start = uv_hrtime();
    timers_ = carried_timers_;
    carried_timers_ = {};
    poll_ = check_callbacks_ = close_ = {};
    prepare_at_ = check_at_ = 0;
    after_check_ = in_poll_ = false;
    alive = uv_run(loop, UV_RUN_ONCE) != 0;
    Report(start, uv_hrtime());
  }
}

// The timeout libuv will poll with, and why. uv_backend_timeout() answers 0 while fd
// watcher changes are queued (it wants to be called again), so the reasons are worked out
// here from the loop's state, as libuv does internally.
void LoopTracer::OnPrepare(uv_prepare_t* handle) {
  auto* self = static_cast<LoopTracer*>(handle->data);
  uv_loop_t* loop = handle->loop;
  self->prepare_at_ = uv_hrtime();
  self->in_poll_ = true;
  auto queue_empty = [](void* const* queue) { return queue[0] == static_cast<const void*>(queue); };
  int timeout = -1;
  if (loop->stop_flag != 0) {
    timeout = 0;
    self->poll_reason_ = "loop stopping";
  } else if (!queue_empty(loop->idle_handles)) {
    timeout = 0;
    self->poll_reason_ = "pending immediates";
  } else if (!queue_empty(loop->pending_queue)) {
    timeout = 0;
    self->poll_reason_ = "pending callbacks";
  } else if (loop->closing_handles != nullptr) {
    timeout = 0;
    self->poll_reason_ = "closing handles";
  } else if (loop->active_handles == 0 && loop->active_reqs.count == 0) {
    timeout = 0;
    self->poll_reason_ = "nothing alive";
  } else if (loop->timer_heap.min != nullptr) {
    // The heap's minimum is the heap_node inside the earliest uv_timer_t.
    auto* earliest = reinterpret_cast<uv_timer_t*>(
        static_cast<char*>(loop->timer_heap.min) - offsetof(uv_timer_t, heap_node));
    timeout = static_cast<int>(uv_timer_get_due_in(earliest));
    self->poll_reason_ = "next timer in " + std::to_string(timeout) + " ms";
  } else {
    self->poll_reason_ = "no timer: waiting for I/O (infinite)";
  }
  self->poll_timeout_ = timeout;
}

void LoopTracer::OnCheck(uv_check_t* handle) {
  auto* self = static_cast<LoopTracer*>(handle->data);
  self->check_at_ = uv_hrtime();
  self->in_poll_ = false;
  self->after_check_ = true;
}

void LoopTracer::OnCallback(Source source, uint64_t duration_ns) {
  Counter* counter;
  if (source == Source::kTimers) counter = after_check_ ? &carried_timers_ : &timers_;
  else if (source == Source::kImmediates) counter = &check_callbacks_;
  else if (in_poll_) counter = &poll_;
  else if (after_check_) counter = &close_;
  else counter = &timers_;
  counter->ns += duration_ns;
  counter->callbacks++;
}

void LoopTracer::AddEvent(const char* name, uint64_t start_ns, uint64_t duration_ns, uint32_t callbacks,
                          const std::string& extra) {
  char buffer[512];
  snprintf(buffer, sizeof(buffer),
           "%s{\"name\":\"%s\",\"cat\":\"loop\",\"ph\":\"X\",\"pid\":%d,\"tid\":1,\"ts\":%.3f,"
           "\"dur\":%.3f,\"args\":{\"iteration\":%llu,\"callbacks\":%u%s}}",
           json_events_.empty() ? "" : ",\n", name, getpid(),
           static_cast<double>(start_ns - origin_ns_) / 1e3, static_cast<double>(duration_ns) / 1e3,
           static_cast<unsigned long long>(iteration_), callbacks, extra.c_str());
  json_events_ += buffer;
}

void LoopTracer::Report(uint64_t start, uint64_t end) {
  iteration_++;
  uint64_t prepare_at = prepare_at_ ? prepare_at_ : end;
  uint64_t check_at = check_at_ ? check_at_ : prepare_at;
  uint64_t before_poll = prepare_at - start;
  uint64_t timers_ns = timers_.ns < before_poll ? timers_.ns : before_poll;
  uint64_t pending_ns = before_poll - timers_ns;
  uint64_t poll_ns = check_at - prepare_at;
  uint64_t tail = end - check_at;
  uint64_t check_ns = check_callbacks_.ns < tail ? check_callbacks_.ns : tail;
  uint64_t tail_after_check = tail - check_ns;
  uint64_t close_ns = tail_after_check > carried_timers_.ns ? tail_after_check - carried_timers_.ns : 0;

  if (json_path_.empty()) {
    fprintf(stderr,
            "[loop %llu] timers %.3fms/%ucb | pending+idle+prepare %.3fms | poll %.3fms/%ucb "
            "(timeout %lldms: %s) | check %.3fms/%ucb | close %.3fms/%ucb\n",
            static_cast<unsigned long long>(iteration_), timers_ns / 1e6, timers_.callbacks,
            pending_ns / 1e6, poll_ns / 1e6, poll_.callbacks,
            static_cast<long long>(poll_timeout_), poll_reason_.c_str(), check_ns / 1e6,
            check_callbacks_.callbacks, close_ns / 1e6, close_.callbacks);
    return;
  }
  std::string reason = ",\"timeout_ms\":" + std::to_string(poll_timeout_) + ",\"reason\":\"" + poll_reason_ + "\"";
  AddEvent("timers", start, timers_ns, timers_.callbacks, "");
  AddEvent("pending+idle+prepare", start + timers_ns, pending_ns, 0, "");
  AddEvent("poll", prepare_at, poll_ns, poll_.callbacks, reason);
  AddEvent("check", check_at, check_ns, check_callbacks_.callbacks, "");
  AddEvent("close", check_at + check_ns, close_ns, close_.callbacks, "");
}

void LoopTracer::Flush() {
  if (json_path_.empty() || flushed_) return;
  flushed_ = true;
  std::ofstream out(json_path_, std::ios::trunc);
  out << "{\"traceEvents\":[\n" << json_events_ << "\n],\"displayTimeUnit\":\"ms\"}\n";
  if (!out) fprintf(stderr, "lode: cannot write the event-loop trace to %s\n", json_path_.c_str());
}

}  // namespace lode
