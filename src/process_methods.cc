// The 'process_methods' binding: the parts of `process` that need the OS or the runtime.
// Results that are hot or numeric come back through typed arrays the JS side owns.
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "binding.h"
#include "env.h"
#include "utils.h"

extern char** environ;

namespace lode {
namespace {

void Cwd(const v8::FunctionCallbackInfo<v8::Value>& info) {
  char buffer[4096 + 1];
  size_t size = sizeof(buffer);
  int err = uv_cwd(buffer, &size);
  if (err != 0) {
    info.GetReturnValue().Set(err);
    return;
  }
  info.GetReturnValue().Set(ToV8String(info.GetIsolate(), std::string_view(buffer, size)));
}

// chdir(path) -> 0 or a negative errno; JS builds the error.
void Chdir(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsString());
  Utf8Value path(info.GetIsolate(), info[0]);
  info.GetReturnValue().Set(uv_chdir(*path));
}

// umask(mask?) -> the previous mask; without an argument the mask is left as it was.
void Umask(const v8::FunctionCallbackInfo<v8::Value>& info) {
  mode_t old;
  if (info[0]->IsUint32()) {
    old = umask(static_cast<mode_t>(info[0].As<v8::Uint32>()->Value()));
  } else {
    old = umask(0);
    umask(old);
  }
  info.GetReturnValue().Set(static_cast<uint32_t>(old));
}

// hrtime(Uint32Array[3]): seconds (high, low 32 bits) and nanoseconds.
void Hrtime(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsUint32Array());
  uint64_t now = uv_hrtime();
  auto* fields = static_cast<uint32_t*>(info[0].As<v8::Uint32Array>()->Buffer()->Data());
  uint64_t seconds = now / 1000000000;
  fields[0] = static_cast<uint32_t>(seconds >> 32);
  fields[1] = static_cast<uint32_t>(seconds & 0xffffffff);
  fields[2] = static_cast<uint32_t>(now % 1000000000);
}

void HrtimeBigInt(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(v8::BigInt::NewFromUnsigned(info.GetIsolate(), uv_hrtime()));
}

// memoryUsage(Float64Array[5]): rss, heapTotal, heapUsed, external, arrayBuffers.
void MemoryUsage(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsFloat64Array());
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  v8::HeapStatistics stats;
  info.GetIsolate()->GetHeapStatistics(&stats);
  auto* fields = static_cast<double*>(info[0].As<v8::Float64Array>()->Buffer()->Data());
  fields[0] = static_cast<double>(rss);
  fields[1] = static_cast<double>(stats.total_heap_size());
  fields[2] = static_cast<double>(stats.used_heap_size());
  fields[3] = static_cast<double>(stats.external_memory());
  fields[4] = 0;
}

void Rss(const v8::FunctionCallbackInfo<v8::Value>& info) {
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  info.GetReturnValue().Set(static_cast<double>(rss));
}

// constrainedMemory() -> the OS-imposed memory limit in bytes (cgroups), or undefined when
// libuv knows of none.
void ConstrainedMemory(const v8::FunctionCallbackInfo<v8::Value>& info) {
  uint64_t limit = uv_get_constrained_memory();
  if (limit != 0) info.GetReturnValue().Set(static_cast<double>(limit));
}

// rawDebug(string): straight to fd 2, past process.stderr, the tick queue and any hook.
void RawDebug(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsString());
  Utf8Value text(info.GetIsolate(), info[0]);
  fprintf(stderr, "%s\n", *text);
  fflush(stderr);
}

// resourceUsage(Float64Array[16]) in uv_rusage_t order; cpuUsage reads the first four.
void ResourceUsage(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsFloat64Array());
  uv_rusage_t usage;
  int err = uv_getrusage(&usage);
  if (err != 0) {
    info.GetReturnValue().Set(err);
    return;
  }
  auto* fields = static_cast<double*>(info[0].As<v8::Float64Array>()->Buffer()->Data());
  const double values[] = {
      static_cast<double>(usage.ru_utime.tv_sec) * 1e6 + static_cast<double>(usage.ru_utime.tv_usec),
      static_cast<double>(usage.ru_stime.tv_sec) * 1e6 + static_cast<double>(usage.ru_stime.tv_usec),
      static_cast<double>(usage.ru_maxrss), static_cast<double>(usage.ru_ixrss),
      static_cast<double>(usage.ru_idrss), static_cast<double>(usage.ru_isrss),
      static_cast<double>(usage.ru_minflt), static_cast<double>(usage.ru_majflt),
      static_cast<double>(usage.ru_nswap), static_cast<double>(usage.ru_inblock),
      static_cast<double>(usage.ru_oublock), static_cast<double>(usage.ru_msgsnd),
      static_cast<double>(usage.ru_msgrcv), static_cast<double>(usage.ru_nsignals),
      static_cast<double>(usage.ru_nvcsw), static_cast<double>(usage.ru_nivcsw)};
  for (size_t i = 0; i < 16; i++) fields[i] = values[i];
  info.GetReturnValue().Set(0);
}

// Taken when the binary is loaded, so uptime counts from process start.
const uint64_t kProcessStart = uv_hrtime();

void Uptime(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_hrtime() - kProcessStart) / 1e9);
}

// kill(pid, signal) -> 0 or a negative errno.
void Kill(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  int pid = info[0]->Int32Value(context).FromMaybe(0);
  int signal = info[1]->Int32Value(context).FromMaybe(SIGTERM);
  info.GetReturnValue().Set(uv_kill(pid, signal));
}

void ReallyExit(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  int code = info[0]->Int32Value(env->context()).FromMaybe(0);
  env->Exit(code);
}

void GetEnv(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsString());
  Utf8Value name(info.GetIsolate(), info[0]);
  if (const char* value = getenv(*name)) info.GetReturnValue().Set(ToV8String(info.GetIsolate(), value));
}

// A changed TZ must reach both libc and V8's cached time zone, as in node: Dates made
// afterwards (and old ones printed again) use the new zone.
void MaybeTimeZoneChanged(v8::Isolate* isolate, std::string_view name) {
  if (name != "TZ") return;
  tzset();
  isolate->DateTimeConfigurationChangeNotification(v8::Isolate::TimeZoneDetection::kRedetect);
}

void SetEnv(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsString() && info[1]->IsString());
  Utf8Value name(info.GetIsolate(), info[0]);
  Utf8Value value(info.GetIsolate(), info[1]);
  // setenv rejects names with '=' or empty ones; node ignores those silently too.
  if (name.length() > 0 && name.view().find('=') == std::string_view::npos) {
    setenv(*name, *value, 1);
    MaybeTimeZoneChanged(info.GetIsolate(), name.view());
  }
}

void UnsetEnv(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsString());
  Utf8Value name(info.GetIsolate(), info[0]);
  if (name.length() > 0 && name.view().find('=') == std::string_view::npos) {
    unsetenv(*name);
    MaybeTimeZoneChanged(info.GetIsolate(), name.view());
  }
}

void EnvKeys(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> keys = v8::Array::New(isolate);
  uint32_t index = 0;
  for (char** entry = environ; *entry != nullptr; entry++) {
    const char* eq = strchr(*entry, '=');
    if (eq == nullptr || eq == *entry) continue;
    keys->Set(context, index++, ToV8String(isolate, std::string_view(*entry, eq - *entry))).Check();
  }
  info.GetReturnValue().Set(keys);
}

v8::Local<v8::Array> ToArray(v8::Isolate* isolate, const std::vector<std::string>& items) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> array = v8::Array::New(isolate, static_cast<int>(items.size()));
  for (size_t i = 0; i < items.size(); i++) {
    array->Set(context, static_cast<uint32_t>(i), ToV8String(isolate, items[i])).Check();
  }
  return array;
}

// What the command line asked for, for the bootstrap to build process.argv and pick a main.
void GetStartupInfo(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = env->context();
  const Options& options = env->options();
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  auto set = [&](const char* key, v8::Local<v8::Value> value) {
    result->Set(context, OneByteString(isolate, key), value).Check();
  };
  char exec_path[4096];
  size_t exec_path_size = sizeof(exec_path);
  std::string exec = uv_exepath(exec_path, &exec_path_size) == 0 ? std::string(exec_path, exec_path_size)
                                                                  : std::string("lode");
  static const char* const kModes[] = {"file", "eval", "stdin", "repl", "check"};
  set("execPath", ToV8String(isolate, exec));
  set("argv0", ToV8String(isolate, options.argv0));
  set("mode", OneByteString(isolate, kModes[static_cast<int>(options.mode)]));
  set("script", ToV8String(isolate, options.script));
  set("printEval", v8::Boolean::New(isolate, options.print_eval));
  set("requires", ToArray(isolate, options.preload_modules));
  set("execArgv", ToArray(isolate, options.exec_argv));
  set("scriptArgs", ToArray(isolate, options.script_args));
  v8::Local<v8::Object> values = v8::Object::New(isolate);
  for (const auto& [name, value] : options.values) {
    values->Set(context, ToV8String(isolate, name), ToV8String(isolate, value)).Check();
  }
  set("options", values);
  set("version", OneByteString(isolate, LODE_VERSION));
  set("v8Version", OneByteString(isolate, v8::V8::GetVersion()));
  set("uvVersion", OneByteString(isolate, uv_version_string()));
  info.GetReturnValue().Set(result);
}

// setupHooks({ tickCallback, fatalException, emitBeforeExit, emitExit, process }).
void SetupHooks(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = env->context();
  CHECK(info[0]->IsObject());
  v8::Local<v8::Object> hooks = info[0].As<v8::Object>();
  auto get = [&](const char* key) {
    v8::Local<v8::Value> value = hooks->Get(context, OneByteString(isolate, key)).ToLocalChecked();
    return value;
  };
  v8::Local<v8::Value> process = get("process");
  v8::Local<v8::Value> before_exit = get("emitBeforeExit");
  v8::Local<v8::Value> exit = get("emitExit");
  CHECK(process->IsObject() && before_exit->IsFunction() && exit->IsFunction());
  env->set_process_object(process.As<v8::Object>());
  env->set_lifecycle_hooks(before_exit.As<v8::Function>(), exit.As<v8::Function>());
}

void GetTitle(const v8::FunctionCallbackInfo<v8::Value>& info) {
  char buffer[512];
  if (uv_get_process_title(buffer, sizeof(buffer)) != 0) buffer[0] = '\0';
  info.GetReturnValue().Set(ToV8String(info.GetIsolate(), buffer));
}

void SetTitle(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsString());
  Utf8Value title(info.GetIsolate(), info[0]);
  uv_set_process_title(*title);
}

void GetPpid(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<int32_t>(getppid()));
}

// createEnvObject(handlers, prototype): process.env as node makes it, an object whose named
// properties are intercepted (so structuredClone, postMessage and util.inspect see an ordinary
// object with its variables as own properties). The interceptors call the JS handlers:
//   get(name) -> value or undefined (not a variable: the lookup goes on to the prototype)
//   set(name, value), has(name) -> bool, deleteProperty(name), ownKeys() -> [names],
//   defineProperty(name, descriptor)
// A handler that throws makes the property access throw.
namespace env_object {

bool CallHandler(v8::Isolate* isolate, v8::Local<v8::Value> data, const char* name, int argc,
                 v8::Local<v8::Value>* argv, v8::Local<v8::Value>* result) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> handlers = data.As<v8::Object>();
  v8::Local<v8::Value> fn;
  if (!handlers->Get(context, OneByteString(isolate, name)).ToLocal(&fn) || !fn->IsFunction()) return false;
  return fn.As<v8::Function>()->Call(context, handlers, argc, argv).ToLocal(result);
}

void Getter(v8::Local<v8::Name> name, const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Value> argv[] = {name};
  v8::Local<v8::Value> result;
  if (CallHandler(info.GetIsolate(), info.Data(), "get", 1, argv, &result) && !result->IsUndefined()) {
    info.GetReturnValue().Set(result);
  }
}

void Setter(v8::Local<v8::Name> name, v8::Local<v8::Value> value, const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Value> argv[] = {name, value};
  v8::Local<v8::Value> result;
  if (CallHandler(info.GetIsolate(), info.Data(), "set", 2, argv, &result)) info.GetReturnValue().Set(value);
}

void Query(v8::Local<v8::Name> name, const v8::PropertyCallbackInfo<v8::Integer>& info) {
  v8::Local<v8::Value> argv[] = {name};
  v8::Local<v8::Value> result;
  if (CallHandler(info.GetIsolate(), info.Data(), "has", 1, argv, &result) && result->IsTrue()) {
    info.GetReturnValue().Set(static_cast<int32_t>(v8::None));
  }
}

void Deleter(v8::Local<v8::Name> name, const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  v8::Local<v8::Value> argv[] = {name};
  v8::Local<v8::Value> result;
  if (CallHandler(info.GetIsolate(), info.Data(), "deleteProperty", 1, argv, &result)) {
    info.GetReturnValue().Set(true);
  }
}

void Enumerator(const v8::PropertyCallbackInfo<v8::Array>& info) {
  v8::Local<v8::Value> result;
  if (CallHandler(info.GetIsolate(), info.Data(), "ownKeys", 0, nullptr, &result) && result->IsArray()) {
    info.GetReturnValue().Set(result.As<v8::Array>());
  }
}

void Definer(v8::Local<v8::Name> name, const v8::PropertyDescriptor& descriptor,
             const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> js = v8::Object::New(isolate);
  auto put = [&](const char* key, v8::Local<v8::Value> value) {
    js->Set(context, OneByteString(isolate, key), value).Check();
  };
  if (descriptor.has_value()) put("value", descriptor.value());
  if (descriptor.has_get()) put("get", descriptor.get());
  if (descriptor.has_set()) put("set", descriptor.set());
  if (descriptor.has_writable()) put("writable", v8::Boolean::New(isolate, descriptor.writable()));
  if (descriptor.has_enumerable()) put("enumerable", v8::Boolean::New(isolate, descriptor.enumerable()));
  if (descriptor.has_configurable()) put("configurable", v8::Boolean::New(isolate, descriptor.configurable()));
  v8::Local<v8::Value> argv[] = {name, js};
  v8::Local<v8::Value> result;
  if (CallHandler(isolate, info.Data(), "defineProperty", 2, argv, &result)) info.GetReturnValue().Set(true);
}

void Create(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  CHECK(info[0]->IsObject());
  v8::Local<v8::ObjectTemplate> tmpl = v8::ObjectTemplate::New(isolate);
  tmpl->SetHandler(v8::NamedPropertyHandlerConfiguration(Getter, Setter, Query, Deleter, Enumerator, Definer,
                                                         nullptr, info[0]));
  v8::Local<v8::Object> object;
  if (!tmpl->NewInstance(context).ToLocal(&object)) return;
  if (info[1]->IsObject() && object->SetPrototype(context, info[1]).IsNothing()) return;
  info.GetReturnValue().Set(object);
}

}  // namespace env_object

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "cwd", Cwd);
  SetMethod(context, target, "chdir", Chdir);
  SetMethod(context, target, "umask", Umask);
  SetMethod(context, target, "hrtime", Hrtime);
  SetMethod(context, target, "hrtimeBigInt", HrtimeBigInt);
  SetMethod(context, target, "memoryUsage", MemoryUsage);
  SetMethod(context, target, "rss", Rss);
  SetMethod(context, target, "constrainedMemory", ConstrainedMemory);
  SetMethod(context, target, "rawDebug", RawDebug);
  SetMethod(context, target, "resourceUsage", ResourceUsage);
  SetMethod(context, target, "uptime", Uptime);
  SetMethod(context, target, "kill", Kill);
  SetMethod(context, target, "reallyExit", ReallyExit);
  SetMethod(context, target, "getEnv", GetEnv);
  SetMethod(context, target, "setEnv", SetEnv);
  SetMethod(context, target, "unsetEnv", UnsetEnv);
  SetMethod(context, target, "envKeys", EnvKeys);
  SetMethod(context, target, "createEnvObject", env_object::Create);
  SetMethod(context, target, "getStartupInfo", GetStartupInfo);
  SetMethod(context, target, "setupHooks", SetupHooks);
  SetMethod(context, target, "getTitle", GetTitle);
  SetMethod(context, target, "setTitle", SetTitle);
  SetMethod(context, target, "getPpid", GetPpid);
  SetConstant(context, target, "pid", static_cast<double>(getpid()));
}

}  // namespace
}  // namespace lode

LODE_BINDING(process_methods, lode::Initialize)
