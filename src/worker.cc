// The 'worker' binding: the Worker handle (see worker.h) and, inside a worker, what its
// JS needs to know about itself (thread id, resource limits, its end of the control channel).
#include "worker.h"

#include <algorithm>
#include <atomic>

#include "async_send.h"
#include "binding.h"
#include "cli.h"
#include "env.h"
#include "messaging.h"
#include "utils.h"

namespace lode {

namespace {

constexpr size_t kMB = 1024 * 1024;
// node's defaults: a 4 MB thread stack, of which V8 may use all but 192 KB (the rest is for
// native code called from JS).
constexpr double kDefaultStackSizeMb = 4;
constexpr size_t kStackBufferSize = 192 * 1024;
// Past the heap limit, room for the collection under way to finish once the worker is told
// to stop; no JS runs after it.
constexpr size_t kHeapLimitHeadroom = 16 * kMB;

std::atomic<uint64_t> next_thread_id{1};

// Key of the WorkerWrap a worker's Environment belongs to, in its binding data.
constexpr char kHostKey[] = "worker:host";

std::vector<std::string> ToStringList(v8::Isolate* isolate, v8::Local<v8::Array> array) {
  std::vector<std::string> list;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  for (uint32_t i = 0; i < array->Length(); i++) {
    v8::Local<v8::Value> item = array->Get(context, i).ToLocalChecked();
    CHECK(item->IsString());
    list.push_back(ToStdString(isolate, item));
  }
  return list;
}

// Requests still in flight (fs, dns on the thread pool) finish before the loop may close:
// their completions touch the loop and the Environment. Handles are closed and JS is off by
// now, so they only free themselves.
void FinishPendingRequests(uv_loop_t* loop) {
  uv_walk(loop, [](uv_handle_t* handle, void*) { uv_unref(handle); }, nullptr);
  uv_run(loop, UV_RUN_DEFAULT);
}

// Closes whatever a teardown left open, then the loop itself.
void CloseLoop(uv_loop_t* loop) {
  uv_walk(loop, [](uv_handle_t* handle, void*) {
    if (!uv_is_closing(handle)) uv_close(handle, nullptr);
  }, nullptr);
  uv_run(loop, UV_RUN_DEFAULT);
  WaitForAsyncSenders();  // see async_send.cc
  CHECK_EQ(uv_loop_close(loop), 0);
}

}  // namespace

WorkerWrap::WorkerWrap(Environment* env, v8::Local<v8::Object> object, Options options, const double* limits)
    : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&exit_async_)),
      options_(std::move(options)),
      thread_id_(next_thread_id.fetch_add(1)) {
  CHECK_EQ(uv_async_init(env->event_loop(), &exit_async_, OnThreadExited), 0);
  std::copy(limits, limits + kResourceLimitCount, resource_limits_);
  if (resource_limits_[kStackSizeMb] <= 0) resource_limits_[kStackSizeMb] = kDefaultStackSizeMb;
  stack_size_ = std::max(static_cast<size_t>(resource_limits_[kStackSizeMb] * kMB), 2 * kStackBufferSize);

  // Heap limits the caller left out are reported as V8 will apply them.
  bool any_heap_limit = resource_limits_[kMaxYoungGenerationSizeMb] > 0 ||
                        resource_limits_[kMaxOldGenerationSizeMb] > 0 || resource_limits_[kCodeRangeSizeMb] > 0;
  if (any_heap_limit) {
    v8::ResourceConstraints defaults;
    defaults.ConfigureDefaults(uv_get_total_memory(), 0);
    auto fill = [&](ResourceLimit which, size_t bytes) {
      if (resource_limits_[which] <= 0) resource_limits_[which] = static_cast<double>(bytes / kMB);
    };
    fill(kMaxYoungGenerationSizeMb, defaults.max_young_generation_size_in_bytes());
    fill(kMaxOldGenerationSizeMb, defaults.max_old_generation_size_in_bytes());
    fill(kCodeRangeSizeMb, defaults.code_range_size_in_bytes());
  }

  std::unique_ptr<MessagePortData> parent_port;
  MessagePortData::NewPair(&parent_port, &child_port_);
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> port;
  if (NewMessagePort(env, std::move(parent_port)).ToLocal(&port)) {
    object->Set(context, OneByteString(isolate, "messagePort"), port).Check();
  }
  object->Set(context, OneByteString(isolate, "threadId"),
              v8::Number::New(isolate, static_cast<double>(thread_id_))).Check();
}

WorkerWrap::~WorkerWrap() { CHECK(!thread_started_ || thread_joined_); }

void WorkerWrap::ConfigureIsolate(v8::Isolate::CreateParams* params) {
  v8::ResourceConstraints& constraints = params->constraints;
  if (resource_limits_[kMaxYoungGenerationSizeMb] > 0) {
    constraints.set_max_young_generation_size_in_bytes(
        static_cast<size_t>(resource_limits_[kMaxYoungGenerationSizeMb] * kMB));
  }
  if (resource_limits_[kMaxOldGenerationSizeMb] > 0) {
    constraints.set_max_old_generation_size_in_bytes(
        static_cast<size_t>(resource_limits_[kMaxOldGenerationSizeMb] * kMB));
  }
  if (resource_limits_[kCodeRangeSizeMb] > 0) {
    constraints.set_code_range_size_in_bytes(static_cast<size_t>(resource_limits_[kCodeRangeSizeMb] * kMB));
  }
}

bool WorkerWrap::StartThread() {
  if (thread_started_) return true;
  uv_thread_options_t thread_options;
  thread_options.flags = UV_THREAD_HAS_STACK_SIZE;
  thread_options.stack_size = stack_size_;
  if (uv_thread_create_ex(&thread_, &thread_options, ThreadMain, this) != 0) return false;
  thread_started_ = true;
  return true;
}

void WorkerWrap::ThreadMain(void* arg) { static_cast<WorkerWrap*>(arg)->Run(); }

void WorkerWrap::Run() {
  // V8's stack limit is measured from here, the top of the thread's stack as far as JS goes.
  uintptr_t stack_top = reinterpret_cast<uintptr_t>(&stack_top);
  CHECK_EQ(uv_loop_init(&loop_), 0);
  uv_loop_configure(&loop_, UV_METRICS_IDLE_TIME);  // for worker.performance.eventLoopUtilization()
  CHECK_EQ(uv_async_init(&loop_, &stop_async_, [](uv_async_t* handle) { uv_stop(handle->loop); }), 0);
  uv_unref(reinterpret_cast<uv_handle_t*>(&stop_async_));

  v8::Isolate::CreateParams params;
  ConfigureIsolate(&params);
  v8::Isolate* isolate = NewIsolate(&params);
  isolate->AddNearHeapLimitCallback(NearHeapLimit, this);
  bool run;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    isolate_ = isolate;
    stop_async_open_ = true;
    run = !stop_requested_;
  }
  int code = 1;
  if (run) {
    v8::Isolate::Scope isolate_scope(isolate);
    // Set once the thread has entered the isolate: entering resets it to V8's default.
    isolate->SetStackLimit(stack_top - (stack_size_ - kStackBufferSize));
    code = RunEnvironment(isolate, &loop_, options_, this);
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    isolate_ = nullptr;
    stop_async_open_ = false;
    if (!exit_code_set_) {
      exit_code_set_ = true;
      exit_code_ = code;
    }
  }
  uv_close(reinterpret_cast<uv_handle_t*>(&stop_async_), nullptr);
  CloseLoop(&loop_);
  DisposeIsolate(isolate);
  // The parent joins this thread in OnThreadExited; this object lives until then.
  uv_async_send(&exit_async_);
}

void WorkerWrap::EnvironmentCreated(Environment* env) {
  env->set_binding_data(kHostKey, this);
  env->set_track_unmanaged_fds(track_unmanaged_fds_);
  env->set_stop_handler(OnStopRequested, this);
  std::lock_guard<std::mutex> lock(mutex_);
  worker_env_ = env;
  loop_start_ = uv_hrtime();
  if (stop_requested_) env->RequestStop();
}

bool WorkerWrap::LoopTimes(double* elapsed_ms, double* idle_ms) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!stop_async_open_ || loop_start_ == 0) return false;
  *elapsed_ms = static_cast<double>(uv_hrtime() - loop_start_) / 1e6;
  *idle_ms = static_cast<double>(uv_metrics_idle_time(&loop_)) / 1e6;
  return true;
}

void WorkerWrap::EnvironmentStopping(Environment* env) {
  env->CloseUnmanagedFds();
  {
    std::lock_guard<std::mutex> lock(mutex_);
    worker_env_ = nullptr;
  }
  FinishPendingRequests(env->event_loop());
}

void WorkerWrap::Terminate() {
  std::lock_guard<std::mutex> lock(mutex_);
  stop_requested_ = true;
  // node reports 1 for a worker stopped while running, 0 for one stopped before it began.
  if (!exit_code_set_) {
    exit_code_set_ = true;
    exit_code_ = worker_env_ != nullptr ? 1 : 0;
  }
  if (worker_env_ != nullptr) worker_env_->RequestStop();
  if (isolate_ != nullptr) isolate_->TerminateExecution();
  if (stop_async_open_) uv_async_send(&stop_async_);
}

void WorkerWrap::StopWithCode(int code, const char* error_code, const char* error_message) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!exit_code_set_) {
    exit_code_set_ = true;
    exit_code_ = code;
    if (error_code != nullptr) {
      error_code_ = error_code;
      error_message_ = error_message;
    }
  }
  stop_requested_ = true;
  if (worker_env_ != nullptr) worker_env_->RequestStop();
  if (isolate_ != nullptr) isolate_->TerminateExecution();
}

void WorkerWrap::OnStopRequested(void* data, int code) {
  static_cast<WorkerWrap*>(data)->StopWithCode(code, nullptr, nullptr);
}

size_t WorkerWrap::NearHeapLimit(void* data, size_t current_limit, size_t initial_limit) {
  auto* self = static_cast<WorkerWrap*>(data);
  self->StopWithCode(1, "ERR_WORKER_OUT_OF_MEMORY", "JS heap out of memory");
  uv_stop(&self->loop_);
  return current_limit + kHeapLimitHeadroom;
}

std::unique_ptr<MessagePortData> WorkerWrap::TakeChildPort() {
  std::lock_guard<std::mutex> lock(mutex_);
  return std::move(child_port_);
}

void WorkerWrap::JoinThread() {
  if (!thread_started_ || thread_joined_) return;
  CHECK_EQ(uv_thread_join(&thread_), 0);
  thread_joined_ = true;
}

void WorkerWrap::OnThreadExited(uv_async_t* handle) {
  auto* self = static_cast<WorkerWrap*>(handle->data);
  self->JoinThread();
  Environment* env = self->env();
  if (env->can_call_into_js()) {
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Object> object = self->object();
    v8::Local<v8::Value> onexit;
    if (object->Get(env->context(), OneByteString(isolate, "onexit")).ToLocal(&onexit) && onexit->IsFunction()) {
      v8::Local<v8::Value> undefined = v8::Undefined(isolate);
      v8::Local<v8::Value> argv[] = {
          v8::Integer::New(isolate, self->exit_code_),
          self->error_code_.empty() ? undefined : ToV8String(isolate, self->error_code_).As<v8::Value>(),
          self->error_message_.empty() ? undefined : ToV8String(isolate, self->error_message_).As<v8::Value>()};
      env->MakeCallback(object, onexit.As<v8::Function>(), 3, argv);
    }
  }
  self->Close();
}

void WorkerWrap::OnClose() {
  // The parent is going away (or the worker already ended): never leave the thread behind.
  Terminate();
  JoinThread();
}

// JS -----------------------------------------------------------------------------------------

// new Worker(execArgv, optionValues, preloadModules, resourceLimits, trackUnmanagedFds):
// execArgv and the option
// values JS parsed from it (a flat [name, value, ...] list) replace the parent's when given;
// without execArgv, values and preloads (from the worker's NODE_OPTIONS) add to the parent's.
void WorkerWrap::New(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info.IsConstructCall());
  Environment* env = Environment::GetCurrent(info);
  v8::Isolate* isolate = env->isolate();
  Options options = env->options();
  if (info[0]->IsArray()) {
    CHECK(info[1]->IsArray() && info[2]->IsArray());
    options.exec_argv = ToStringList(isolate, info[0].As<v8::Array>());
    std::vector<std::string> values = ToStringList(isolate, info[1].As<v8::Array>());
    CHECK_EQ(values.size() % 2, 0u);
    options.values.clear();
    for (size_t i = 0; i < values.size(); i += 2) options.values[values[i]] = values[i + 1];
    options.preload_modules = ToStringList(isolate, info[2].As<v8::Array>());
  } else if (info[1]->IsArray()) {
    // No execArgv, but NODE_OPTIONS in the worker's env: the parent's options, plus those.
    CHECK(info[2]->IsArray());
    std::vector<std::string> values = ToStringList(isolate, info[1].As<v8::Array>());
    CHECK_EQ(values.size() % 2, 0u);
    for (size_t i = 0; i < values.size(); i += 2) options.values[values[i]] = values[i + 1];
    for (std::string& preload : ToStringList(isolate, info[2].As<v8::Array>())) {
      options.preload_modules.push_back(std::move(preload));
    }
  }
  CHECK(info[3]->IsFloat64Array());
  v8::Local<v8::Float64Array> limits = info[3].As<v8::Float64Array>();
  CHECK_EQ(limits->Length(), static_cast<size_t>(kResourceLimitCount));
  double values[kResourceLimitCount];
  limits->CopyContents(values, sizeof(values));
  auto* wrap = new WorkerWrap(env, info.This(), std::move(options), values);
  wrap->track_unmanaged_fds_ = info[4]->IsTrue();
}

namespace {

WorkerWrap* Unwrap(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return BaseObject::FromJSObject<WorkerWrap>(info.This());
}

v8::Local<v8::Float64Array> LimitsArray(v8::Isolate* isolate, const double* limits) {
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, sizeof(double) * WorkerWrap::kResourceLimitCount);
  std::copy(limits, limits + WorkerWrap::kResourceLimitCount, static_cast<double*>(buffer->Data()));
  return v8::Float64Array::New(buffer, 0, WorkerWrap::kResourceLimitCount);
}

// startThread() -> false when the OS would not start a thread.
void StartThread(const v8::FunctionCallbackInfo<v8::Value>& info) {
  WorkerWrap* worker = Unwrap(info);
  info.GetReturnValue().Set(worker != nullptr && worker->StartThread());
}

void StopThread(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (WorkerWrap* worker = Unwrap(info); worker != nullptr) worker->Terminate();
}

// loopTimes(Float64Array[2]) -> false before the worker's loop began or after it ended;
// else fills [elapsed ms, idle ms].
void LoopTimes(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsFloat64Array());
  WorkerWrap* worker = Unwrap(info);
  double elapsed;
  double idle;
  if (worker == nullptr || !worker->LoopTimes(&elapsed, &idle)) {
    info.GetReturnValue().Set(false);
    return;
  }
  auto* fields = static_cast<double*>(info[0].As<v8::Float64Array>()->Buffer()->Data());
  fields[0] = elapsed;
  fields[1] = idle;
  info.GetReturnValue().Set(true);
}

void GetResourceLimits(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (WorkerWrap* worker = Unwrap(info); worker != nullptr) {
    info.GetReturnValue().Set(LimitsArray(info.GetIsolate(), worker->resource_limits()));
  }
}

WorkerWrap* HostOf(Environment* env) { return static_cast<WorkerWrap*>(env->binding_data(kHostKey)); }

// splitNodeOptions(text) -> the words of a NODE_OPTIONS value as the command line's parser
// splits them, or the parser's error message (a string) when it cannot.
void SplitNodeOptionsForJS(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  CHECK(info[0]->IsString());
  std::vector<std::string> words;
  std::string error;
  if (!SplitNodeOptions(ToStdString(isolate, info[0]), &words, &error)) {
    info.GetReturnValue().Set(OneByteString(isolate, error.c_str()));
    return;
  }
  std::vector<v8::Local<v8::Value>> values;
  for (const std::string& word : words) {
    values.push_back(v8::String::NewFromUtf8(isolate, word.data(), v8::NewStringType::kNormal,
                                             static_cast<int>(word.size())).ToLocalChecked());
  }
  info.GetReturnValue().Set(v8::Array::New(isolate, values.data(), values.size()));
}

// In a worker: its end of the control channel, once; undefined after that and on the main thread.
void TakeControlPort(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  WorkerWrap* host = HostOf(env);
  if (host == nullptr) return;
  std::unique_ptr<MessagePortData> data = host->TakeChildPort();
  v8::Local<v8::Object> port;
  if (data != nullptr && NewMessagePort(env, std::move(data)).ToLocal(&port)) info.GetReturnValue().Set(port);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();

  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, WorkerWrap::New);
  tmpl->SetClassName(OneByteString(isolate, "Worker"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  HandleWrap::AddMethods(isolate, tmpl);
  SetProtoMethod(isolate, tmpl, "startThread", StartThread);
  SetProtoMethod(isolate, tmpl, "stopThread", StopThread);
  SetProtoMethod(isolate, tmpl, "getResourceLimits", GetResourceLimits);
  SetProtoMethod(isolate, tmpl, "loopTimes", LoopTimes);
  SetConstant(context, target, "Worker", tmpl->GetFunction(context).ToLocalChecked());

  SetMethod(context, target, "takeControlPort", TakeControlPort);
  SetMethod(context, target, "splitNodeOptions", SplitNodeOptionsForJS);
  SetConstant(context, target, "isMainThread", v8::Boolean::New(isolate, env->is_main_thread()));
  SetConstant(context, target, "threadId", static_cast<double>(env->thread_id()));
  if (WorkerWrap* host = HostOf(env); host != nullptr) {
    SetConstant(context, target, "resourceLimits", LimitsArray(isolate, host->resource_limits()));
  }
  SetConstant(context, target, "kMaxYoungGenerationSizeMb", WorkerWrap::kMaxYoungGenerationSizeMb);
  SetConstant(context, target, "kMaxOldGenerationSizeMb", WorkerWrap::kMaxOldGenerationSizeMb);
  SetConstant(context, target, "kCodeRangeSizeMb", WorkerWrap::kCodeRangeSizeMb);
  SetConstant(context, target, "kStackSizeMb", WorkerWrap::kStackSizeMb);
  SetConstant(context, target, "kResourceLimitCount", WorkerWrap::kResourceLimitCount);
}

}  // namespace
}  // namespace lode

LODE_BINDING(worker, lode::Initialize)
