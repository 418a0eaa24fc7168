// `lode --warn-blocked=ms`: a watchdog thread notices when one macrotask (the main script, a
// timer, an I/O callback…) holds the loop longer than the limit, interrupts the isolate to
// capture that callback's JavaScript stack, and prints a warning once per blocking episode.
#ifndef LODE_SRC_BLOCK_WATCHDOG_H_
#define LODE_SRC_BLOCK_WATCHDOG_H_

#include <v8.h>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

namespace lode {

class BlockWatchdog {
 public:
  BlockWatchdog(v8::Isolate* isolate, uint64_t limit_ms);
  ~BlockWatchdog();
  BlockWatchdog(const BlockWatchdog&) = delete;
  BlockWatchdog& operator=(const BlockWatchdog&) = delete;

  // The loop thread marks where each macrotask starts and ends.
  void MacrotaskStarted();
  void MacrotaskEnded();

 private:
  void Watch();
  static void PrintStack(v8::Isolate* isolate, void* data);

  v8::Isolate* isolate_;
  uint64_t limit_ns_;
  std::atomic<uint64_t> started_at_{0};   // 0: no macrotask running
  std::atomic<uint64_t> episode_{0};
  uint64_t reported_episode_ = 0;         // watchdog thread only
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace lode

#endif  // LODE_SRC_BLOCK_WATCHDOG_H_
