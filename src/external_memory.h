#ifndef LODE_SRC_EXTERNAL_MEMORY_H_
#define LODE_SRC_EXTERNAL_MEMORY_H_

#include <cstddef>
#include <mutex>
#include <string_view>

#include "v8.h"

namespace lode {

// Young ArrayBuffers' memory is freed by any GC, but V8 10.2 answers the growth of external
// memory (64 MiB since the last full GC) only with a full mark-sweep, where newer V8s
// scavenge. A stream of short-lived Buffers (a file copy: 64 KiB per read) then costs a
// mark-sweep every thousand reads. NoteExternalGrowth counts the memory of Buffers lode
// allocates; after kScavengeEvery bytes with no GC of any kind in between, it asks V8 for
// a scavenge, which frees them at a fraction of the cost.
constexpr size_t kScavengeEvery = 32u << 20;
void NoteExternalGrowth(v8::Isolate* isolate, size_t bytes);

// V8 10.2 takes a request for a particular GC only while its --expose-gc flag is set, and
// reads that flag otherwise only when a context is made (to install gc()). So the flag is on
// just for the request, under this lock, which context creation takes too; and lode keeps
// track of the flag as the user set it, through these calls (each V8 flag lode passes on).
std::mutex& V8FlagsMutex();
void NoteV8Flags(std::string_view flags);

}  // namespace lode

#endif  // LODE_SRC_EXTERNAL_MEMORY_H_
