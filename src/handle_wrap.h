// HandleWrap: a BaseObject that owns a libuv handle. Strong while the handle is open; the
// C++ side is freed in libuv's close callback. The Environment lists every open HandleWrap
// and closes what is left at teardown.
#ifndef LODE_SRC_HANDLE_WRAP_H_
#define LODE_SRC_HANDLE_WRAP_H_

#include <uv.h>

#include <list>
#include <string>

#include "base_object.h"
#include "utils.h"

namespace lode {

class HandleWrap : public BaseObject {
 public:
  // Starts closing the handle; the object is deleted once libuv confirms.
  void Close();
  bool IsClosing() const { return state_ != State::kOpen; }
  uv_handle_t* handle() const { return handle_; }
  // Keeps the loop alive: open, active and ref'd.
  bool KeepsLoopAlive() const {
    return state_ == State::kOpen && uv_is_active(handle_) && uv_has_ref(handle_);
  }
  // The JS-visible class name, e.g. "TCPWrap"; shown by process.getActiveResourcesInfo().
  virtual const char* ResourceName() const = 0;
  // Where JS created it ("file:line:column"), recorded only under --why-alive.
  const std::string& created_at() const { return created_at_; }

  // JS methods shared by every handle: close(cb), ref(), unref(), hasRef().
  static void CloseMethod(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Ref(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Unref(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void HasRef(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void AddMethods(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl);

  // The wrap of class T behind `this`, for a method that needs the handle open; null, with
  // UV_EBADF returned to JS, once it is closing or gone.
  template <typename T>
  static T* UnwrapOpen(const v8::FunctionCallbackInfo<v8::Value>& info) {
    auto* wrap = BaseObject::FromJSObject<T>(info.This());
    if (wrap == nullptr || wrap->IsClosing()) {
      info.GetReturnValue().Set(UV_EBADF);
      return nullptr;
    }
    return wrap;
  }

 protected:
  HandleWrap(Environment* env, v8::Local<v8::Object> object, uv_handle_t* handle);
  ~HandleWrap() override;
  // Called after the handle is closed, before deletion; calls JS `onclose` if set.
  virtual void OnClose() {}

 private:
  enum class State { kOpen, kClosing, kClosed };
  static void OnCloseDone(uv_handle_t* handle);

  uv_handle_t* handle_;
  State state_ = State::kOpen;
  std::string created_at_;
  std::list<HandleWrap*>::iterator handle_position_;  // in the Environment's handle list
};

// (ip, port) arguments of a socket method as a socket address of `family`; UV_EINVAL when ip
// is not a literal (or not a string). The port is converted as node's bindings convert it
// (ToInt32: a missing port is 0) and keeps its low 16 bits, as the socket address would.
template <int family>
int ParseSocketAddress(v8::Isolate* isolate, v8::Local<v8::Value> ip_value, v8::Local<v8::Value> port_value,
                       sockaddr_storage* address) {
  if (!ip_value->IsString()) return UV_EINVAL;
  int32_t port;
  if (!port_value->Int32Value(isolate->GetCurrentContext()).To(&port)) return UV_EINVAL;  // valueOf threw
  Utf8Value ip(isolate, ip_value);
  port &= 0xFFFF;
  if (family == AF_INET) return uv_ip4_addr(*ip, port, reinterpret_cast<sockaddr_in*>(address));
  return uv_ip6_addr(*ip, port, reinterpret_cast<sockaddr_in6*>(address));
}

}  // namespace lode

#endif  // LODE_SRC_HANDLE_WRAP_H_
