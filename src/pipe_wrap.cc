// The 'pipe_wrap' binding: Unix domain sockets and pipes over uv_pipe_t (lib/net.js, stdio).
//
//   new Pipe(type)        type: constants.SOCKET, SERVER or IPC (an IPC pipe carries handles)
//   open(fd), bind(path), listen(backlog), fchmod(mode) -> status
//   connect(path)         -> a PipeConnectWrap or a negative errno
// On an IPC pipe, a TCP or pipe handle received with the bytes read is accepted into a new
// handle object and passed to onread as its second argument; writes take the handle to send
// as their last argument (see stream_wrap.h).
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <vector>

#include "binding.h"
#include "connection_wrap.h"
#include "env.h"
#include "utils.h"

namespace lode {
namespace {

enum PipeType { kSocket = 0, kServer = 1, kIPC = 2 };

struct PipeBindingData {
  v8::Global<v8::Function> constructor;
};

PipeBindingData* BindingData(Environment* env) {
  return static_cast<PipeBindingData*>(env->binding_data("pipe_wrap"));
}

class PipeWrap : public ConnectionWrap<uv_pipe_t> {
 public:
  PipeWrap(Environment* env, v8::Local<v8::Object> object, bool ipc) : ConnectionWrap(env, object) {
    CHECK_EQ(uv_pipe_init(env->event_loop(), &handle_, ipc), 0);
  }
  const char* ResourceName() const override { return "PipeWrap"; }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    CHECK(info.IsConstructCall());
    int type = info[0]->IsInt32() ? info[0].As<v8::Int32>()->Value() : -1;
    if (type != kSocket && type != kServer && type != kIPC) {
      v8::Isolate* isolate = info.GetIsolate();
      isolate->ThrowException(v8::Exception::TypeError(
          OneByteString(isolate, "The type must be constants.SOCKET, constants.SERVER or constants.IPC")));
      return;
    }
    new PipeWrap(Environment::GetCurrent(info), info.This(), type == kIPC);
  }

  static PipeWrap* Unwrap(const v8::FunctionCallbackInfo<v8::Value>& info) { return UnwrapOpen<PipeWrap>(info); }

  static void Open(const v8::FunctionCallbackInfo<v8::Value>& info) {
    PipeWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    int32_t fd;
    if (!info[0]->Int32Value(wrap->env()->context()).To(&fd)) return;
    info.GetReturnValue().Set(uv_pipe_open(&wrap->handle_, fd));
  }

  static void Bind(const v8::FunctionCallbackInfo<v8::Value>& info) {
    PipeWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    if (!info[0]->IsString()) return info.GetReturnValue().Set(UV_EINVAL);
    Utf8Value path(info.GetIsolate(), info[0]);
    info.GetReturnValue().Set(uv_pipe_bind(&wrap->handle_, *path));
  }

  // listen(backlog): the backlog converted as node converts it (none is 0).
  static void Listen(const v8::FunctionCallbackInfo<v8::Value>& info) {
    PipeWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    int32_t backlog;
    if (!info[0]->Int32Value(wrap->env()->context()).To(&backlog)) return;
    info.GetReturnValue().Set(uv_listen(wrap->stream(), backlog, OnConnection));
  }

  // connect(path) or, node's shape, connect(req, path).
  static void Connect(const v8::FunctionCallbackInfo<v8::Value>& info) {
    if (Unwrap(info) == nullptr) return;
    bool given_req = info[0]->IsObject();
    v8::Local<v8::Value> path_value = info[given_req ? 1 : 0];
    if (!path_value->IsString()) return info.GetReturnValue().Set(UV_EINVAL);
    Utf8Value path(info.GetIsolate(), path_value);
    StartConnect(info, StreamWrapData::kPipeConnectRequest, "ConnectWrap",
                 given_req ? info[0] : v8::Local<v8::Value>(),
                 [&](uv_connect_t* req, uv_pipe_t* handle) {
                   // libuv keeps one connect request per stream: a second one would never
                   // complete (and keep the loop alive), so it is refused as TCP's is.
                   if (handle->connect_req != nullptr) return static_cast<int>(UV_EALREADY);
                   // Failures (a missing path included) arrive in the callback.
                   uv_pipe_connect(req, handle, *path, ConnectWrap::AfterConnect);
                   return 0;
                 });
  }

  static void Fchmod(const v8::FunctionCallbackInfo<v8::Value>& info) {
    PipeWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    int32_t mode;
    if (!info[0]->Int32Value(wrap->env()->context()).To(&mode)) return;
    info.GetReturnValue().Set(uv_pipe_chmod(&wrap->handle_, mode));
  }

  static v8::MaybeLocal<v8::Object> Instantiate(Environment* env, PipeType type) {
    v8::Local<v8::Value> argv[] = {v8::Integer::New(env->isolate(), type)};
    return BindingData(env)->constructor.Get(env->isolate())->NewInstance(env->context(), 1, argv);
  }

 private:
  v8::MaybeLocal<v8::Object> NewClientHandle() override { return Instantiate(env(), kSocket); }

  // libuv 1.44 takes a hang-up after a short read for the end of the stream. On an IPC pipe
  // a read is short whenever it reaches a message that carries descriptors (the kernel stops
  // there), so a peer that sends a handle, then messages, then closes, would lose those last
  // messages. Before the end is reported, what is still in the socket is read here: bytes
  // and, with them, descriptors (each becomes a handle of its kind, as libuv would make it).
  void BeforeEnd() override {
    if (!handle_.ipc) return;
    uv_os_fd_t fd;
    if (uv_fileno(reinterpret_cast<uv_handle_t*>(&handle_), &fd) != 0) return;
    v8::Isolate* isolate = env()->isolate();
    constexpr size_t kChunk = 64 * 1024;
    constexpr int kMaxFds = 16;
    while (!IsClosing()) {
      char* bytes = static_cast<char*>(malloc(kChunk));
      if (bytes == nullptr) return;
      iovec iov = {bytes, kChunk};
      alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * kMaxFds)];
      msghdr message = {};
      message.msg_iov = &iov;
      message.msg_iovlen = 1;
      message.msg_control = control;
      message.msg_controllen = sizeof(control);
      ssize_t nread;
      do {
        nread = recvmsg(fd, &message, MSG_DONTWAIT | MSG_CMSG_CLOEXEC);
      } while (nread < 0 && errno == EINTR);
      if (nread <= 0) {  // the real end, or nothing more for now (EAGAIN): the end it is
        free(bytes);
        return;
      }
      std::vector<v8::Local<v8::Value>> handles;
      for (cmsghdr* header = CMSG_FIRSTHDR(&message); header != nullptr; header = CMSG_NXTHDR(&message, header)) {
        if (header->cmsg_level != SOL_SOCKET || header->cmsg_type != SCM_RIGHTS) continue;
        size_t count = (header->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        const int* fds = reinterpret_cast<const int*>(CMSG_DATA(header));
        for (size_t i = 0; i < count; i++) {
          v8::Local<v8::Value> handle = AdoptDescriptor(fds[i]);
          if (!handle->IsUndefined()) handles.push_back(handle);
        }
      }
      v8::HandleScope scope(isolate);
      std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
          bytes, static_cast<size_t>(nread), [](void* data, size_t, void*) { free(data); }, nullptr);
      v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, std::move(store));
      // Each handle in a call of its own (nread 0), before the bytes that name it.
      for (v8::Local<v8::Value> handle : handles) {
        if (IsClosing()) return;
        CallOnRead(0, 0, v8::Undefined(isolate), handle);
      }
      if (IsClosing()) return;
      CallOnRead(nread, 0, buffer, v8::Undefined(isolate));
    }
  }

  // A descriptor received outside libuv, as a TCP, pipe or UDP handle object (undefined, and
  // the descriptor closed, for any other kind).
  v8::Local<v8::Value> AdoptDescriptor(int fd) {
    v8::Local<v8::Object> object;
    int err = UV_EINVAL;
    uv_handle_type type = uv_guess_handle(fd);
    if (NewHandleOfType(type).ToLocal(&object)) {
      uv_handle_t* handle = BaseObject::FromJSObject<HandleWrap>(object)->handle();
      if (type == UV_TCP) err = uv_tcp_open(reinterpret_cast<uv_tcp_t*>(handle), fd);
      else if (type == UV_NAMED_PIPE) err = uv_pipe_open(reinterpret_cast<uv_pipe_t*>(handle), fd);
      else err = uv_udp_open(reinterpret_cast<uv_udp_t*>(handle), fd);
    }
    if (err != 0) {
      if (!object.IsEmpty()) BaseObject::FromJSObject<HandleWrap>(object)->Close();
      close(fd);
      return v8::Undefined(env()->isolate());
    }
    return object;
  }

  v8::Local<v8::Value> TakePendingHandle() override {
    v8::Local<v8::Value> none = v8::Undefined(env()->isolate());
    if (!handle_.ipc || uv_pipe_pending_count(&handle_) == 0) return none;
    v8::Local<v8::Object> received;
    if (!NewHandleOfType(uv_pipe_pending_type(&handle_)).ToLocal(&received)) return none;
    // libuv's accept opens a UDP handle on the received socket too.
    auto* wrap = BaseObject::FromJSObject<HandleWrap>(received);
    if (uv_accept(stream(), reinterpret_cast<uv_stream_t*>(wrap->handle())) != 0) {
      wrap->Close();
      return none;
    }
    return received;
  }

  // A new handle object for a descriptor of this kind received over IPC (TCP, pipe or UDP);
  // empty for any other kind.
  v8::MaybeLocal<v8::Object> NewHandleOfType(uv_handle_type type) {
    switch (type) {
      case UV_TCP:
        return NewTCPHandle(env());
      case UV_NAMED_PIPE:
        return Instantiate(env(), kSocket);
      case UV_UDP:
        return NewUDPHandle(env());
      default:
        return {};
    }
  }
};

void Cleanup(void* data) {
  Environment* env = static_cast<Environment*>(data);
  delete BindingData(env);
  env->set_binding_data("pipe_wrap", nullptr);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  StreamWrapData* stream_data = StreamWrapData::Get(env);

  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, PipeWrap::New);
  tmpl->SetClassName(OneByteString(isolate, "Pipe"));
  tmpl->Inherit(stream_data->stream_template());
  tmpl->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  SetProtoMethod(isolate, tmpl, "open", PipeWrap::Open);
  SetProtoMethod(isolate, tmpl, "bind", PipeWrap::Bind);
  SetProtoMethod(isolate, tmpl, "listen", PipeWrap::Listen);
  SetProtoMethod(isolate, tmpl, "connect", PipeWrap::Connect);
  SetProtoMethod(isolate, tmpl, "fchmod", PipeWrap::Fchmod);
  v8::Local<v8::Function> constructor = tmpl->GetFunction(context).ToLocalChecked();

  auto* data = new PipeBindingData();
  data->constructor.Reset(isolate, constructor);
  env->set_binding_data("pipe_wrap", data);
  env->AddCleanupHook(Cleanup, env);

  SetConstant(context, target, "Pipe", constructor);
  SetConstant(context, target, "PipeConnectWrap",
              stream_data->RequestConstructor(StreamWrapData::kPipeConnectRequest));
  v8::Local<v8::Object> constants = v8::Object::New(isolate);
  SetConstant(context, constants, "SOCKET", kSocket);
  SetConstant(context, constants, "SERVER", kServer);
  SetConstant(context, constants, "IPC", kIPC);
  SetConstant(context, constants, "UV_READABLE", UV_READABLE);
  SetConstant(context, constants, "UV_WRITABLE", UV_WRITABLE);
  SetConstant(context, target, "constants", constants);
}

}  // namespace

v8::MaybeLocal<v8::Object> NewPipeHandle(Environment* env, bool ipc) {
  if (BindingData(env) == nullptr && env->GetBinding("pipe_wrap").IsEmpty()) return {};
  return PipeWrap::Instantiate(env, ipc ? kIPC : kSocket);
}

}  // namespace lode

LODE_BINDING(pipe_wrap, lode::Initialize)
