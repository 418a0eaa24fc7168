// FileHandle: the native side of fs.promises' FileHandle. It owns nothing but the duty to
// close its fd if JS drops the handle without closing it: the JS object is weak, and when
// the GC collects it the fd is closed and, on the next loop turn, JS is asked to warn
// ("Closing file descriptor N on garbage collection"), as node does.
//
// JS: `new FileHandle(fd)`; `handle.markClosed()` once JS closes the fd itself.
// `setGcCloseWarning(fn)` installs the function called with each fd closed on GC.
#include <uv.h>

#include <unordered_set>
#include <vector>

#include "base_object.h"
#include "env.h"
#include "fs/fs_binding.h"
#include "fs/fs_req.h"
#include "utils.h"

namespace lode::fs {
namespace {

class FileHandle;

// Per Environment: the live handles (freed at teardown if the GC never got to them) and the
// fds closed by the GC that JS has not yet warned about.
struct FileHandleState {
  Environment* env;
  uv_timer_t warn_timer;
  std::vector<int> closed_on_gc;
  v8::Global<v8::Function> warn;
  std::unordered_set<FileHandle*> live;

  static void Cleanup(void* arg);
  static void OnWarnTimer(uv_timer_t* timer);
};

class FileHandle final : public BaseObject {
 public:
  FileHandle(FileHandleState* state, v8::Local<v8::Object> object, int fd)
      : BaseObject(state->env, object), state_(state), fd_(fd) {
    state_->live.insert(this);
    MakeWeak();
  }

  ~FileHandle() override {
    state_->live.erase(this);
    if (fd_ < 0 || state_->env->is_stopping()) return;
    // Collected while still open: close now (no V8 here), warn from the loop.
    uv_fs_t req;
    uv_fs_close(nullptr, &req, fd_, nullptr);
    uv_fs_req_cleanup(&req);
    state_->closed_on_gc.push_back(fd_);
    uv_timer_start(&state_->warn_timer, FileHandleState::OnWarnTimer, 0, 0);
  }

  void MarkClosed() { fd_ = -1; }

 private:
  FileHandleState* state_;
  int fd_;
};

void FileHandleState::OnWarnTimer(uv_timer_t* timer) {
  auto* state = static_cast<FileHandleState*>(timer->data);
  Environment* env = state->env;
  std::vector<int> fds;
  fds.swap(state->closed_on_gc);
  if (!env->can_call_into_js() || state->warn.IsEmpty()) return;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(env->context());
  for (int fd : fds) {
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, fd)};
    env->MakeCallback(env->process_object(), state->warn.Get(isolate), 1, argv);
  }
}

void FileHandleState::Cleanup(void* arg) {
  auto* state = static_cast<FileHandleState*>(arg);
  // Handles the GC never collected: the process is ending, the kernel closes their fds.
  for (FileHandle* handle : std::unordered_set<FileHandle*>(state->live)) {
    handle->MarkClosed();
    delete handle;
  }
  uv_close(reinterpret_cast<uv_handle_t*>(&state->warn_timer),
           [](uv_handle_t* handle) { delete static_cast<FileHandleState*>(handle->data); });
}

FileHandleState* StateOf(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return static_cast<FileHandleState*>(info.Data().As<v8::External>()->Value());
}

// new FileHandle(fd)
void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info.IsConstructCall());
  new FileHandle(StateOf(info), info.This(), Int32Arg(info, 0));
}

void MarkClosed(const v8::FunctionCallbackInfo<v8::Value>& info) {
  FileHandle* handle = BaseObject::FromJSObject<FileHandle>(info.This());
  if (handle != nullptr) handle->MarkClosed();
}

void SetGcCloseWarning(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsFunction());
  StateOf(info)->warn.Reset(info.GetIsolate(), info[0].As<v8::Function>());
}

}  // namespace

void InitializeFileHandle(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  auto* state = new FileHandleState();
  state->env = env;
  uv_timer_init(env->event_loop(), &state->warn_timer);
  state->warn_timer.data = state;
  uv_unref(reinterpret_cast<uv_handle_t*>(&state->warn_timer));
  env->AddCleanupHook(FileHandleState::Cleanup, state);
  v8::Local<v8::External> data = v8::External::New(isolate, state);

  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, New, data);
  tmpl->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  v8::Local<v8::String> name = OneByteString(isolate, "FileHandle");
  tmpl->SetClassName(name);
  SetProtoMethod(isolate, tmpl, "markClosed", MarkClosed);
  target->Set(context, name, tmpl->GetFunction(context).ToLocalChecked()).Check();
  SetMethod(context, target, "setGcCloseWarning", SetGcCloseWarning, data);
}

}  // namespace lode::fs
