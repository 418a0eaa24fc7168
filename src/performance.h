// Startup milestones for `performance.nodeTiming` (perf_hooks).
//
// nodeStart is taken when the binary loads. The other milestones are startup steps that only
// lode.cc sees; it marks each as it reaches it. Until it does, the performance binding falls
// back to what it can observe itself: its own initialization during the bootstrap (for
// v8Start, environment and bootstrapComplete), the first timer phase of the loop (loopStart)
// and process exit (loopExit).
#ifndef LODE_SRC_PERFORMANCE_H_
#define LODE_SRC_PERFORMANCE_H_

namespace lode {

// The order is the one `performance.nodeTiming` lists them in.
enum class Milestone { kNodeStart, kV8Start, kEnvironment, kBootstrapComplete, kLoopStart, kLoopExit, kCount };

// Records that startup reached `milestone` now (the first mark wins). Main thread only.
void MarkMilestone(Milestone milestone);

}  // namespace lode

#endif  // LODE_SRC_PERFORMANCE_H_
