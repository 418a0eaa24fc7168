// The 'report' binding: what process.report (lib/internal/process/report.js) needs from C++ —
// every libuv handle of this thread's loop, as node's diagnostic report lists them, and the
// process's resource limits. The rest of a report is built in JS from existing APIs.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <uv.h>

#include <cstring>
#include <string>

#include "binding.h"
#include "env.h"
#include "utils.h"

namespace lode {
namespace {

void SetString(v8::Local<v8::Context> context, v8::Local<v8::Object> object, const char* key,
               const std::string& value) {
  v8::Isolate* isolate = context->GetIsolate();
  object->Set(context, OneByteString(isolate, key), ToV8String(isolate, value)).Check();
}

void SetNumber(v8::Local<v8::Context> context, v8::Local<v8::Object> object, const char* key, double value) {
  object->Set(context, OneByteString(context->GetIsolate(), key), v8::Number::New(context->GetIsolate(), value))
      .Check();
}

void SetBoolean(v8::Local<v8::Context> context, v8::Local<v8::Object> object, const char* key, bool value) {
  object->Set(context, OneByteString(context->GetIsolate(), key), v8::Boolean::New(context->GetIsolate(), value))
      .Check();
}

// { host, ip4 | ip6, port } for a socket address, or null when there is none.
v8::Local<v8::Value> Endpoint(v8::Local<v8::Context> context, const sockaddr_storage& address, int status) {
  v8::Isolate* isolate = context->GetIsolate();
  if (status != 0 || (address.ss_family != AF_INET && address.ss_family != AF_INET6)) return v8::Null(isolate);
  char ip[INET6_ADDRSTRLEN] = "";
  int port;
  v8::Local<v8::Object> endpoint = v8::Object::New(isolate);
  if (address.ss_family == AF_INET) {
    const auto* in = reinterpret_cast<const sockaddr_in*>(&address);
    uv_ip4_name(in, ip, sizeof(ip));
    port = ntohs(in->sin_port);
    SetString(context, endpoint, "host", ip);
    SetString(context, endpoint, "ip4", ip);
  } else {
    const auto* in6 = reinterpret_cast<const sockaddr_in6*>(&address);
    uv_ip6_name(in6, ip, sizeof(ip));
    port = ntohs(in6->sin6_port);
    SetString(context, endpoint, "host", ip);
    SetString(context, endpoint, "ip6", ip);
  }
  SetNumber(context, endpoint, "port", port);
  return endpoint;
}

void DescribeStream(v8::Local<v8::Context> context, v8::Local<v8::Object> entry, uv_handle_t* handle) {
  auto* stream = reinterpret_cast<uv_stream_t*>(handle);
  SetNumber(context, entry, "writeQueueSize", static_cast<double>(uv_stream_get_write_queue_size(stream)));
  SetBoolean(context, entry, "readable", uv_is_readable(stream) != 0);
  SetBoolean(context, entry, "writable", uv_is_writable(stream) != 0);
}

void DescribeBuffers(v8::Local<v8::Context> context, v8::Local<v8::Object> entry, uv_handle_t* handle) {
  int size = 0;
  if (uv_send_buffer_size(handle, &size) == 0) SetNumber(context, entry, "sendBufferSize", size);
  size = 0;
  if (uv_recv_buffer_size(handle, &size) == 0) SetNumber(context, entry, "recvBufferSize", size);
}

using AddressGetter = int (*)(uv_handle_t*, sockaddr*, int*);

// A TCP or UDP socket's local and remote endpoints and its kernel buffer sizes.
void DescribeSocket(v8::Local<v8::Context> context, v8::Local<v8::Object> entry, uv_handle_t* handle,
                    AddressGetter local_of, AddressGetter remote_of) {
  v8::Isolate* isolate = context->GetIsolate();
  sockaddr_storage local{}, remote{};
  int length = sizeof(local);
  int local_status = local_of(handle, reinterpret_cast<sockaddr*>(&local), &length);
  length = sizeof(remote);
  int remote_status = remote_of(handle, reinterpret_cast<sockaddr*>(&remote), &length);
  entry->Set(context, OneByteString(isolate, "localEndpoint"), Endpoint(context, local, local_status)).Check();
  entry->Set(context, OneByteString(isolate, "remoteEndpoint"), Endpoint(context, remote, remote_status)).Check();
  DescribeBuffers(context, entry, handle);
}

using PathGetter = int (*)(uv_handle_t*, char*, size_t*);

// A watcher's path (fs.watch's or fs.watchFile's) as `filename`.
void SetWatchedPath(v8::Local<v8::Context> context, v8::Local<v8::Object> entry, PathGetter path_of,
                    uv_handle_t* handle) {
  char path[4096];
  size_t size = sizeof(path);
  if (path_of(handle, path, &size) == 0) SetString(context, entry, "filename", std::string(path, size));
}

// One handle as node's report shows it: type, is_active, is_referenced, address, and what
// its kind has to say (endpoints and buffers of sockets, a timer's due time, ...).
v8::Local<v8::Object> DescribeHandle(v8::Local<v8::Context> context, uv_handle_t* handle) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> entry = v8::Object::New(isolate);
  SetString(context, entry, "type", uv_handle_type_name(handle->type));
  SetBoolean(context, entry, "is_active", uv_is_active(handle) != 0);
  SetBoolean(context, entry, "is_referenced", uv_has_ref(handle) != 0);
  char address[32];
  snprintf(address, sizeof(address), "0x%016llx",
           static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(handle)));
  SetString(context, entry, "address", address);
  uv_os_fd_t fd;
  switch (handle->type) {
    case UV_TCP:
      DescribeSocket(context, entry, handle, [](uv_handle_t* h, sockaddr* address, int* length) {
        return uv_tcp_getsockname(reinterpret_cast<uv_tcp_t*>(h), address, length);
      }, [](uv_handle_t* h, sockaddr* address, int* length) {
        return uv_tcp_getpeername(reinterpret_cast<uv_tcp_t*>(h), address, length);
      });
      DescribeStream(context, entry, handle);
      break;
    case UV_UDP:
      DescribeSocket(context, entry, handle, [](uv_handle_t* h, sockaddr* address, int* length) {
        return uv_udp_getsockname(reinterpret_cast<uv_udp_t*>(h), address, length);
      }, [](uv_handle_t* h, sockaddr* address, int* length) {
        return uv_udp_getpeername(reinterpret_cast<uv_udp_t*>(h), address, length);
      });
      break;
    case UV_NAMED_PIPE:
    case UV_TTY:
      DescribeStream(context, entry, handle);
      break;
    case UV_TIMER: {
      auto* timer = reinterpret_cast<uv_timer_t*>(handle);
      uint64_t due = uv_timer_get_due_in(timer);
      SetNumber(context, entry, "repeat", static_cast<double>(uv_timer_get_repeat(timer)));
      SetNumber(context, entry, "firesInMsFromNow", static_cast<double>(due));
      SetBoolean(context, entry, "expired", uv_is_active(handle) && due == 0);
      break;
    }
    case UV_SIGNAL: {
      auto* signal = reinterpret_cast<uv_signal_t*>(handle);
      SetNumber(context, entry, "signum", signal->signum);
      const char* name = signal->signum > 0 ? sigabbrev_np(signal->signum) : nullptr;
      if (name != nullptr) SetString(context, entry, "signal", std::string("SIG") + name);
      break;
    }
    case UV_PROCESS:
      SetNumber(context, entry, "pid", uv_process_get_pid(reinterpret_cast<uv_process_t*>(handle)));
      break;
    case UV_FS_EVENT:
      SetWatchedPath(context, entry, [](uv_handle_t* h, char* path, size_t* size) {
        return uv_fs_event_getpath(reinterpret_cast<uv_fs_event_t*>(h), path, size);
      }, handle);
      break;
    case UV_FS_POLL:
      SetWatchedPath(context, entry, [](uv_handle_t* h, char* path, size_t* size) {
        return uv_fs_poll_getpath(reinterpret_cast<uv_fs_poll_t*>(h), path, size);
      }, handle);
      break;
    default:
      break;
  }
  if (uv_fileno(handle, &fd) == 0) SetNumber(context, entry, "fd", fd);
  return entry;
}

struct WalkState {
  v8::Local<v8::Context> context;
  v8::Local<v8::Array> list;
  uint32_t count;
};

// libuvHandles() -> [handle description] for every handle of this thread's loop, the loop's
// own internal ones included (as node's report has them), then the loop itself.
void LibuvHandles(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  v8::Isolate* isolate = info.GetIsolate();
  WalkState state{env->context(), v8::Array::New(isolate), 0};
  uv_walk(env->event_loop(), [](uv_handle_t* handle, void* data) {
    auto* walk = static_cast<WalkState*>(data);
    walk->list->Set(walk->context, walk->count++, DescribeHandle(walk->context, handle)).Check();
  }, &state);
  v8::Local<v8::Object> loop = v8::Object::New(isolate);
  SetString(state.context, loop, "type", "loop");
  SetBoolean(state.context, loop, "is_active", uv_loop_alive(env->event_loop()) != 0);
  char address[32];
  snprintf(address, sizeof(address), "0x%016llx",
           static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(env->event_loop())));
  SetString(state.context, loop, "address", address);
  state.list->Set(state.context, state.count++, loop).Check();
  info.GetReturnValue().Set(state.list);
}

// userLimits() -> { core_file_size_blocks: { soft, hard }, ... } with node's names; an
// unlimited value is the string 'unlimited'.
void UserLimits(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  static const struct {
    const char* name;
    int resource;
  } kLimits[] = {
      {"core_file_size_blocks", RLIMIT_CORE},      {"data_seg_size_bytes", RLIMIT_DATA},
      {"file_size_blocks", RLIMIT_FSIZE},          {"max_locked_memory_bytes", RLIMIT_MEMLOCK},
      {"max_memory_size_bytes", RLIMIT_RSS},       {"open_files", RLIMIT_NOFILE},
      {"stack_size_bytes", RLIMIT_STACK},          {"cpu_time_seconds", RLIMIT_CPU},
      {"max_user_processes", RLIMIT_NPROC},        {"virtual_memory_bytes", RLIMIT_AS},
  };
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  for (const auto& limit : kLimits) {
    rlimit value;
    if (getrlimit(limit.resource, &value) != 0) continue;
    v8::Local<v8::Object> pair = v8::Object::New(isolate);
    auto put = [&](const char* key, rlim_t amount) {
      v8::Local<v8::Value> shown;
      if (amount == RLIM_INFINITY) shown = OneByteString(isolate, "unlimited");
      else shown = v8::Number::New(isolate, static_cast<double>(amount));
      pair->Set(context, OneByteString(isolate, key), shown).Check();
    };
    put("soft", value.rlim_cur);
    put("hard", value.rlim_max);
    result->Set(context, OneByteString(isolate, limit.name), pair).Check();
  }
  info.GetReturnValue().Set(result);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "libuvHandles", LibuvHandles);
  SetMethod(context, target, "userLimits", UserLimits);
}

}  // namespace
}  // namespace lode

LODE_BINDING(report, lode::Initialize)
