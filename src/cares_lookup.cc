// dns.lookup and dns.lookupService: the system resolver (getaddrinfo/getnameinfo, which
// read /etc/hosts and nsswitch as every program does), run on libuv's thread pool.
//
//   getaddrinfo(req, hostname, family, hints, order) -> status; later
//       req.oncomplete(status, addresses)   addresses: IP strings, in the resolver's order
//       (DNS_ORDER_VERBATIM) or with IPv4 or IPv6 ones first
//   getnameinfo(req, ip, port) -> status; later req.oncomplete(status, hostname, service)
// req is a new GetAddrInfoReqWrap / GetNameInfoReqWrap object made by JS.
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "cares_wrap.h"
#include "env.h"
#include "req_wrap.h"
#include "utils.h"

namespace lode::cares {
namespace {

enum ResultOrder { kVerbatim = 0, kIPv4First = 1, kIPv6First = 2 };

// A lookup still queued on the thread pool when its Environment ends (a worker terminated)
// is cancelled, as node does, rather than making the teardown wait for it.
template <typename T>
class CancelledAtTeardown : public ReqWrap<T> {
 protected:
  CancelledAtTeardown(Environment* env, v8::Local<v8::Object> object) : ReqWrap<T>(env, object) {
    env->AddCleanupHook(Cancel, this);
  }
  ~CancelledAtTeardown() override { this->env()->RemoveCleanupHook(Cancel, this); }

 private:
  static void Cancel(void* data) {
    auto* self = static_cast<CancelledAtTeardown*>(data);
    uv_cancel(reinterpret_cast<uv_req_t*>(self->req()));  // fails harmlessly once running
  }
};

// The IP strings of the addresses of `family` (AF_UNSPEC: all) in `result`, appended.
void AppendAddresses(v8::Isolate* isolate, const addrinfo* result, int family, v8::Local<v8::Array> out) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  for (const addrinfo* entry = result; entry != nullptr; entry = entry->ai_next) {
    if (family != AF_UNSPEC && entry->ai_family != family) continue;
    char ip[INET6_ADDRSTRLEN];
    const void* address;
    if (entry->ai_family == AF_INET) {
      address = &reinterpret_cast<const sockaddr_in*>(entry->ai_addr)->sin_addr;
    } else if (entry->ai_family == AF_INET6) {
      address = &reinterpret_cast<const sockaddr_in6*>(entry->ai_addr)->sin6_addr;
    } else {
      continue;
    }
    if (uv_inet_ntop(entry->ai_family, address, ip, sizeof(ip)) != 0) continue;
    out->Set(context, out->Length(), OneByteString(isolate, ip)).Check();
  }
}

class GetAddrInfoReqWrap : public CancelledAtTeardown<uv_getaddrinfo_t> {
 public:
  GetAddrInfoReqWrap(Environment* env, v8::Local<v8::Object> object, ResultOrder order)
      : CancelledAtTeardown(env, object), order_(order) {}
  const char* ResourceName() const override { return "GetAddrInfoReqWrap"; }

  static void After(uv_getaddrinfo_t* req, int status, addrinfo* result) {
    auto* wrap = From<GetAddrInfoReqWrap>(req);
    {
      v8::Isolate* isolate = wrap->isolate();
      v8::HandleScope scope(isolate);
      // Verbatim keeps the resolver's order; otherwise one family goes first.
      v8::Local<v8::Array> addresses = v8::Array::New(isolate);
      if (status == 0) {
        if (wrap->order_ == kVerbatim) {
          AppendAddresses(isolate, result, AF_UNSPEC, addresses);
        } else {
          bool v4_first = wrap->order_ == kIPv4First;
          AppendAddresses(isolate, result, v4_first ? AF_INET : AF_INET6, addresses);
          AppendAddresses(isolate, result, v4_first ? AF_INET6 : AF_INET, addresses);
        }
      }
      // A name with no address of the asked family is "not found", as node reports it.
      if (status == 0 && addresses->Length() == 0) status = UV_EAI_NODATA;
      v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status), addresses};
      wrap->CallOnComplete(2, argv);
    }
    uv_freeaddrinfo(result);
    delete wrap;
  }

 private:
  ResultOrder order_;
};

class GetNameInfoReqWrap : public CancelledAtTeardown<uv_getnameinfo_t> {
 public:
  GetNameInfoReqWrap(Environment* env, v8::Local<v8::Object> object) : CancelledAtTeardown(env, object) {}
  const char* ResourceName() const override { return "GetNameInfoReqWrap"; }

  static void After(uv_getnameinfo_t* req, int status, const char* hostname, const char* service) {
    auto* wrap = From<GetNameInfoReqWrap>(req);
    {
      v8::Isolate* isolate = wrap->isolate();
      v8::HandleScope scope(isolate);
      v8::Local<v8::Value> argv[] = {
          v8::Integer::New(isolate, status),
          status == 0 ? ToV8String(isolate, hostname).As<v8::Value>() : v8::Undefined(isolate).As<v8::Value>(),
          status == 0 ? ToV8String(isolate, service).As<v8::Value>() : v8::Undefined(isolate).As<v8::Value>(),
      };
      wrap->CallOnComplete(3, argv);
    }
    delete wrap;
  }
};

void NewRequest(const v8::FunctionCallbackInfo<v8::Value>& info) { CHECK(info.IsConstructCall()); }

// The request object JS made: an unused instance of a request class.
v8::Local<v8::Object> RequestObject(v8::Local<v8::Value> value) {
  CHECK(value->IsObject());
  v8::Local<v8::Object> object = value.As<v8::Object>();
  CHECK(object->InternalFieldCount() == BaseObject::kInternalFieldCount);
  return object;
}

void GetAddrInfo(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  v8::Local<v8::Object> object = RequestObject(info[0]);
  CHECK(info[1]->IsString());
  CHECK(info[2]->IsInt32());
  CHECK(info[3]->IsInt32());
  CHECK(info[4]->IsUint32());
  uint32_t order = info[4].As<v8::Uint32>()->Value();
  CHECK(order <= kIPv6First);
  Utf8Value hostname(info.GetIsolate(), info[1]);
  int family;
  switch (info[2].As<v8::Int32>()->Value()) {
    case 0: family = AF_UNSPEC; break;
    case 4: family = AF_INET; break;
    case 6: family = AF_INET6; break;
    default: UNREACHABLE();
  }
  addrinfo hints = {};
  hints.ai_family = family;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = info[3].As<v8::Int32>()->Value();
  auto* req = new GetAddrInfoReqWrap(env, object, static_cast<ResultOrder>(order));
  int err = uv_getaddrinfo(env->event_loop(), req->req(), GetAddrInfoReqWrap::After, *hostname, nullptr, &hints);
  if (err != 0) delete req;
  info.GetReturnValue().Set(err);
}

void GetNameInfo(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  v8::Local<v8::Object> object = RequestObject(info[0]);
  CHECK(info[1]->IsString());
  CHECK(info[2]->IsUint32());
  Utf8Value ip(info.GetIsolate(), info[1]);
  int port = static_cast<int>(info[2].As<v8::Uint32>()->Value() & 0xFFFF);
  sockaddr_storage address;
  if (uv_ip4_addr(*ip, port, reinterpret_cast<sockaddr_in*>(&address)) != 0 &&
      uv_ip6_addr(*ip, port, reinterpret_cast<sockaddr_in6*>(&address)) != 0) {
    return info.GetReturnValue().Set(UV_EINVAL);
  }
  auto* req = new GetNameInfoReqWrap(env, object);
  int err = uv_getnameinfo(env->event_loop(), req->req(), GetNameInfoReqWrap::After,
                           reinterpret_cast<sockaddr*>(&address), NI_NAMEREQD);
  if (err != 0) delete req;
  info.GetReturnValue().Set(err);
}

void AddRequestClass(Environment* env, v8::Local<v8::Object> target, const char* name) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, NewRequest);
  tmpl->SetClassName(OneByteString(isolate, name));
  tmpl->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  SetConstant(env->context(), target, name, tmpl->GetFunction(env->context()).ToLocalChecked());
}

}  // namespace

void InitializeLookup(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "getaddrinfo", GetAddrInfo);
  SetMethod(context, target, "getnameinfo", GetNameInfo);
  AddRequestClass(env, target, "GetAddrInfoReqWrap");
  AddRequestClass(env, target, "GetNameInfoReqWrap");
  SetConstant(context, target, "AI_ADDRCONFIG", AI_ADDRCONFIG);
  SetConstant(context, target, "AI_ALL", AI_ALL);
  SetConstant(context, target, "AI_V4MAPPED", AI_V4MAPPED);
  SetConstant(context, target, "DNS_ORDER_VERBATIM", kVerbatim);
  SetConstant(context, target, "DNS_ORDER_IPV4_FIRST", kIPv4First);
  SetConstant(context, target, "DNS_ORDER_IPV6_FIRST", kIPv6First);
}

}  // namespace lode::cares
