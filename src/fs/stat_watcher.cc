// StatWatcher: the uv_fs_poll handle behind fs.watchFile. libuv stats the path every
// `interval` ms on the thread pool and calls back when the result differs from the last one
// (or the path appears or goes away); JS gets the two results in one stats array.
//
// JS: `new StatWatcher(bigint)`; `start(path, interval)` -> 0 or a negative errno;
// `onchange(status, stats)` with stats = current fields then previous fields (a missing file
// reads as all zeros); ref/unref/hasRef/close from HandleWrap.
#include <uv.h>

#include <cstring>

#include "env.h"
#include "fs/fs_binding.h"
#include "fs/fs_req.h"
#include "handle_wrap.h"
#include "utils.h"

namespace lode::fs {
namespace {

constexpr int kStatFields = 18;

class StatWatcher final : public HandleWrap {
 public:
  StatWatcher(Environment* env, v8::Local<v8::Object> object, bool bigint)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&poll_)), bigint_(bigint) {
    CHECK_EQ(uv_fs_poll_init(env->event_loop(), &poll_), 0);
  }

  const char* ResourceName() const override { return "StatWatcher"; }

  int Start(const char* path, unsigned int interval) {
    if (uv_is_active(reinterpret_cast<uv_handle_t*>(&poll_))) return 0;
    return uv_fs_poll_start(&poll_, OnChange, path, interval);
  }

 private:
  static void OnChange(uv_fs_poll_t* handle, int status, const uv_stat_t* prev,
                       const uv_stat_t* curr) {
    auto* self = static_cast<StatWatcher*>(handle->data);
    Environment* env = self->env();
    if (!env->can_call_into_js()) return;
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(env->context());
    v8::Local<v8::Value> stats;
    if (self->bigint_) {
      stats = v8::BigInt64Array::New(v8::ArrayBuffer::New(isolate, 2 * kStatFields * 8), 0,
                                     2 * kStatFields);
    } else {
      stats = v8::Float64Array::New(v8::ArrayBuffer::New(isolate, 2 * kStatFields * 8), 0,
                                    2 * kStatFields);
    }
    FillStatsArray(stats, 0, *curr);
    FillStatsArray(stats, kStatFields, *prev);
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status), stats};
    self->CallJSMethod("onchange", 2, argv);
  }

  uv_fs_poll_t poll_;
  bool bigint_;
};

// new StatWatcher(bigint)
void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info.IsConstructCall());
  new StatWatcher(Environment::GetCurrent(info), info.This(), info[0]->IsTrue());
}

// start(path, interval) -> 0 or a negative errno
void Start(const v8::FunctionCallbackInfo<v8::Value>& info) {
  StatWatcher* watcher = BaseObject::FromJSObject<StatWatcher>(info.This());
  if (watcher == nullptr || watcher->IsClosing()) return;
  PathArg path(info.GetIsolate(), info[0]);
  CHECK(info[1]->IsUint32());
  info.GetReturnValue().Set(watcher->Start(*path, info[1].As<v8::Uint32>()->Value()));
}

}  // namespace

void InitializeStatWatcher(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, New);
  tmpl->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  v8::Local<v8::String> name = OneByteString(isolate, "StatWatcher");
  tmpl->SetClassName(name);
  HandleWrap::AddMethods(isolate, tmpl);
  SetProtoMethod(isolate, tmpl, "start", Start);
  target->Set(context, name, tmpl->GetFunction(context).ToLocalChecked()).Check();
}

}  // namespace lode::fs
