#include "env.h"

#include <unistd.h>

#include <algorithm>
#include <cstring>

#include "binding.h"
#include "block_watchdog.h"
#include "external_memory.h"
#include "loop_trace.h"
#include "errors.h"
#include "handle_wrap.h"
#include "lode.h"
#include "utils.h"

namespace lode {

Environment::Environment(v8::Isolate* isolate, uv_loop_t* loop, const Options* options)
    : isolate_(isolate), loop_(loop), options_(options) {
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context;
  {
    // The flags V8 reads as it makes a context must not be in the middle of a change.
    std::lock_guard<std::mutex> lock(V8FlagsMutex());
    context = v8::Context::New(isolate);
  }
  context->SetAlignedPointerInEmbedderData(kContextEmbedderSlot, this);
  context_.Reset(isolate, context);

  v8::Context::Scope context_scope(context);
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, TickInfo::kFieldCount);
  tick_info_.fields = static_cast<uint8_t*>(buffer->GetBackingStore()->Data());
  memset(tick_info_.fields, 0, TickInfo::kFieldCount);
  tick_info_buffer_.Reset(isolate, buffer);
}

Environment::~Environment() {
  v8::HandleScope handle_scope(isolate_);
  context()->SetAlignedPointerInEmbedderData(kContextEmbedderSlot, nullptr);
}

Environment* Environment::GetCurrent(v8::Local<v8::Context> context) {
  if (context.IsEmpty() || context->GetNumberOfEmbedderDataFields() <= kContextEmbedderSlot) {
    return nullptr;
  }
  return static_cast<Environment*>(context->GetAlignedPointerFromEmbedderData(kContextEmbedderSlot));
}

v8::MaybeLocal<v8::Object> Environment::GetBinding(const std::string& name) {
  auto cached = bindings_.find(name);
  if (cached != bindings_.end()) return cached->second.Get(isolate_);

  const BindingModule* module = FindBinding(name.c_str());
  if (module == nullptr) {
    isolate_->ThrowException(v8::Exception::Error(ToV8String(isolate_, "No such binding: " + name)));
    return {};
  }
  v8::EscapableHandleScope scope(isolate_);
  v8::Local<v8::Object> exports = v8::Object::New(isolate_);
  module->initialize(this, exports);
  bindings_.emplace(name, v8::Global<v8::Object>(isolate_, exports));
  return scope.Escape(exports);
}

void Environment::ProcessTicksAndRejections() {
  if (!can_call_into_js_ || tick_depth_ > 0) return;
  v8::HandleScope handle_scope(isolate_);
  // With no tick queued, the microtask queue is drained here without entering JS; the JS
  // tick callback runs only when nextTick work or a rejection report is pending.
  if (!tick_info_.has_tick_scheduled() && !tick_info_.has_rejection_to_warn()) {
    isolate_->PerformMicrotaskCheckpoint();
  }
  if (!tick_info_.has_tick_scheduled() && !tick_info_.has_rejection_to_warn()) return;
  if (tick_callback_.IsEmpty()) return;

  tick_depth_++;
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Context> ctx = context();
  v8::MaybeLocal<v8::Value> result = tick_callback()->Call(ctx, process_object(), 0, nullptr);
  tick_depth_--;
  if (result.IsEmpty() && try_catch.HasCaught() && !try_catch.HasTerminated()) {
    TriggerUncaughtException(this, try_catch.Exception(), try_catch.Message());
    // The handler may have recovered (an 'uncaughtException' listener): keep draining.
    ProcessTicksAndRejections();
  }
}

CallbackScope::CallbackScope(Environment* env)
    : env_(env), outermost_(env->callback_depth_++ == 0) {
  if (!outermost_) return;
  if (env->loop_tracer_ != nullptr) started_ = uv_hrtime();
  if (env->watchdog_ != nullptr) env->watchdog_->MacrotaskStarted();
}

CallbackScope::~CallbackScope() {
  if (outermost_) env_->ProcessTicksAndRejections();
  env_->callback_depth_--;
  if (!outermost_) return;
  if (env_->watchdog_ != nullptr) env_->watchdog_->MacrotaskEnded();
  if (env_->loop_tracer_ != nullptr) {
    using Source = Environment::CallbackSource;
    Source source = env_->callback_source_;
    env_->loop_tracer_->OnCallback(source == Source::kTimers       ? LoopTracer::Source::kTimers
                                   : source == Source::kImmediates ? LoopTracer::Source::kImmediates
                                                                   : LoopTracer::Source::kOther,
                                   uv_hrtime() - started_);
  }
}

v8::MaybeLocal<v8::Value> Environment::CallIntoJS(v8::Local<v8::Object> receiver,
                                                  v8::Local<v8::Function> fn, int argc,
                                                  v8::Local<v8::Value> argv[]) {
  if (!can_call_into_js_) return {};
  v8::EscapableHandleScope scope(isolate_);
  v8::Local<v8::Context> ctx = context();
  v8::Context::Scope context_scope(ctx);
  v8::TryCatch try_catch(isolate_);
  v8::MaybeLocal<v8::Value> result = fn->Call(ctx, receiver, argc, argv);
  if (result.IsEmpty()) {
    if (!try_catch.HasTerminated()) {
      TriggerUncaughtException(this, try_catch.Exception(), try_catch.Message());
    }
    return {};
  }
  return scope.Escape(result.ToLocalChecked());
}

namespace {
v8::Local<v8::Private> AsyncFrameSymbol(v8::Isolate* isolate) {
  return v8::Private::ForApi(isolate, OneByteString(isolate, "lode:asyncFrame"));
}
}  // namespace

void Environment::CaptureAsyncFrame(v8::Local<v8::Object> object) {
  v8::Local<v8::Context> ctx = context();
  v8::Local<v8::Value> frame = ctx->GetContinuationPreservedEmbedderData();
  if (frame->IsUndefined()) return;
  async_frames_captured_ = true;
  object->SetPrivate(ctx, AsyncFrameSymbol(isolate_), frame).Check();
}

AsyncFrameScope::AsyncFrameScope(Environment* env, v8::Local<v8::Object> receiver) : env_(env) {
  if (!env->async_frames_captured_) return;
  v8::Local<v8::Context> ctx = env->context();
  v8::Local<v8::Value> frame;
  if (!receiver->GetPrivate(ctx, AsyncFrameSymbol(env->isolate())).ToLocal(&frame) || frame->IsUndefined()) return;
  prior_frame_ = ctx->GetContinuationPreservedEmbedderData();
  ctx->SetContinuationPreservedEmbedderData(frame);
}

AsyncFrameScope::~AsyncFrameScope() {
  if (!prior_frame_.IsEmpty()) env_->context()->SetContinuationPreservedEmbedderData(prior_frame_);
}

v8::MaybeLocal<v8::Value> Environment::MakeCallback(v8::Local<v8::Object> receiver,
                                                    v8::Local<v8::Function> fn, int argc,
                                                    v8::Local<v8::Value> argv[]) {
  v8::EscapableHandleScope scope(isolate_);
  v8::Local<v8::Value> result;
  bool ok;
  {
    AsyncFrameScope frame(this, receiver);
    CallbackScope callback_scope(this);
    ok = CallIntoJS(receiver, fn, argc, argv).ToLocal(&result);
  }
  if (!ok) return {};
  return scope.Escape(result);
}

bool Environment::EmitBeforeExit() {
  if (emit_before_exit_.IsEmpty() || !can_call_into_js()) return true;
  v8::HandleScope handle_scope(isolate_);
  MakeCallback(process_object(), emit_before_exit_.Get(isolate_), 0, nullptr);
  return can_call_into_js();
}

int Environment::EmitExit() {
  v8::HandleScope handle_scope(isolate_);
  stopping_ = true;
  if (emit_exit_.IsEmpty() || !can_call_into_js()) return 1;
  v8::Local<v8::Context> ctx = context();
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Value> code;
  if (!emit_exit_.Get(isolate_)->Call(ctx, process_object(), 0, nullptr).ToLocal(&code)) {
    // An 'exit' listener threw: report it as uncaught. If an 'uncaughtException' listener
    // handled it, the process exits with process.exitCode as usual.
    TriggerUncaughtException(this, try_catch.Exception(), try_catch.Message());
    v8::Local<v8::Value> exit_code;
    if (!process_object()->Get(ctx, OneByteString(isolate_, "exitCode")).ToLocal(&exit_code)) return 1;
    return exit_code->IsNumber() || exit_code->IsString() ? exit_code->Int32Value(ctx).FromMaybe(0) : 0;
  }
  // Node drains the microtask queue once more after 'exit' (nextTick is closed by then).
  isolate_->PerformMicrotaskCheckpoint();
  return code->Int32Value(ctx).FromMaybe(1);
}

void Environment::AddCleanupHook(void (*fn)(void*), void* arg) {
  cleanup_hooks_.push_back({fn, arg});
}

void Environment::RemoveCleanupHook(void (*fn)(void*), void* arg) {
  auto match = [&](const CleanupHook& hook) { return hook.fn == fn && hook.arg == arg; };
  cleanup_hooks_.erase(std::remove_if(cleanup_hooks_.begin(), cleanup_hooks_.end(), match),
                       cleanup_hooks_.end());
}

void Environment::RunCleanup() {
  can_call_into_js_ = false;
  // Close every handle still open, then let libuv deliver the close callbacks (which free
  // the C++ side), then run the hooks, newest first.
  for (HandleWrap* handle : std::list<HandleWrap*>(handles_)) handle->Close();
  uv_run(loop_, UV_RUN_NOWAIT);
  while (!cleanup_hooks_.empty()) {
    CleanupHook hook = cleanup_hooks_.back();
    cleanup_hooks_.pop_back();
    hook.fn(hook.arg);
  }
  uv_run(loop_, UV_RUN_NOWAIT);
}

void Environment::Exit(int code) {
  if (!is_main_thread()) {
    stopping_ = true;
    can_call_into_js_ = false;
    uv_stop(loop_);
    if (stop_handler_ != nullptr) stop_handler_(stop_handler_data_, code);
    // The handler asked V8 to terminate, but V8 acts on that only when JS next enters a
    // function: run a trivial script now, so the termination unwinds the JS that called
    // process.exit() before another statement of it runs.
    isolate_->TerminateExecution();
    v8::HandleScope scope(isolate_);
    v8::Local<v8::Context> context = this->context();
    v8::Local<v8::Script> script;
    if (v8::Script::Compile(context, v8::String::NewFromUtf8Literal(isolate_, "0")).ToLocal(&script)) {
      USE(script->Run(context));
    }
    return;
  }
  FinishStartupTrace();
  uv_tty_reset_mode();  // a terminal left in raw mode (tty.ReadStream#setRawMode) is unusable
  fflush(stdout);
  fflush(stderr);
  _exit(code);
}

namespace {

void WarnAboutFd(Environment* env, const std::string& message) {
  if (!env->can_call_into_js()) return;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Value> emit;
  if (!env->process_object()->Get(context, OneByteString(isolate, "emitWarning")).ToLocal(&emit) ||
      !emit->IsFunction()) {
    return;
  }
  v8::Local<v8::Value> argv[] = {OneByteString(isolate, message.c_str())};
  v8::TryCatch try_catch(isolate);  // a warning that fails to be made is not the caller's error
  USE(emit.As<v8::Function>()->Call(context, env->process_object(), 1, argv));
}

}  // namespace

void Environment::AddUnmanagedFd(int fd) {
  if (!track_unmanaged_fds_ || fd < 0) return;
  if (!unmanaged_fds_.insert(fd).second) {
    WarnAboutFd(this, "File descriptor " + std::to_string(fd) + " opened in unmanaged mode twice");
  }
}

void Environment::RemoveUnmanagedFd(int fd) {
  if (!track_unmanaged_fds_ || fd < 0) return;
  if (unmanaged_fds_.erase(fd) == 0) {
    WarnAboutFd(this, "File descriptor " + std::to_string(fd) + " closed but not opened in unmanaged mode");
  }
}

void Environment::CloseUnmanagedFds() {
  for (int fd : unmanaged_fds_) {
    uv_fs_t req;
    uv_fs_close(nullptr, &req, fd, nullptr);
    uv_fs_req_cleanup(&req);
  }
  unmanaged_fds_.clear();
}

}  // namespace lode
