// A vm context: a new V8 Context whose global object forwards every property access to a
// user-provided "sandbox" object, so `vm.runInContext('x = 1', sandbox)` sets sandbox.x.
// The sandbox and the context keep each other alive; the C++ side goes when the GC takes
// them (weak on the context).
#ifndef LODE_SRC_CONTEXTIFY_CONTEXT_H_
#define LODE_SRC_CONTEXTIFY_CONTEXT_H_

#include <v8.h>

#include <string>

namespace lode {

class Environment;

class ContextifyContext {
 public:
  struct Options {
    std::string name;
    std::string origin;
    bool allow_code_generation_from_strings = true;
    bool allow_wasm = true;
  };

  // Contextifies `sandbox`; returns nullptr (with an exception pending) on failure.
  static ContextifyContext* Make(Environment* env, v8::Local<v8::Object> sandbox, const Options& options);
  // The context made for `sandbox`, or nullptr when it is not a contextified object.
  static ContextifyContext* FromSandbox(Environment* env, v8::Local<v8::Value> sandbox);

  v8::Local<v8::Context> context() const { return context_.Get(isolate_); }
  v8::Local<v8::Object> sandbox() const { return sandbox_.Get(isolate_); }
  v8::Local<v8::Object> global_proxy() const { return context()->Global(); }
  Environment* env() const { return env_; }

 private:
  ContextifyContext(Environment* env, v8::Local<v8::Object> sandbox);
  ~ContextifyContext();

  static ContextifyContext* FromInfo(v8::Local<v8::Value> data);
  static void WeakCallback(const v8::WeakCallbackInfo<ContextifyContext>& info);

  static void NamedGetter(v8::Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Value>& info);
  static void NamedSetter(v8::Local<v8::Name> key, v8::Local<v8::Value> value,
                          const v8::PropertyCallbackInfo<v8::Value>& info);
  static void NamedQuery(v8::Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Integer>& info);
  static void NamedDeleter(v8::Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Boolean>& info);
  static void NamedEnumerator(const v8::PropertyCallbackInfo<v8::Array>& info);
  static void NamedDefiner(v8::Local<v8::Name> key, const v8::PropertyDescriptor& desc,
                           const v8::PropertyCallbackInfo<v8::Value>& info);
  static void NamedDescriptor(v8::Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Value>& info);
  static void IndexedGetter(uint32_t index, const v8::PropertyCallbackInfo<v8::Value>& info);
  static void IndexedSetter(uint32_t index, v8::Local<v8::Value> value, const v8::PropertyCallbackInfo<v8::Value>& info);
  static void IndexedQuery(uint32_t index, const v8::PropertyCallbackInfo<v8::Integer>& info);
  static void IndexedDeleter(uint32_t index, const v8::PropertyCallbackInfo<v8::Boolean>& info);
  static void IndexedDefiner(uint32_t index, const v8::PropertyDescriptor& desc,
                             const v8::PropertyCallbackInfo<v8::Value>& info);
  static void IndexedDescriptor(uint32_t index, const v8::PropertyCallbackInfo<v8::Value>& info);

  Environment* env_;
  v8::Isolate* isolate_;
  v8::Global<v8::Context> context_;
  v8::Global<v8::Object> sandbox_;
};

}  // namespace lode

#endif  // LODE_SRC_CONTEXTIFY_CONTEXT_H_
