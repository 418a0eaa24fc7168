// FileHandle: the native side of fs.promises' FileHandle. It owns nothing but the duty to
// close its fd if JS drops the handle without closing it (see gc_close.h); JS then prints
// "Closing file descriptor N on garbage collection", as node does.
//
// JS: `new FileHandle(fd)`; `handle.markClosed()` once JS closes the fd itself.
// `setGcCloseWarning(fn)` installs the function called with each fd closed by the GC.
#include <uv.h>

#include "base_object.h"
#include "env.h"
#include "fs/fs_binding.h"
#include "fs/fs_req.h"
#include "fs/gc_close.h"
#include "utils.h"

namespace lode::fs {
namespace {

class FileHandle final : public BaseObject {
 public:
  FileHandle(GcCloseTracker* tracker, v8::Local<v8::Object> object, int fd)
      : BaseObject(tracker->env(), object), tracker_(tracker), fd_(fd) {
    tracker_->Add(this);
    MakeWeak();
  }

  ~FileHandle() override {
    tracker_->Remove(this);
    if (fd_ < 0) return;
    uv_fs_t req;
    uv_fs_close(nullptr, &req, fd_, nullptr);
    uv_fs_req_cleanup(&req);
    if (!tracker_->env()->is_stopping()) tracker_->Closed(fd_);
  }

  void MarkClosed() { fd_ = -1; }

 private:
  GcCloseTracker* tracker_;
  int fd_;
};

GcCloseTracker* TrackerOf(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return static_cast<GcCloseTracker*>(info.Data().As<v8::External>()->Value());
}

// new FileHandle(fd)
void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info.IsConstructCall());
  new FileHandle(TrackerOf(info), info.This(), Int32Arg(info, 0));
}

void MarkClosed(const v8::FunctionCallbackInfo<v8::Value>& info) {
  FileHandle* handle = BaseObject::FromJSObject<FileHandle>(info.This());
  if (handle != nullptr) handle->MarkClosed();
}

void SetGcCloseWarning(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsFunction());
  TrackerOf(info)->set_callback(info.GetIsolate(), info[0].As<v8::Function>());
}

}  // namespace

void InitializeFileHandle(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::External> tracker = v8::External::New(isolate, GcCloseTracker::Create(env));
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, New, tracker);
  tmpl->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  v8::Local<v8::String> name = OneByteString(isolate, "FileHandle");
  tmpl->SetClassName(name);
  SetProtoMethod(isolate, tmpl, "markClosed", MarkClosed);
  target->Set(context, name, tmpl->GetFunction(context).ToLocalChecked()).Check();
  SetMethod(context, target, "setGcCloseWarning", SetGcCloseWarning, tracker);
}

}  // namespace lode::fs
