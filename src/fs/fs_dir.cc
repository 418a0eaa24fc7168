// The 'fs_dir' binding: DirHandle, an open directory read a batch of entries at a time
// (uv_fs_opendir / uv_fs_readdir / uv_fs_closedir), behind fs.Dir. Calls follow fs_req.h's
// convention (sync with a ctx, or async with an FSReqCallback). A DirHandle JS drops without
// closing is closed by the GC, with node's warning (gc_close.h).
//
// JS: `opendir(path, encoding, req, ctx)` -> DirHandle;
//     `handle.read(encoding, bufferSize, req, ctx)` -> [name, type, name, type, ...] or null
//     at the end; `handle.close(req, ctx)`; `setGcCloseWarning(fn)`.
#include <uv.h>

#include <vector>

#include "base_object.h"
#include "binding.h"
#include "env.h"
#include "fs/fs_req.h"
#include "fs/gc_close.h"
#include "utils.h"

namespace lode::fs {
namespace {

class DirHandle final : public BaseObject {
 public:
  DirHandle(GcCloseTracker* tracker, v8::Local<v8::Object> object, uv_dir_t* dir)
      : BaseObject(tracker->env(), object), tracker_(tracker), dir_(dir) {
    tracker_->Add(this);
    MakeWeak();
  }

  ~DirHandle() override {
    tracker_->Remove(this);
    if (dir_ == nullptr) return;
    uv_fs_t req;
    uv_fs_closedir(nullptr, &req, dir_, nullptr);
    uv_fs_req_cleanup(&req);
    if (!tracker_->env()->is_stopping()) tracker_->Closed(0);
  }

  uv_dir_t* dir() const { return dir_; }
  // The directory is being closed: it is libuv's until then, never ours again.
  uv_dir_t* Release() {
    uv_dir_t* dir = dir_;
    dir_ = nullptr;
    return dir;
  }
  // Room for `count` entries per read.
  void PrepareRead(size_t count) {
    entries_.resize(count);
    dir_->dirents = entries_.data();
    dir_->nentries = count;
  }

 private:
  GcCloseTracker* tracker_;
  uv_dir_t* dir_;
  std::vector<uv_dirent_t> entries_;
};

struct DirState {
  GcCloseTracker* tracker;
  v8::Global<v8::Function> handle_constructor;
};

DirState* StateOf(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return static_cast<DirState*>(info.Data().As<v8::External>()->Value());
}

void NewHandle(const v8::FunctionCallbackInfo<v8::Value>& info) { CHECK(info.IsConstructCall()); }

// The DirHandle object for an opened directory; the request kept the state as value 0.
v8::Local<v8::Value> OpenedResult(FSReqData* data, uv_fs_t* req) {
  auto* state = static_cast<DirState*>(data->kept(0).As<v8::External>()->Value());
  v8::Isolate* isolate = data->isolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> object =
      state->handle_constructor.Get(isolate)->NewInstance(context).ToLocalChecked();
  new DirHandle(state->tracker, object, static_cast<uv_dir_t*>(req->ptr));
  return object;
}

// opendir(path, encoding, req, ctx) -> DirHandle
void OpenDir(const v8::FunctionCallbackInfo<v8::Value>& info) {
  PathArg path(info.GetIsolate(), info[0]);
  FSCall call(info, 2, "opendir", OpenedResult);
  call.data()->Keep(info.Data());
  call.Run(uv_fs_opendir, *path);
}

// [name, type, ...] for the entries read, null at the end of the directory.
v8::Local<v8::Value> EntriesResult(FSReqData* data, uv_fs_t* req) {
  v8::Isolate* isolate = data->isolate();
  if (req->result == 0) return v8::Null(isolate);
  auto* dir = static_cast<uv_dir_t*>(req->ptr);
  std::vector<v8::Local<v8::Value>> values;
  for (ssize_t i = 0; i < req->result; i++) {
    values.push_back(EncodeName(isolate, dir->dirents[i].name, data->encoding));
    values.push_back(v8::Integer::New(isolate, dir->dirents[i].type));
  }
  return v8::Array::New(isolate, values.data(), values.size());
}

DirHandle* OpenHandle(const v8::FunctionCallbackInfo<v8::Value>& info) {
  DirHandle* handle = BaseObject::FromJSObject<DirHandle>(info.This());
  CHECK(handle != nullptr && handle->dir() != nullptr);  // JS refuses closed directories
  return handle;
}

// read(encoding, bufferSize, req, ctx)
void Read(const v8::FunctionCallbackInfo<v8::Value>& info) {
  DirHandle* handle = OpenHandle(info);
  CHECK(info[1]->IsUint32() && info[1].As<v8::Uint32>()->Value() > 0);
  handle->PrepareRead(info[1].As<v8::Uint32>()->Value());
  FSCall call(info, 2, "scandir", EntriesResult);
  call.data()->encoding = EncodingArg(info[0]);
  call.data()->Keep(info.This());  // the entries live in the handle until the read is done
  call.Run(uv_fs_readdir, handle->dir());
}

// close(req, ctx)
void Close(const v8::FunctionCallbackInfo<v8::Value>& info) {
  DirHandle* handle = OpenHandle(info);
  FSCall call(info, 0, "closedir");
  call.data()->Keep(info.This());
  call.Run(uv_fs_closedir, handle->Release());
}

void SetGcCloseWarning(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsFunction());
  StateOf(info)->tracker->set_callback(info.GetIsolate(), info[0].As<v8::Function>());
}

void DeleteState(void* arg) { delete static_cast<DirState*>(arg); }

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  auto* state = new DirState{GcCloseTracker::Create(env), {}};
  env->AddCleanupHook(DeleteState, state);
  v8::Local<v8::External> data = v8::External::New(isolate, state);

  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, NewHandle);
  tmpl->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  v8::Local<v8::String> name = OneByteString(isolate, "DirHandle");
  tmpl->SetClassName(name);
  SetProtoMethod(isolate, tmpl, "read", Read);
  SetProtoMethod(isolate, tmpl, "close", Close);
  v8::Local<v8::Function> constructor = tmpl->GetFunction(context).ToLocalChecked();
  state->handle_constructor.Reset(isolate, constructor);
  target->Set(context, name, constructor).Check();
  SetMethod(context, target, "opendir", OpenDir, data);
  SetMethod(context, target, "setGcCloseWarning", SetGcCloseWarning, data);
}

}  // namespace
}  // namespace lode::fs

LODE_BINDING(fs_dir, lode::fs::Initialize)
