// The 'timers' binding: the loop side of setTimeout and setImmediate.
//
// Timers: one uv_timer_t per Environment serves every JS timer. JS keeps the lists and the
// heap (lib/internal/timers.js) and tells C++ only the nearest expiry (scheduleTimer) and
// whether the loop must stay alive for it (toggleTimerRef). When the uv timer fires, C++
// calls processTimers(now), which returns the next expiry: > 0 ref'd, < 0 unref'd, 0 none.
//
// Immediates: a uv_check_t runs processImmediate in the check phase whenever JS has queued
// any (immediateInfo[kCount]); while ref'd immediates are pending, an idle handle keeps poll
// from blocking, so they run on the next iteration.
#include "binding.h"
#include "env.h"
#include "utils.h"

namespace lode {
namespace {

class TimersState {
 public:
  enum ImmediateField { kCount, kRefCount, kHasOutstanding, kFieldCount };

  explicit TimersState(Environment* env) : env_(env) {
    uv_loop_t* loop = env->event_loop();
    uv_timer_init(loop, &timer_);
    timer_.data = this;
    uv_unref(reinterpret_cast<uv_handle_t*>(&timer_));
    uv_check_init(loop, &check_);
    check_.data = this;
    uv_unref(reinterpret_cast<uv_handle_t*>(&check_));
    uv_check_start(&check_, CheckImmediate);
    uv_idle_init(loop, &idle_);
    idle_.data = this;
    v8::Isolate* isolate = env->isolate();
    v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, sizeof(uint32_t) * kFieldCount);
    immediate_info_ = static_cast<uint32_t*>(buffer->GetBackingStore()->Data());
    for (int i = 0; i < kFieldCount; i++) immediate_info_[i] = 0;
    immediate_info_buffer_.Reset(isolate, buffer);
    env->AddCleanupHook(Cleanup, this);
  }

  v8::Local<v8::Uint32Array> ImmediateInfo() const {
    return v8::Uint32Array::New(immediate_info_buffer_.Get(env_->isolate()), 0, kFieldCount);
  }

  void SetCallbacks(v8::Local<v8::Function> process_immediate, v8::Local<v8::Function> process_timers) {
    process_immediate_.Reset(env_->isolate(), process_immediate);
    process_timers_.Reset(env_->isolate(), process_timers);
  }

  void Schedule(int64_t duration_ms) {
    uv_timer_start(&timer_, RunTimers, duration_ms < 1 ? 1 : static_cast<uint64_t>(duration_ms), 0);
  }

  void ToggleTimerRef(bool ref) {
    if (ref) uv_ref(reinterpret_cast<uv_handle_t*>(&timer_));
    else uv_unref(reinterpret_cast<uv_handle_t*>(&timer_));
  }

  void ToggleImmediateRef(bool ref) {
    if (ref) uv_idle_start(&idle_, [](uv_idle_t*) {});
    else uv_idle_stop(&idle_);
  }

  static TimersState* From(const v8::FunctionCallbackInfo<v8::Value>& info) {
    return static_cast<TimersState*>(info.Data().As<v8::External>()->Value());
  }

 private:
  static void RunTimers(uv_timer_t* handle) {
    auto* self = static_cast<TimersState*>(handle->data);
    Environment* env = self->env_;
    if (!env->can_call_into_js() || self->process_timers_.IsEmpty()) return;
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Value> now = v8::Number::New(isolate, static_cast<double>(uv_now(env->event_loop())));
    CallbackSourceScope source(env, Environment::CallbackSource::kTimers);
    // Reschedule from processTimers' answer before ticks and microtasks run (they run when
    // the scope closes): timers they set must be able to move the schedule earlier.
    CallbackScope callback_scope(env);
    v8::Local<v8::Value> next;
    // If processTimers throws (the error has been reported by then), call it again: the
    // timers still due must run, as node does.
    bool ok = false;
    while (env->can_call_into_js() && !env->is_stopping() &&
           !(ok = env->CallIntoJS(env->process_object(), self->process_timers_.Get(isolate), 1, &now).ToLocal(&next))) {
    }
    if (ok) {
      double next_expiry = next->IsNumber() ? next.As<v8::Number>()->Value() : 0;
      if (next_expiry == 0) {
        uv_timer_stop(&self->timer_);
      } else {
        double absolute = next_expiry > 0 ? next_expiry : -next_expiry;
        double delay = absolute - static_cast<double>(uv_now(env->event_loop()));
        self->Schedule(delay < 1 ? 1 : static_cast<int64_t>(delay));
        self->ToggleTimerRef(next_expiry > 0);
      }
    }
  }

  static void CheckImmediate(uv_check_t* handle) {
    auto* self = static_cast<TimersState*>(handle->data);
    Environment* env = self->env_;
    if (self->immediate_info_[kCount] == 0 || !env->can_call_into_js() || self->process_immediate_.IsEmpty()) {
      return;
    }
    v8::HandleScope scope(env->isolate());
    CallbackSourceScope source(env, Environment::CallbackSource::kImmediates);
    env->MakeCallback(env->process_object(), self->process_immediate_.Get(env->isolate()), 0, nullptr);
    if (self->immediate_info_[kRefCount] == 0) self->ToggleImmediateRef(false);
  }

  static void Cleanup(void* data) {
    auto* self = static_cast<TimersState*>(data);
    // The three handles are closed together; the state goes with the last close callback.
    self->pending_closes_ = 3;
    auto on_close = [](uv_handle_t* handle) {
      auto* state = static_cast<TimersState*>(handle->data);
      if (--state->pending_closes_ == 0) delete state;
    };
    uv_close(reinterpret_cast<uv_handle_t*>(&self->timer_), on_close);
    uv_close(reinterpret_cast<uv_handle_t*>(&self->check_), on_close);
    uv_close(reinterpret_cast<uv_handle_t*>(&self->idle_), on_close);
  }

  Environment* env_;
  uv_timer_t timer_;
  uv_check_t check_;
  uv_idle_t idle_;
  uint32_t* immediate_info_;
  int pending_closes_ = 0;
  v8::Global<v8::ArrayBuffer> immediate_info_buffer_;
  v8::Global<v8::Function> process_immediate_;
  v8::Global<v8::Function> process_timers_;
};

// The loop's idea of now, refreshed first: a timer set after a long synchronous stretch
// counts from when it was set, not from the start of the iteration.
void GetLibuvNow(const v8::FunctionCallbackInfo<v8::Value>& info) {
  uv_loop_t* loop = Environment::GetCurrent(info)->event_loop();
  uv_update_time(loop);
  info.GetReturnValue().Set(static_cast<double>(uv_now(loop)));
}

void SetupTimers(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsFunction() && info[1]->IsFunction());
  TimersState::From(info)->SetCallbacks(info[0].As<v8::Function>(), info[1].As<v8::Function>());
}

void ScheduleTimer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsNumber());
  TimersState::From(info)->Schedule(static_cast<int64_t>(info[0].As<v8::Number>()->Value()));
}

void ToggleTimerRef(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TimersState::From(info)->ToggleTimerRef(info[0]->IsTrue());
}

void ToggleImmediateRef(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TimersState::From(info)->ToggleImmediateRef(info[0]->IsTrue());
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  auto* state = new TimersState(env);
  v8::Local<v8::External> data = v8::External::New(env->isolate(), state);
  SetMethod(context, target, "getLibuvNow", GetLibuvNow);
  SetMethod(context, target, "setupTimers", SetupTimers, data);
  SetMethod(context, target, "scheduleTimer", ScheduleTimer, data);
  SetMethod(context, target, "toggleTimerRef", ToggleTimerRef, data);
  SetMethod(context, target, "toggleImmediateRef", ToggleImmediateRef, data);
  SetConstant(context, target, "immediateInfo", state->ImmediateInfo());
}

}  // namespace
}  // namespace lode

LODE_BINDING(timers, lode::Initialize)
