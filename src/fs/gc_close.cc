#include "fs/gc_close.h"

#include "base_object.h"
#include "env.h"
#include "utils.h"

namespace lode::fs {

GcCloseTracker* GcCloseTracker::Create(Environment* env) { return new GcCloseTracker(env); }

GcCloseTracker::GcCloseTracker(Environment* env) : env_(env) {
  CHECK_EQ(uv_timer_init(env->event_loop(), &timer_), 0);
  timer_.data = this;
  // A pending report does not keep the process alive by itself.
  uv_unref(reinterpret_cast<uv_handle_t*>(&timer_));
  env->AddCleanupHook(Cleanup, this);
}

void GcCloseTracker::Closed(int value) {
  closed_.push_back(value);
  uv_timer_start(&timer_, OnTimer, 0, 0);
}

void GcCloseTracker::OnTimer(uv_timer_t* timer) {
  auto* self = static_cast<GcCloseTracker*>(timer->data);
  Environment* env = self->env_;
  std::vector<int> closed;
  closed.swap(self->closed_);
  if (!env->can_call_into_js() || self->callback_.IsEmpty()) return;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(env->context());
  for (int value : closed) {
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, value)};
    env->MakeCallback(env->process_object(), self->callback_.Get(isolate), 1, argv);
  }
}

void GcCloseTracker::Cleanup(void* arg) {
  auto* self = static_cast<GcCloseTracker*>(arg);
  // What the GC never collected: each destructor sees the Environment stopping and just
  // releases its resource.
  for (BaseObject* object : std::unordered_set<BaseObject*>(self->live_)) delete object;
  uv_close(reinterpret_cast<uv_handle_t*>(&self->timer_),
           [](uv_handle_t* handle) { delete static_cast<GcCloseTracker*>(handle->data); });
}

}  // namespace lode::fs
