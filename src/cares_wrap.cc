// The 'cares_wrap' binding: DNS queries through c-ares, driven by the event loop, plus the
// system resolver calls of cares_lookup.cc. lib/internal/dns/ is the user.
//
//   new ChannelWrap(timeoutMs, tries)         one c-ares channel per dns.Resolver
//   channel.query(req, kind, name)            -> ARES status; later
//       req.oncomplete(status, result, ttls)  status an ARES_* code (0 = success)
//       (lib/internal/dns/utils.js adds node's per-type names: queryA(req, name), ...)
//   channel.getHostByAddr(req, ip)            -> status; oncomplete(status, names)
//   channel.cancel(), channel.getServers() -> [[ip, port]], channel.setServers([[family, ip,
//   port]]) -> status, channel.setLocalAddress(ip4 | undefined, ip6 | undefined)
//   strerror(status)
//
// The loop drives c-ares: c-ares reports each socket it wants watched (the socket-state
// callback) and gets one uv_poll_t per socket; one uv_timer_t fires at ares_timeout() so
// retries and timeouts happen without blocking. Answers are parsed in c-ares' callback
// (the buffer lives only that long) and handed to JS from an idle callback, outside c-ares,
// so JS may start or cancel queries freely and is never called back synchronously.
#include <ares.h>
#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <netdb.h>

#include <mutex>
#include <unordered_map>
#include <vector>

#include "base_object.h"
#include "binding.h"
#include "cares_wrap.h"
#include "env.h"
#include "utils.h"

namespace lode::cares {
namespace {

// setServers() while queries are in flight: a status of lode's own, as node has.
constexpr int kServersPendingQueries = -1000;

class ChannelWrap;

// A query in flight. Like node's, it is not on the Environment's request list (so
// process.getActiveResourcesInfo() does not show it); its channel's timer keeps the loop
// alive instead.
class QueryWrap : public BaseObject {
 public:
  QueryWrap(Environment* env, v8::Local<v8::Object> object, ChannelWrap* channel, QueryKind kind)
      : BaseObject(env, object), channel_(channel), kind_(kind) {}

  static void OnAnswer(void* arg, int status, int timeouts, unsigned char* answer, int length);
  static void OnHost(void* arg, int status, int timeouts, hostent* host);

  // Calls req.oncomplete(status, result, ttls) as one macrotask.
  void Deliver() {
    Environment* env = this->env();
    if (!env->can_call_into_js()) return;
    v8::HandleScope scope(isolate());
    v8::Local<v8::Value> undefined = v8::Undefined(isolate());
    v8::Local<v8::Value> argv[] = {
        v8::Integer::New(isolate(), status_),
        result_.IsEmpty() ? undefined : result_.Get(isolate()),
        ttls_.IsEmpty() ? undefined : ttls_.Get(isolate()),
    };
    CallJSMethod("oncomplete", 3, argv);
  }

 private:
  // Shared by both callbacks: false when the channel is being destroyed (no JS then).
  bool Finish(int status);

  ChannelWrap* channel_;
  QueryKind kind_;
  int status_ = ARES_SUCCESS;
  v8::Global<v8::Value> result_;
  v8::Global<v8::Value> ttls_;
};

class ChannelWrap : public BaseObject {
 public:
  ChannelWrap(Environment* env, v8::Local<v8::Object> object, int timeout_ms, int tries)
      : BaseObject(env, object) {
    MakeWeak();
    timer_ = new uv_timer_t;
    CHECK_EQ(uv_timer_init(env->event_loop(), timer_), 0);
    timer_->data = this;
    idle_ = new uv_idle_t;
    CHECK_EQ(uv_idle_init(env->event_loop(), idle_), 0);
    idle_->data = this;
    ares_options options = {};
    int mask = ARES_OPT_FLAGS | ARES_OPT_SOCK_STATE_CB;
    // Answers such as SERVFAIL and REFUSED are reported, not silently retried elsewhere.
    options.flags = ARES_FLAG_NOCHECKRESP;
    options.sock_state_cb = OnSocketState;
    options.sock_state_cb_data = this;
    if (timeout_ms >= 0) {
      options.timeout = timeout_ms;
      mask |= ARES_OPT_TIMEOUTMS;
    }
    if (tries > 0) {
      options.tries = tries;
      mask |= ARES_OPT_TRIES;
    }
    init_status_ = ares_init_options(&channel_, &options, mask);
    env->AddCleanupHook(CleanupHook, this);
  }

  ~ChannelWrap() override {
    env()->RemoveCleanupHook(CleanupHook, this);
    // Queries still in c-ares end here with ARES_EDESTRUCTION; sockets report closing.
    if (init_status_ == ARES_SUCCESS) ares_destroy(channel_);
    for (QueryWrap* query : completed_) delete query;
    for (auto& [fd, poll] : polls_) ClosePoll(poll);
    uv_close(reinterpret_cast<uv_handle_t*>(timer_), [](uv_handle_t* handle) {
      delete reinterpret_cast<uv_timer_t*>(handle);
    });
    uv_close(reinterpret_cast<uv_handle_t*>(idle_), [](uv_handle_t* handle) {
      delete reinterpret_cast<uv_idle_t*>(handle);
    });
  }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    CHECK(info.IsConstructCall());
    CHECK(info[0]->IsInt32());
    CHECK(info[1]->IsInt32());
    new ChannelWrap(Environment::GetCurrent(info), info.This(), info[0].As<v8::Int32>()->Value(),
                    info[1].As<v8::Int32>()->Value());
  }

  static ChannelWrap* Unwrap(const v8::FunctionCallbackInfo<v8::Value>& info) {
    auto* channel = BaseObject::FromJSObject<ChannelWrap>(info.This());
    CHECK(channel != nullptr);
    if (channel->init_status_ != ARES_SUCCESS) {
      info.GetReturnValue().Set(channel->init_status_);
      return nullptr;
    }
    return channel;
  }

  // query(req, kind, name)
  static void Query(const v8::FunctionCallbackInfo<v8::Value>& info) {
    ChannelWrap* channel = Unwrap(info);
    if (channel == nullptr) return;
    CHECK(info[0]->IsObject());
    CHECK(info[1]->IsUint32());
    CHECK(info[2]->IsString());
    uint32_t kind = info[1].As<v8::Uint32>()->Value();
    CHECK(kind < kQueryKindCount);
    Utf8Value name(info.GetIsolate(), info[2]);
    auto* query = new QueryWrap(channel->env(), info[0].As<v8::Object>(), channel, static_cast<QueryKind>(kind));
    channel->pending_++;
    ares_query(channel->channel_, *name, ns_c_in, RecordType(static_cast<QueryKind>(kind)), QueryWrap::OnAnswer,
               query);
    channel->UpdateTimer();
    info.GetReturnValue().Set(ARES_SUCCESS);
  }

  // getHostByAddr(req, ip): JS has checked that ip is an address.
  static void GetHostByAddr(const v8::FunctionCallbackInfo<v8::Value>& info) {
    ChannelWrap* channel = Unwrap(info);
    if (channel == nullptr) return;
    CHECK(info[0]->IsObject());
    CHECK(info[1]->IsString());
    Utf8Value ip(info.GetIsolate(), info[1]);
    unsigned char address[16];
    int family = AF_INET;
    int length = 4;
    if (inet_pton(AF_INET, *ip, address) != 1) {
      family = AF_INET6;
      length = 16;
      if (inet_pton(AF_INET6, *ip, address) != 1) return info.GetReturnValue().Set(UV_EINVAL);
    }
    auto* query = new QueryWrap(channel->env(), info[0].As<v8::Object>(), channel, kPtr);
    channel->pending_++;
    ares_gethostbyaddr(channel->channel_, address, length, family, QueryWrap::OnHost, query);
    channel->UpdateTimer();
    info.GetReturnValue().Set(ARES_SUCCESS);
  }

  static void Cancel(const v8::FunctionCallbackInfo<v8::Value>& info) {
    ChannelWrap* channel = Unwrap(info);
    if (channel == nullptr) return;
    ares_cancel(channel->channel_);
    channel->UpdateTimer();
  }

  static void GetServers(const v8::FunctionCallbackInfo<v8::Value>& info) {
    ChannelWrap* channel = Unwrap(info);
    if (channel == nullptr) return;
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    ares_addr_port_node* servers = nullptr;
    if (int status = ares_get_servers_ports(channel->channel_, &servers); status != ARES_SUCCESS) {
      return info.GetReturnValue().Set(status);
    }
    v8::Local<v8::Array> list = v8::Array::New(isolate);
    for (ares_addr_port_node* server = servers; server != nullptr; server = server->next) {
      char ip[INET6_ADDRSTRLEN];
      if (inet_ntop(server->family, &server->addr, ip, sizeof(ip)) == nullptr) continue;
      // Port 0 stands for the default, 53.
      int port = server->udp_port == 0 ? 53 : server->udp_port;
      v8::Local<v8::Value> pair[] = {OneByteString(isolate, ip), v8::Integer::New(isolate, port)};
      list->Set(context, list->Length(), v8::Array::New(isolate, pair, 2)).Check();
    }
    ares_free_data(servers);
    info.GetReturnValue().Set(list);
  }

  // setServers([[family, ip, port], ...])
  static void SetServers(const v8::FunctionCallbackInfo<v8::Value>& info) {
    ChannelWrap* channel = Unwrap(info);
    if (channel == nullptr) return;
    if (channel->pending_ > 0) return info.GetReturnValue().Set(kServersPendingQueries);
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    CHECK(info[0]->IsArray());
    v8::Local<v8::Array> list = info[0].As<v8::Array>();
    std::vector<ares_addr_port_node> servers(list->Length());
    for (uint32_t i = 0; i < list->Length(); i++) {
      v8::Local<v8::Value> entry = list->Get(context, i).ToLocalChecked();
      CHECK(entry->IsArray());
      v8::Local<v8::Array> fields = entry.As<v8::Array>();
      v8::Local<v8::Value> family = fields->Get(context, 0).ToLocalChecked();
      v8::Local<v8::Value> ip_value = fields->Get(context, 1).ToLocalChecked();
      v8::Local<v8::Value> port = fields->Get(context, 2).ToLocalChecked();
      CHECK(family->IsInt32());
      CHECK(ip_value->IsString());
      CHECK(port->IsUint32());
      Utf8Value ip(isolate, ip_value);
      ares_addr_port_node& server = servers[i];
      server.family = family.As<v8::Int32>()->Value() == 6 ? AF_INET6 : AF_INET;
      if (inet_pton(server.family, *ip, &server.addr) != 1) return info.GetReturnValue().Set(ARES_EBADSTR);
      server.udp_port = server.tcp_port = static_cast<int>(port.As<v8::Uint32>()->Value() & 0xFFFF);
      server.next = i + 1 < servers.size() ? &servers[i + 1] : nullptr;
    }
    info.GetReturnValue().Set(
        ares_set_servers_ports(channel->channel_, servers.empty() ? nullptr : servers.data()));
  }

  // setLocalAddress(ip4, ip6): either may be undefined; JS has checked the families.
  static void SetLocalAddress(const v8::FunctionCallbackInfo<v8::Value>& info) {
    ChannelWrap* channel = Unwrap(info);
    if (channel == nullptr) return;
    if (info[0]->IsString()) {
      Utf8Value ip(info.GetIsolate(), info[0]);
      in_addr address;
      CHECK_EQ(inet_pton(AF_INET, *ip, &address), 1);
      ares_set_local_ip4(channel->channel_, ntohl(address.s_addr));
    }
    if (info[1]->IsString()) {
      Utf8Value ip(info.GetIsolate(), info[1]);
      unsigned char address[16];
      CHECK_EQ(inet_pton(AF_INET6, *ip, address), 1);
      ares_set_local_ip6(channel->channel_, address);
    }
  }

  // A query finished (in a c-ares callback): JS hears of it from the idle callback.
  void QueueDelivery(QueryWrap* query) {
    completed_.push_back(query);
    uv_idle_start(idle_, OnIdle);
  }

  void QueryFinished() { pending_--; }

 private:
  static void CleanupHook(void* data) { delete static_cast<ChannelWrap*>(data); }

  static void OnSocketState(void* data, ares_socket_t fd, int readable, int writable) {
    auto* channel = static_cast<ChannelWrap*>(data);
    auto found = channel->polls_.find(fd);
    if (!readable && !writable) {
      if (found != channel->polls_.end()) {
        ClosePoll(found->second);
        channel->polls_.erase(found);
      }
      return;
    }
    uv_poll_t* poll;
    if (found == channel->polls_.end()) {
      poll = new uv_poll_t;
      if (uv_poll_init_socket(channel->env()->event_loop(), poll, fd) != 0) {
        delete poll;
        return;
      }
      poll->data = channel;
      // The timer keeps the loop alive while queries are pending; an idle socket must not.
      uv_unref(reinterpret_cast<uv_handle_t*>(poll));
      channel->polls_.emplace(fd, poll);
    } else {
      poll = found->second;
    }
    uv_poll_start(poll, (readable ? UV_READABLE : 0) | (writable ? UV_WRITABLE : 0), OnPoll);
  }

  static void ClosePoll(uv_poll_t* poll) {
    uv_poll_stop(poll);
    uv_close(reinterpret_cast<uv_handle_t*>(poll), [](uv_handle_t* handle) {
      delete reinterpret_cast<uv_poll_t*>(handle);
    });
  }

  static void OnPoll(uv_poll_t* poll, int status, int events) {
    auto* channel = static_cast<ChannelWrap*>(poll->data);
    uv_os_fd_t fd;
    if (uv_fileno(reinterpret_cast<uv_handle_t*>(poll), &fd) != 0) return;
    // On a poll error let c-ares try both directions and find the failure itself.
    bool read = status < 0 || (events & UV_READABLE);
    bool write = status < 0 || (events & UV_WRITABLE);
    ares_process_fd(channel->channel_, read ? fd : ARES_SOCKET_BAD, write ? fd : ARES_SOCKET_BAD);
    channel->UpdateTimer();
  }

  static void OnTimer(uv_timer_t* timer) {
    auto* channel = static_cast<ChannelWrap*>(timer->data);
    ares_process_fd(channel->channel_, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
    channel->UpdateTimer();
  }

  // The next c-ares deadline (retry or timeout) while any query is pending.
  void UpdateTimer() {
    timeval storage;
    timeval* next = pending_ > 0 ? ares_timeout(channel_, nullptr, &storage) : nullptr;
    if (next == nullptr) {
      uv_timer_stop(timer_);
      return;
    }
    uint64_t ms = static_cast<uint64_t>(next->tv_sec) * 1000 + (next->tv_usec + 999) / 1000;
    uv_timer_start(timer_, OnTimer, ms, 0);
  }

  // Hands finished queries to JS. `this` may be collected once the last query object is
  // gone (queries keep their channel's JS object alive), so it is not touched after.
  static void OnIdle(uv_idle_t* idle) {
    auto* channel = static_cast<ChannelWrap*>(idle->data);
    uv_idle_stop(idle);
    std::vector<QueryWrap*> batch;
    batch.swap(channel->completed_);
    for (QueryWrap* query : batch) {
      query->Deliver();
      delete query;
    }
  }

  ares_channel channel_ = nullptr;
  int init_status_;
  int pending_ = 0;
  std::unordered_map<int, uv_poll_t*> polls_;
  uv_timer_t* timer_;
  uv_idle_t* idle_;
  std::vector<QueryWrap*> completed_;
};

bool QueryWrap::Finish(int status) {
  channel_->QueryFinished();
  if (status == ARES_EDESTRUCTION) {
    delete this;
    return false;
  }
  status_ = status;
  return true;
}

void QueryWrap::OnAnswer(void* arg, int status, int timeouts, unsigned char* answer, int length) {
  auto* query = static_cast<QueryWrap*>(arg);
  if (!query->Finish(status)) return;
  if (status == ARES_SUCCESS) {
    v8::HandleScope scope(query->isolate());
    v8::Local<v8::Value> result;
    v8::Local<v8::Value> ttls;
    query->status_ = ParseAnswer(query->env(), query->kind_, answer, length, &result, &ttls);
    if (query->status_ == ARES_SUCCESS) {
      query->result_.Reset(query->isolate(), result);
      if (!ttls.IsEmpty()) query->ttls_.Reset(query->isolate(), ttls);
    }
  }
  query->channel_->QueueDelivery(query);
}

void QueryWrap::OnHost(void* arg, int status, int timeouts, hostent* host) {
  auto* query = static_cast<QueryWrap*>(arg);
  if (!query->Finish(status)) return;
  if (status == ARES_SUCCESS && host != nullptr) {
    v8::HandleScope scope(query->isolate());
    query->result_.Reset(query->isolate(), HostentNames(query->isolate(), host));
  }
  query->channel_->QueueDelivery(query);
}

void StrError(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsInt32());
  int status = info[0].As<v8::Int32>()->Value();
  const char* text = status == kServersPendingQueries ? "There are pending queries." : ares_strerror(status);
  info.GetReturnValue().Set(OneByteString(info.GetIsolate(), text));
}

void NewQueryReqWrap(const v8::FunctionCallbackInfo<v8::Value>& info) { CHECK(info.IsConstructCall()); }

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  static std::once_flag library_initialized;
  std::call_once(library_initialized, [] { CHECK_EQ(ares_library_init(ARES_LIB_INIT_ALL), ARES_SUCCESS); });
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();

  v8::Local<v8::FunctionTemplate> channel = v8::FunctionTemplate::New(isolate, ChannelWrap::New);
  channel->SetClassName(OneByteString(isolate, "ChannelWrap"));
  channel->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  SetProtoMethod(isolate, channel, "query", ChannelWrap::Query);
  SetProtoMethod(isolate, channel, "getHostByAddr", ChannelWrap::GetHostByAddr);
  SetProtoMethod(isolate, channel, "cancel", ChannelWrap::Cancel);
  SetProtoMethod(isolate, channel, "getServers", ChannelWrap::GetServers);
  SetProtoMethod(isolate, channel, "setServers", ChannelWrap::SetServers);
  SetProtoMethod(isolate, channel, "setLocalAddress", ChannelWrap::SetLocalAddress);
  SetConstant(context, target, "ChannelWrap", channel->GetFunction(context).ToLocalChecked());

  v8::Local<v8::FunctionTemplate> query = v8::FunctionTemplate::New(isolate, NewQueryReqWrap);
  query->SetClassName(OneByteString(isolate, "QueryReqWrap"));
  query->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  SetConstant(context, target, "QueryReqWrap", query->GetFunction(context).ToLocalChecked());

  SetMethod(context, target, "strerror", StrError);
  v8::Local<v8::Object> kinds = v8::Object::New(isolate);
  const char* const kKindNames[] = {"A", "AAAA", "ANY", "CAA", "CNAME", "MX", "NAPTR", "NS", "PTR", "SOA", "SRV", "TXT"};
  static_assert(sizeof(kKindNames) / sizeof(kKindNames[0]) == kQueryKindCount);
  for (int kind = 0; kind < kQueryKindCount; kind++) SetConstant(context, kinds, kKindNames[kind], kind);
  SetConstant(context, target, "queryKinds", kinds);
  v8::Local<v8::Object> codes = v8::Object::New(isolate);
#define V(name) SetConstant(context, codes, #name, ARES_##name);
  V(SUCCESS) V(ENODATA) V(EFORMERR) V(ESERVFAIL) V(ENOTFOUND) V(ENOTIMP) V(EREFUSED) V(EBADQUERY)
  V(EBADNAME) V(EBADFAMILY) V(EBADRESP) V(ECONNREFUSED) V(ETIMEOUT) V(EOF) V(EFILE) V(ENOMEM)
  V(EDESTRUCTION) V(EBADSTR) V(EBADFLAGS) V(ENONAME) V(EBADHINTS) V(ENOTINITIALIZED)
  V(ELOADIPHLPAPI) V(EADDRGETNETWORKPARAMS) V(ECANCELLED)
#undef V
  SetConstant(context, target, "aresCodes", codes);
  InitializeLookup(env, target);
}

}  // namespace
}  // namespace lode::cares

LODE_BINDING(cares_wrap, lode::cares::Initialize)
