// The 'builtins' binding: how lib/internal/bootstrap/loaders.js compiles builtin modules.
#include "builtins.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "binding.h"
#include "env.h"
#include "errors.h"
#include "utils.h"

namespace lode::builtins {

namespace {

// Static data needs no freeing: V8 may drop the string, never the bytes.
class StaticOneByteResource : public v8::String::ExternalOneByteStringResource {
 public:
  StaticOneByteResource(const char* data, size_t length) : data_(data), length_(length) {}
  const char* data() const override { return data_; }
  size_t length() const override { return length_; }
  void Dispose() override {}

 private:
  const char* data_;
  size_t length_;
};

class StaticTwoByteResource : public v8::String::ExternalStringResource {
 public:
  StaticTwoByteResource(const uint16_t* data, size_t length) : data_(data), length_(length) {}
  const uint16_t* data() const override { return data_; }
  size_t length() const override { return length_; }
  void Dispose() override {}

 private:
  const uint16_t* data_;
  size_t length_;
};

v8::MaybeLocal<v8::String> SourceString(v8::Isolate* isolate, const std::string& id) {
  const std::string& dir = LibDirOverride();
  if (!dir.empty()) {
    std::string text;
    if (ReadFileToString((dir + "/" + id + ".js").c_str(), &text)) {
      return v8::String::NewFromUtf8(isolate, text.data(), v8::NewStringType::kNormal,
                                     static_cast<int>(text.size()));
    }
  }
  const BuiltinSource* source = FindSource(id);
  if (source == nullptr) return {};
  // One resource object per source for the whole process (workers share them).
  // Never freed: V8 may still hold strings over these resources while the process exits.
  static std::mutex mutex;
  static auto* resources = new std::unordered_map<const BuiltinSource*, v8::String::ExternalStringResourceBase*>();
  std::lock_guard<std::mutex> lock(mutex);
  auto& resource = (*resources)[source];
  if (source->one_byte != nullptr) {
    if (resource == nullptr) resource = new StaticOneByteResource(source->one_byte, source->length);
    return v8::String::NewExternalOneByte(
        isolate, static_cast<StaticOneByteResource*>(resource));
  }
  if (resource == nullptr) resource = new StaticTwoByteResource(source->two_byte, source->length);
  return v8::String::NewExternalTwoByte(isolate, static_cast<StaticTwoByteResource*>(resource));
}

// The parameters each kind of builtin is compiled with.
std::vector<const char*> ParametersFor(const std::string& id) {
  if (id == "internal/bootstrap/loaders") return {"process", "getInternalBinding"};
  if (id.rfind("internal/bootstrap/", 0) == 0 || id.rfind("internal/main/", 0) == 0) {
    return {"process", "require", "internalBinding"};
  }
  return {"exports", "require", "module", "process", "internalBinding"};
}

// The entry named `id` in a table sorted by id (the sources, the code caches).
template <typename Entry>
const Entry* FindById(const Entry* table, size_t count, const std::string& id) {
  const Entry* end = table + count;
  const Entry* found =
      std::lower_bound(table, end, id, [](const Entry& entry, const std::string& key) { return entry.id < key; });
  return found != end && found->id == id ? found : nullptr;
}

const BuiltinCodeCache* FindCodeCache(const std::string& id) {
  return FindById(kBuiltinCodeCaches, kBuiltinCodeCacheCount, id);
}

// How the embedded code caches fared in this process (builtins.codeCacheStats()).
std::atomic<uint32_t> caches_accepted{0};
std::atomic<uint32_t> caches_rejected{0};

// With LODE_CODE_CACHE_COLLECT set, the compiled builtins are kept (WriteCollectedCodeCache).
struct Collected {
  std::mutex mutex;
  std::vector<std::pair<std::string, v8::Global<v8::Function>>> functions;
};

Collected* CollectedBuiltins() {
  static Collected* collected = [] {
    const char* flag = getenv("LODE_CODE_CACHE_COLLECT");
    return flag != nullptr && *flag != '\0' ? new Collected() : nullptr;
  }();
  return collected;
}

}  // namespace

const BuiltinSource* FindSource(const std::string& id) { return FindById(kBuiltinSources, kBuiltinSourceCount, id); }

std::vector<std::string> Ids() {
  std::vector<std::string> ids;
  ids.reserve(kBuiltinSourceCount);
  for (size_t i = 0; i < kBuiltinSourceCount; i++) ids.emplace_back(kBuiltinSources[i].id);
  return ids;
}

const std::string& LibDirOverride() {
  static const std::string dir = [] {
    if (const char* from_env = getenv("LODE_LIB_DIR"); from_env && *from_env) return std::string(from_env);
#ifdef LODE_LIB_FROM_DISK
    return std::string(LODE_SOURCE_LIB_DIR);
#else
    return std::string();
#endif
  }();
  return dir;
}

v8::MaybeLocal<v8::Function> CompileBuiltin(Environment* env, const std::string& id) {
  return CompileBuiltin(env, id, env->context());
}

v8::MaybeLocal<v8::Function> CompileBuiltin(Environment* env, const std::string& id, v8::Local<v8::Context> context) {
  v8::Isolate* isolate = env->isolate();
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::String> source;
  if (!SourceString(isolate, id).ToLocal(&source)) {
    isolate->ThrowException(v8::Exception::Error(ToV8String(isolate, "No such built-in module: " + id)));
    return {};
  }
  std::vector<v8::Local<v8::String>> parameters;
  for (const char* name : ParametersFor(id)) parameters.push_back(OneByteString(isolate, name));

  // Stack traces name builtins `node:<id>`, as node's do, so tools that read them still work.
  v8::ScriptOrigin origin(isolate, ToV8String(isolate, "node:" + id), 0, 0, true);
  // The embedded cache matches the embedded source only (V8 checks little more than its
  // length): a lib/ read from disk compiles afresh.
  const BuiltinCodeCache* cache = LibDirOverride().empty() ? FindCodeCache(id) : nullptr;
  auto* cached_data = cache == nullptr ? nullptr
                                       : new v8::ScriptCompiler::CachedData(
                                             cache->data, static_cast<int>(cache->length),
                                             v8::ScriptCompiler::CachedData::BufferNotOwned);
  v8::ScriptCompiler::Source compiler_source(source, origin, cached_data);  // owns cached_data
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Function> fn;
  if (!v8::ScriptCompiler::CompileFunction(
           context, &compiler_source, parameters.size(), parameters.data(), 0, nullptr,
           cache != nullptr ? v8::ScriptCompiler::kConsumeCodeCache : v8::ScriptCompiler::kNoCompileOptions)
           .ToLocal(&fn)) {
    AttachArrowMessage(isolate, try_catch.Exception(), try_catch.Message());
    try_catch.ReThrow();
    return {};
  }
  if (cache != nullptr) (compiler_source.GetCachedData()->rejected ? caches_rejected : caches_accepted)++;
  if (Collected* collected = CollectedBuiltins()) {
    std::lock_guard<std::mutex> lock(collected->mutex);
    collected->functions.emplace_back(id, v8::Global<v8::Function>(isolate, fn));
  }
  return scope.Escape(fn);
}

namespace {

// The embedder slot of a context holding the exports of the per-context scripts run there
// (after the Environment's and a vm context's own slots).
constexpr int kPerContextExportsSlot = Environment::kContextEmbedderSlot + 2;
constexpr char kPerContextPrefix[] = "internal/per_context/";

void RequireInContextMethod(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Environment* env = Environment::GetCurrent(info);
  CHECK(info[0]->IsString());
  v8::Local<v8::Object> exports;
  if (RequireInContext(env, isolate->GetCurrentContext(), ToStdString(isolate, info[0])).ToLocal(&exports)) {
    info.GetReturnValue().Set(exports);
  }
}

}  // namespace

v8::MaybeLocal<v8::Object> RequireInContext(Environment* env, v8::Local<v8::Context> context, const std::string& id) {
  v8::Isolate* isolate = env->isolate();
  v8::EscapableHandleScope scope(isolate);
  v8::Context::Scope context_scope(context);
  if (id.rfind(kPerContextPrefix, 0) != 0) {
    isolate->ThrowException(v8::Exception::Error(ToV8String(isolate, "No such per-context module: " + id)));
    return {};
  }
  v8::Local<v8::Object> cache;
  if (context->GetNumberOfEmbedderDataFields() > kPerContextExportsSlot &&
      context->GetEmbedderData(kPerContextExportsSlot)->IsObject()) {
    cache = context->GetEmbedderData(kPerContextExportsSlot).As<v8::Object>();
  } else {
    cache = v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
    context->SetEmbedderData(kPerContextExportsSlot, cache);
  }
  v8::Local<v8::String> key = ToV8String(isolate, id);
  v8::Local<v8::Value> cached;
  if (!cache->Get(context, key).ToLocal(&cached)) return {};
  if (cached->IsObject()) return scope.Escape(cached.As<v8::Object>());

  v8::Local<v8::Function> fn;
  if (!CompileBuiltin(env, id, context).ToLocal(&fn)) return {};
  v8::Local<v8::Object> module = v8::Object::New(isolate);
  v8::Local<v8::Object> exports = v8::Object::New(isolate);
  v8::Local<v8::Function> require;
  if (module->Set(context, OneByteString(isolate, "exports"), exports).IsNothing() ||
      !v8::Function::New(context, RequireInContextMethod).ToLocal(&require)) {
    return {};
  }
  // Cached before it runs, as CommonJS does: a cycle sees the exports made so far.
  if (cache->Set(context, key, exports).IsNothing()) return {};
  v8::Local<v8::Value> argv[] = {exports, require, module, v8::Undefined(isolate), v8::Undefined(isolate)};
  v8::Local<v8::Value> result;
  if (!fn->Call(context, v8::Undefined(isolate), 5, argv).ToLocal(&result)) {
    USE(cache->Delete(context, key));
    return {};
  }
  v8::Local<v8::Value> final_exports;
  if (!module->Get(context, OneByteString(isolate, "exports")).ToLocal(&final_exports) ||
      !final_exports->IsObject() || cache->Set(context, key, final_exports).IsNothing()) {
    return {};
  }
  return scope.Escape(final_exports.As<v8::Object>());
}

// With LODE_CODE_CACHE_COLLECT=<path> set, the builtins compiled in the main context are kept,
// and once the program is over their code caches (their bytecode, that of the functions they
// ran included) go to <path> as C++ source defining kBuiltinCodeCaches (tools/code-cache.js,
// at build time). False, with `error` set, if the file cannot be written.
bool WriteCollectedCodeCache(Environment* env, std::string* error) {
  Collected* collected = CollectedBuiltins();
  if (collected == nullptr) return true;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  std::lock_guard<std::mutex> lock(collected->mutex);
  std::vector<std::pair<std::string, std::unique_ptr<v8::ScriptCompiler::CachedData>>> caches;
  for (auto& [id, global] : collected->functions) {
    if (std::any_of(caches.begin(), caches.end(), [&](const auto& entry) { return entry.first == id; })) continue;
    v8::Local<v8::Function> fn = global.Get(isolate);
    if (fn->GetCreationContextChecked() != env->context()) continue;
    caches.emplace_back(id, v8::ScriptCompiler::CreateCodeCacheForFunction(fn));
  }
  std::sort(caches.begin(), caches.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string out = "// Made at build time by tools/code-cache.js: V8's code caches of lode's builtins.\n"
                    "#include \"builtins.h\"\n\nnamespace lode::builtins {\nnamespace {\n";
  // String literals (quick for a compiler to read, unlike a list of numbers): printable bytes
  // as themselves, the rest as three-digit octal escapes.
  char escape[8];
  for (size_t i = 0; i < caches.size(); i++) {
    const v8::ScriptCompiler::CachedData* data = caches[i].second.get();
    out += "const char kCache" + std::to_string(i) + "[] =\n\"";
    for (int b = 0; b < data->length; b++) {
      unsigned char byte = data->data[b];
      if (byte >= 0x20 && byte < 0x7f && byte != '"' && byte != '\\' && byte != '?') {
        out += static_cast<char>(byte);
      } else {
        snprintf(escape, sizeof(escape), "\\%03o", byte);
        out += escape;
      }
      if (b % 100 == 99) out += "\"\n\"";
    }
    out += "\";\n";
  }
  out += "}  // namespace\n\nconst BuiltinCodeCache kBuiltinCodeCaches[] = {\n";
  for (size_t i = 0; i < caches.size(); i++) {
    std::string name = "kCache" + std::to_string(i);
    out += "  {\"" + caches[i].first + "\", reinterpret_cast<const uint8_t*>(" + name + "), sizeof(" + name + ") - 1},\n";
  }
  if (caches.empty()) out += "  {\"\", nullptr, 0},\n";
  out += "};\nconst size_t kBuiltinCodeCacheCount = " + std::to_string(caches.size()) + ";\n\n}  // namespace lode::builtins\n";
  const char* path = getenv("LODE_CODE_CACHE_COLLECT");
  FILE* file = fopen(path, "w");
  if (file == nullptr || fwrite(out.data(), 1, out.size(), file) != out.size() || fclose(file) != 0) {
    *error = std::string("cannot write ") + path;
    return false;
  }
  return true;
}

namespace {

void CompileFunctionMethod(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  CHECK(info[0]->IsString());
  v8::Local<v8::Function> fn;
  if (CompileBuiltin(env, ToStdString(info.GetIsolate(), info[0])).ToLocal(&fn)) {
    info.GetReturnValue().Set(fn);
  }
}

void HasBuiltin(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsString());
  std::string id = ToStdString(info.GetIsolate(), info[0]);
  bool found = FindSource(id) != nullptr;
  if (!found && !LibDirOverride().empty()) {
    std::string ignored;
    found = ReadFileToString((LibDirOverride() + "/" + id + ".js").c_str(), &ignored);
  }
  info.GetReturnValue().Set(found);
}

// codeCacheStats() -> { embedded, accepted, rejected }: how many builtins have an embedded
// code cache, and how many compiles in this process used one or had V8 refuse it.
void CodeCacheStats(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> stats = v8::Object::New(isolate);
  auto put = [&](const char* name, double value) {
    return stats->Set(context, OneByteString(isolate, name), v8::Number::New(isolate, value)).IsJust();
  };
  if (put("embedded", static_cast<double>(kBuiltinCodeCacheCount)) && put("accepted", caches_accepted.load()) &&
      put("rejected", caches_rejected.load())) {
    info.GetReturnValue().Set(stats);
  }
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "compileFunction", CompileFunctionMethod);
  SetMethod(context, target, "hasBuiltin", HasBuiltin);
  SetMethod(context, target, "codeCacheStats", CodeCacheStats);
  std::vector<std::string> ids = Ids();
  v8::Local<v8::Array> list = v8::Array::New(isolate, static_cast<int>(ids.size()));
  for (size_t i = 0; i < ids.size(); i++) {
    list->Set(context, static_cast<uint32_t>(i), ToV8String(isolate, ids[i])).Check();
  }
  SetConstant(context, target, "builtinIds", list);
}

}  // namespace
}  // namespace lode::builtins

LODE_BINDING(builtins, lode::builtins::Initialize)
