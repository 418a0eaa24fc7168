// BaseObject: a C++ object paired with a JS object (internal field 0 points back here).
// Strong while native code needs it (a pending request, an open handle); weak otherwise,
// and then the GC's weak callback deletes the C++ side.
#ifndef LODE_SRC_BASE_OBJECT_H_
#define LODE_SRC_BASE_OBJECT_H_

#include <v8.h>

namespace lode {

class Environment;

class BaseObject {
 public:
  static constexpr int kSlot = 0;
  static constexpr int kInternalFieldCount = 1;

  BaseObject(Environment* env, v8::Local<v8::Object> object);
  virtual ~BaseObject();
  BaseObject(const BaseObject&) = delete;
  BaseObject& operator=(const BaseObject&) = delete;

  Environment* env() const { return env_; }
  v8::Local<v8::Object> object() const;
  v8::Isolate* isolate() const;

  // Calls this object's JS method `name` (an "on<event>" callback set by lib/) through
  // Environment::MakeCallback, when it is a function. The caller holds a HandleScope and has
  // checked env()->can_call_into_js().
  void CallJSMethod(const char* name, int argc, v8::Local<v8::Value> argv[]);

  // The GC may delete this object once JS holds no reference to it.
  void MakeWeak();
  void ClearWeak();

  template <typename T>
  static T* FromJSObject(v8::Local<v8::Value> value) {
    v8::Local<v8::Object> object = value.As<v8::Object>();
    if (object->InternalFieldCount() <= kSlot) return nullptr;
    return static_cast<T*>(object->GetAlignedPointerFromInternalField(kSlot));
  }

 private:
  static void WeakCallback(const v8::WeakCallbackInfo<BaseObject>& info);

  Environment* env_;
  v8::Global<v8::Object> object_;
};

}  // namespace lode

#endif  // LODE_SRC_BASE_OBJECT_H_
