#include "base_object.h"

#include "env.h"
#include "utils.h"

namespace lode {

BaseObject::BaseObject(Environment* env, v8::Local<v8::Object> object)
    : env_(env), object_(env->isolate(), object) {
  object->SetAlignedPointerInInternalField(kSlot, this);
  env->CaptureAsyncFrame(object);
}

BaseObject::~BaseObject() {
  if (object_.IsEmpty()) return;
  v8::HandleScope scope(isolate());
  object()->SetAlignedPointerInInternalField(kSlot, nullptr);
  object_.Reset();
}

v8::Local<v8::Object> BaseObject::object() const { return object_.Get(env_->isolate()); }

void BaseObject::CallJSMethod(const char* name, int argc, v8::Local<v8::Value> argv[]) {
  v8::Local<v8::Object> object = this->object();
  v8::Local<v8::Value> callback;
  if (!object->Get(env_->context(), OneByteString(env_->isolate(), name)).ToLocal(&callback) ||
      !callback->IsFunction()) {
    return;
  }
  env_->MakeCallback(object, callback.As<v8::Function>(), argc, argv);
}
v8::Isolate* BaseObject::isolate() const { return env_->isolate(); }

void BaseObject::MakeWeak() {
  object_.SetWeak(this, WeakCallback, v8::WeakCallbackType::kParameter);
}

void BaseObject::ClearWeak() { object_.ClearWeak(); }

void BaseObject::WeakCallback(const v8::WeakCallbackInfo<BaseObject>& info) {
  BaseObject* self = info.GetParameter();
  self->object_.Reset();
  delete self;
}

}  // namespace lode
