// `lode --trace-event-loop[=file.json]`: per loop iteration, the time spent in each phase, the
// callbacks each phase ran, and the poll timeout libuv chose with its reason. Text to stderr,
// or Chrome trace-event JSON (open in Perfetto or chrome://tracing) when given a file name.
// Off by default, and then the loop runs as plain uv_run(UV_RUN_DEFAULT): no overhead.
#ifndef LODE_SRC_LOOP_TRACE_H_
#define LODE_SRC_LOOP_TRACE_H_

#include <uv.h>

#include <cstdint>
#include <string>

namespace lode {

class Environment;

class LoopTracer {
 public:
  // A callback run from one of the phases lode owns.
  enum class Source { kTimers, kImmediates, kOther };

  LoopTracer(Environment* env, std::string json_path);
  ~LoopTracer();
  LoopTracer(const LoopTracer&) = delete;
  LoopTracer& operator=(const LoopTracer&) = delete;

  // Runs the loop one iteration at a time until it has nothing left, reporting each.
  void Run();
  // Called around every callback into JS (Environment::MakeCallback).
  void OnCallback(Source source, uint64_t duration_ns);
  // Writes the JSON file (also on process.exit).
  void Flush();

 private:
  struct Counter {
    uint64_t ns = 0;
    uint32_t callbacks = 0;
  };
  static void OnPrepare(uv_prepare_t* handle);
  static void OnCheck(uv_check_t* handle);
  void Report(uint64_t iteration_start, uint64_t iteration_end);
  void AddEvent(const char* name, uint64_t start_ns, uint64_t duration_ns, uint32_t callbacks,
                const std::string& extra);

  Environment* env_;
  std::string json_path_;
  std::string json_events_;
  bool flushed_ = false;
  uv_prepare_t prepare_;
  uv_check_t check_;
  uint64_t iteration_ = 0;
  uint64_t origin_ns_;
  // Phase marks of the current iteration.
  uint64_t prepare_at_ = 0;
  uint64_t check_at_ = 0;
  int64_t poll_timeout_ = 0;
  std::string poll_reason_;
  bool in_poll_ = false;
  bool after_check_ = false;
  Counter timers_;
  Counter carried_timers_;  // timers run at the tail of an iteration belong to the next one
  Counter poll_;
  Counter check_callbacks_;
  Counter close_;
};

}  // namespace lode

#endif  // LODE_SRC_LOOP_TRACE_H_
