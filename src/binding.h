// The registry of C++ bindings (startup step 1).
//
// Every binding file ends with `LODE_BINDING(name, Initialize)`. The macro defines
// `_register_<name>()`, which links a {name, init, next} record onto one list. binding.cc
// names every builtin binding once (an X-macro) and calls each register function at process
// start; a name listed there without its file fails at link time. `internalBinding(name)`
// finds the record, runs its initializer once per Environment and caches the exports.
#ifndef LODE_SRC_BINDING_H_
#define LODE_SRC_BINDING_H_

#include <v8.h>

namespace lode {

class Environment;

// Fills `target` (the binding's exports) with methods, templates and constants.
using BindingInitializer = void (*)(Environment* env, v8::Local<v8::Object> target);

struct BindingModule {
  const char* name;
  BindingInitializer initialize;
  BindingModule* next;
};

// Appends to the registry, keeping registration order.
void RegisterBinding(BindingModule* module);
// Step 1 of startup: registers every builtin binding. Safe to call more than once.
void RegisterBuiltinBindings();
// nullptr when no binding has that name.
const BindingModule* FindBinding(const char* name);
const BindingModule* FirstBinding();

}  // namespace lode

#define LODE_BINDING(name, initializer)                                        \
  static ::lode::BindingModule lode_binding_module_##name = {#name, initializer, nullptr}; \
  void _register_##name() { ::lode::RegisterBinding(&lode_binding_module_##name); }

#endif  // LODE_SRC_BINDING_H_
