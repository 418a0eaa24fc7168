#ifndef LODE_SRC_LODE_H_
#define LODE_SRC_LODE_H_

#include <uv.h>
#include <v8.h>

#include <cstdint>
#include <memory>

namespace lode {

class Environment;
struct Options;

// Runs lode as the command line asks and returns the process exit code.
int Start(int argc, char** argv);

// Prints the last --trace-startup line (step 4) if tracing; called on every way out.
void FinishStartupTrace();

// What every thread's isolate shares with the others: the V8 platform, and one array buffer
// allocator, so that memory moved to another thread (a transferred ArrayBuffer) never
// outlives the allocator that frees it.
v8::Platform* GetPlatform();
std::shared_ptr<v8::ArrayBuffer::Allocator> GetArrayBufferAllocator();

// An isolate set up the way lode runs JS (microtasks drained by lode, uncaught-exception
// stack traces, V8's own swallowed errors routed to the uncaught path). `params` may carry
// resource constraints; the allocator is filled in here.
v8::Isolate* NewIsolate(v8::Isolate::CreateParams* params);
// Disposes the isolate and what the platform kept for it.
void DisposeIsolate(v8::Isolate* isolate);

// What a worker thread adds to startup steps 2–4 (implemented by src/worker.cc). The calls
// are made on the worker's own thread.
class WorkerHost {
 public:
  virtual ~WorkerHost() = default;
  virtual uint64_t thread_id() const = 0;
  // The Environment exists and is bound to its context; no JS has run yet.
  virtual void EnvironmentCreated(Environment* env) = 0;
  // The Environment has closed its handles and run its cleanup hooks; it is destroyed next.
  virtual void EnvironmentStopping(Environment* env) = 0;
};

// Steps 2–4 on the calling thread: create the Environment on `loop`, bootstrap, run the main
// script and the loop, emit 'exit', tear down. `worker` is null on the main thread; a worker
// runs internal/main/worker_thread as its main script. Returns the exit code.
int RunEnvironment(v8::Isolate* isolate, uv_loop_t* loop, const Options& options,
                   WorkerHost* worker);

}  // namespace lode

#endif  // LODE_SRC_LODE_H_
