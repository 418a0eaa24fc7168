#include "binding.h"

#include <cstring>

#include "env.h"
#include "utils.h"

// Every builtin binding, in the order `lode --print-bindings` shows them.
#define LODE_BUILTIN_BINDINGS(V) \
  V(async_context_frame)         \
  V(block_list)                  \
  V(buffer)                      \
  V(builtins)                    \
  V(cares_wrap)                  \
  V(constants)                   \
  V(contextify)                  \
  V(credentials)                 \
  V(encoding_binding)            \
  V(errors)                      \
  V(fs)                          \
  V(fs_dir)                      \
  V(fs_event_wrap)               \
  V(heap_utils)                  \
  V(http_parser)                 \
  V(messaging)                   \
  V(os)                          \
  V(performance)                 \
  V(pipe_wrap)                   \
  V(process_methods)             \
  V(process_wrap)                \
  V(report)                      \
  V(serdes)                      \
  V(signal_wrap)                 \
  V(spawn_sync)                  \
  V(stream_wrap)                 \
  V(task_queue)                  \
  V(tcp_wrap)                    \
  V(thread_pool)                 \
  V(timers)                      \
  V(tty_wrap)                    \
  V(types)                       \
  V(udp_wrap)                    \
  V(url)                         \
  V(util)                        \
  V(uv)                          \
  V(v8_binding)                  \
  V(why_alive)                   \
  V(worker)

#define V(name) void _register_##name();
LODE_BUILTIN_BINDINGS(V)
#undef V

namespace lode {

namespace {
BindingModule* first_module = nullptr;
BindingModule* last_module = nullptr;
bool builtins_registered = false;
}  // namespace

void RegisterBinding(BindingModule* module) {
  module->next = nullptr;
  if (last_module == nullptr) first_module = module;
  else last_module->next = module;
  last_module = module;
}

void RegisterBuiltinBindings() {
  if (builtins_registered) return;
  builtins_registered = true;
#define V(name) _register_##name();
  LODE_BUILTIN_BINDINGS(V)
#undef V
}

const BindingModule* FindBinding(const char* name) {
  for (const BindingModule* module = first_module; module != nullptr; module = module->next) {
    if (strcmp(module->name, name) == 0) return module;
  }
  return nullptr;
}

const BindingModule* FirstBinding() { return first_module; }

}  // namespace lode
