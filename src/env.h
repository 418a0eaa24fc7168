// Environment: the per-thread runtime state (startup step 2).
//
// One Environment per V8 Context: the isolate, the context, the uv loop, the binding
// cache, the open-handle list, cleanup hooks, and the tick state shared with JS. Its pointer
// lives in a fixed embedder-data slot of the Context, so every callback finds it from the
// current context. State that only one binding uses belongs in that binding, not here.
#ifndef LODE_SRC_ENV_H_
#define LODE_SRC_ENV_H_

#include <uv.h>
#include <v8.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <list>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "cli.h"

namespace lode {

class BlockWatchdog;
class HandleWrap;
class LoopTracer;
class ReqWrapBase;

// Flags JS and C++ both read after every callback: whether process.nextTick has work queued
// and whether a promise rejection is waiting to be reported. JS writes them, C++ reads them
// without calling into JS.
struct TickInfo {
  enum Field { kHasTickScheduled, kHasRejectionToWarn, kFieldCount };
  uint8_t* fields = nullptr;
  bool has_tick_scheduled() const { return fields[kHasTickScheduled] != 0; }
  bool has_rejection_to_warn() const { return fields[kHasRejectionToWarn] != 0; }
};

class Environment {
 public:
  static constexpr int kContextEmbedderSlot = 32;

  Environment(v8::Isolate* isolate, uv_loop_t* loop, const Options* options);
  ~Environment();
  Environment(const Environment&) = delete;
  Environment& operator=(const Environment&) = delete;

  static Environment* GetCurrent(v8::Local<v8::Context> context);
  static Environment* GetCurrent(v8::Isolate* isolate) {
    return GetCurrent(isolate->GetCurrentContext());
  }
  template <typename T>
  static Environment* GetCurrent(const v8::FunctionCallbackInfo<T>& info) {
    return GetCurrent(info.GetIsolate()->GetCurrentContext());
  }

  v8::Isolate* isolate() const { return isolate_; }
  v8::Local<v8::Context> context() const { return context_.Get(isolate_); }
  uv_loop_t* event_loop() const { return loop_; }
  const Options& options() const { return *options_; }
  TickInfo* tick_info() { return &tick_info_; }
  v8::Local<v8::ArrayBuffer> tick_info_buffer() const { return tick_info_buffer_.Get(isolate_); }

  // internalBinding(name): runs the binding's initializer once, then returns the cached
  // exports. Throws `Error: No such binding: name` for an unknown name.
  v8::MaybeLocal<v8::Object> GetBinding(const std::string& name);

  // JS functions C++ calls into, installed by the bootstrap scripts.
  v8::Local<v8::Function> tick_callback() const { return tick_callback_.Get(isolate_); }
  void set_tick_callback(v8::Local<v8::Function> fn) { tick_callback_.Reset(isolate_, fn); }
  v8::Local<v8::Function> fatal_exception_handler() const {
    return fatal_exception_handler_.Get(isolate_);
  }
  void set_fatal_exception_handler(v8::Local<v8::Function> fn) {
    fatal_exception_handler_.Reset(isolate_, fn);
  }
  v8::Local<v8::Function> promise_reject_callback() const {
    return promise_reject_callback_.Get(isolate_);
  }
  void set_promise_reject_callback(v8::Local<v8::Function> fn) {
    promise_reject_callback_.Reset(isolate_, fn);
  }
  v8::Local<v8::Object> process_object() const { return process_object_.Get(isolate_); }
  void set_process_object(v8::Local<v8::Object> process) { process_object_.Reset(isolate_, process); }
  void set_lifecycle_hooks(v8::Local<v8::Function> emit_before_exit, v8::Local<v8::Function> emit_exit) {
    emit_before_exit_.Reset(isolate_, emit_before_exit);
    emit_exit_.Reset(isolate_, emit_exit);
  }

  // process.emit('beforeExit'); false when it threw and the process is exiting.
  bool EmitBeforeExit();
  // process.emit('exit', code); returns the code the process exits with.
  int EmitExit();

  // Calls a JS function from the event loop, then drains process.nextTick and the
  // microtask queue (Node's order) before returning. An uncaught exception is routed to
  // the fatal-exception path; the result is empty then.
  v8::MaybeLocal<v8::Value> MakeCallback(v8::Local<v8::Object> receiver, v8::Local<v8::Function> fn,
                                         int argc, v8::Local<v8::Value> argv[]);
  // The call alone, for use inside a CallbackScope that drains when it closes.
  v8::MaybeLocal<v8::Value> CallIntoJS(v8::Local<v8::Object> receiver, v8::Local<v8::Function> fn,
                                       int argc, v8::Local<v8::Value> argv[]);
  // Drains nextTick and microtasks; used after the main script and every callback.
  void ProcessTicksAndRejections();

  // AsyncLocalStorage context for native callbacks: an object made while a context frame is
  // current remembers it, and MakeCallback on that object restores it. Costs nothing until
  // some frame has been captured.
  void CaptureAsyncFrame(v8::Local<v8::Object> object);

  // Cleanup hooks run at teardown, last added first.
  void AddCleanupHook(void (*fn)(void*), void* arg);
  void RemoveCleanupHook(void (*fn)(void*), void* arg);
  void RunCleanup();

  // Handles the Environment closes at teardown.
  // O(1) both ways: a handle keeps the position Register gave it.
  std::list<HandleWrap*>::iterator RegisterHandle(HandleWrap* handle) {
    return handles_.insert(handles_.end(), handle);
  }
  void UnregisterHandle(std::list<HandleWrap*>::iterator position) { handles_.erase(position); }
  const std::list<HandleWrap*>& handles() const { return handles_; }

  // Requests in flight (connect, write, shutdown, ...), listed by
  // process.getActiveResourcesInfo(). Registering returns the position to unregister in O(1).
  using RequestList = std::list<ReqWrapBase*>;
  RequestList::iterator RegisterRequest(ReqWrapBase* req) { return requests_.insert(requests_.end(), req); }
  void UnregisterRequest(RequestList::iterator position) { requests_.erase(position); }
  const RequestList& requests() const { return requests_; }

  // Per-Environment data one binding owns and other bindings use, by the owner's name (the
  // state array of stream_wrap serves tcp_wrap, pipe_wrap and tty_wrap). The owner frees it
  // in a cleanup hook.
  void* binding_data(const std::string& name) const {
    auto found = binding_data_.find(name);
    return found == binding_data_.end() ? nullptr : found->second;
  }
  void set_binding_data(const std::string& name, void* data) { binding_data_[name] = data; }

  // Loop observers (--trace-event-loop, --warn-blocked); null when off.
  LoopTracer* loop_tracer() const { return loop_tracer_; }
  void set_loop_tracer(LoopTracer* tracer) { loop_tracer_ = tracer; }
  BlockWatchdog* watchdog() const { return watchdog_; }
  void set_watchdog(BlockWatchdog* watchdog) { watchdog_ = watchdog; }
  // Which phase the next MakeCallback serves, for the loop tracer (see CallbackSourceScope).
  enum class CallbackSource { kOther, kTimers, kImmediates };
  CallbackSource callback_source() const { return callback_source_; }
  void set_callback_source(CallbackSource source) { callback_source_ = source; }

  // --why-alive: handles record where JS created them.
  bool track_resource_creation() const { return track_resource_creation_; }
  // --abort-on-uncaught-exception aborts only while this is true: JS clears it while an
  // uncaught-exception capture callback is set (process.setUncaughtExceptionCaptureCallback).
  bool abort_on_uncaught_exception() const { return abort_on_uncaught_exception_; }
  void set_abort_on_uncaught_exception(bool value) { abort_on_uncaught_exception_ = value; }
  void set_track_resource_creation(bool value) { track_resource_creation_ = value; }

  bool can_call_into_js() const {
    return can_call_into_js_ && !stop_requested_.load(std::memory_order_relaxed);
  }
  void set_can_call_into_js(bool value) { can_call_into_js_ = value; }
  bool is_stopping() const { return stopping_ || stop_requested_.load(std::memory_order_relaxed); }

  // Threads (src/worker.cc): 0 is the main thread; each Worker gets the next id.
  uint64_t thread_id() const { return thread_id_; }
  bool is_main_thread() const { return thread_id_ == 0; }
  void set_thread_id(uint64_t id) { thread_id_ = id; }
  // worker_threads' trackUnmanagedFds: descriptors this thread opened with fs.open/openSync
  // and has not closed are closed when it ends. Opening one twice, or closing one it did not
  // open, is warned about, as in node.
  void set_track_unmanaged_fds(bool on) { track_unmanaged_fds_ = on; }
  void AddUnmanagedFd(int fd);
  void RemoveUnmanagedFd(int fd);
  void CloseUnmanagedFds();
  // A worker's way out: Exit() in a worker calls this (with the exit code) instead of
  // ending the process.
  using StopHandler = void (*)(void* data, int code);
  void set_stop_handler(StopHandler handler, void* data) {
    stop_handler_ = handler;
    stop_handler_data_ = data;
  }
  // Callable from any thread (Worker.terminate()): no JS is called from now on. The caller
  // also interrupts running JS and wakes the loop.
  void RequestStop() { stop_requested_.store(true, std::memory_order_relaxed); }

  // process.reallyExit: on the main thread, ends the process now with `code` and never
  // returns. In a worker, stops calling JS, leaves the loop, tells the stop handler, and
  // returns; the worker's thread then winds down.
  void Exit(int code);

 private:
  bool track_unmanaged_fds_ = false;
  std::unordered_set<int> unmanaged_fds_;
  struct CleanupHook {
    void (*fn)(void*);
    void* arg;
  };

  v8::Isolate* isolate_;
  v8::Global<v8::Context> context_;
  uv_loop_t* loop_;
  const Options* options_;
  TickInfo tick_info_;
  v8::Global<v8::ArrayBuffer> tick_info_buffer_;
  std::unordered_map<std::string, v8::Global<v8::Object>> bindings_;
  v8::Global<v8::Function> tick_callback_;
  v8::Global<v8::Function> fatal_exception_handler_;
  v8::Global<v8::Function> promise_reject_callback_;
  v8::Global<v8::Function> emit_before_exit_;
  v8::Global<v8::Function> emit_exit_;
  v8::Global<v8::Object> process_object_;
  std::vector<CleanupHook> cleanup_hooks_;
  std::list<HandleWrap*> handles_;
  RequestList requests_;
  std::unordered_map<std::string, void*> binding_data_;
  LoopTracer* loop_tracer_ = nullptr;
  BlockWatchdog* watchdog_ = nullptr;
  CallbackSource callback_source_ = CallbackSource::kOther;
  int callback_depth_ = 0;
  friend class CallbackScope;
  friend class AsyncFrameScope;
  bool can_call_into_js_ = true;
  bool track_resource_creation_ = false;
  bool abort_on_uncaught_exception_ = true;
  bool async_frames_captured_ = false;
  bool stopping_ = false;
  std::atomic<bool> stop_requested_{false};
  uint64_t thread_id_ = 0;
  StopHandler stop_handler_ = nullptr;
  void* stop_handler_data_ = nullptr;
  int tick_depth_ = 0;
};

// One macrotask: everything a loop callback does in JS, then the nextTick and microtask
// drain when the outermost scope closes. The loop observers time it as a whole.
class CallbackScope {
 public:
  explicit CallbackScope(Environment* env);
  ~CallbackScope();
  CallbackScope(const CallbackScope&) = delete;
  CallbackScope& operator=(const CallbackScope&) = delete;

 private:
  Environment* env_;
  bool outermost_;
  uint64_t started_ = 0;
};

// Runs what is inside it in the AsyncLocalStorage context `receiver` was made in, if it has one
// (as MakeCallback does for its receiver).
class AsyncFrameScope {
 public:
  AsyncFrameScope(Environment* env, v8::Local<v8::Object> receiver);
  ~AsyncFrameScope();
  AsyncFrameScope(const AsyncFrameScope&) = delete;
  AsyncFrameScope& operator=(const AsyncFrameScope&) = delete;

 private:
  Environment* env_;
  v8::Local<v8::Value> prior_frame_;  // empty when nothing was switched
};

// Marks the callbacks made inside it as serving one loop phase (for --trace-event-loop).
class CallbackSourceScope {
 public:
  CallbackSourceScope(Environment* env, Environment::CallbackSource source)
      : env_(env), previous_(env->callback_source()) {
    env->set_callback_source(source);
  }
  ~CallbackSourceScope() { env_->set_callback_source(previous_); }

 private:
  Environment* env_;
  Environment::CallbackSource previous_;
};

}  // namespace lode

#endif  // LODE_SRC_ENV_H_
