// The 'os' binding: what `require('os')` reads from libuv. Each call that can fail returns a
// negative libuv error code instead of its value; lib/os.js turns that into node's SystemError.
// Records with several fields come back as flat arrays, which JS reshapes.
#include <uv.h>

#include <cstring>

#include "binding.h"
#include "env.h"
#include "utils.h"

namespace lode {
namespace {

v8::Local<v8::Value> Text(v8::Isolate* isolate, const char* text) {
  return ToV8String(isolate, text == nullptr ? "" : text);
}

// The raw bytes of a C string, for userInfo({ encoding }) other than utf8.
v8::Local<v8::Value> Bytes(v8::Isolate* isolate, const char* text) {
  size_t length = text == nullptr ? 0 : strlen(text);
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, length);
  if (length > 0) memcpy(buffer->Data(), text, length);
  return v8::Uint8Array::New(buffer, 0, length);
}

void GetHostname(const v8::FunctionCallbackInfo<v8::Value>& info) {
  char name[UV_MAXHOSTNAMESIZE];
  size_t size = sizeof(name);
  int err = uv_os_gethostname(name, &size);
  if (err != 0) return info.GetReturnValue().Set(err);
  info.GetReturnValue().Set(ToV8String(info.GetIsolate(), std::string_view(name, size)));
}

// [sysname, version, release, machine]
void GetOSInformation(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uv_utsname_t uts;
  int err = uv_os_uname(&uts);
  if (err != 0) return info.GetReturnValue().Set(err);
  v8::Local<v8::Value> fields[] = {Text(isolate, uts.sysname), Text(isolate, uts.version),
                                   Text(isolate, uts.release), Text(isolate, uts.machine)};
  info.GetReturnValue().Set(v8::Array::New(isolate, fields, 4));
}

void GetHomeDirectory(const v8::FunctionCallbackInfo<v8::Value>& info) {
  char path[4096 + 1];
  size_t size = sizeof(path);
  int err = uv_os_homedir(path, &size);
  if (err != 0) return info.GetReturnValue().Set(err);
  info.GetReturnValue().Set(ToV8String(info.GetIsolate(), std::string_view(path, size)));
}

void GetUptime(const v8::FunctionCallbackInfo<v8::Value>& info) {
  double uptime;
  int err = uv_uptime(&uptime);
  if (err != 0) return info.GetReturnValue().Set(err);
  info.GetReturnValue().Set(uptime);
}

void GetTotalMemory(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_get_total_memory()));
}

void GetFreeMemory(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_get_free_memory()));
}

// getLoadAverage(Float64Array[3])
void GetLoadAverage(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsFloat64Array());
  v8::Local<v8::Float64Array> array = info[0].As<v8::Float64Array>();
  CHECK_GE(array->Length(), 3u);
  double averages[3];
  uv_loadavg(averages);
  auto* data = reinterpret_cast<double*>(static_cast<uint8_t*>(array->Buffer()->Data()) +
                                         array->ByteOffset());
  memcpy(data, averages, sizeof(averages));
}

// [model, speed, user, nice, sys, idle, irq, model, speed, ...]
void GetCPUs(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  uv_cpu_info_t* cpus;
  int count;
  int err = uv_cpu_info(&cpus, &count);
  if (err != 0) return info.GetReturnValue().Set(err);
  v8::Local<v8::Array> result = v8::Array::New(isolate, count * 7);
  uint32_t index = 0;
  for (int i = 0; i < count; i++) {
    const uv_cpu_info_t& cpu = cpus[i];
    double fields[] = {static_cast<double>(cpu.speed), static_cast<double>(cpu.cpu_times.user),
                       static_cast<double>(cpu.cpu_times.nice), static_cast<double>(cpu.cpu_times.sys),
                       static_cast<double>(cpu.cpu_times.idle), static_cast<double>(cpu.cpu_times.irq)};
    result->Set(context, index++, Text(isolate, cpu.model)).Check();
    for (double field : fields) result->Set(context, index++, v8::Number::New(isolate, field)).Check();
  }
  uv_free_cpu_info(cpus, count);
  info.GetReturnValue().Set(result);
}

// Formats an address or netmask of the given family (a netmask's own sa_family is not
// always filled in).
std::string FormatAddress(const sockaddr* address, bool is_ipv6) {
  char text[INET6_ADDRSTRLEN] = "";
  if (is_ipv6) {
    uv_ip6_name(reinterpret_cast<const sockaddr_in6*>(address), text, sizeof(text));
  } else {
    uv_ip4_name(reinterpret_cast<const sockaddr_in*>(address), text, sizeof(text));
  }
  return text;
}

// [name, address, netmask, family, mac, internal, scopeid, name, ...]; scopeid is -1 for IPv4.
void GetInterfaceAddresses(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  uv_interface_address_t* interfaces;
  int count;
  int err = uv_interface_addresses(&interfaces, &count);
  if (err != 0) return info.GetReturnValue().Set(err);
  v8::Local<v8::Array> result = v8::Array::New(isolate, count * 7);
  uint32_t index = 0;
  for (int i = 0; i < count; i++) {
    const uv_interface_address_t& entry = interfaces[i];
    const sockaddr* address = reinterpret_cast<const sockaddr*>(&entry.address);
    bool is_ipv6 = address->sa_family == AF_INET6;
    char mac[18];
    snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x",
             static_cast<unsigned char>(entry.phys_addr[0]), static_cast<unsigned char>(entry.phys_addr[1]),
             static_cast<unsigned char>(entry.phys_addr[2]), static_cast<unsigned char>(entry.phys_addr[3]),
             static_cast<unsigned char>(entry.phys_addr[4]), static_cast<unsigned char>(entry.phys_addr[5]));
    double scope_id = is_ipv6 ? static_cast<double>(entry.address.address6.sin6_scope_id) : -1;
    v8::Local<v8::Value> fields[] = {
        Text(isolate, entry.name),
        ToV8String(isolate, FormatAddress(address, is_ipv6)),
        ToV8String(isolate, FormatAddress(reinterpret_cast<const sockaddr*>(&entry.netmask), is_ipv6)),
        OneByteString(isolate, is_ipv6 ? "IPv6" : "IPv4"),
        OneByteString(isolate, mac),
        v8::Boolean::New(isolate, entry.is_internal),
        v8::Number::New(isolate, scope_id),
    };
    for (v8::Local<v8::Value> field : fields) result->Set(context, index++, field).Check();
  }
  uv_free_interface_addresses(interfaces, count);
  info.GetReturnValue().Set(result);
}

// getUserInfo(asBytes) -> [uid, gid, username, homedir, shell]; the three texts are
// Uint8Arrays of the raw bytes when asBytes is true. shell is null where the OS has none.
void GetUserInfo(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  bool as_bytes = info[0]->IsTrue();
  uv_passwd_t passwd;
  int err = uv_os_get_passwd(&passwd);
  if (err != 0) return info.GetReturnValue().Set(err);
  auto convert = [&](const char* text) -> v8::Local<v8::Value> {
    if (text == nullptr) return v8::Null(isolate);
    return as_bytes ? Bytes(isolate, text) : Text(isolate, text);
  };
  v8::Local<v8::Value> fields[] = {
      v8::Number::New(isolate, static_cast<double>(passwd.uid)),
      v8::Number::New(isolate, static_cast<double>(passwd.gid)),
      convert(passwd.username),
      convert(passwd.homedir),
      convert(passwd.shell),
  };
  uv_os_free_passwd(&passwd);
  info.GetReturnValue().Set(v8::Array::New(isolate, fields, 5));
}

// getPriority(pid, Int32Array[2]) fills [status, priority]: a priority can itself be
// negative, so the status travels in its own slot.
void GetPriority(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsInt32());
  CHECK(info[1]->IsInt32Array());
  int priority = 0;
  int err = uv_os_getpriority(info[0].As<v8::Int32>()->Value(), &priority);
  v8::Local<v8::Int32Array> result = info[1].As<v8::Int32Array>();
  CHECK_GE(result->Length(), 2u);
  int32_t values[2] = {err, priority};
  auto* data = reinterpret_cast<int32_t*>(static_cast<uint8_t*>(result->Buffer()->Data()) +
                                          result->ByteOffset());
  memcpy(data, values, sizeof(values));
}

// setPriority(pid, priority) -> 0 or a negative errno
void SetPriority(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsInt32());
  CHECK(info[1]->IsInt32());
  info.GetReturnValue().Set(
      uv_os_setpriority(info[0].As<v8::Int32>()->Value(), info[1].As<v8::Int32>()->Value()));
}

void GetAvailableParallelism(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<uint32_t>(uv_available_parallelism()));
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "getHostname", GetHostname);
  SetMethod(context, target, "getOSInformation", GetOSInformation);
  SetMethod(context, target, "getHomeDirectory", GetHomeDirectory);
  SetMethod(context, target, "getUptime", GetUptime);
  SetMethod(context, target, "getTotalMemory", GetTotalMemory);
  SetMethod(context, target, "getFreeMemory", GetFreeMemory);
  SetMethod(context, target, "getLoadAverage", GetLoadAverage);
  SetMethod(context, target, "getCPUs", GetCPUs);
  SetMethod(context, target, "getInterfaceAddresses", GetInterfaceAddresses);
  SetMethod(context, target, "getUserInfo", GetUserInfo);
  SetMethod(context, target, "getPriority", GetPriority);
  SetMethod(context, target, "setPriority", SetPriority);
  SetMethod(context, target, "getAvailableParallelism", GetAvailableParallelism);
  uint16_t probe = 1;
  bool big_endian = *reinterpret_cast<uint8_t*>(&probe) == 0;
  SetConstant(context, target, "isBigEndian", v8::Boolean::New(env->isolate(), big_endian));
}

}  // namespace
}  // namespace lode

LODE_BINDING(os, lode::Initialize)
