#include "connection_wrap.h"

namespace lode {

void ConnectWrap::AfterConnect(uv_connect_t* req, int status) {
  ConnectWrap* req_wrap = From<ConnectWrap>(req);
  {
    Environment* env = req_wrap->env();
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    // The stream handle outlives the request: libuv cancels a pending connect before it
    // runs the handle's close callback.
    auto* handle = static_cast<LibuvStreamWrap*>(req->handle->data);
    bool connected = status == 0;
    v8::Local<v8::Value> argv[] = {
        v8::Integer::New(isolate, status),
        handle->object(),
        req_wrap->object(),
        v8::Boolean::New(isolate, connected && uv_is_readable(req->handle)),
        v8::Boolean::New(isolate, connected && uv_is_writable(req->handle)),
    };
    req_wrap->CallOnComplete(5, argv);
  }
  delete req_wrap;
}

}  // namespace lode
