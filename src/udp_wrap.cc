// The 'udp_wrap' binding: UDP sockets over uv_udp_t (lib/dgram.js is the user).
//
//   new UDP()
//   open(fd), bind(ip, port, flags), bind6(ip, port, flags)       -> status
//   connect(ip, port), connect6(ip, port), disconnect()             -> status
//   send(req, buffers, count, port, ip), send6(...)                 unconnected
//   send(req, buffers, count)                                       connected
//       -> a negative errno; 0 when queued (req.oncomplete(status, bytes) follows); or
//          bytes + 1 when the datagram went out at once (no callback from C++ then)
//   recvStart(), recvStop()                                         -> status
//   getsockname(out), getpeername(out)      fill out.address/.family/.port -> status
//   addMembership(group, iface?), dropMembership(group, iface?)
//   addSourceSpecificMembership(source, group, iface?), dropSourceSpecificMembership(...)
//   setMulticastInterface(iface), setMulticastTTL(n), setMulticastLoopback(on),
//   setBroadcast(on), setTTL(n)                                     -> status
//   bufferSize(size, isRecv, ctx) -> the size, or undefined with ctx.errno/.code/.syscall
//   getSendQueueSize(), getSendQueueCount(), fd (getter)
// Each datagram calls onmessage(nread, handle, arrayBuffer, rinfo); a receive error calls
// onmessage(errno, handle). Addresses are IP literals: JS resolves host names first.
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "binding.h"
#include "connection_wrap.h"
#include "env.h"
#include "handle_wrap.h"
#include "req_wrap.h"
#include "utils.h"

namespace lode {
namespace {

constexpr size_t kMaxDatagram = 64 * 1024;

// Strings every datagram needs, made once per Environment.
struct UDPBindingData {
  v8::Global<v8::String> onmessage, address, family, port, ipv4, ipv6;
  v8::Global<v8::Function> constructor;
};

UDPBindingData* BindingData(Environment* env) {
  return static_cast<UDPBindingData*>(env->binding_data("udp_wrap"));
}

void CleanupBindingData(void* data) {
  Environment* env = static_cast<Environment*>(data);
  delete BindingData(env);
  env->set_binding_data("udp_wrap", nullptr);
}

// One receive buffer per thread, lent to each read in turn (reads run one at a time on a
// loop's thread); a read that finds it lent gets its own block.
thread_local std::unique_ptr<char[]> receive_scratch;
thread_local bool receive_scratch_lent = false;

class SendWrap : public ReqWrap<uv_udp_send_t> {
 public:
  SendWrap(Environment* env, v8::Local<v8::Object> object, std::unique_ptr<char[]> data, size_t size)
      : ReqWrap(env, object), data_(std::move(data)), size_(size) {}
  const char* ResourceName() const override { return "SendWrap"; }

  static void AfterSend(uv_udp_send_t* req, int status) {
    SendWrap* wrap = From<SendWrap>(req);
    {
      v8::HandleScope scope(wrap->isolate());
      v8::Local<v8::Value> argv[] = {
          v8::Integer::New(wrap->isolate(), status),
          v8::Number::New(wrap->isolate(), static_cast<double>(wrap->size_)),
      };
      wrap->CallOnComplete(2, argv);
    }
    delete wrap;
  }

  std::unique_ptr<char[]> data_;
  size_t size_;
};

// "IPv4"/"IPv6", address and port of a socket address into `out`.
int FillAddress(Environment* env, const sockaddr* address, v8::Local<v8::Object> out) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  UDPBindingData* data = BindingData(env);
  char ip[INET6_ADDRSTRLEN + 1 + 64];
  int port;
  v8::Local<v8::String> family;
  if (address == nullptr) return UV_EINVAL;
  if (address->sa_family == AF_INET) {
    auto* in = reinterpret_cast<const sockaddr_in*>(address);
    uv_inet_ntop(AF_INET, &in->sin_addr, ip, sizeof(ip));
    port = ntohs(in->sin_port);
    family = data->ipv4.Get(isolate);
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
    family = data->ipv6.Get(isolate);
  } else {
    return UV_EAFNOSUPPORT;
  }
  v8::Local<v8::String> ip_string =
      v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(ip)).ToLocalChecked();
  out->Set(context, data->address.Get(isolate), ip_string).Check();
  out->Set(context, data->family.Get(isolate), family).Check();
  out->Set(context, data->port.Get(isolate), v8::Integer::New(isolate, port)).Check();
  return 0;
}

class UDPWrap : public HandleWrap {
 public:
  UDPWrap(Environment* env, v8::Local<v8::Object> object)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&handle_)) {
    CHECK_EQ(uv_udp_init(env->event_loop(), &handle_), 0);
    // node's test option: every send is queued, as when the socket buffer is full.
    const auto& values = env->options().values;
    auto option = values.find("--test-udp-no-try-send");
    no_try_send_ = option != values.end() && option->second == "true";
  }
  const char* ResourceName() const override { return "UDPWrap"; }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    CHECK(info.IsConstructCall());
    new UDPWrap(Environment::GetCurrent(info), info.This());
  }

  static UDPWrap* Unwrap(const v8::FunctionCallbackInfo<v8::Value>& info) { return UnwrapOpen<UDPWrap>(info); }

  static void Open(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    CHECK(info[0]->IsInt32());
    info.GetReturnValue().Set(uv_udp_open(&wrap->handle_, info[0].As<v8::Int32>()->Value()));
  }

  template <int family>
  static void Bind(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    sockaddr_storage address;
    int err = ParseSocketAddress<family>(info.GetIsolate(), info[0], info[1], &address);
    if (err == 0) {
      CHECK(info[2]->IsUint32());
      err = uv_udp_bind(&wrap->handle_, reinterpret_cast<sockaddr*>(&address),
                        info[2].As<v8::Uint32>()->Value());
    }
    info.GetReturnValue().Set(err);
  }

  template <int family>
  static void Connect(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    sockaddr_storage address;
    int err = ParseSocketAddress<family>(info.GetIsolate(), info[0], info[1], &address);
    if (err == 0) err = uv_udp_connect(&wrap->handle_, reinterpret_cast<sockaddr*>(&address));
    info.GetReturnValue().Set(err);
  }

  static void Disconnect(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    info.GetReturnValue().Set(uv_udp_connect(&wrap->handle_, nullptr));
  }

  // send(req, buffers, count[, port, ip]): the buffers are copied into one block, so JS may
  // reuse them at once; a datagram is at most 64 KiB, so the copy is cheap.
  template <int family>
  static void Send(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    CHECK(info[0]->IsObject());
    CHECK(info[1]->IsArray());
    CHECK(info[2]->IsUint32());
    v8::Local<v8::Array> list = info[1].As<v8::Array>();
    uint32_t count = info[2].As<v8::Uint32>()->Value();
    CHECK(count <= list->Length());

    sockaddr_storage address;
    sockaddr* target = nullptr;
    if (info.Length() > 3) {
      int err = ParseSocketAddress<family>(isolate, info[4], info[3], &address);
      if (err != 0) return info.GetReturnValue().Set(err);
      target = reinterpret_cast<sockaddr*>(&address);
    }

    size_t total = 0;
    for (uint32_t i = 0; i < count; i++) {
      v8::Local<v8::Value> chunk = list->Get(context, i).ToLocalChecked();
      CHECK(chunk->IsArrayBufferView());
      total += chunk.As<v8::ArrayBufferView>()->ByteLength();
    }
    // Small datagrams are gathered on the stack; only a queued send needs its own copy.
    char stack_data[16 * 1024];
    std::unique_ptr<char[]> heap_data;
    char* data = stack_data;
    if (total > sizeof(stack_data)) {
      heap_data.reset(new char[total]);
      data = heap_data.get();
    }
    size_t used = 0;
    for (uint32_t i = 0; i < count; i++) {
      v8::Local<v8::ArrayBufferView> chunk = list->Get(context, i).ToLocalChecked().As<v8::ArrayBufferView>();
      used += chunk->CopyContents(data + used, total - used);
    }
    uv_buf_t buf = uv_buf_init(data, static_cast<unsigned int>(total));

    // Most datagrams go out at once; only a full socket buffer needs a queued request.
    int sent = wrap->no_try_send_ ? UV_EAGAIN : uv_udp_try_send(&wrap->handle_, &buf, 1, target);
    if (sent >= 0) return info.GetReturnValue().Set(static_cast<double>(sent) + 1);
    if (sent != UV_EAGAIN) return info.GetReturnValue().Set(sent);
    if (!heap_data) {
      heap_data.reset(new char[total > 0 ? total : 1]);
      memcpy(heap_data.get(), data, total);
      buf.base = heap_data.get();
    }
    auto* req = new SendWrap(wrap->env(), info[0].As<v8::Object>(), std::move(heap_data), total);
    int err = uv_udp_send(req->req(), &wrap->handle_, &buf, 1, target, SendWrap::AfterSend);
    if (err != 0) delete req;
    info.GetReturnValue().Set(err);
  }

  static void RecvStart(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    int err = uv_udp_recv_start(&wrap->handle_, OnAlloc, OnRecv);
    if (err == UV_EALREADY) err = 0;
    info.GetReturnValue().Set(err);
  }

  static void RecvStop(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    info.GetReturnValue().Set(uv_udp_recv_stop(&wrap->handle_));
  }

  template <bool peer>
  static void GetName(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    CHECK(info[0]->IsObject());
    sockaddr_storage address;
    int length = sizeof(address);
    sockaddr* name = reinterpret_cast<sockaddr*>(&address);
    int err = peer ? uv_udp_getpeername(&wrap->handle_, name, &length)
                   : uv_udp_getsockname(&wrap->handle_, name, &length);
    if (err == 0) err = FillAddress(wrap->env(), name, info[0].As<v8::Object>());
    info.GetReturnValue().Set(err);
  }

  // An optional string argument as a C string, or nullptr when undefined/null.
  class OptionalString {
   public:
    OptionalString(v8::Isolate* isolate, v8::Local<v8::Value> value) {
      if (value->IsString()) value_ = std::make_unique<Utf8Value>(isolate, value);
      else CHECK(value->IsNullOrUndefined());
    }
    const char* get() const { return value_ ? **value_ : nullptr; }

   private:
    std::unique_ptr<Utf8Value> value_;
  };

  template <uv_membership membership>
  static void SetMembership(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    CHECK(info[0]->IsString());
    Utf8Value group(info.GetIsolate(), info[0]);
    OptionalString iface(info.GetIsolate(), info[1]);
    info.GetReturnValue().Set(uv_udp_set_membership(&wrap->handle_, *group, iface.get(), membership));
  }

  template <uv_membership membership>
  static void SetSourceMembership(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    CHECK(info[0]->IsString());
    CHECK(info[1]->IsString());
    Utf8Value source(info.GetIsolate(), info[0]);
    Utf8Value group(info.GetIsolate(), info[1]);
    OptionalString iface(info.GetIsolate(), info[2]);
    info.GetReturnValue().Set(
        uv_udp_set_source_membership(&wrap->handle_, *group, iface.get(), *source, membership));
  }

  static void SetMulticastInterface(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    CHECK(info[0]->IsString());
    Utf8Value iface(info.GetIsolate(), info[0]);
    info.GetReturnValue().Set(uv_udp_set_multicast_interface(&wrap->handle_, *iface));
  }

  template <int (*fn)(uv_udp_t*, int)>
  static void SetInt(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = Unwrap(info);
    if (wrap == nullptr) return;
    CHECK(info[0]->IsInt32() || info[0]->IsBoolean());
    int value = info[0]->IsBoolean() ? info[0]->IsTrue() : info[0].As<v8::Int32>()->Value();
    info.GetReturnValue().Set(fn(&wrap->handle_, value));
  }

  // bufferSize(size, isRecv, ctx): size 0 reads the current value.
  static void BufferSize(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = Unwrap(info);
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    CHECK(info[0]->IsUint32());
    CHECK(info[2]->IsObject());
    bool receive = info[1]->IsTrue();
    const char* syscall = receive ? "uv_recv_buffer_size" : "uv_send_buffer_size";
    uint32_t requested = info[0].As<v8::Uint32>()->Value();
    int size = static_cast<int>(requested);
    int err = UV_EBADF;
    if (requested > INT32_MAX) {
      err = UV_EINVAL;  // more than the socket option can hold
    } else if (wrap != nullptr) {
      err = receive ? uv_recv_buffer_size(wrap->handle(), &size) : uv_send_buffer_size(wrap->handle(), &size);
    }
    if (err != 0) {
      v8::Local<v8::Object> ctx = info[2].As<v8::Object>();
      ctx->Set(context, OneByteString(isolate, "errno"), v8::Integer::New(isolate, err)).Check();
      ctx->Set(context, OneByteString(isolate, "code"), OneByteString(isolate, uv_err_name(err))).Check();
      ctx->Set(context, OneByteString(isolate, "message"), OneByteString(isolate, uv_strerror(err))).Check();
      ctx->Set(context, OneByteString(isolate, "syscall"), OneByteString(isolate, syscall)).Check();
      info.GetReturnValue().SetUndefined();
      return;
    }
    info.GetReturnValue().Set(size);
  }

  static void GetSendQueueSize(const v8::FunctionCallbackInfo<v8::Value>& info) {
    auto* wrap = BaseObject::FromJSObject<UDPWrap>(info.This());
    double size = wrap == nullptr ? 0 : static_cast<double>(uv_udp_get_send_queue_size(&wrap->handle_));
    info.GetReturnValue().Set(size);
  }

  static void GetSendQueueCount(const v8::FunctionCallbackInfo<v8::Value>& info) {
    auto* wrap = BaseObject::FromJSObject<UDPWrap>(info.This());
    double count = wrap == nullptr ? 0 : static_cast<double>(uv_udp_get_send_queue_count(&wrap->handle_));
    info.GetReturnValue().Set(count);
  }

  static void GetFd(const v8::FunctionCallbackInfo<v8::Value>& info) {
    auto* wrap = BaseObject::FromJSObject<UDPWrap>(info.This());
    uv_os_fd_t fd = -1;
    if (wrap == nullptr || wrap->IsClosing() || uv_fileno(wrap->handle(), &fd) != 0) fd = -1;
    info.GetReturnValue().Set(fd);
  }

 private:
  static void OnAlloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf) {
    if (!receive_scratch_lent) {
      if (!receive_scratch) receive_scratch.reset(new char[kMaxDatagram]);
      receive_scratch_lent = true;
      *buf = uv_buf_init(receive_scratch.get(), kMaxDatagram);
      return;
    }
    buf->base = static_cast<char*>(malloc(kMaxDatagram));
    buf->len = buf->base == nullptr ? 0 : kMaxDatagram;
  }

  // Gives back what OnAlloc lent when `buf` goes out of scope.
  class ReceiveBuffer {
   public:
    explicit ReceiveBuffer(const uv_buf_t* buf) : base_(buf->base) {}
    ~ReceiveBuffer() {
      if (base_ == receive_scratch.get()) receive_scratch_lent = false;
      else free(base_);
    }
    ReceiveBuffer(const ReceiveBuffer&) = delete;
    ReceiveBuffer& operator=(const ReceiveBuffer&) = delete;

   private:
    char* base_;
  };

  static void OnRecv(uv_udp_t* handle, ssize_t nread, const uv_buf_t* buf, const sockaddr* address,
                     unsigned int flags) {
    ReceiveBuffer memory(buf);
    // libuv reports "nothing more to read now" as 0 bytes from no address.
    if (nread == 0 && address == nullptr) return;
    auto* wrap = static_cast<UDPWrap*>(handle->data);
    Environment* env = wrap->env();
    if (!env->can_call_into_js()) return;
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Context> context = env->context();
    v8::Local<v8::Object> object = wrap->object();
    v8::Local<v8::Value> callback;
    if (!object->Get(context, BindingData(env)->onmessage.Get(isolate)).ToLocal(&callback) ||
        !callback->IsFunction()) {
      return;
    }
    if (nread < 0) {
      v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, static_cast<int>(nread)), object};
      env->MakeCallback(object, callback.As<v8::Function>(), 2, argv);
      return;
    }
    v8::Local<v8::ArrayBuffer> bytes = v8::ArrayBuffer::New(isolate, static_cast<size_t>(nread));
    if (nread > 0) memcpy(bytes->Data(), buf->base, static_cast<size_t>(nread));
    v8::Local<v8::Object> rinfo = v8::Object::New(isolate);
    if (FillAddress(env, address, rinfo) != 0) return;
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, static_cast<int>(nread)), object, bytes, rinfo};
    env->MakeCallback(object, callback.As<v8::Function>(), 4, argv);
  }

  uv_udp_t handle_;
  bool no_try_send_;
};

// new SendWrap(): a plain request object; its C++ side exists only while a send is queued.
void NewSendWrap(const v8::FunctionCallbackInfo<v8::Value>& info) { CHECK(info.IsConstructCall()); }

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();

  auto* data = new UDPBindingData();
  data->onmessage.Reset(isolate, OneByteString(isolate, "onmessage"));
  data->address.Reset(isolate, OneByteString(isolate, "address"));
  data->family.Reset(isolate, OneByteString(isolate, "family"));
  data->port.Reset(isolate, OneByteString(isolate, "port"));
  data->ipv4.Reset(isolate, OneByteString(isolate, "IPv4"));
  data->ipv6.Reset(isolate, OneByteString(isolate, "IPv6"));
  env->set_binding_data("udp_wrap", data);
  env->AddCleanupHook(CleanupBindingData, env);

  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, UDPWrap::New);
  tmpl->SetClassName(OneByteString(isolate, "UDP"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  HandleWrap::AddMethods(isolate, tmpl);
  SetProtoMethod(isolate, tmpl, "open", UDPWrap::Open);
  SetProtoMethod(isolate, tmpl, "bind", UDPWrap::Bind<AF_INET>);
  SetProtoMethod(isolate, tmpl, "bind6", UDPWrap::Bind<AF_INET6>);
  SetProtoMethod(isolate, tmpl, "connect", UDPWrap::Connect<AF_INET>);
  SetProtoMethod(isolate, tmpl, "connect6", UDPWrap::Connect<AF_INET6>);
  SetProtoMethod(isolate, tmpl, "disconnect", UDPWrap::Disconnect);
  SetProtoMethod(isolate, tmpl, "send", UDPWrap::Send<AF_INET>);
  SetProtoMethod(isolate, tmpl, "send6", UDPWrap::Send<AF_INET6>);
  SetProtoMethod(isolate, tmpl, "recvStart", UDPWrap::RecvStart);
  SetProtoMethod(isolate, tmpl, "recvStop", UDPWrap::RecvStop);
  SetProtoMethod(isolate, tmpl, "getsockname", UDPWrap::GetName<false>);
  SetProtoMethod(isolate, tmpl, "getpeername", UDPWrap::GetName<true>);
  SetProtoMethod(isolate, tmpl, "addMembership", UDPWrap::SetMembership<UV_JOIN_GROUP>);
  SetProtoMethod(isolate, tmpl, "dropMembership", UDPWrap::SetMembership<UV_LEAVE_GROUP>);
  SetProtoMethod(isolate, tmpl, "addSourceSpecificMembership", UDPWrap::SetSourceMembership<UV_JOIN_GROUP>);
  SetProtoMethod(isolate, tmpl, "dropSourceSpecificMembership", UDPWrap::SetSourceMembership<UV_LEAVE_GROUP>);
  SetProtoMethod(isolate, tmpl, "setMulticastInterface", UDPWrap::SetMulticastInterface);
  SetProtoMethod(isolate, tmpl, "setMulticastTTL", UDPWrap::SetInt<uv_udp_set_multicast_ttl>);
  SetProtoMethod(isolate, tmpl, "setMulticastLoopback", UDPWrap::SetInt<uv_udp_set_multicast_loop>);
  SetProtoMethod(isolate, tmpl, "setBroadcast", UDPWrap::SetInt<uv_udp_set_broadcast>);
  SetProtoMethod(isolate, tmpl, "setTTL", UDPWrap::SetInt<uv_udp_set_ttl>);
  SetProtoMethod(isolate, tmpl, "bufferSize", UDPWrap::BufferSize);
  SetProtoMethod(isolate, tmpl, "getSendQueueSize", UDPWrap::GetSendQueueSize);
  SetProtoMethod(isolate, tmpl, "getSendQueueCount", UDPWrap::GetSendQueueCount);
  v8::Local<v8::FunctionTemplate> fd_getter = v8::FunctionTemplate::New(
      isolate, UDPWrap::GetFd, {}, v8::Signature::New(isolate, tmpl), 0, v8::ConstructorBehavior::kThrow);
  tmpl->PrototypeTemplate()->SetAccessorProperty(OneByteString(isolate, "fd"), fd_getter);
  v8::Local<v8::Function> constructor = tmpl->GetFunction(context).ToLocalChecked();
  data->constructor.Reset(isolate, constructor);
  SetConstant(context, target, "UDP", constructor);

  v8::Local<v8::FunctionTemplate> send_tmpl = v8::FunctionTemplate::New(isolate, NewSendWrap);
  send_tmpl->SetClassName(OneByteString(isolate, "SendWrap"));
  send_tmpl->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  SetConstant(context, target, "SendWrap", send_tmpl->GetFunction(context).ToLocalChecked());

  v8::Local<v8::Object> constants = v8::Object::New(isolate);
  SetConstant(context, constants, "UV_UDP_IPV6ONLY", UV_UDP_IPV6ONLY);
  SetConstant(context, constants, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR);
  SetConstant(context, target, "constants", constants);
}

}  // namespace

// A fresh UDP handle object, for one received over an IPC pipe.
v8::MaybeLocal<v8::Object> NewUDPHandle(Environment* env) {
  if (BindingData(env) == nullptr && env->GetBinding("udp_wrap").IsEmpty()) return {};
  return BindingData(env)->constructor.Get(env->isolate())->NewInstance(env->context());
}

}  // namespace lode

LODE_BINDING(udp_wrap, lode::Initialize)
