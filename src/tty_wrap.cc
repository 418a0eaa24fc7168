// The 'tty_wrap' binding: terminals over uv_tty_t (lib/tty.js, process.stdin/stdout/stderr).
//
//   isTTY(fd) -> boolean
//   new TTY(fd, ctx)        on failure ctx gets errno, code, message and syscall, and the
//                           object is inert (every method reports UV_EBADF)
//   getWindowSize(out)      out[0] = columns, out[1] = rows -> status
//   setRawMode(on)          -> status
//   watchWindowSize(fn)     calls fn() on SIGWINCH (the terminal was resized); never keeps
//                           the loop alive. process.stdout/stderr use it for 'resize'.
// Raw mode is undone when the Environment goes away, and by process exit (env.cc).
#include <csignal>

#include "binding.h"
#include "env.h"
#include "stream_wrap.h"
#include "utils.h"

namespace lode {
namespace {

class TTYWrap : public LibuvStreamWrap {
 public:
  // `tty` has been initialized already; the wrap owns it from here on.
  TTYWrap(Environment* env, v8::Local<v8::Object> object, uv_tty_t* tty)
      : LibuvStreamWrap(env, object, reinterpret_cast<uv_stream_t*>(tty)), tty_(tty) {}
  ~TTYWrap() override { delete tty_; }
  const char* ResourceName() const override { return "TTYWrap"; }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    CHECK(info.IsConstructCall());
    CHECK(info[0]->IsInt32());
    Environment* env = Environment::GetCurrent(info);
    int fd = info[0].As<v8::Int32>()->Value();
    CHECK_GE(fd, 0);
    // A failed uv_tty_init leaves the handle untouched (it checks before it registers
    // anything), so the memory can simply go.
    auto* tty = new uv_tty_t;
    int err = uv_tty_init(env->event_loop(), tty, fd, 0);
    if (err == 0) {
      new TTYWrap(env, info.This(), tty);
      return;
    }
    delete tty;
    if (!info[1]->IsObject()) return;
    v8::Isolate* isolate = env->isolate();
    v8::Local<v8::Context> context = env->context();
    v8::Local<v8::Object> ctx = info[1].As<v8::Object>();
    char name[64];
    uv_err_name_r(err, name, sizeof(name));
    ctx->Set(context, OneByteString(isolate, "errno"), v8::Integer::New(isolate, err)).Check();
    ctx->Set(context, OneByteString(isolate, "code"), OneByteString(isolate, name)).Check();
    ctx->Set(context, OneByteString(isolate, "message"), OneByteString(isolate, uv_strerror(err))).Check();
    ctx->Set(context, OneByteString(isolate, "syscall"), OneByteString(isolate, "uv_tty_init")).Check();
  }

  static TTYWrap* Unwrap(const v8::FunctionCallbackInfo<v8::Value>& info) { return UnwrapOpen<TTYWrap>(info); }

  static void GetWindowSize(const v8::FunctionCallbackInfo<v8::Value>& info) {
    TTYWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    CHECK(info[0]->IsArray());
    int columns;
    int rows;
    int err = uv_tty_get_winsize(wrap->tty_, &columns, &rows);
    if (err == 0) {
      v8::Isolate* isolate = info.GetIsolate();
      v8::Local<v8::Context> context = wrap->env()->context();
      v8::Local<v8::Array> out = info[0].As<v8::Array>();
      out->Set(context, 0, v8::Integer::New(isolate, columns)).Check();
      out->Set(context, 1, v8::Integer::New(isolate, rows)).Check();
    }
    info.GetReturnValue().Set(err);
  }

  static void SetRawMode(const v8::FunctionCallbackInfo<v8::Value>& info) {
    TTYWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    info.GetReturnValue().Set(uv_tty_set_mode(wrap->tty_, info[0]->IsTrue() ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL));
  }

 private:
  uv_tty_t* tty_;
};

void IsTTY(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsInt32());
  int fd = info[0].As<v8::Int32>()->Value();
  info.GetReturnValue().Set(fd >= 0 && uv_guess_handle(fd) == UV_TTY);
}

// One SIGWINCH watcher per Environment, made on first use.
class ResizeWatcher {
 public:
  ResizeWatcher(Environment* env, v8::Local<v8::Function> callback)
      : env_(env), callback_(env->isolate(), callback) {
    uv_signal_init(env->event_loop(), &signal_);
    signal_.data = this;
    uv_signal_start(&signal_, OnSignal, SIGWINCH);
    uv_unref(reinterpret_cast<uv_handle_t*>(&signal_));
    env->AddCleanupHook(Cleanup, this);
  }

 private:
  static void OnSignal(uv_signal_t* handle, int) {
    auto* self = static_cast<ResizeWatcher*>(handle->data);
    Environment* env = self->env_;
    if (!env->can_call_into_js()) return;
    v8::HandleScope scope(env->isolate());
    env->MakeCallback(env->process_object(), self->callback_.Get(env->isolate()), 0, nullptr);
  }

  static void Cleanup(void* data) {
    auto* self = static_cast<ResizeWatcher*>(data);
    self->env_->set_binding_data("tty_wrap.resize", nullptr);
    uv_close(reinterpret_cast<uv_handle_t*>(&self->signal_),
             [](uv_handle_t* handle) { delete static_cast<ResizeWatcher*>(handle->data); });
  }

  Environment* env_;
  uv_signal_t signal_;
  v8::Global<v8::Function> callback_;
};

void WatchWindowSize(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsFunction());
  Environment* env = Environment::GetCurrent(info);
  CHECK(env->binding_data("tty_wrap.resize") == nullptr);
  env->set_binding_data("tty_wrap.resize", new ResizeWatcher(env, info[0].As<v8::Function>()));
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, TTYWrap::New);
  tmpl->SetClassName(OneByteString(isolate, "TTY"));
  tmpl->Inherit(StreamWrapData::Get(env)->stream_template());
  tmpl->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  SetProtoMethod(isolate, tmpl, "getWindowSize", TTYWrap::GetWindowSize);
  SetProtoMethod(isolate, tmpl, "setRawMode", TTYWrap::SetRawMode);
  SetConstant(context, target, "TTY", tmpl->GetFunction(context).ToLocalChecked());
  SetMethod(context, target, "isTTY", IsTTY);
  SetMethod(context, target, "watchWindowSize", WatchWindowSize);
  // A terminal left in raw mode is unusable: restore it when this Environment ends.
  env->AddCleanupHook([](void*) { uv_tty_reset_mode(); }, nullptr);
}

}  // namespace
}  // namespace lode

LODE_BINDING(tty_wrap, lode::Initialize)
