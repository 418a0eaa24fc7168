#include "external_memory.h"

#include <atomic>

namespace lode {
namespace {

std::atomic<bool> user_exposed_gc{false};

struct ExternalGrowth {
  v8::Isolate* isolate = nullptr;
  size_t bytes = 0;
};
// One isolate per thread: the main thread's, or a worker's.
thread_local ExternalGrowth growth;

void ResetGrowth(v8::Isolate*, v8::GCType, v8::GCCallbackFlags, void*) { growth.bytes = 0; }

// "--expose-gc", "--expose_gc", "--no-expose-gc", "--noexpose_gc": what one token says of the
// flag, if anything.
void NoteToken(std::string_view token) {
  while (!token.empty() && token.front() == '-') token.remove_prefix(1);
  std::string name(token.substr(0, token.find('=')));
  for (char& c : name) {
    if (c == '_') c = '-';
  }
  if (name == "expose-gc") user_exposed_gc = true;
  if (name == "no-expose-gc" || name == "noexpose-gc") user_exposed_gc = false;
}

}  // namespace

std::mutex& V8FlagsMutex() {
  static std::mutex mutex;
  return mutex;
}

void NoteV8Flags(std::string_view flags) {
  size_t start = 0;
  while (start < flags.size()) {
    size_t end = flags.find_first_of(" \t\n", start);
    if (end == std::string_view::npos) end = flags.size();
    if (end > start) NoteToken(flags.substr(start, end - start));
    start = end + 1;
  }
}

void NoteExternalGrowth(v8::Isolate* isolate, size_t bytes) {
  if (growth.isolate != isolate) {
    growth.isolate = isolate;
    growth.bytes = 0;
    isolate->AddGCEpilogueCallback(ResetGrowth, nullptr);
  }
  growth.bytes += bytes;
  if (growth.bytes < kScavengeEvery) return;
  growth.bytes = 0;
  std::lock_guard<std::mutex> lock(V8FlagsMutex());
  if (user_exposed_gc) {
    isolate->RequestGarbageCollectionForTesting(v8::Isolate::kMinorGarbageCollection);
    return;
  }
  v8::V8::SetFlagsFromString("--expose-gc");
  isolate->RequestGarbageCollectionForTesting(v8::Isolate::kMinorGarbageCollection);
  v8::V8::SetFlagsFromString("--no-expose-gc");
}

}  // namespace lode
