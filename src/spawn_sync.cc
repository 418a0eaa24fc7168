// The 'spawn_sync' binding: spawnSync/execSync/execFileSync run the child on a new, private
// uv loop, so the main loop (and every JS callback) stays blocked until the child is done.
//
// spawn(options) -> { pid, status, signal, output: [..per stdio..], error }
//   options: file, args[], cwd, envPairs[] ("K=V"), stdio[] of { type: 'pipe'|'ignore'|'fd',
//   fd, readable, writable, input (Uint8Array or string) }, timeout (ms), maxBuffer (bytes),
//   killSignal, detached, uid, gid, encoding ('utf8' returns strings instead of Uint8Arrays).
#include <signal.h>
#include <string.h>

#include <memory>
#include <string>
#include <vector>

#include "async_send.h"
#include "binding.h"
#include "env.h"
#include "utils.h"

namespace lode {
namespace {

class SyncProcessRunner;

// One stdio slot that is a pipe: collects the child's output, or feeds it input.
struct SyncPipe {
  SyncProcessRunner* runner = nullptr;
  uv_pipe_t pipe;
  int child_fd = 0;
  bool readable = false;  // the child reads from it (we write input)
  bool writable = false;  // the child writes to it (we collect)
  std::string input;
  std::string output;
  uv_write_t write_req;
  uv_shutdown_t shutdown_req;
  uv_buf_t input_buf;
  bool closed = false;
};

class SyncProcessRunner {
 public:
  explicit SyncProcessRunner(Environment* env) : env_(env) {}

  v8::Local<v8::Object> Run(v8::Local<v8::Object> options);

 private:
  bool ParseOptions(v8::Local<v8::Object> options);
  void StartIO();
  void Kill();
  void CloseEverything();
  v8::Local<v8::Object> BuildResult();

  static void OnExit(uv_process_t* process, int64_t exit_status, int term_signal);
  static void OnTimeout(uv_timer_t* timer);
  static void OnAlloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf);
  static void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf);
  static void OnWriteDone(uv_write_t* req, int status);
  static void OnShutdownDone(uv_shutdown_t* req, int status);

  std::string GetString(v8::Local<v8::Object> object, const char* key);
  v8::Local<v8::Value> Get(v8::Local<v8::Object> object, const char* key);

  Environment* env_;
  uv_loop_t loop_;
  uv_process_t process_;
  uv_timer_t timer_;
  bool timer_started_ = false;
  bool process_started_ = false;
  bool exited_ = false;
  bool killed_ = false;
  int64_t exit_status_ = 0;
  int term_signal_ = 0;
  int error_ = 0;
  int pipe_error_ = 0;

  std::string file_;
  std::string cwd_;
  std::vector<std::string> args_;
  std::vector<std::string> env_pairs_;
  bool has_env_ = false;
  std::vector<uv_stdio_container_t> stdio_;
  std::vector<std::unique_ptr<SyncPipe>> pipes_;
  double timeout_ms_ = 0;
  double max_buffer_ = 0;
  int kill_signal_ = SIGTERM;
  unsigned int flags_ = 0;
  int uid_ = -1;
  int gid_ = -1;
  bool utf8_ = false;
  size_t total_output_ = 0;
};

v8::Local<v8::Value> SyncProcessRunner::Get(v8::Local<v8::Object> object, const char* key) {
  return object->Get(env_->context(), OneByteString(env_->isolate(), key)).ToLocalChecked();
}

std::string SyncProcessRunner::GetString(v8::Local<v8::Object> object, const char* key) {
  v8::Local<v8::Value> value = Get(object, key);
  return value->IsString() ? ToStdString(env_->isolate(), value) : std::string();
}

bool SyncProcessRunner::ParseOptions(v8::Local<v8::Object> options) {
  v8::Isolate* isolate = env_->isolate();
  v8::Local<v8::Context> context = env_->context();
  file_ = GetString(options, "file");
  cwd_ = GetString(options, "cwd");
  v8::Local<v8::Value> args = Get(options, "args");
  if (args->IsArray()) {
    v8::Local<v8::Array> list = args.As<v8::Array>();
    for (uint32_t i = 0; i < list->Length(); i++) {
      args_.push_back(ToStdString(isolate, list->Get(context, i).ToLocalChecked()));
    }
  }
  v8::Local<v8::Value> env_pairs = Get(options, "envPairs");
  if (env_pairs->IsArray()) {
    has_env_ = true;
    v8::Local<v8::Array> list = env_pairs.As<v8::Array>();
    for (uint32_t i = 0; i < list->Length(); i++) {
      env_pairs_.push_back(ToStdString(isolate, list->Get(context, i).ToLocalChecked()));
    }
  }
  v8::Local<v8::Value> timeout = Get(options, "timeout");
  if (timeout->IsNumber()) timeout_ms_ = timeout.As<v8::Number>()->Value();
  v8::Local<v8::Value> max_buffer = Get(options, "maxBuffer");
  if (max_buffer->IsNumber()) max_buffer_ = max_buffer.As<v8::Number>()->Value();
  v8::Local<v8::Value> kill_signal = Get(options, "killSignal");
  if (kill_signal->IsInt32()) kill_signal_ = kill_signal.As<v8::Int32>()->Value();
  if (Get(options, "detached")->IsTrue()) flags_ |= UV_PROCESS_DETACHED;
  v8::Local<v8::Value> uid = Get(options, "uid");
  if (uid->IsInt32()) {
    uid_ = uid.As<v8::Int32>()->Value();
    flags_ |= UV_PROCESS_SETUID;
  }
  v8::Local<v8::Value> gid = Get(options, "gid");
  if (gid->IsInt32()) {
    gid_ = gid.As<v8::Int32>()->Value();
    flags_ |= UV_PROCESS_SETGID;
  }
  utf8_ = GetString(options, "encoding") == "utf8";

  v8::Local<v8::Value> stdio = Get(options, "stdio");
  if (!stdio->IsArray()) return false;
  v8::Local<v8::Array> slots = stdio.As<v8::Array>();
  for (uint32_t i = 0; i < slots->Length(); i++) {
    v8::Local<v8::Value> slot = slots->Get(context, i).ToLocalChecked();
    CHECK(slot->IsObject());
    v8::Local<v8::Object> spec = slot.As<v8::Object>();
    std::string type = GetString(spec, "type");
    uv_stdio_container_t container;
    memset(&container, 0, sizeof(container));
    if (type == "pipe") {
      auto pipe = std::make_unique<SyncPipe>();
      pipe->runner = this;
      pipe->child_fd = static_cast<int>(i);
      pipe->readable = Get(spec, "readable")->IsTrue();
      pipe->writable = Get(spec, "writable")->IsTrue();
      v8::Local<v8::Value> input = Get(spec, "input");
      if (input->IsArrayBufferView()) {
        v8::Local<v8::ArrayBufferView> view = input.As<v8::ArrayBufferView>();
        pipe->input.resize(view->ByteLength());
        view->CopyContents(pipe->input.data(), pipe->input.size());
      } else if (input->IsString()) {
        pipe->input = ToStdString(isolate, input);
      }
      uv_pipe_init(&loop_, &pipe->pipe, 0);
      pipe->pipe.data = pipe.get();
      int flags = UV_CREATE_PIPE;
      if (pipe->readable) flags |= UV_READABLE_PIPE;
      if (pipe->writable) flags |= UV_WRITABLE_PIPE;
      container.flags = static_cast<uv_stdio_flags>(flags);
      container.data.stream = reinterpret_cast<uv_stream_t*>(&pipe->pipe);
      pipes_.push_back(std::move(pipe));
    } else if (type == "fd" || type == "inherit") {
      v8::Local<v8::Value> fd = Get(spec, "fd");
      container.flags = UV_INHERIT_FD;
      container.data.fd = fd->IsInt32() ? fd.As<v8::Int32>()->Value() : static_cast<int>(i);
    } else {
      container.flags = UV_IGNORE;
    }
    stdio_.push_back(container);
  }
  return true;
}

v8::Local<v8::Object> SyncProcessRunner::Run(v8::Local<v8::Object> options) {
  CHECK_EQ(uv_loop_init(&loop_), 0);
  if (!ParseOptions(options)) error_ = UV_EINVAL;

  if (error_ == 0) {
    std::vector<char*> argv;
    for (std::string& arg : args_) argv.push_back(arg.data());
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (std::string& pair : env_pairs_) envp.push_back(pair.data());
    envp.push_back(nullptr);

    uv_process_options_t spawn_options;
    memset(&spawn_options, 0, sizeof(spawn_options));
    spawn_options.exit_cb = OnExit;
    spawn_options.file = file_.c_str();
    spawn_options.args = argv.data();
    spawn_options.env = has_env_ ? envp.data() : nullptr;
    spawn_options.cwd = cwd_.empty() ? nullptr : cwd_.c_str();
    spawn_options.flags = flags_;
    spawn_options.uid = static_cast<uv_uid_t>(uid_);
    spawn_options.gid = static_cast<uv_gid_t>(gid_);
    spawn_options.stdio_count = static_cast<int>(stdio_.size());
    spawn_options.stdio = stdio_.data();
    process_.data = this;
    int err = uv_spawn(&loop_, &process_, &spawn_options);
    if (err != 0) {
      error_ = err;
      uv_close(reinterpret_cast<uv_handle_t*>(&process_), nullptr);
    } else {
      process_started_ = true;
      StartIO();
      if (timeout_ms_ > 0) {
        uv_timer_init(&loop_, &timer_);
        timer_.data = this;
        timer_started_ = true;
        uv_timer_start(&timer_, OnTimeout, static_cast<uint64_t>(timeout_ms_), 0);
      }
    }
  }
  uv_run(&loop_, UV_RUN_DEFAULT);
  CloseEverything();
  uv_run(&loop_, UV_RUN_DEFAULT);
  WaitForAsyncSenders();  // see async_send.cc
  CHECK_EQ(uv_loop_close(&loop_), 0);
  return BuildResult();
}

void SyncProcessRunner::StartIO() {
  for (auto& pipe : pipes_) {
    uv_stream_t* stream = reinterpret_cast<uv_stream_t*>(&pipe->pipe);
    if (pipe->writable) uv_read_start(stream, OnAlloc, OnRead);
    if (pipe->readable) {
      if (!pipe->input.empty()) {
        pipe->input_buf = uv_buf_init(pipe->input.data(), static_cast<unsigned int>(pipe->input.size()));
        pipe->write_req.data = pipe.get();
        uv_write(&pipe->write_req, stream, &pipe->input_buf, 1, OnWriteDone);
      }
      pipe->shutdown_req.data = pipe.get();
      uv_shutdown(&pipe->shutdown_req, stream, OnShutdownDone);
    }
  }
}

void SyncProcessRunner::Kill() {
  if (killed_ || exited_ || !process_started_) return;
  killed_ = true;
  if (uv_process_kill(&process_, kill_signal_) != 0) uv_process_kill(&process_, SIGKILL);
}

void SyncProcessRunner::CloseEverything() {
  for (auto& pipe : pipes_) {
    uv_handle_t* handle = reinterpret_cast<uv_handle_t*>(&pipe->pipe);
    if (!uv_is_closing(handle)) uv_close(handle, nullptr);
  }
  if (timer_started_ && !uv_is_closing(reinterpret_cast<uv_handle_t*>(&timer_))) {
    uv_close(reinterpret_cast<uv_handle_t*>(&timer_), nullptr);
  }
  if (process_started_ && !uv_is_closing(reinterpret_cast<uv_handle_t*>(&process_))) {
    uv_close(reinterpret_cast<uv_handle_t*>(&process_), nullptr);
  }
}

void SyncProcessRunner::OnExit(uv_process_t* process, int64_t exit_status, int term_signal) {
  auto* runner = static_cast<SyncProcessRunner*>(process->data);
  runner->exited_ = true;
  runner->exit_status_ = exit_status;
  runner->term_signal_ = term_signal;
  uv_close(reinterpret_cast<uv_handle_t*>(process), nullptr);
  if (runner->timer_started_) uv_timer_stop(&runner->timer_);
}

void SyncProcessRunner::OnTimeout(uv_timer_t* timer) {
  auto* runner = static_cast<SyncProcessRunner*>(timer->data);
  runner->error_ = UV_ETIMEDOUT;
  runner->Kill();
}

void SyncProcessRunner::OnAlloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf) {
  static thread_local char buffer[65536];
  *buf = uv_buf_init(buffer, sizeof(buffer));
}

void SyncProcessRunner::OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
  auto* pipe = static_cast<SyncPipe*>(stream->data);
  SyncProcessRunner* runner = pipe->runner;
  if (nread > 0) {
    pipe->output.append(buf->base, nread);
    runner->total_output_ += nread;
    // Past maxBuffer the child is stopped; what was read stays whole, as node keeps it (its
    // output can exceed maxBuffer by up to one read).
    if (runner->max_buffer_ > 0 && static_cast<double>(pipe->output.size()) > runner->max_buffer_) {
      runner->error_ = UV_ENOBUFS;
      runner->Kill();
      uv_read_stop(stream);
    }
  } else if (nread < 0) {
    uv_read_stop(stream);
    if (nread != UV_EOF && runner->pipe_error_ == 0) runner->pipe_error_ = static_cast<int>(nread);
    uv_close(reinterpret_cast<uv_handle_t*>(stream), nullptr);
  }
}

void SyncProcessRunner::OnWriteDone(uv_write_t* req, int status) {
  auto* pipe = static_cast<SyncPipe*>(req->data);
  // EPIPE means the child closed its stdin early; node reports nothing for that.
  if (status < 0 && status != UV_EPIPE && pipe->runner->pipe_error_ == 0) pipe->runner->pipe_error_ = status;
}

void SyncProcessRunner::OnShutdownDone(uv_shutdown_t* req, int status) {
  auto* pipe = static_cast<SyncPipe*>(req->data);
  uv_handle_t* handle = reinterpret_cast<uv_handle_t*>(&pipe->pipe);
  if (!pipe->writable && !uv_is_closing(handle)) uv_close(handle, nullptr);
}

v8::Local<v8::Object> SyncProcessRunner::BuildResult() {
  v8::Isolate* isolate = env_->isolate();
  v8::Local<v8::Context> context = env_->context();
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  auto set = [&](const char* key, v8::Local<v8::Value> value) {
    result->Set(context, OneByteString(isolate, key), value).Check();
  };
  int error = error_ != 0 ? error_ : pipe_error_;
  if (error != 0) set("error", v8::Integer::New(isolate, error));
  if (process_started_) {
    set("pid", v8::Integer::New(isolate, process_.pid));
    if (term_signal_ > 0) {
      set("status", v8::Null(isolate));
      set("signal", v8::Integer::New(isolate, term_signal_));
    } else {
      set("status", v8::Number::New(isolate, static_cast<double>(exit_status_)));
      set("signal", v8::Null(isolate));
    }
    v8::Local<v8::Array> output = v8::Array::New(isolate, static_cast<int>(stdio_.size()));
    for (uint32_t i = 0; i < stdio_.size(); i++) output->Set(context, i, v8::Null(isolate)).Check();
    for (auto& pipe : pipes_) {
      if (!pipe->writable) continue;
      v8::Local<v8::Value> data;
      if (utf8_) {
        data = v8::String::NewFromUtf8(isolate, pipe->output.data(), v8::NewStringType::kNormal,
                                       static_cast<int>(pipe->output.size())).ToLocalChecked();
      } else {
        v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, pipe->output.size());
        if (!pipe->output.empty()) {
          memcpy(buffer->GetBackingStore()->Data(), pipe->output.data(), pipe->output.size());
        }
        data = v8::Uint8Array::New(buffer, 0, pipe->output.size());
      }
      output->Set(context, static_cast<uint32_t>(pipe->child_fd), data).Check();
    }
    set("output", output);
  } else {
    set("status", v8::Null(isolate));
    set("signal", v8::Null(isolate));
    set("output", v8::Null(isolate));
  }
  return result;
}

void Spawn(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  CHECK(info[0]->IsObject());
  SyncProcessRunner runner(env);
  info.GetReturnValue().Set(runner.Run(info[0].As<v8::Object>()));
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethod(env->context(), target, "spawn", Spawn);
}

}  // namespace
}  // namespace lode

LODE_BINDING(spawn_sync, lode::Initialize)
