// The 'contextify' binding: compiling user code (CommonJS modules, -e scripts) and the vm
// module's contexts and scripts (ContextifyContext in contextify_context.cc).
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <memory>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "base_object.h"
#include "binding.h"
#include "contextify_context.h"
#include "env.h"
#include "errors.h"
#include "utils.h"

#include <cstring>

namespace lode {
namespace {

// compileFunction(code, filename, parameterNames[, lineOffset, columnOffset, parsingContext,
// contextExtensions, cachedData, produceCachedData]) -> function. A SyntaxError keeps the
// arrow to the user's line, so the report points at the user's code. With cachedData the
// function says `cachedDataRejected`; with produceCachedData, `cachedDataProduced` and
// `cachedData` (an ArrayBuffer).
void SetCacheResults(v8::Isolate* isolate, v8::Local<v8::Object> target, const v8::ScriptCompiler::CachedData* consumed,
                     std::unique_ptr<v8::ScriptCompiler::CachedData> produced, bool produce);
void CompileFunction(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  v8::Isolate* isolate = info.GetIsolate();
  CHECK(info[0]->IsString());
  CHECK(info[1]->IsString());
  CHECK(info[2]->IsArray());
  v8::Local<v8::Context> context = env->context();
  if (ContextifyContext* parsing = ContextifyContext::FromSandbox(env, info[5])) context = parsing->context();
  v8::Local<v8::Array> names = info[2].As<v8::Array>();
  std::vector<v8::Local<v8::String>> parameters;
  for (uint32_t i = 0; i < names->Length(); i++) {
    v8::Local<v8::Value> name = names->Get(env->context(), i).ToLocalChecked();
    CHECK(name->IsString());
    parameters.push_back(name.As<v8::String>());
  }
  std::vector<v8::Local<v8::Object>> extensions;
  if (info[6]->IsArray()) {
    v8::Local<v8::Array> list = info[6].As<v8::Array>();
    for (uint32_t i = 0; i < list->Length(); i++) {
      v8::Local<v8::Value> extension = list->Get(env->context(), i).ToLocalChecked();
      CHECK(extension->IsObject());
      extensions.push_back(extension.As<v8::Object>());
    }
  }
  int line_offset = info[3]->IsInt32() ? info[3].As<v8::Int32>()->Value() : 0;
  int column_offset = info[4]->IsInt32() ? info[4].As<v8::Int32>()->Value() : 0;
  v8::ScriptOrigin origin(isolate, info[1], line_offset, column_offset, false);
  v8::ScriptCompiler::CachedData* cached = nullptr;
  if (info[7]->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = info[7].As<v8::ArrayBufferView>();
    cached = new v8::ScriptCompiler::CachedData(
        static_cast<const uint8_t*>(view->Buffer()->Data()) + view->ByteOffset(), static_cast<int>(view->ByteLength()));
  }
  v8::ScriptCompiler::Source source(info[0].As<v8::String>(), origin, cached);  // owns `cached`
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Function> fn;
  if (!v8::ScriptCompiler::CompileFunction(
           context, &source, parameters.size(), parameters.data(), extensions.size(), extensions.data(),
           cached != nullptr ? v8::ScriptCompiler::kConsumeCodeCache : v8::ScriptCompiler::kNoCompileOptions)
           .ToLocal(&fn)) {
    AttachArrowMessage(isolate, try_catch.Exception(), try_catch.Message());
    try_catch.ReThrow();
    return;
  }
  bool produce = info[8]->IsTrue();
  SetCacheResults(isolate, fn, source.GetCachedData(),
                  produce ? std::unique_ptr<v8::ScriptCompiler::CachedData>(v8::ScriptCompiler::CreateCodeCacheForFunction(fn))
                          : nullptr,
                  produce);
  info.GetReturnValue().Set(fn);
}

void SetCacheResults(v8::Isolate* isolate, v8::Local<v8::Object> target, const v8::ScriptCompiler::CachedData* consumed,
                     std::unique_ptr<v8::ScriptCompiler::CachedData> produced, bool produce) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (consumed != nullptr) {
    USE(target->Set(context, OneByteString(isolate, "cachedDataRejected"), v8::Boolean::New(isolate, consumed->rejected)));
  }
  if (!produce) return;
  if (produced != nullptr) {
    v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, produced->length);
    memcpy(buffer->GetBackingStore()->Data(), produced->data, produced->length);
    USE(target->Set(context, OneByteString(isolate, "cachedData"), buffer));
  }
  USE(target->Set(context, OneByteString(isolate, "cachedDataProduced"), v8::Boolean::New(isolate, produced != nullptr)));
}

// runInThisContext(code, filename) -> completion value of the script.
void RunInThisContext(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  v8::Isolate* isolate = info.GetIsolate();
  CHECK(info[0]->IsString());
  CHECK(info[1]->IsString());
  v8::Local<v8::Context> context = env->context();
  v8::ScriptOrigin origin(isolate, info[1], 0, 0, false);
  v8::ScriptCompiler::Source source(info[0].As<v8::String>(), origin);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Script> script;
  if (!v8::ScriptCompiler::Compile(context, &source).ToLocal(&script)) {
    AttachArrowMessage(isolate, try_catch.Exception(), try_catch.Message());
    try_catch.ReThrow();
    return;
  }
  try_catch.Reset();
  v8::Local<v8::Value> result;
  if (!script->Run(context).ToLocal(&result)) {
    if (!try_catch.HasTerminated()) {
      AttachArrowMessage(isolate, try_catch.Exception(), try_catch.Message());
      try_catch.ReThrow();
    }
    return;
  }
  info.GetReturnValue().Set(result);
}

// makeContext(sandbox, name, origin, allowStrings, allowWasm): contextifies the sandbox.
void MakeContext(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  CHECK(info[0]->IsObject());
  ContextifyContext::Options options;
  options.name = ToStdString(info.GetIsolate(), info[1]);
  options.origin = info[2]->IsString() ? ToStdString(info.GetIsolate(), info[2]) : "";
  options.allow_code_generation_from_strings = !info[3]->IsFalse();
  options.allow_wasm = !info[4]->IsFalse();
  ContextifyContext::Make(env, info[0].As<v8::Object>(), options);
}

void IsContext(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  info.GetReturnValue().Set(ContextifyContext::FromSandbox(env, info[0]) != nullptr);
}

// Stops a script that runs past its timeout: a thread waits, then terminates execution.
class ExecutionTimer {
 public:
  ExecutionTimer(v8::Isolate* isolate, int64_t timeout_ms) : isolate_(isolate) {
    if (timeout_ms <= 0) return;
    thread_ = std::thread([this, timeout_ms] {
      std::unique_lock<std::mutex> lock(mutex_);
      if (!wake_.wait_for(lock, std::chrono::milliseconds(timeout_ms), [this] { return done_; })) {
        timed_out_ = true;
        isolate_->TerminateExecution();
      }
    });
  }
  ~ExecutionTimer() { Stop(); }
  void Stop() {
    if (!thread_.joinable()) return;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      done_ = true;
    }
    wake_.notify_all();
    thread_.join();
  }
  bool timed_out() const { return timed_out_; }

 private:
  v8::Isolate* isolate_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool done_ = false;
  bool timed_out_ = false;
  std::thread thread_;
};

// While a script runs with breakOnSigint: SIGINT stops the script (and reaches no 'SIGINT'
// listener) instead of whatever it would do otherwise. The signal handler only writes to a
// pipe; a thread reading it stops the isolate. One at a time in the process: a nested or
// concurrent run leaves SIGINT to the outer one.
class SigintWatchdog {
 public:
  SigintWatchdog(v8::Isolate* isolate, bool enabled) : isolate_(isolate) {
    if (!enabled) return;
    std::lock_guard<std::mutex> lock(ActiveMutex());
    if (active_pipe_write >= 0 || pipe(pipe_) != 0) return;
    struct sigaction action {};
    action.sa_handler = OnSigint;
    sigemptyset(&action.sa_mask);
    if (sigaction(SIGINT, &action, &previous_) != 0) {
      close(pipe_[0]);
      close(pipe_[1]);
      return;
    }
    active_pipe_write = pipe_[1];
    installed_ = true;
    thread_ = std::thread([this] {
      char byte = 0;
      while (read(pipe_[0], &byte, 1) < 0 && errno == EINTR) {
      }
      std::lock_guard<std::mutex> lock(mutex_);
      if (byte == 's' && !done_) {
        interrupted_ = true;
        isolate_->TerminateExecution();
      }
    });
  }
  ~SigintWatchdog() { Stop(); }
  // Puts SIGINT back as it was. True if the signal stopped the script.
  bool Stop() {
    if (!installed_) return interrupted_;
    installed_ = false;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      done_ = true;
    }
    {
      std::lock_guard<std::mutex> lock(ActiveMutex());
      sigaction(SIGINT, &previous_, nullptr);
      active_pipe_write = -1;
    }
    char stop = 'x';
    while (write(pipe_[1], &stop, 1) < 0 && errno == EINTR) {
    }
    thread_.join();
    close(pipe_[0]);
    close(pipe_[1]);
    return interrupted_;
  }

 private:
  static std::mutex& ActiveMutex() {
    static std::mutex mutex;
    return mutex;
  }
  static void OnSigint(int) {
    int saved = errno;
    int fd = active_pipe_write;
    char byte = 's';
    if (fd >= 0) USE(write(fd, &byte, 1));
    errno = saved;
  }
  static inline volatile sig_atomic_t active_pipe_write = -1;

  v8::Isolate* isolate_;
  int pipe_[2] = {-1, -1};
  struct sigaction previous_ {};
  bool installed_ = false;
  std::mutex mutex_;
  bool done_ = false;
  bool interrupted_ = false;
  std::thread thread_;
};

// measureMemory(detailed, eager) -> a promise of V8's estimate of the JS heap: in total, and,
// when detailed, for the calling context and each other context it may reach (vm contexts).
void MeasureMemory(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver)) return;
  auto mode = info[0]->IsTrue() ? v8::MeasureMemoryMode::kDetailed : v8::MeasureMemoryMode::kSummary;
  auto execution = info[1]->IsTrue() ? v8::MeasureMemoryExecution::kEager : v8::MeasureMemoryExecution::kDefault;
  isolate->MeasureMemory(v8::MeasureMemoryDelegate::Default(isolate, context, resolver, mode), execution);
  info.GetReturnValue().Set(resolver->GetPromise());
}

// A compiled vm.Script, not yet bound to a context (weak: owned by its JS object).
class ContextifyScript : public BaseObject {
 public:
  ContextifyScript(Environment* env, v8::Local<v8::Object> object) : BaseObject(env, object) { MakeWeak(); }

  // new ContextifyScript(code, filename, lineOffset, columnOffset, cachedData, produceCachedData)
  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    Environment* env = Environment::GetCurrent(info);
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> context = env->context();
    CHECK(info.IsConstructCall());
    CHECK(info[0]->IsString() && info[1]->IsString());
    auto* self = new ContextifyScript(env, info.This());
    int line_offset = info[2]->IsInt32() ? info[2].As<v8::Int32>()->Value() : 0;
    int column_offset = info[3]->IsInt32() ? info[3].As<v8::Int32>()->Value() : 0;
    v8::ScriptOrigin origin(isolate, info[1], line_offset, column_offset, false);
    v8::ScriptCompiler::CachedData* cached = nullptr;
    if (info[4]->IsArrayBufferView()) {
      v8::Local<v8::ArrayBufferView> view = info[4].As<v8::ArrayBufferView>();
      cached = new v8::ScriptCompiler::CachedData(
          static_cast<const uint8_t*>(view->Buffer()->Data()) + view->ByteOffset(),
          static_cast<int>(view->ByteLength()));
    }
    v8::ScriptCompiler::Source source(info[0].As<v8::String>(), origin, cached);
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::UnboundScript> script;
    if (!v8::ScriptCompiler::CompileUnboundScript(
             isolate, &source, cached ? v8::ScriptCompiler::kConsumeCodeCache : v8::ScriptCompiler::kNoCompileOptions)
             .ToLocal(&script)) {
      AttachArrowMessage(isolate, try_catch.Exception(), try_catch.Message());
      DecorateErrorStack(isolate, try_catch.Exception());  // as node: a script that does not compile
      try_catch.ReThrow();
      return;
    }
    self->script_.Reset(isolate, script);
    v8::Local<v8::Object> object = info.This();
    if (cached != nullptr) {
      object->Set(context, OneByteString(isolate, "cachedDataRejected"),
                  v8::Boolean::New(isolate, source.GetCachedData()->rejected)).Check();
    }
    if (info[5]->IsTrue()) {
      std::unique_ptr<v8::ScriptCompiler::CachedData> data(v8::ScriptCompiler::CreateCodeCache(script));
      bool produced = data != nullptr;
      if (produced) {
        v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, data->length);
        memcpy(buffer->GetBackingStore()->Data(), data->data, data->length);
        object->Set(context, OneByteString(isolate, "cachedData"), buffer).Check();
      }
      object->Set(context, OneByteString(isolate, "cachedDataProduced"), v8::Boolean::New(isolate, produced)).Check();
    }
  }

  // runInContext(sandbox | null, timeout, breakOnSigint) -> completion value. A timeout throws
  // an Error whose code is ERR_SCRIPT_EXECUTION_TIMEOUT, a SIGINT (with breakOnSigint) one with
  // ERR_SCRIPT_EXECUTION_INTERRUPTED (the JS side builds node's errors from them).
  static void RunInContext(const v8::FunctionCallbackInfo<v8::Value>& info) {
    Environment* env = Environment::GetCurrent(info);
    v8::Isolate* isolate = info.GetIsolate();
    auto* self = BaseObject::FromJSObject<ContextifyScript>(info.This());
    if (self == nullptr || self->script_.IsEmpty()) return;
    v8::Local<v8::Context> context = env->context();
    if (!info[0]->IsNullOrUndefined()) {
      ContextifyContext* target = ContextifyContext::FromSandbox(env, info[0]);
      CHECK(target != nullptr);
      context = target->context();
    }
    int64_t timeout = info[1]->IsNumber() ? static_cast<int64_t>(info[1].As<v8::Number>()->Value()) : -1;
    v8::Context::Scope context_scope(context);
    v8::Local<v8::Script> script = self->script_.Get(isolate)->BindToCurrentContext();
    v8::TryCatch try_catch(isolate);
    v8::MaybeLocal<v8::Value> result;
    bool timed_out;
    bool interrupted;
    {
      ExecutionTimer timer(isolate, timeout);
      SigintWatchdog sigint(isolate, info[2]->IsTrue());
      result = script->Run(context);
      timer.Stop();
      interrupted = sigint.Stop();
      timed_out = timer.timed_out();
    }
    if (timed_out || interrupted) {
      isolate->CancelTerminateExecution();
      const char* message = timed_out ? "Script execution timed out" : "Script execution was interrupted by `SIGINT`";
      const char* code = timed_out ? "ERR_SCRIPT_EXECUTION_TIMEOUT" : "ERR_SCRIPT_EXECUTION_INTERRUPTED";
      v8::Local<v8::Object> error = v8::Exception::Error(OneByteString(isolate, message)).As<v8::Object>();
      error->Set(env->context(), OneByteString(isolate, "code"), OneByteString(isolate, code)).Check();
      isolate->ThrowException(error);
      try_catch.ReThrow();  // past this function's own TryCatch
      return;
    }
    if (result.IsEmpty()) {
      if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
        AttachArrowMessage(isolate, try_catch.Exception(), try_catch.Message());
        try_catch.ReThrow();
      }
      return;
    }
    info.GetReturnValue().Set(result.ToLocalChecked());
  }

  static void CreateCachedData(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    auto* self = BaseObject::FromJSObject<ContextifyScript>(info.This());
    if (self == nullptr || self->script_.IsEmpty()) return;
    std::unique_ptr<v8::ScriptCompiler::CachedData> data(v8::ScriptCompiler::CreateCodeCache(self->script_.Get(isolate)));
    size_t length = data ? static_cast<size_t>(data->length) : 0;
    v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, length);
    if (length) memcpy(buffer->GetBackingStore()->Data(), data->data, length);
    info.GetReturnValue().Set(buffer);
  }

 private:
  v8::Global<v8::UnboundScript> script_;
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "compileFunction", CompileFunction);
  SetMethod(context, target, "measureMemory", MeasureMemory);
  SetMethod(context, target, "runInThisContext", RunInThisContext);
  SetMethod(context, target, "makeContext", MakeContext);
  SetMethod(context, target, "isContext", IsContext);
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::FunctionTemplate> script = v8::FunctionTemplate::New(isolate, ContextifyScript::New);
  script->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  script->SetClassName(OneByteString(isolate, "ContextifyScript"));
  SetProtoMethod(isolate, script, "runInContext", ContextifyScript::RunInContext);
  SetProtoMethod(isolate, script, "createCachedData", ContextifyScript::CreateCachedData);
  target->Set(context, OneByteString(isolate, "ContextifyScript"), script->GetFunction(context).ToLocalChecked()).Check();
}

}  // namespace
}  // namespace lode

LODE_BINDING(contextify, lode::Initialize)
