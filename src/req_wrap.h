// ReqWrap: a BaseObject that owns one libuv request (connect, write, shutdown, ...).
//
// A request is owned by its pending operation: the binding creates it when it dispatches
// the request, it stays strong while libuv holds it, and the completion callback deletes it
// after telling JS. While pending it is on the Environment's request list, which
// process.getActiveResourcesInfo() reports by ResourceName().
#ifndef LODE_SRC_REQ_WRAP_H_
#define LODE_SRC_REQ_WRAP_H_

#include <uv.h>

#include "base_object.h"
#include "env.h"

namespace lode {

class ReqWrapBase : public BaseObject {
 public:
  // The JS-visible class name, e.g. "WriteWrap".
  virtual const char* ResourceName() const = 0;

 protected:
  ReqWrapBase(Environment* env, v8::Local<v8::Object> object);
  ~ReqWrapBase() override;

  // Calls object.oncomplete(...argv) as one macrotask (ticks and microtasks drain after it).
  // Does nothing once the Environment can no longer run JS (teardown).
  void CallOnComplete(int argc, v8::Local<v8::Value> argv[]);

 private:
  Environment::RequestList::iterator position_;
};

template <typename T>
class ReqWrap : public ReqWrapBase {
 public:
  T* req() { return &req_; }
  // The wrap a libuv callback's request belongs to.
  template <typename W = ReqWrap<T>>
  static W* From(T* req) {
    return static_cast<W*>(static_cast<ReqWrap<T>*>(req->data));
  }

 protected:
  ReqWrap(Environment* env, v8::Local<v8::Object> object) : ReqWrapBase(env, object) {
    req_.data = this;
  }

 private:
  T req_;
};

}  // namespace lode

#endif  // LODE_SRC_REQ_WRAP_H_
