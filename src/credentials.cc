// The 'credentials' binding: the process's user and group ids (process.getuid() and the
// set* family). A name is looked up in the user or group database here; JS validates the
// arguments and builds the errors. Setters answer 0, a positive 1-based index of the
// argument naming an unknown user or group, or a negative errno.
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include <optional>
#include <string>
#include <vector>

#include "binding.h"
#include "env.h"
#include "utils.h"

namespace lode {
namespace {

// getpwnam_r/getgrnam_r want a scratch buffer whose needed size only a retry reveals.
template <typename Entry, typename Lookup>
bool LookUp(Lookup lookup, Entry* entry) {
  std::vector<char> scratch(4096);
  for (;;) {
    Entry* result = nullptr;
    int err = lookup(entry, scratch.data(), scratch.size(), &result);
    if (err == ERANGE && scratch.size() < (1u << 20)) {
      scratch.resize(scratch.size() * 2);
      continue;
    }
    return err == 0 && result != nullptr;
  }
}

// JS validated a number to be a uint32, but -0 is one too and V8's IsUint32() says no.
uint32_t IdNumber(v8::Local<v8::Value> value) {
  return static_cast<uint32_t>(value.As<v8::Number>()->Value());
}

std::optional<uid_t> UserId(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  if (value->IsNumber()) return IdNumber(value);
  CHECK(value->IsString());
  Utf8Value name(isolate, value);
  struct passwd entry;
  if (!LookUp(
          [&](struct passwd* e, char* buf, size_t size, struct passwd** out) {
            return getpwnam_r(*name, e, buf, size, out);
          },
          &entry)) {
    return std::nullopt;
  }
  return entry.pw_uid;
}

std::optional<gid_t> GroupId(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  if (value->IsNumber()) return IdNumber(value);
  CHECK(value->IsString());
  Utf8Value name(isolate, value);
  struct group entry;
  if (!LookUp(
          [&](struct group* e, char* buf, size_t size, struct group** out) {
            return getgrnam_r(*name, e, buf, size, out);
          },
          &entry)) {
    return std::nullopt;
  }
  return entry.gr_gid;
}

// The user's name, for initgroups(): given as a name, or found from a uid.
std::optional<std::string> UserName(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  if (value->IsString()) return ToStdString(isolate, value);  // used as given, as node does
  CHECK(value->IsNumber());
  uid_t uid = IdNumber(value);
  struct passwd entry;
  std::string name;
  std::vector<char> scratch(4096);
  for (;;) {
    struct passwd* result = nullptr;
    int err = getpwuid_r(uid, &entry, scratch.data(), scratch.size(), &result);
    if (err == ERANGE && scratch.size() < (1u << 20)) {
      scratch.resize(scratch.size() * 2);
      continue;
    }
    if (err != 0 || result == nullptr) return std::nullopt;
    return std::string(entry.pw_name);
  }
}

void GetUid(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<uint32_t>(getuid()));
}
void GetEuid(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<uint32_t>(geteuid()));
}
void GetGid(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<uint32_t>(getgid()));
}
void GetEgid(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<uint32_t>(getegid()));
}

// getgroups() -> the supplementary groups, with the effective group among them as node has it.
void GetGroups(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  int count = getgroups(0, nullptr);
  std::vector<gid_t> groups(count > 0 ? count : 0);
  if (count > 0) count = getgroups(count, groups.data());
  if (count < 0) {
    info.GetReturnValue().Set(-errno);
    return;
  }
  groups.resize(count);
  gid_t egid = getegid();
  bool has_egid = false;
  for (gid_t gid : groups) has_egid = has_egid || gid == egid;
  if (!has_egid) groups.push_back(egid);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> result = v8::Array::New(isolate, static_cast<int>(groups.size()));
  for (size_t i = 0; i < groups.size(); i++) {
    result->Set(context, static_cast<uint32_t>(i), v8::Integer::NewFromUnsigned(isolate, groups[i])).Check();
  }
  info.GetReturnValue().Set(result);
}

template <int (*set)(uid_t)>
void SetUserId(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::optional<uid_t> uid = UserId(info.GetIsolate(), info[0]);
  if (!uid) return info.GetReturnValue().Set(1);
  info.GetReturnValue().Set(set(*uid) == 0 ? 0 : -errno);
}

template <int (*set)(gid_t)>
void SetGroupId(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::optional<gid_t> gid = GroupId(info.GetIsolate(), info[0]);
  if (!gid) return info.GetReturnValue().Set(1);
  info.GetReturnValue().Set(set(*gid) == 0 ? 0 : -errno);
}

void SetGroups(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  CHECK(info[0]->IsArray());
  v8::Local<v8::Array> list = info[0].As<v8::Array>();
  std::vector<gid_t> groups;
  for (uint32_t i = 0; i < list->Length(); i++) {
    v8::Local<v8::Value> item;
    if (!list->Get(context, i).ToLocal(&item)) return;
    // JS checked the items; one a getter changed since is reported as unknown.
    if (!item->IsNumber() && !item->IsString()) return info.GetReturnValue().Set(static_cast<int>(i) + 1);
    std::optional<gid_t> gid = GroupId(isolate, item);
    if (!gid) return info.GetReturnValue().Set(static_cast<int>(i) + 1);
    groups.push_back(*gid);
  }
  info.GetReturnValue().Set(setgroups(groups.size(), groups.data()) == 0 ? 0 : -errno);
}

void InitGroups(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::optional<std::string> user = UserName(isolate, info[0]);
  if (!user) return info.GetReturnValue().Set(1);
  std::optional<gid_t> extra = GroupId(isolate, info[1]);
  if (!extra) return info.GetReturnValue().Set(2);
  info.GetReturnValue().Set(initgroups(user->c_str(), *extra) == 0 ? 0 : -errno);
}

// strerror(errno) -> the C library's text, which node puts in these errors' messages.
void StrError(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsInt32());
  info.GetReturnValue().Set(ToV8String(info.GetIsolate(), strerror(info[0].As<v8::Int32>()->Value())));
}

int SetUid(uid_t id) { return setuid(id); }
int SetEuid(uid_t id) { return seteuid(id); }
int SetGid(gid_t id) { return setgid(id); }
int SetEgid(gid_t id) { return setegid(id); }

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "getuid", GetUid);
  SetMethod(context, target, "geteuid", GetEuid);
  SetMethod(context, target, "getgid", GetGid);
  SetMethod(context, target, "getegid", GetEgid);
  SetMethod(context, target, "getgroups", GetGroups);
  SetMethod(context, target, "setuid", SetUserId<SetUid>);
  SetMethod(context, target, "seteuid", SetUserId<SetEuid>);
  SetMethod(context, target, "setgid", SetGroupId<SetGid>);
  SetMethod(context, target, "setegid", SetGroupId<SetEgid>);
  SetMethod(context, target, "setgroups", SetGroups);
  SetMethod(context, target, "initgroups", InitGroups);
  SetMethod(context, target, "strerror", StrError);
}

}  // namespace
}  // namespace lode

LODE_BINDING(credentials, lode::Initialize)
