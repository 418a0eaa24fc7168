// The 'tcp_wrap' binding: TCP sockets and servers over uv_tcp_t (lib/net.js is the user).
//
//   new TCP(type)              type: constants.SOCKET or constants.SERVER
//   open(fd), bind(ip, port[, flags]), bind6(ip, port[, flags]), listen(backlog)  -> status
//   connect(ip, port), connect6(ip, port)   -> a TCPConnectWrap or a negative errno
//   connect(req, ip, port), connect6(req, ip, port)   node's shape: JS made req -> status
// Numbers are converted as node's binding converts them (a missing backlog or port is 0),
// so node's own internal uses (its tests reach them with --expose-internals) work unchanged.
//   getsockname(out), getpeername(out)      fill out.address/.family/.port -> status
//   setNoDelay(on), setKeepAlive(on, delaySeconds) -> status (a negative delay counts as 0)
//   reset(onclose)             closes with an RST (SO_LINGER 0) instead of a FIN
// The addresses are IP literals: JS resolves host names first.
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "binding.h"
#include "connection_wrap.h"
#include "env.h"
#include "utils.h"

namespace lode {
namespace {

enum SocketType { kSocket = 0, kServer = 1 };
// A bind flag of lode's own, beside libuv's UV_TCP_IPV6ONLY: set SO_REUSEPORT first, so that
// several processes (cluster workers) can listen on one port and the kernel balances them.
constexpr unsigned int kReusePort = 1u << 16;

struct TCPBindingData {
  v8::Global<v8::Function> constructor;
};

TCPBindingData* BindingData(Environment* env) {
  return static_cast<TCPBindingData*>(env->binding_data("tcp_wrap"));
}

class TCPWrap : public ConnectionWrap<uv_tcp_t> {
 public:
  TCPWrap(Environment* env, v8::Local<v8::Object> object, SocketType type)
      : ConnectionWrap(env, object), type_(type) {
    CHECK_EQ(uv_tcp_init(env->event_loop(), &handle_), 0);
  }
  const char* ResourceName() const override { return type_ == kServer ? "TCPServerWrap" : "TCPSocketWrap"; }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    CHECK(info.IsConstructCall());
    int type = info[0]->IsInt32() ? info[0].As<v8::Int32>()->Value() : -1;
    if (type != kSocket && type != kServer) {
      v8::Isolate* isolate = info.GetIsolate();
      isolate->ThrowException(v8::Exception::TypeError(
          OneByteString(isolate, "The type must be constants.SOCKET or constants.SERVER")));
      return;
    }
    new TCPWrap(Environment::GetCurrent(info), info.This(), static_cast<SocketType>(type));
  }

  static TCPWrap* Unwrap(const v8::FunctionCallbackInfo<v8::Value>& info) { return UnwrapOpen<TCPWrap>(info); }

  static void Open(const v8::FunctionCallbackInfo<v8::Value>& info) {
    TCPWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    int32_t fd;
    if (!info[0]->Int32Value(wrap->env()->context()).To(&fd)) return;
    info.GetReturnValue().Set(uv_tcp_open(&wrap->handle_, fd));
  }

  template <int family>
  static void Bind(const v8::FunctionCallbackInfo<v8::Value>& info) {
    TCPWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    sockaddr_storage address;
    int err = ParseSocketAddress<family>(info.GetIsolate(), info[0], info[1], &address);
    if (err == 0) {
      unsigned int flags = info[2]->IsUint32() ? info[2].As<v8::Uint32>()->Value() : 0;
      err = wrap->BindTo(reinterpret_cast<sockaddr*>(&address), flags);
    }
    info.GetReturnValue().Set(err);
  }

  static void Listen(const v8::FunctionCallbackInfo<v8::Value>& info) {
    TCPWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    int32_t backlog;
    if (!info[0]->Int32Value(wrap->env()->context()).To(&backlog)) return;
    info.GetReturnValue().Set(uv_listen(wrap->stream(), backlog, OnConnection));
  }

  template <int family>
  static void Connect(const v8::FunctionCallbackInfo<v8::Value>& info) {
    if (Unwrap(info) == nullptr) return;
    int first = info[0]->IsObject() ? 1 : 0;  // node's shape begins with the request object
    sockaddr_storage address;
    if (int err = ParseSocketAddress<family>(info.GetIsolate(), info[first], info[first + 1], &address); err != 0) {
      return info.GetReturnValue().Set(err);
    }
    StartConnect(info, StreamWrapData::kTCPConnectRequest, "ConnectWrap",
                 first == 1 ? info[0] : v8::Local<v8::Value>(),
                 [&](uv_connect_t* req, uv_tcp_t* handle) {
                   return uv_tcp_connect(req, handle, reinterpret_cast<sockaddr*>(&address),
                                         ConnectWrap::AfterConnect);
                 });
  }

  template <bool peer>
  static void GetName(const v8::FunctionCallbackInfo<v8::Value>& info) {
    TCPWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    if (!info[0]->IsObject()) return info.GetReturnValue().Set(UV_EINVAL);
    sockaddr_storage address;
    int length = sizeof(address);
    sockaddr* name = reinterpret_cast<sockaddr*>(&address);
    int err = peer ? uv_tcp_getpeername(&wrap->handle_, name, &length)
                   : uv_tcp_getsockname(&wrap->handle_, name, &length);
    if (err == 0) err = FillAddress(wrap->env(), name, info[0].As<v8::Object>());
    info.GetReturnValue().Set(err);
  }

  static void SetNoDelay(const v8::FunctionCallbackInfo<v8::Value>& info) {
    TCPWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    info.GetReturnValue().Set(uv_tcp_nodelay(&wrap->handle_, info[0]->IsTrue()));
  }

  static void SetKeepAlive(const v8::FunctionCallbackInfo<v8::Value>& info) {
    TCPWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    int32_t delay;
    if (!info[1]->Int32Value(wrap->env()->context()).To(&delay)) return;
    info.GetReturnValue().Set(uv_tcp_keepalive(&wrap->handle_, info[0]->IsTrue(), delay < 0 ? 0 : delay));
  }

  // reset(onclose): a linger time of zero makes close() send an RST.
  static void Reset(const v8::FunctionCallbackInfo<v8::Value>& info) {
    TCPWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    uv_os_fd_t fd;
    if (uv_fileno(wrap->handle(), &fd) == 0) {
      linger option = {1, 0};
      if (setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, sizeof(option)) != 0) {
        return info.GetReturnValue().Set(-errno);
      }
    }
    HandleWrap::CloseMethod(info);
    info.GetReturnValue().Set(0);
  }

  // A fresh SOCKET handle of this class (accepted connections, handles received over IPC).
  static v8::MaybeLocal<v8::Object> Instantiate(Environment* env) {
    v8::Local<v8::Value> argv[] = {v8::Integer::New(env->isolate(), kSocket)};
    return BindingData(env)->constructor.Get(env->isolate())->NewInstance(env->context(), 1, argv);
  }

 private:
  v8::MaybeLocal<v8::Object> NewClientHandle() override { return Instantiate(env()); }

  int BindTo(const sockaddr* address, unsigned int flags) {
    if (flags & kReusePort) {
      uv_os_fd_t fd;
      if (uv_fileno(handle(), &fd) != 0) {  // no socket yet: make one to set the option on
        fd = socket(address->sa_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        if (fd < 0) return -errno;
        if (int err = uv_tcp_open(&handle_, fd); err != 0) {
          close(fd);
          return err;
        }
      }
      int on = 1;
      if (setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof(on)) != 0) return -errno;
    }
    return uv_tcp_bind(&handle_, address, flags & UV_TCP_IPV6ONLY);
  }

  SocketType type_;

  // out.address, out.family ('IPv4' | 'IPv6') and out.port of a socket address.
  static int FillAddress(Environment* env, const sockaddr* address, v8::Local<v8::Object> out) {
    v8::Isolate* isolate = env->isolate();
    v8::Local<v8::Context> context = env->context();
    char ip[INET6_ADDRSTRLEN + 1 + 64];
    int port;
    const char* family;
    if (address->sa_family == AF_INET) {
      auto* in = reinterpret_cast<const sockaddr_in*>(address);
      uv_inet_ntop(AF_INET, &in->sin_addr, ip, sizeof(ip));
      port = ntohs(in->sin_port);
      family = "IPv4";
    } else if (address->sa_family == AF_INET6) {
      auto* in6 = reinterpret_cast<const sockaddr_in6*>(address);
      uv_inet_ntop(AF_INET6, &in6->sin6_addr, ip, sizeof(ip));
      // A link-local address means nothing without its interface: "fe80::1%eth0".
      if (IN6_IS_ADDR_LINKLOCAL(&in6->sin6_addr) && in6->sin6_scope_id > 0) {
        size_t used = strlen(ip);
        size_t room = sizeof(ip) - used - 1;
        ip[used] = '%';
        if (uv_if_indextoiid(in6->sin6_scope_id, ip + used + 1, &room) != 0) ip[used] = '\0';
      }
      port = ntohs(in6->sin6_port);
      family = "IPv6";
    } else {
      return UV_EAFNOSUPPORT;
    }
    out->Set(context, OneByteString(isolate, "address"), OneByteString(isolate, ip)).Check();
    out->Set(context, OneByteString(isolate, "family"), OneByteString(isolate, family)).Check();
    out->Set(context, OneByteString(isolate, "port"), v8::Integer::New(isolate, port)).Check();
    return 0;
  }
};

void Cleanup(void* data) {
  Environment* env = static_cast<Environment*>(data);
  delete BindingData(env);
  env->set_binding_data("tcp_wrap", nullptr);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  StreamWrapData* stream_data = StreamWrapData::Get(env);

  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, TCPWrap::New);
  tmpl->SetClassName(OneByteString(isolate, "TCP"));
  tmpl->Inherit(stream_data->stream_template());
  tmpl->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  SetProtoMethod(isolate, tmpl, "open", TCPWrap::Open);
  SetProtoMethod(isolate, tmpl, "bind", TCPWrap::Bind<AF_INET>);
  SetProtoMethod(isolate, tmpl, "bind6", TCPWrap::Bind<AF_INET6>);
  SetProtoMethod(isolate, tmpl, "listen", TCPWrap::Listen);
  SetProtoMethod(isolate, tmpl, "connect", TCPWrap::Connect<AF_INET>);
  SetProtoMethod(isolate, tmpl, "connect6", TCPWrap::Connect<AF_INET6>);
  SetProtoMethod(isolate, tmpl, "getsockname", TCPWrap::GetName<false>);
  SetProtoMethod(isolate, tmpl, "getpeername", TCPWrap::GetName<true>);
  SetProtoMethod(isolate, tmpl, "setNoDelay", TCPWrap::SetNoDelay);
  SetProtoMethod(isolate, tmpl, "setKeepAlive", TCPWrap::SetKeepAlive);
  SetProtoMethod(isolate, tmpl, "reset", TCPWrap::Reset);
  v8::Local<v8::Function> constructor = tmpl->GetFunction(context).ToLocalChecked();

  auto* data = new TCPBindingData();
  data->constructor.Reset(isolate, constructor);
  env->set_binding_data("tcp_wrap", data);
  env->AddCleanupHook(Cleanup, env);

  SetConstant(context, target, "TCP", constructor);
  SetConstant(context, target, "TCPConnectWrap",
              stream_data->RequestConstructor(StreamWrapData::kTCPConnectRequest));
  v8::Local<v8::Object> constants = v8::Object::New(isolate);
  SetConstant(context, constants, "SOCKET", kSocket);
  SetConstant(context, constants, "SERVER", kServer);
  SetConstant(context, constants, "UV_TCP_IPV6ONLY", UV_TCP_IPV6ONLY);
  SetConstant(context, constants, "REUSEPORT", kReusePort);
  SetConstant(context, target, "constants", constants);
}

}  // namespace

v8::MaybeLocal<v8::Object> NewTCPHandle(Environment* env) {
  if (BindingData(env) == nullptr && env->GetBinding("tcp_wrap").IsEmpty()) return {};
  return TCPWrap::Instantiate(env);
}

}  // namespace lode

LODE_BINDING(tcp_wrap, lode::Initialize)
