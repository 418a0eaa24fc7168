// The 'v8_binding' binding: the engine facts require('v8') reports (heap statistics, the
// code cache's version tag), setFlagsFromString(), the context's promise hooks and the GC
// recordings behind v8.GCProfiler. Statistics cross into JS through
// Float64Arrays that JS allocates once; the field names are exported here, in fill order,
// so lib/v8.js builds node's objects from them.
#include <uv.h>

#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "binding.h"
#include "env.h"
#include "external_memory.h"
#include "utils.h"

namespace lode {
namespace {

// The keys of v8.getHeapStatistics(), in node's order.
#define HEAP_STATISTICS_FIELDS(V)  \
  V(total_heap_size)               \
  V(total_heap_size_executable)    \
  V(total_physical_size)           \
  V(total_available_size)          \
  V(used_heap_size)                \
  V(heap_size_limit)               \
  V(malloced_memory)               \
  V(peak_malloced_memory)          \
  V(does_zap_garbage)              \
  V(number_of_native_contexts)     \
  V(number_of_detached_contexts)   \
  V(total_global_handles_size)     \
  V(used_global_handles_size)      \
  V(external_memory)

// The numeric keys of each v8.getHeapSpaceStatistics() entry (after space_name).
#define HEAP_SPACE_STATISTICS_FIELDS(V) \
  V(space_size)                         \
  V(space_used_size)                    \
  V(space_available_size)               \
  V(physical_space_size)

// The keys of v8.getHeapCodeStatistics().
#define HEAP_CODE_STATISTICS_FIELDS(V) \
  V(code_and_metadata_size)            \
  V(bytecode_and_metadata_size)        \
  V(external_script_source_size)       \
  V(cpu_profiler_metadata_size)

// The heap numbers a GC profile records before and after each collection, in node's order.
#define GC_PROFILE_HEAP_FIELDS(V) \
  V(total_heap_size)              \
  V(total_heap_size_executable)   \
  V(total_physical_size)          \
  V(total_available_size)         \
  V(total_global_handles_size)    \
  V(used_global_handles_size)     \
  V(used_heap_size)               \
  V(heap_size_limit)              \
  V(malloced_memory)              \
  V(external_memory)              \
  V(peak_malloced_memory)

#define COUNT_FIELD(name) +1
constexpr int kHeapStatisticsCount = 0 HEAP_STATISTICS_FIELDS(COUNT_FIELD);
constexpr int kHeapSpaceStatisticsCount = 0 HEAP_SPACE_STATISTICS_FIELDS(COUNT_FIELD);
constexpr int kHeapCodeStatisticsCount = 0 HEAP_CODE_STATISTICS_FIELDS(COUNT_FIELD);
constexpr int kGCProfileHeapCount = 0 GC_PROFILE_HEAP_FIELDS(COUNT_FIELD);
#undef COUNT_FIELD

// The Float64Array JS passed, checked to hold at least `count` numbers.
double* Fields(v8::Local<v8::Value> value, size_t count) {
  CHECK(value->IsFloat64Array());
  v8::Local<v8::Float64Array> array = value.As<v8::Float64Array>();
  CHECK_GE(array->Length(), count);
  return reinterpret_cast<double*>(static_cast<char*>(array->Buffer()->Data()) + array->ByteOffset());
}

void FillHeapStatistics(const v8::FunctionCallbackInfo<v8::Value>& info) {
  double* fields = Fields(info[0], kHeapStatisticsCount);
  v8::HeapStatistics stats;
  info.GetIsolate()->GetHeapStatistics(&stats);
  int index = 0;
#define FILL(name) fields[index++] = static_cast<double>(stats.name());
  HEAP_STATISTICS_FIELDS(FILL)
#undef FILL
}

// Fills kHeapSpaceStatisticsCount numbers per space, in the order of heapSpaceNames.
void FillHeapSpaceStatistics(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  size_t spaces = isolate->NumberOfHeapSpaces();
  double* fields = Fields(info[0], spaces * kHeapSpaceStatisticsCount);
  int index = 0;
  for (size_t space = 0; space < spaces; space++) {
    v8::HeapSpaceStatistics stats;
    isolate->GetHeapSpaceStatistics(&stats, space);
#define FILL(name) fields[index++] = static_cast<double>(stats.name());
    HEAP_SPACE_STATISTICS_FIELDS(FILL)
#undef FILL
  }
}

void FillHeapCodeStatistics(const v8::FunctionCallbackInfo<v8::Value>& info) {
  double* fields = Fields(info[0], kHeapCodeStatisticsCount);
  v8::HeapCodeStatistics stats;
  info.GetIsolate()->GetHeapCodeAndMetadataStatistics(&stats);
  int index = 0;
#define FILL(name) fields[index++] = static_cast<double>(stats.name());
  HEAP_CODE_STATISTICS_FIELDS(FILL)
#undef FILL
}

// setFlagsFromString(flags): JS has checked that flags is a string. Unknown flags are
// reported by V8 itself on stdout, as in node.
void SetFlagsFromString(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsString());
  Utf8Value flags(info.GetIsolate(), info[0]);
  std::lock_guard<std::mutex> lock(V8FlagsMutex());
  v8::V8::SetFlagsFromString(*flags, flags.length());
  NoteV8Flags(std::string_view(*flags, flags.length()));
}

void CachedDataVersionTag(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(v8::ScriptCompiler::CachedDataVersionTag());
}

// setPromiseHooks(init, before, after, settled): each a function or undefined (no hook).
// JS combines the hooks users register into these four.
void SetPromiseHooks(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Function> hooks[4];
  for (int i = 0; i < 4; i++) {
    CHECK(info[i]->IsFunction() || info[i]->IsUndefined());
    if (info[i]->IsFunction()) hooks[i] = info[i].As<v8::Function>();
  }
  info.GetIsolate()->GetCurrentContext()->SetPromiseHooks(hooks[0], hooks[1], hooks[2], hooks[3]);
}

// GC profiles ---------------------------------------------------------------------------------

// Records every collection while at least one profile runs. A record is numbers only:
// the GC type, the heap before (kGCProfileHeapCount numbers, then four per space), the
// cost in microseconds, and the heap after. JS names them (lib/v8.js).
class GCProfiles {
 public:
  explicit GCProfiles(v8::Isolate* isolate) : isolate_(isolate) {}
  ~GCProfiles() { Watch(false); }

  int Start() {
    if (profiles_.empty()) Watch(true);
    profiles_[next_id_] = {};
    return next_id_++;
  }

  // The profile's records, which it hands over; false for an unknown (or stopped) id.
  bool Stop(int id, std::vector<double>* records) {
    auto found = profiles_.find(id);
    if (found == profiles_.end()) return false;
    *records = std::move(found->second);
    profiles_.erase(found);
    if (profiles_.empty()) Watch(false);
    return true;
  }

  static void Cleanup(void* data) { delete static_cast<GCProfiles*>(data); }

 private:
  void Watch(bool on) {
    if (on == watching_) return;
    watching_ = on;
    if (on) {
      isolate_->AddGCPrologueCallback(BeforeGC, this);
      isolate_->AddGCEpilogueCallback(AfterGC, this);
    } else {
      isolate_->RemoveGCPrologueCallback(BeforeGC, this);
      isolate_->RemoveGCEpilogueCallback(AfterGC, this);
    }
  }

  void AppendHeap(std::vector<double>* out) {
    v8::HeapStatistics heap;
    isolate_->GetHeapStatistics(&heap);
#define APPEND(name) out->push_back(static_cast<double>(heap.name()));
    GC_PROFILE_HEAP_FIELDS(APPEND)
#undef APPEND
    size_t spaces = isolate_->NumberOfHeapSpaces();
    for (size_t space = 0; space < spaces; space++) {
      v8::HeapSpaceStatistics stats;
      isolate_->GetHeapSpaceStatistics(&stats, space);
#define APPEND(name) out->push_back(static_cast<double>(stats.name()));
      HEAP_SPACE_STATISTICS_FIELDS(APPEND)
#undef APPEND
    }
  }

  static void BeforeGC(v8::Isolate*, v8::GCType type, v8::GCCallbackFlags, void* data) {
    auto* self = static_cast<GCProfiles*>(data);
    self->current_.clear();
    self->current_.push_back(static_cast<double>(type));
    self->AppendHeap(&self->current_);
    self->started_ = uv_hrtime();
  }

  static void AfterGC(v8::Isolate*, v8::GCType, v8::GCCallbackFlags, void* data) {
    auto* self = static_cast<GCProfiles*>(data);
    if (self->current_.empty()) return;  // started watching in the middle of a collection
    self->current_.push_back(static_cast<double>(uv_hrtime() - self->started_) / 1e3);
    self->AppendHeap(&self->current_);
    for (auto& [id, records] : self->profiles_) {
      records.insert(records.end(), self->current_.begin(), self->current_.end());
    }
    self->current_.clear();
  }

  v8::Isolate* isolate_;
  std::map<int, std::vector<double>> profiles_;
  int next_id_ = 1;
  bool watching_ = false;
  std::vector<double> current_;
  uint64_t started_ = 0;
};

GCProfiles* ProfilesOf(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return static_cast<GCProfiles*>(info.Data().As<v8::External>()->Value());
}

// startGCProfile() -> the profile's id.
void StartGCProfile(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(ProfilesOf(info)->Start());
}

// stopGCProfile(id) -> a Float64Array of the records since it started, or undefined for an
// id that is not running.
void StopGCProfile(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsInt32());
  std::vector<double> records;
  if (!ProfilesOf(info)->Stop(info[0].As<v8::Int32>()->Value(), &records)) return;
  size_t bytes = records.size() * sizeof(double);
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(info.GetIsolate(), bytes);
  if (bytes != 0) memcpy(buffer->Data(), records.data(), bytes);
  info.GetReturnValue().Set(v8::Float64Array::New(buffer, 0, records.size()));
}

v8::Local<v8::Array> NameArray(v8::Isolate* isolate, std::initializer_list<const char*> names) {
  v8::Local<v8::Array> array = v8::Array::New(isolate, static_cast<int>(names.size()));
  uint32_t index = 0;
  for (const char* name : names) array->Set(isolate->GetCurrentContext(), index++, OneByteString(isolate, name)).Check();
  return array;
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "fillHeapStatistics", FillHeapStatistics);
  SetMethod(context, target, "fillHeapSpaceStatistics", FillHeapSpaceStatistics);
  SetMethod(context, target, "fillHeapCodeStatistics", FillHeapCodeStatistics);
  SetMethod(context, target, "setFlagsFromString", SetFlagsFromString);
  SetMethod(context, target, "cachedDataVersionTag", CachedDataVersionTag);
  SetMethod(context, target, "setPromiseHooks", SetPromiseHooks);

  auto* profiles = new GCProfiles(isolate);
  env->AddCleanupHook(GCProfiles::Cleanup, profiles);
  v8::Local<v8::External> profiles_data = v8::External::New(isolate, profiles);
  SetMethod(context, target, "startGCProfile", StartGCProfile, profiles_data);
  SetMethod(context, target, "stopGCProfile", StopGCProfile, profiles_data);

#define NAME(name) #name,
  SetConstant(context, target, "heapStatisticsFields", NameArray(isolate, {HEAP_STATISTICS_FIELDS(NAME)}));
  SetConstant(context, target, "heapSpaceStatisticsFields", NameArray(isolate, {HEAP_SPACE_STATISTICS_FIELDS(NAME)}));
  SetConstant(context, target, "heapCodeStatisticsFields", NameArray(isolate, {HEAP_CODE_STATISTICS_FIELDS(NAME)}));
  SetConstant(context, target, "gcProfileHeapFields", NameArray(isolate, {GC_PROFILE_HEAP_FIELDS(NAME)}));
#undef NAME

  // The spaces are fixed for the life of the isolate.
  size_t spaces = isolate->NumberOfHeapSpaces();
  v8::Local<v8::Array> space_names = v8::Array::New(isolate, static_cast<int>(spaces));
  for (size_t space = 0; space < spaces; space++) {
    v8::HeapSpaceStatistics stats;
    isolate->GetHeapSpaceStatistics(&stats, space);
    space_names->Set(context, static_cast<uint32_t>(space), OneByteString(isolate, stats.space_name())).Check();
  }
  SetConstant(context, target, "heapSpaceNames", space_names);

  // GC types by V8's number, named as node's GC profiles name them.
  v8::Local<v8::Object> gc_types = v8::Object::New(isolate);
  const std::pair<v8::GCType, const char*> gc_type_names[] = {
      {v8::kGCTypeScavenge, "Scavenge"},
      {v8::kGCTypeMinorMarkCompact, "MinorMarkCompact"},
      {v8::kGCTypeMarkSweepCompact, "MarkSweepCompact"},
      {v8::kGCTypeIncrementalMarking, "IncrementalMarking"},
      {v8::kGCTypeProcessWeakCallbacks, "ProcessWeakCallbacks"},
  };
  for (const auto& [type, name] : gc_type_names) {
    SetConstant(context, gc_types, std::to_string(type).c_str(), OneByteString(isolate, name));
  }
  SetConstant(context, target, "gcTypeNames", gc_types);
}

}  // namespace
}  // namespace lode

LODE_BINDING(v8_binding, lode::Initialize)
