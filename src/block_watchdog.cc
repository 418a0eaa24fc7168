#include "block_watchdog.h"

#include <unistd.h>
#include <uv.h>

#include <chrono>
#include <string>

#include "utils.h"

namespace lode {

BlockWatchdog::BlockWatchdog(v8::Isolate* isolate, uint64_t limit_ms)
    : isolate_(isolate), limit_ns_(limit_ms * 1000000) {
  thread_ = std::thread([this] { Watch(); });
}

BlockWatchdog::~BlockWatchdog() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void BlockWatchdog::MacrotaskStarted() {
  episode_.fetch_add(1, std::memory_order_relaxed);
  started_at_.store(uv_hrtime(), std::memory_order_release);
}

void BlockWatchdog::MacrotaskEnded() { started_at_.store(0, std::memory_order_release); }

void BlockWatchdog::Watch() {
  // Checking four times per limit bounds how late a report can be.
  auto period = std::chrono::nanoseconds(limit_ns_ / 4 > 1000000 ? limit_ns_ / 4 : 1000000);
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stopping_) {
    wake_.wait_for(lock, period);
    if (stopping_) break;
    uint64_t started = started_at_.load(std::memory_order_acquire);
    uint64_t episode = episode_.load(std::memory_order_relaxed);
    if (started == 0 || episode == reported_episode_) continue;
    if (uv_hrtime() - started < limit_ns_) continue;
    reported_episode_ = episode;
    isolate_->RequestInterrupt(PrintStack, this);
  }
}

// Runs on the loop thread, inside the JavaScript that is blocking.
void BlockWatchdog::PrintStack(v8::Isolate* isolate, void* data) {
  auto* self = static_cast<BlockWatchdog*>(data);
  uint64_t started = self->started_at_.load(std::memory_order_acquire);
  if (started == 0) return;  // it finished before the interrupt landed
  double blocked_ms = static_cast<double>(uv_hrtime() - started) / 1e6;
  v8::HandleScope scope(isolate);
  v8::Local<v8::StackTrace> trace = v8::StackTrace::CurrentStackTrace(isolate, 20);
  std::string report = "(lode:" + std::to_string(getpid()) + ") Warning: the event loop has been blocked for " +
                       std::to_string(static_cast<int>(blocked_ms)) + " ms (limit " +
                       std::to_string(self->limit_ns_ / 1000000) + " ms) by this callback:\n";
  for (int i = 0; i < trace->GetFrameCount(); i++) {
    v8::Local<v8::StackFrame> frame = trace->GetFrame(isolate, i);
    std::string function = ToStdString(isolate, frame->GetFunctionName());
    std::string script = ToStdString(isolate, frame->GetScriptName());
    std::string where = script + ":" + std::to_string(frame->GetLineNumber()) + ":" +
                        std::to_string(frame->GetColumn());
    report += "    at " + (function.empty() ? where : function + " (" + where + ")") + "\n";
  }
  if (trace->GetFrameCount() == 0) report += "    (no JavaScript on the stack: blocked in native code)\n";
  WriteAll(2, report.data(), report.size());
}

}  // namespace lode
