#include "contextify_context.h"

#include "env.h"
#include "external_memory.h"
#include "utils.h"

namespace lode {

namespace {

v8::Local<v8::Private> ContextSymbol(v8::Isolate* isolate) {
  return v8::Private::ForApi(isolate, OneByteString(isolate, "lode:contextifyContext"));
}

// On the sandbox: the context's global proxy, which keeps the context alive.
v8::Local<v8::Private> GlobalSymbol(v8::Isolate* isolate) {
  return v8::Private::ForApi(isolate, OneByteString(isolate, "lode:contextifyGlobal"));
}

// Embedder slots of a vm context: its ContextifyContext, and its sandbox (which the context
// keeps alive). Slot kContextEmbedderSlot + 2 is builtins.cc's per-context exports.
constexpr int kContextifySlot = Environment::kContextEmbedderSlot + 1;
constexpr int kSandboxSlot = Environment::kContextEmbedderSlot + 3;

v8::Local<v8::Name> IndexKey(v8::Isolate* isolate, uint32_t index) {
  return ToV8String(isolate, std::to_string(index));
}

}  // namespace

ContextifyContext::ContextifyContext(Environment* env, v8::Local<v8::Object> sandbox)
    : env_(env), isolate_(env->isolate()), sandbox_(env->isolate(), sandbox) {}

ContextifyContext::~ContextifyContext() {
  v8::HandleScope scope(isolate_);
  if (!context_.IsEmpty()) {
    context()->SetAlignedPointerInEmbedderData(Environment::kContextEmbedderSlot, nullptr);
    context()->SetAlignedPointerInEmbedderData(kContextifySlot, nullptr);
  }
}

ContextifyContext* ContextifyContext::FromInfo(v8::Local<v8::Value> data) {
  return static_cast<ContextifyContext*>(data.As<v8::External>()->Value());
}

ContextifyContext* ContextifyContext::Make(Environment* env, v8::Local<v8::Object> sandbox,
                                           const Options& options) {
  v8::Isolate* isolate = env->isolate();
  v8::EscapableHandleScope scope(isolate);
  auto* self = new ContextifyContext(env, sandbox);
  v8::Local<v8::External> data = v8::External::New(isolate, self);

  v8::Local<v8::ObjectTemplate> global_template = v8::ObjectTemplate::New(isolate);
  global_template->SetHandler(v8::NamedPropertyHandlerConfiguration(
      NamedGetter, NamedSetter, NamedQuery, NamedDeleter, NamedEnumerator, NamedDefiner,
      NamedDescriptor, data, v8::PropertyHandlerFlags::kHasNoSideEffect));
  global_template->SetHandler(v8::IndexedPropertyHandlerConfiguration(
      IndexedGetter, IndexedSetter, IndexedQuery, IndexedDeleter, nullptr, IndexedDefiner,
      IndexedDescriptor, data, v8::PropertyHandlerFlags::kHasNoSideEffect));

  v8::Local<v8::Context> context;
  {
    // The flags V8 reads as it makes a context must not be in the middle of a change.
    std::lock_guard<std::mutex> lock(V8FlagsMutex());
    context = v8::Context::New(isolate, nullptr, global_template);
  }
  if (context.IsEmpty()) {
    delete self;
    isolate->ThrowException(v8::Exception::Error(OneByteString(isolate, "Could not create a vm context")));
    return nullptr;
  }
  // Same security token: the main context and the vm context may touch each other's objects.
  context->SetSecurityToken(env->context()->GetSecurityToken());
  context->SetAlignedPointerInEmbedderData(Environment::kContextEmbedderSlot, env);
  context->SetAlignedPointerInEmbedderData(kContextifySlot, self);
  context->AllowCodeGenerationFromStrings(options.allow_code_generation_from_strings);
  context->SetErrorMessageForCodeGenerationFromStrings(
      OneByteString(isolate, "Code generation from strings disallowed for this context"));
  self->context_.Reset(isolate, context);

  // The sandbox and the context keep each other alive, and go together: a function made in
  // the context may outlive every reference to the sandbox (a port moved there, a closure),
  // and still reads the sandbox through the interceptors below.
  context->SetEmbedderData(kSandboxSlot, sandbox);
  v8::Local<v8::Context> main = env->context();
  if (sandbox->SetPrivate(main, ContextSymbol(isolate), data).IsNothing() ||
      sandbox->SetPrivate(main, GlobalSymbol(isolate), context->Global()).IsNothing()) {
    delete self;
    return nullptr;
  }
  self->sandbox_.SetWeak();
  self->context_.SetWeak(self, WeakCallback, v8::WeakCallbackType::kParameter);
  return self;
}

ContextifyContext* ContextifyContext::FromSandbox(Environment* env, v8::Local<v8::Value> sandbox) {
  if (!sandbox->IsObject()) return nullptr;
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Value> data;
  if (!sandbox.As<v8::Object>()->GetPrivate(env->context(), ContextSymbol(isolate)).ToLocal(&data) ||
      !data->IsExternal()) {
    return nullptr;
  }
  return FromInfo(data);
}

// The context is gone (and its sandbox with it): nothing is left to clear in it.
void ContextifyContext::WeakCallback(const v8::WeakCallbackInfo<ContextifyContext>& info) {
  ContextifyContext* self = info.GetParameter();
  self->context_.Reset();
  delete self;
}

// Named properties: the sandbox first, then the global's own (builtins like Array).
void ContextifyContext::NamedGetter(v8::Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Value>& info) {
  ContextifyContext* self = FromInfo(info.Data());
  if (self->context_.IsEmpty()) return;
  v8::Local<v8::Context> context = self->context();
  v8::Local<v8::Object> sandbox = self->sandbox();
  v8::MaybeLocal<v8::Value> maybe = sandbox->GetRealNamedProperty(context, key);
  v8::Local<v8::Value> value;
  if (maybe.ToLocal(&value)) {
    // Inside, the sandbox is seen as the global it stands for (`sandbox.global = sandbox`
    // makes `global === this`), as in node.
    if (value == sandbox) value = self->global_proxy();
    info.GetReturnValue().Set(value);
    return;
  }
  maybe = self->global_proxy()->GetRealNamedProperty(context, key);
  if (maybe.ToLocal(&value)) info.GetReturnValue().Set(value);
}

void ContextifyContext::NamedSetter(v8::Local<v8::Name> key, v8::Local<v8::Value> value,
                                    const v8::PropertyCallbackInfo<v8::Value>& info) {
  ContextifyContext* self = FromInfo(info.Data());
  if (self->context_.IsEmpty()) return;
  v8::Local<v8::Context> context = self->context();
  v8::Local<v8::Object> sandbox = self->sandbox();
  v8::PropertyAttribute attributes = v8::None;
  bool on_global = self->global_proxy()->GetRealNamedPropertyAttributes(context, key).To(&attributes);
  bool read_only = on_global && (attributes & v8::ReadOnly);
  v8::PropertyAttribute sandbox_attributes = v8::None;
  bool on_sandbox = sandbox->GetRealNamedPropertyAttributes(context, key).To(&sandbox_attributes);
  read_only = read_only || (on_sandbox && (sandbox_attributes & v8::ReadOnly));
  if (read_only) return;
  // In strict mode, assigning an undeclared name must still throw a ReferenceError: let V8
  // handle that case (x = 1 where x exists nowhere and this is not a function declaration).
  bool contextual_store = self->global_proxy() != info.This();
  if (!on_global && !on_sandbox && info.ShouldThrowOnError() && contextual_store && !value->IsFunction()) return;
  if (sandbox->Set(context, key, value).IsNothing()) return;
  info.GetReturnValue().Set(value);
}

void ContextifyContext::NamedQuery(v8::Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Integer>& info) {
  ContextifyContext* self = FromInfo(info.Data());
  if (self->context_.IsEmpty()) return;
  v8::Local<v8::Context> context = self->context();
  v8::Local<v8::Object> sandbox = self->sandbox();
  if (sandbox->HasRealNamedProperty(context, key).FromMaybe(false)) {
    v8::PropertyAttribute attributes;
    if (sandbox->GetRealNamedPropertyAttributes(context, key).To(&attributes)) {
      info.GetReturnValue().Set(static_cast<int32_t>(attributes));
    }
  }
}

void ContextifyContext::NamedDeleter(v8::Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  ContextifyContext* self = FromInfo(info.Data());
  if (self->context_.IsEmpty()) return;
  v8::Maybe<bool> deleted = self->sandbox()->Delete(self->context(), key);
  if (deleted.FromMaybe(false)) return;  // also delete from the global itself
  info.GetReturnValue().Set(false);
}

void ContextifyContext::NamedEnumerator(const v8::PropertyCallbackInfo<v8::Array>& info) {
  ContextifyContext* self = FromInfo(info.Data());
  if (self->context_.IsEmpty()) return;
  v8::Local<v8::Array> names;
  if (self->sandbox()->GetPropertyNames(self->context()).ToLocal(&names)) info.GetReturnValue().Set(names);
}

void ContextifyContext::NamedDefiner(v8::Local<v8::Name> key, const v8::PropertyDescriptor& desc,
                                     const v8::PropertyCallbackInfo<v8::Value>& info) {
  ContextifyContext* self = FromInfo(info.Data());
  if (self->context_.IsEmpty()) return;
  v8::Local<v8::Context> context = self->context();
  v8::PropertyAttribute attributes = v8::None;
  bool on_global = self->global_proxy()->GetRealNamedPropertyAttributes(context, key).To(&attributes);
  // A non-configurable global property is V8's business (it will refuse as it should).
  if (on_global && (attributes & v8::DontDelete)) return;
  v8::Local<v8::Object> sandbox = self->sandbox();
  auto define = [&](v8::PropertyDescriptor* descriptor) {
    if (desc.has_enumerable()) descriptor->set_enumerable(desc.enumerable());
    if (desc.has_configurable()) descriptor->set_configurable(desc.configurable());
    USE(sandbox->DefineProperty(context, key, *descriptor));
  };
  if (desc.has_get() || desc.has_set()) {
    v8::PropertyDescriptor accessor(desc.has_get() ? desc.get() : v8::Undefined(self->isolate_).As<v8::Value>(),
                                    desc.has_set() ? desc.set() : v8::Undefined(self->isolate_).As<v8::Value>());
    define(&accessor);
  } else {
    v8::Local<v8::Value> value = desc.has_value() ? desc.value() : v8::Undefined(self->isolate_).As<v8::Value>();
    if (desc.has_writable()) {
      v8::PropertyDescriptor data(value, desc.writable());
      define(&data);
    } else {
      v8::PropertyDescriptor data(value);
      define(&data);
    }
  }
}

void ContextifyContext::NamedDescriptor(v8::Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Value>& info) {
  ContextifyContext* self = FromInfo(info.Data());
  if (self->context_.IsEmpty()) return;
  v8::Local<v8::Context> context = self->context();
  v8::Local<v8::Object> sandbox = self->sandbox();
  if (sandbox->HasOwnProperty(context, key).FromMaybe(false)) {
    v8::Local<v8::Value> descriptor;
    if (sandbox->GetOwnPropertyDescriptor(context, key).ToLocal(&descriptor)) {
      info.GetReturnValue().Set(descriptor);
    }
  }
}

void ContextifyContext::IndexedGetter(uint32_t index, const v8::PropertyCallbackInfo<v8::Value>& info) {
  NamedGetter(IndexKey(info.GetIsolate(), index), info);
}

void ContextifyContext::IndexedSetter(uint32_t index, v8::Local<v8::Value> value,
                                      const v8::PropertyCallbackInfo<v8::Value>& info) {
  NamedSetter(IndexKey(info.GetIsolate(), index), value, info);
}

void ContextifyContext::IndexedQuery(uint32_t index, const v8::PropertyCallbackInfo<v8::Integer>& info) {
  NamedQuery(IndexKey(info.GetIsolate(), index), info);
}

void ContextifyContext::IndexedDeleter(uint32_t index, const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  NamedDeleter(IndexKey(info.GetIsolate(), index), info);
}

void ContextifyContext::IndexedDefiner(uint32_t index, const v8::PropertyDescriptor& desc,
                                       const v8::PropertyCallbackInfo<v8::Value>& info) {
  NamedDefiner(IndexKey(info.GetIsolate(), index), desc, info);
}

void ContextifyContext::IndexedDescriptor(uint32_t index, const v8::PropertyCallbackInfo<v8::Value>& info) {
  NamedDescriptor(IndexKey(info.GetIsolate(), index), info);
}

}  // namespace lode
