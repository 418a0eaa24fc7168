// Startup in four steps (see ARCHITECTURE.md):
//   1. register the C++ bindings,
//   2. create the Environment and bind it to the V8 Context,
//   3. run the loaders (the JS bootstrap),
//   4. run the user's code, then the event loop; then exit and tear down.
// `lode --trace-startup` prints each step with its duration.
#include "lode.h"

#include <libplatform/libplatform.h>
#include <signal.h>
#include <unistd.h>
#include <uv.h>
#include <v8.h>

#include <cstdio>
#include <memory>

#include "binding.h"
#include "block_watchdog.h"
#include "builtins.h"
#include "cli.h"
#include "env.h"
#include "errors.h"
#include "loop_trace.h"
#include "performance.h"
#include "platform.h"
#include "utils.h"

namespace lode {

namespace {

class StartupTrace {
 public:
  void Enable() { enabled_ = true; }
  void Begin() { step_start_ = uv_hrtime(); }
  void End(int step, const char* what) {
    if (!enabled_) return;
    double ms = static_cast<double>(uv_hrtime() - step_start_) / 1e6;
    fprintf(stderr, "[lode startup] step %d: %-36s %8.3f ms\n", step, what, ms);
    fflush(stderr);
  }
  bool step4_open = false;

 private:
  bool enabled_ = false;
  uint64_t step_start_ = 0;
};

StartupTrace startup_trace;
LoopTracer* active_loop_tracer = nullptr;

// Set up once by Start() and shared by every thread's isolate.
std::unique_ptr<Platform> platform;
std::shared_ptr<v8::ArrayBuffer::Allocator> array_buffer_allocator;

// Step 3: loaders.js builds internalBinding and the builtin require from the C++ loader;
// node.js sets up process and the globals. Returns loaders.js's { require, internalBinding }.
v8::MaybeLocal<v8::Object> RunBootstrap(Environment* env, v8::Local<v8::Object> process) {
  v8::Isolate* isolate = env->isolate();
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::Context> context = env->context();

  v8::Local<v8::Function> loaders;
  if (!builtins::CompileBuiltin(env, "internal/bootstrap/loaders").ToLocal(&loaders)) return {};
  v8::Local<v8::Function> get_binding =
      v8::Function::New(context, [](const v8::FunctionCallbackInfo<v8::Value>& info) {
        CHECK(info[0]->IsString());
        Environment* env = Environment::GetCurrent(info);
        v8::Local<v8::Object> exports;
        if (env->GetBinding(ToStdString(info.GetIsolate(), info[0])).ToLocal(&exports)) {
          info.GetReturnValue().Set(exports);
        }
      }).ToLocalChecked();
  v8::Local<v8::Value> loader_args[] = {process, get_binding};
  v8::Local<v8::Value> loader_result;
  if (!loaders->Call(context, v8::Undefined(isolate), 2, loader_args).ToLocal(&loader_result)) return {};
  CHECK(loader_result->IsObject());
  v8::Local<v8::Object> loader_exports = loader_result.As<v8::Object>();
  v8::Local<v8::Value> require = loader_exports->Get(context, OneByteString(isolate, "require")).ToLocalChecked();
  v8::Local<v8::Value> internal_binding =
      loader_exports->Get(context, OneByteString(isolate, "internalBinding")).ToLocalChecked();
  CHECK(require->IsFunction() && internal_binding->IsFunction());

  v8::Local<v8::Function> node;
  if (!builtins::CompileBuiltin(env, "internal/bootstrap/node").ToLocal(&node)) return {};
  v8::Local<v8::Value> node_args[] = {process, require, internal_binding};
  if (node->Call(context, v8::Undefined(isolate), 3, node_args).IsEmpty()) return {};
  return scope.Escape(loader_exports);
}

const char* MainScriptFor(const Options& options) {
  switch (options.mode) {
    case MainMode::kEval: return "internal/main/eval_string";
    case MainMode::kStdin: return "internal/main/eval_stdin";
    case MainMode::kCheck: return "internal/main/check_syntax";
    case MainMode::kRepl: return "internal/main/repl";
    case MainMode::kFile: return "internal/main/run_main_module";
  }
  UNREACHABLE();
}

// Step 4's second half: run the loop until nothing keeps it alive, giving 'beforeExit'
// listeners the chance to schedule more work, as node does.
void SpinEventLoop(Environment* env) {
  uv_loop_t* loop = env->event_loop();
  LoopTracer* tracer = env->loop_tracer();
  bool more;
  do {
    if (tracer != nullptr) tracer->Run();
    else uv_run(loop, UV_RUN_DEFAULT);
    if (env->is_stopping()) break;
    // V8's tasks due now (a memory measurement's report, a FinalizationRegistry cleanup) run
    // before the loop is called done; what they start keeps it going.
    if (platform != nullptr && platform->DrainTasks(env) && uv_loop_alive(loop)) {
      more = true;
      continue;
    }
    if (!env->EmitBeforeExit()) break;
    more = uv_loop_alive(loop);
  } while (more && !env->is_stopping());
}

// V8 reports exceptions it swallowed itself (a throwing microtask) here; they are uncaught
// exceptions like any other.
void OnMessage(v8::Local<v8::Message> message, v8::Local<v8::Value> error) {
  v8::Isolate* isolate = message->GetIsolate();
  if (message->ErrorLevel() != v8::Isolate::kMessageError) return;
  Environment* env = Environment::GetCurrent(isolate);
  if (env == nullptr) return;
  TriggerUncaughtException(env, error, message);
}

}  // namespace

v8::Platform* GetPlatform() { return platform.get(); }

std::shared_ptr<v8::ArrayBuffer::Allocator> GetArrayBufferAllocator() { return array_buffer_allocator; }

v8::Isolate* NewIsolate(v8::Isolate::CreateParams* params) {
  params->array_buffer_allocator_shared = array_buffer_allocator;
  v8::Isolate* isolate = v8::Isolate::New(*params);
  // nextTick and microtasks are drained by lode after each callback, in node's order.
  isolate->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  isolate->SetCaptureStackTraceForUncaughtExceptions(true, 10);
  isolate->AddMessageListenerWithErrorLevel(OnMessage, v8::Isolate::kMessageError);
  // Asked by V8 only under --abort-on-uncaught-exception.
  isolate->SetAbortOnUncaughtExceptionCallback([](v8::Isolate* isolate) {
    Environment* env = Environment::GetCurrent(isolate);
    return env == nullptr || env->abort_on_uncaught_exception();
  });
  return isolate;
}

void DisposeIsolate(v8::Isolate* isolate) {
  isolate->Dispose();
  v8::platform::NotifyIsolateShutdown(platform->inner(), isolate);
  platform->ForgetIsolate(isolate);
}

int RunEnvironment(v8::Isolate* isolate, uv_loop_t* loop, const Options& options, WorkerHost* worker) {
  v8::HandleScope handle_scope(isolate);
  // The startup trace, the loop observers and the milestones describe the main thread only.
  const bool is_main = worker == nullptr;

  if (is_main) startup_trace.Begin();
  Environment env(isolate, loop, &options);
  // V8's foreground tasks for this isolate run on this loop from now until teardown.
  struct PlatformAttachment {
    explicit PlatformAttachment(Environment* env) : env(env) { platform->AttachEnvironment(env); }
    ~PlatformAttachment() { Detach(); }
    void Detach() {
      if (env != nullptr) platform->DetachEnvironment(env);
      env = nullptr;
    }
    Environment* env;
  } platform_attachment(&env);
  if (!is_main) {
    env.set_thread_id(worker->thread_id());
    worker->EnvironmentCreated(&env);
  }
  v8::Local<v8::Context> context = env.context();
  v8::Context::Scope context_scope(context);
  v8::Local<v8::FunctionTemplate> process_template = v8::FunctionTemplate::New(isolate);
  process_template->SetClassName(OneByteString(isolate, "process"));
  v8::Local<v8::Object> process =
      process_template->GetFunction(context).ToLocalChecked()->NewInstance(context).ToLocalChecked();
  env.set_process_object(process);
  if (is_main) {
    MarkMilestone(Milestone::kEnvironment);
    startup_trace.End(2, "environment bound to the context");
    startup_trace.Begin();
  }
  v8::Local<v8::Object> loader;
  {
    v8::TryCatch try_catch(isolate);
    if (!RunBootstrap(&env, process).ToLocal(&loader)) {
      // A worker terminated while it was starting has nothing to report.
      if (!try_catch.HasTerminated()) {
        fprintf(stderr, "lode: bootstrap failed\n");
        PrintExceptionPlain(isolate, try_catch.Exception(), try_catch.Message());
      }
      platform_attachment.Detach();
      if (!is_main) {
        env.RunCleanup();
        worker->EnvironmentStopping(&env);
      }
      return 1;
    }
  }
  if (is_main) {
    MarkMilestone(Milestone::kBootstrapComplete);
    startup_trace.End(3, "loaders and bootstrap");
  }

  // The loop observers, when asked for: they cost nothing otherwise.
  std::unique_ptr<LoopTracer> loop_tracer;
  if (auto it = options.values.find("--trace-event-loop"); is_main && it != options.values.end()) {
    loop_tracer = std::make_unique<LoopTracer>(&env, it->second == "true" ? "" : it->second);
    env.set_loop_tracer(loop_tracer.get());
    active_loop_tracer = loop_tracer.get();
  }
  std::unique_ptr<BlockWatchdog> watchdog;
  if (auto it = options.values.find("--warn-blocked"); is_main && it != options.values.end()) {
    long limit = it->second == "true" ? 100 : strtol(it->second.c_str(), nullptr, 10);
    watchdog = std::make_unique<BlockWatchdog>(isolate, limit > 0 ? static_cast<uint64_t>(limit) : 100);
    env.set_watchdog(watchdog.get());
  }

  if (is_main) {
    startup_trace.Begin();
    startup_trace.step4_open = true;
  }
  {
    // The main script is the first macrotask.
    if (watchdog) watchdog->MacrotaskStarted();
    v8::Local<v8::Function> main;
    v8::TryCatch try_catch(isolate);
    const char* main_script = is_main ? MainScriptFor(options) : "internal/main/worker_thread";
    if (builtins::CompileBuiltin(&env, main_script).ToLocal(&main)) {
      v8::Local<v8::Value> args[] = {
          process, loader->Get(context, OneByteString(isolate, "require")).ToLocalChecked(),
          loader->Get(context, OneByteString(isolate, "internalBinding")).ToLocalChecked()};
      USE(main->Call(context, v8::Undefined(isolate), 3, args));
    }
    if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
      TriggerUncaughtException(&env, try_catch.Exception(), try_catch.Message());
    }
  }
  env.ProcessTicksAndRejections();
  if (watchdog) watchdog->MacrotaskEnded();
  if (is_main) MarkMilestone(Milestone::kLoopStart);
  SpinEventLoop(&env);
  if (is_main) MarkMilestone(Milestone::kLoopExit);
  int exit_code = env.EmitExit();
  if (std::string error; is_main && !builtins::WriteCollectedCodeCache(&env, &error)) {
    fprintf(stderr, "lode: %s\n", error.c_str());
    if (exit_code == 0) exit_code = 1;
  }
  if (is_main) FinishStartupTrace();
  env.set_watchdog(nullptr);
  watchdog.reset();
  platform_attachment.Detach();
  env.RunCleanup();
  if (!is_main) worker->EnvironmentStopping(&env);
  env.set_loop_tracer(nullptr);
  if (is_main) active_loop_tracer = nullptr;
  loop_tracer.reset();
  return exit_code;
}

void FinishStartupTrace() {
  // process.exit() ends here too: write what the loop tracer has.
  if (active_loop_tracer != nullptr) active_loop_tracer->Flush();
  if (!startup_trace.step4_open) return;
  startup_trace.step4_open = false;
  startup_trace.End(4, "user code and event loop");
}

int Start(int argc, char** argv) {
  MarkMilestone(Milestone::kNodeStart);
  argv = uv_setup_args(argc, argv);
  // A closed pipe must surface as EPIPE on write, not kill the process.
  signal(SIGPIPE, SIG_IGN);

  // lode's V8 defaults, set before the command line so that a user's flags override them. A
  // young generation that starts at 16 MB and may grow to 32 MB per semi-space cuts the
  // scavenges of allocation-heavy code (promise chains, streams); pages are committed only
  // when used, so an idle process pays well under a megabyte for it.
  const char kDefaultV8Flags[] = "--max-semi-space-size=32 --min-semi-space-size=16";
  v8::V8::SetFlagsFromString(kDefaultV8Flags, sizeof(kDefaultV8Flags) - 1);

  Options options;
  ParseResult parsed = ParseCommandLine(argc, argv, &options);
  if (parsed.action == ParseResult::Action::kExit) return parsed.exit_code;
  if (options.trace_startup) startup_trace.Enable();

  startup_trace.Begin();
  RegisterBuiltinBindings();
  startup_trace.End(1, "C++ bindings registered");
  if (options.print_bindings) {
    for (const BindingModule* module = FirstBinding(); module != nullptr; module = module->next) {
      printf("%s\n", module->name);
    }
    return 0;
  }

  v8::V8::InitializeICUDefaultLocation(argv[0]);
  platform = std::make_unique<Platform>(4);
  v8::V8::InitializePlatform(platform.get());
  v8::V8::Initialize();
  MarkMilestone(Milestone::kV8Start);

  array_buffer_allocator.reset(v8::ArrayBuffer::Allocator::NewDefaultAllocator());
  v8::Isolate::CreateParams params;
  v8::Isolate* isolate = NewIsolate(&params);

  int exit_code;
  {
    v8::Isolate::Scope isolate_scope(isolate);
    exit_code = RunEnvironment(isolate, uv_default_loop(), options, nullptr);
  }
  DisposeIsolate(isolate);
  v8::V8::Dispose();
  v8::V8::DisposePlatform();
  platform.reset();
  return exit_code;
}

}  // namespace lode
