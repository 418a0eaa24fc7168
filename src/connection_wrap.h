// ConnectionWrap: what TCP and pipe handles share on top of LibuvStreamWrap — listening
// (each accepted connection becomes a new handle object handed to JS) and connecting.
//
// JS sees:
//   server.onconnection(status, clientHandle)       clientHandle undefined on error
//   req.oncomplete(status, handle, req, readable, writable)   for connect()
// connect takes lode's shape, (address...) returning the request object, or node's,
// (req, address...) with a request object JS made, returning a status.
#ifndef LODE_SRC_CONNECTION_WRAP_H_
#define LODE_SRC_CONNECTION_WRAP_H_

#include "env.h"
#include "stream_wrap.h"
#include "utils.h"

namespace lode {

class ConnectWrap : public ReqWrap<uv_connect_t> {
 public:
  ConnectWrap(Environment* env, v8::Local<v8::Object> object, const char* name)
      : ReqWrap(env, object), name_(name) {}
  const char* ResourceName() const override { return name_; }

  // libuv's callback for uv_tcp_connect and uv_pipe_connect.
  static void AfterConnect(uv_connect_t* req, int status);

 private:
  const char* name_;
};

// New handle objects of each class, for accepted connections and handles received over IPC.
// `type` is the class's own constant (SOCKET for a connection).
v8::MaybeLocal<v8::Object> NewTCPHandle(Environment* env);
v8::MaybeLocal<v8::Object> NewPipeHandle(Environment* env, bool ipc);
v8::MaybeLocal<v8::Object> NewUDPHandle(Environment* env);  // src/udp_wrap.cc

template <typename UVType>
class ConnectionWrap : public LibuvStreamWrap {
 public:
  UVType* uv_handle() { return &handle_; }

  // uv_listen's callback: accepts into a new handle of the same class and calls onconnection.
  static void OnConnection(uv_stream_t* server, int status) {
    auto* wrap = static_cast<ConnectionWrap*>(server->data);
    Environment* env = wrap->env();
    if (!env->can_call_into_js()) return;
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Value> client = v8::Undefined(isolate);
    if (status == 0) {
      v8::Local<v8::Object> client_object;
      if (!wrap->NewClientHandle().ToLocal(&client_object)) return;
      auto* client_wrap = BaseObject::FromJSObject<LibuvStreamWrap>(client_object);
      if (uv_accept(server, client_wrap->stream()) != 0) {
        client_wrap->Close();  // another process took it first
        return;
      }
      client = client_object;
    }
    v8::Local<v8::Object> object = wrap->object();
    v8::Local<v8::Value> callback;
    if (!object->Get(env->context(), OneByteString(isolate, "onconnection")).ToLocal(&callback) ||
        !callback->IsFunction()) {
      if (client->IsObject()) BaseObject::FromJSObject<LibuvStreamWrap>(client)->Close();
      return;
    }
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status), client};
    env->MakeCallback(object, callback.As<v8::Function>(), 2, argv);
  }

 protected:
  ConnectionWrap(Environment* env, v8::Local<v8::Object> object)
      : LibuvStreamWrap(env, object, reinterpret_cast<uv_stream_t*>(&handle_)) {}

  virtual v8::MaybeLocal<v8::Object> NewClientHandle() = 0;

  // Starts a connect request with `start(uv_connect_t*)`. Without `given_req` (lode's shape)
  // it returns the request's new JS object to JS, or the negative errno when it could not
  // start; with one (node's shape: JS made the request object) it returns the status, 0 or
  // a negative errno (UV_EINVAL when `given_req` is not an idle request of `kind`).
  template <typename Start>
  static void StartConnect(const v8::FunctionCallbackInfo<v8::Value>& info, StreamWrapData::RequestKind kind,
                           const char* name, v8::Local<v8::Value> given_req, Start start) {
    auto* wrap = UnwrapOpen<ConnectionWrap>(info);
    if (wrap == nullptr) return;
    v8::Local<v8::Object> object;
    if (!given_req.IsEmpty()) {
      if (!wrap->stream_data()->IsIdleRequestObject(kind, given_req)) return info.GetReturnValue().Set(UV_EINVAL);
      object = given_req.As<v8::Object>();
    } else if (!wrap->stream_data()->NewRequestObject(kind).ToLocal(&object)) {
      return;
    }
    auto* req = new ConnectWrap(wrap->env(), object, name);
    int err = start(req->req(), &wrap->handle_);
    if (err != 0) {
      delete req;
      return info.GetReturnValue().Set(err);
    }
    if (!given_req.IsEmpty()) return info.GetReturnValue().Set(0);
    info.GetReturnValue().Set(object);
  }

  UVType handle_;
};

}  // namespace lode

#endif  // LODE_SRC_CONNECTION_WRAP_H_
