// The 'process_wrap' binding: asynchronous child processes over uv_spawn (lib/child_process.js).
//
//   new Process()              an empty object; spawn() gives it its uv_process_t
//   spawn(options) -> status   options: file, args[], cwd, envPairs[] ("K=V"), detached, uid,
//                              gid, stdio[] of { type: 'ignore' } | { type: 'pipe'|'wrap',
//                              handle } (a stream handle: a fresh pipe to create, or a stream
//                              to pass on) | { type: 'fd', fd }. Sets this.pid on success.
//   kill(signal) -> status
//   onexit(exitStatus, termSignal) is called once the child is gone; JS then calls close().
// The handle is initialised by uv_spawn even when it fails, so close() is always valid after
// spawn(), and a Process that was never spawned has no C++ side at all.
#include <string.h>

#include <string>
#include <vector>

#include "binding.h"
#include "env.h"
#include "stream_wrap.h"
#include "utils.h"

namespace lode {
namespace {

class ProcessWrap : public HandleWrap {
 public:
  ProcessWrap(Environment* env, v8::Local<v8::Object> object)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&process_)) {
    memset(&process_, 0, sizeof(process_));
    process_.data = this;
  }
  const char* ResourceName() const override { return "ProcessWrap"; }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    CHECK(info.IsConstructCall());
    info.This()->SetAlignedPointerInInternalField(BaseObject::kSlot, nullptr);
  }

  static void Spawn(const v8::FunctionCallbackInfo<v8::Value>& info) {
    Environment* env = Environment::GetCurrent(info);
    v8::Isolate* isolate = env->isolate();
    v8::Local<v8::Context> context = env->context();
    CHECK(info[0]->IsObject());
    // One spawn per object.
    CHECK(BaseObject::FromJSObject<ProcessWrap>(info.This()) == nullptr);
    v8::Local<v8::Object> options = info[0].As<v8::Object>();
    auto get = [&](const char* key) {
      return options->Get(context, OneByteString(isolate, key)).ToLocalChecked();
    };

    v8::Local<v8::Value> file_value = get("file");
    CHECK(file_value->IsString());
    std::string file = ToStdString(isolate, file_value);
    std::vector<std::string> args = StringList(isolate, context, get("args"));
    std::vector<std::string> env_pairs = StringList(isolate, context, get("envPairs"));
    bool has_env = get("envPairs")->IsArray();
    v8::Local<v8::Value> cwd_value = get("cwd");
    std::string cwd = cwd_value->IsString() ? ToStdString(isolate, cwd_value) : std::string();

    uv_process_options_t spawn_options;
    memset(&spawn_options, 0, sizeof(spawn_options));
    v8::Local<v8::Value> uid = get("uid");
    if (uid->IsInt32()) {
      spawn_options.flags |= UV_PROCESS_SETUID;
      spawn_options.uid = static_cast<uv_uid_t>(uid.As<v8::Int32>()->Value());
    }
    v8::Local<v8::Value> gid = get("gid");
    if (gid->IsInt32()) {
      spawn_options.flags |= UV_PROCESS_SETGID;
      spawn_options.gid = static_cast<uv_gid_t>(gid.As<v8::Int32>()->Value());
    }
    if (get("detached")->IsTrue()) spawn_options.flags |= UV_PROCESS_DETACHED;

    std::vector<uv_stdio_container_t> stdio;
    v8::Local<v8::Value> stdio_value = get("stdio");
    CHECK(stdio_value->IsArray());
    v8::Local<v8::Array> slots = stdio_value.As<v8::Array>();
    for (uint32_t i = 0; i < slots->Length(); i++) {
      v8::Local<v8::Value> slot_value = slots->Get(context, i).ToLocalChecked();
      CHECK(slot_value->IsObject());
      v8::Local<v8::Object> slot = slot_value.As<v8::Object>();
      auto slot_get = [&](const char* key) {
        return slot->Get(context, OneByteString(isolate, key)).ToLocalChecked();
      };
      std::string type = ToStdString(isolate, slot_get("type"));
      uv_stdio_container_t container;
      memset(&container, 0, sizeof(container));
      if (type == "pipe" || type == "wrap") {
        v8::Local<v8::Value> handle = slot_get("handle");
        CHECK(handle->IsObject());
        auto* stream = BaseObject::FromJSObject<LibuvStreamWrap>(handle);
        CHECK(stream != nullptr);
        container.data.stream = stream->stream();
        if (type == "pipe") {
          container.flags = static_cast<uv_stdio_flags>(UV_CREATE_PIPE | UV_READABLE_PIPE |
                                                        UV_WRITABLE_PIPE);
        } else {
          container.flags = UV_INHERIT_STREAM;
        }
      } else if (type == "fd") {
        v8::Local<v8::Value> fd = slot_get("fd");
        CHECK(fd->IsInt32());
        container.flags = UV_INHERIT_FD;
        container.data.fd = fd.As<v8::Int32>()->Value();
      } else {
        container.flags = UV_IGNORE;
      }
      stdio.push_back(container);
    }

    std::vector<char*> argv;
    for (std::string& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (std::string& pair : env_pairs) envp.push_back(pair.data());
    envp.push_back(nullptr);
    spawn_options.file = file.c_str();
    spawn_options.args = argv.data();
    spawn_options.env = has_env ? envp.data() : nullptr;
    spawn_options.cwd = cwd.empty() ? nullptr : cwd.c_str();
    spawn_options.stdio_count = static_cast<int>(stdio.size());
    spawn_options.stdio = stdio.data();
    spawn_options.exit_cb = OnExit;

    auto* wrap = new ProcessWrap(env, info.This());
    int err = uv_spawn(env->event_loop(), &wrap->process_, &spawn_options);
    // uv_spawn set handle->data to nothing of ours; HandleWrap relies on it.
    wrap->process_.data = wrap;
    if (err == 0) {
      info.This()->Set(context, OneByteString(isolate, "pid"),
                       v8::Integer::New(isolate, wrap->process_.pid)).Check();
    }
    info.GetReturnValue().Set(err);
  }

  static void Kill(const v8::FunctionCallbackInfo<v8::Value>& info) {
    auto* wrap = UnwrapOpen<ProcessWrap>(info);
    if (wrap == nullptr) return;
    CHECK(info[0]->IsInt32());
    // A spawn that failed has pid 0, and kill(0, …) would signal our whole process group.
    if (wrap->process_.pid <= 0) {
      info.GetReturnValue().Set(UV_ESRCH);
      return;
    }
    info.GetReturnValue().Set(uv_process_kill(&wrap->process_, info[0].As<v8::Int32>()->Value()));
  }

 private:
  static std::vector<std::string> StringList(v8::Isolate* isolate, v8::Local<v8::Context> context,
                                             v8::Local<v8::Value> value) {
    std::vector<std::string> out;
    if (!value->IsArray()) return out;
    v8::Local<v8::Array> list = value.As<v8::Array>();
    for (uint32_t i = 0; i < list->Length(); i++) {
      out.push_back(ToStdString(isolate, list->Get(context, i).ToLocalChecked()));
    }
    return out;
  }

  static void OnExit(uv_process_t* process, int64_t exit_status, int term_signal) {
    auto* wrap = static_cast<ProcessWrap*>(process->data);
    Environment* env = wrap->env();
    if (!env->can_call_into_js()) return;
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Value> argv[] = {v8::Number::New(isolate, static_cast<double>(exit_status)),
                                   v8::Integer::New(isolate, term_signal)};
    wrap->CallJSMethod("onexit", 2, argv);
  }

  uv_process_t process_;
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, ProcessWrap::New);
  tmpl->SetClassName(OneByteString(isolate, "Process"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  HandleWrap::AddMethods(isolate, tmpl);
  SetProtoMethod(isolate, tmpl, "spawn", ProcessWrap::Spawn);
  SetProtoMethod(isolate, tmpl, "kill", ProcessWrap::Kill);
  SetConstant(env->context(), target, "Process", tmpl->GetFunction(env->context()).ToLocalChecked());
}

}  // namespace
}  // namespace lode

LODE_BINDING(process_wrap, lode::Initialize)
