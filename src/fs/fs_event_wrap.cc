// The 'fs_event_wrap' binding: FSEvent, the uv_fs_event handle (inotify on Linux) behind
// fs.watch. One handle watches one file or directory; lib/internal/fs/watchers.js builds
// recursive watching out of several.
//
// JS: `new FSEvent()`; `start(path, persistent, encoding)` -> 0 or a negative errno;
// `onchange(status, eventType, filename)` with eventType 'rename' or 'change' and the name
// (relative to a watched directory) as a string in `encoding` or a Uint8Array; `initialized`
// says whether start() succeeded; ref/unref/hasRef/close from HandleWrap.
#include <uv.h>

#include "binding.h"
#include "env.h"
#include "fs/fs_req.h"
#include "handle_wrap.h"
#include "utils.h"

namespace lode::fs {
namespace {

class FSEventWrap final : public HandleWrap {
 public:
  FSEventWrap(Environment* env, v8::Local<v8::Object> object)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&event_)) {
    CHECK_EQ(uv_fs_event_init(env->event_loop(), &event_), 0);
  }

  const char* ResourceName() const override { return "FSEventWrap"; }
  bool initialized() const { return initialized_; }

  int Start(const char* path, bool persistent, int encoding) {
    if (initialized_) return 0;
    encoding_ = encoding;
    int err = uv_fs_event_start(&event_, OnEvent, path, 0);
    if (err == 0) {
      initialized_ = true;
      if (!persistent) uv_unref(reinterpret_cast<uv_handle_t*>(&event_));
    }
    return err;
  }

 private:
  static void OnEvent(uv_fs_event_t* handle, const char* filename, int events, int status) {
    auto* self = static_cast<FSEventWrap*>(handle->data);
    Environment* env = self->env();
    if (!env->can_call_into_js()) return;
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(env->context());
    v8::Local<v8::Value> undefined = v8::Undefined(isolate);
    v8::Local<v8::Value> event_type = undefined;
    if (status == 0) {
      // inotify can report both at once; a rename is what matters then, as in node.
      event_type = OneByteString(isolate, (events & UV_RENAME) ? "rename" : "change");
    }
    v8::Local<v8::Value> name =
        filename == nullptr ? undefined : EncodeName(isolate, filename, self->encoding_);
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status), event_type, name};
    self->CallJSMethod("onchange", 3, argv);
  }

  uv_fs_event_t event_;
  bool initialized_ = false;
  int encoding_ = 0;
};

void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info.IsConstructCall());
  new FSEventWrap(Environment::GetCurrent(info), info.This());
}

// start(path, persistent, encoding) -> 0 or a negative errno
void Start(const v8::FunctionCallbackInfo<v8::Value>& info) {
  FSEventWrap* wrap = BaseObject::FromJSObject<FSEventWrap>(info.This());
  if (wrap == nullptr || wrap->IsClosing()) return;
  PathArg path(info.GetIsolate(), info[0]);
  info.GetReturnValue().Set(wrap->Start(*path, info[1]->IsTrue(), EncodingArg(info[2])));
}

void Initialized(const v8::FunctionCallbackInfo<v8::Value>& info) {
  FSEventWrap* wrap = BaseObject::FromJSObject<FSEventWrap>(info.This());
  info.GetReturnValue().Set(wrap != nullptr && wrap->initialized());
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, New);
  tmpl->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  v8::Local<v8::String> name = OneByteString(isolate, "FSEvent");
  tmpl->SetClassName(name);
  HandleWrap::AddMethods(isolate, tmpl);
  SetProtoMethod(isolate, tmpl, "start", Start);
  tmpl->PrototypeTemplate()->SetAccessorProperty(
      OneByteString(isolate, "initialized"),
      v8::FunctionTemplate::New(isolate, Initialized, {}, v8::Signature::New(isolate, tmpl)));
  target->Set(context, name, tmpl->GetFunction(context).ToLocalChecked()).Check();
}

}  // namespace
}  // namespace lode::fs

LODE_BINDING(fs_event_wrap, lode::fs::Initialize)
