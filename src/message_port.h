// Inside the 'messaging' binding: the per-Environment state and the MessagePort object, shared
// by messaging.cc (ports, delivery, the JS methods) and message_serializer.cc (the structured
// clone). Not for other bindings: they use messaging.h.
#ifndef LODE_SRC_MESSAGE_PORT_H_
#define LODE_SRC_MESSAGE_PORT_H_

#include <uv.h>
#include <v8.h>

#include <deque>
#include <memory>
#include <vector>

#include "env.h"
#include "handle_wrap.h"
#include "messaging.h"
#include "utils.h"

namespace lode {

enum MessageType { kMessage, kMessageError };

// What a host object in the wire bytes is: a transferred port, a transferable JS object (an
// instance of a class over `Transferable`, such as fs.promises' FileHandle), or a copy of a
// cloneable one (a Blob).
enum HostObjectKind : uint32_t { kHostPort, kHostTransferable, kHostClone };

struct MessagingState {
  explicit MessagingState(Environment* env);
  ~MessagingState();

  Environment* env;
  std::shared_ptr<PortWaker> waker;
  uv_poll_t* waker_poll;
  uv_prepare_t* spin_prepare;
  uint64_t last_delivery = 0;  // uv_hrtime() of the last wake-up with messages
  v8::Global<v8::FunctionTemplate> port_template;
  // Ports moved into a vm context (moveMessagePortToContext): no EventTarget, only
  // postMessage, start, close, ref, unref and hasRef, each a function of that context.
  v8::Global<v8::FunctionTemplate> moved_port_template;
  // Set by lib/internal/worker/messaging.js through setup().
  v8::Global<v8::Function> emit_message;  // this = port; (value, ports, MessageType)
  v8::Global<v8::Function> emit_close;    // this = port
  v8::Global<v8::Function> create_data_clone_error;  // (message) => DOMException
  v8::Global<v8::Function> deserialize_transferable;  // (data) => the object rebuilt here
  v8::Global<v8::Function> clone_data;  // (object) => what a copy is rebuilt from, or undefined
  v8::Global<v8::Function> post_message;  // MessagePort.prototype.postMessage, for transfer lists
  v8::Global<v8::FunctionTemplate> transferable_template;

  static MessagingState* Get(Environment* env) {
    return static_cast<MessagingState*>(env->binding_data("messaging"));
  }
  static MessagingState* From(const v8::FunctionCallbackInfo<v8::Value>& info) {
    return static_cast<MessagingState*>(info.Data().As<v8::External>()->Value());
  }

  bool IsMessagePort(v8::Local<v8::Value> value) const {
    return value->IsObject() && (port_template.Get(env->isolate())->HasInstance(value) ||
                                 moved_port_template.Get(env->isolate())->HasInstance(value));
  }
  bool IsTransferable(v8::Local<v8::Value> value) const {
    return value->IsObject() && transferable_template.Get(env->isolate())->HasInstance(value);
  }

  // `factory` makes the DOMException (empty: the main context's).
  void ThrowDataCloneError(v8::Local<v8::String> message, v8::Local<v8::Function> factory) const {
    v8::Isolate* isolate = env->isolate();
    v8::Local<v8::Value> error;
    v8::Local<v8::Value> argv[] = {message};
    if (factory.IsEmpty() && !create_data_clone_error.IsEmpty()) factory = create_data_clone_error.Get(isolate);
    if (factory.IsEmpty() ||
        !factory->Call(factory->GetCreationContextChecked(), v8::Undefined(isolate), 1, argv).ToLocal(&error)) {
      if (isolate->IsExecutionTerminating()) return;
      error = v8::Exception::Error(message);
    }
    isolate->ThrowException(error);
  }
};

// The port object: a HandleWrap over a uv_async_t that is never sent.
//
// A port lives in its Environment's main context, or in a vm context it was moved to
// (moveMessagePortToContext). There, messages are read into that context and handed to the
// functions of internal/per_context/messageport, run in that context: `context_exports`.
// Such a port keeps the loop alive until it closes or is unref()'d, as node's does.
class MessagePortWrap final : public HandleWrap, public PortOwner {
 public:
  MessagePortWrap(Environment* env, v8::Local<v8::Object> object, MessagingState* state,
                  std::unique_ptr<MessagePortData> data,
                  v8::Local<v8::Object> context_exports = v8::Local<v8::Object>())
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&async_)), PortOwner(state->waker),
        state_(state), data_(std::move(data)) {
    CHECK_EQ(uv_async_init(env->event_loop(), &async_, nullptr), 0);
    if (context_exports.IsEmpty()) {
      uv_unref(reinterpret_cast<uv_handle_t*>(&async_));
    } else {
      context_.Reset(env->isolate(), context_exports->GetCreationContextChecked());
      context_exports_.Reset(env->isolate(), context_exports);
    }
    // A port moved while its peer was gone already has no data: it is closed.
    if (data_ != nullptr) data_->SetOwner(this);
    else Close();
  }

  const char* ResourceName() const override { return "MessagePort"; }

  static MessagePortWrap* Unwrap(v8::Local<v8::Value> value) {
    return BaseObject::FromJSObject<MessagePortWrap>(value);
  }

  MessagePortData* data() const { return data_.get(); }
  bool in_vm_context() const { return !context_.IsEmpty(); }
  // Where messages are read into.
  v8::Local<v8::Context> context() const {
    return context_.IsEmpty() ? env()->context() : context_.Get(env()->isolate());
  }
  v8::Local<v8::Object> context_exports() const { return context_exports_.Get(env()->isolate()); }
  // A function of internal/per_context/messageport for a port in a vm context; empty otherwise.
  v8::Local<v8::Function> ContextFunction(const char* name) const;
  bool IsDetached() const { return data_ == nullptr || IsClosing(); }

  void Start() {
    if (IsDetached()) return;
    receiving_ = true;
    if (HasMessages()) Wake();
  }

  // Messages queue again until the next Start() (the last 'message' listener went away).
  void Stop() { receiving_ = false; }

  // Gives up the data for a transfer; this object closes (its 'close' event still fires).
  // Messages taken but not delivered go back with it.
  std::unique_ptr<MessagePortData> Detach() {
    std::unique_ptr<MessagePortData> data = std::move(data_);
    if (data != nullptr) {
      data->PutBack(&taken_);
      data->SetOwner(nullptr);
    }
    Close();
    return data;
  }

  // Gives up the data to a new object in another context: this one closes quietly (no
  // 'close' event, as in node).
  std::unique_ptr<MessagePortData> MoveAway() {
    moved_away_ = true;
    return Detach();
  }

  void DeliverMessages() override { Process(false); }

  // Delivers queued messages to JS. `force` reads even while not started (a worker's ports
  // are drained before its 'exit' event).
  void Process(bool force);

  // One message, for receiveMessageOnPort(): false when none is queued.
  bool ReceiveOne(v8::Local<v8::Value>* value);

 private:
  void Wake() {
    if (waker()->MarkReady(this)) waker()->Signal();
  }

  bool HasMessages() { return !taken_.empty() || data_->QueueSize() > 0; }

  // The next message in order, or null (also when `close_marker_only` and the next one is
  // not the close marker). The shared queue is taken whole, in one lock, when needed.
  std::shared_ptr<Message> NextMessage(bool close_marker_only) {
    if (taken_.empty()) data_->TakeAll(&taken_);
    if (taken_.empty() || (close_marker_only && !taken_.front()->closes_port)) return nullptr;
    std::shared_ptr<Message> message = std::move(taken_.front());
    taken_.pop_front();
    return message;
  }

  // Deserializes `message` in this port's context; throws (and returns false) on failure.
  bool Read(Message* message, v8::Local<v8::Value>* value, v8::Local<v8::Value>* ports);

  // The other end of a channel hears of a close only now, in the close callback (as in
  // node): what it sent meanwhile is dropped with the queue.
  void OnClose() override {
    if (data_ != nullptr) {
      data_->SetOwner(nullptr);
      data_.reset();  // leaves the group: a channel's peer closes too
    }
    taken_.clear();
    waker()->Forget(this);
    Environment* env = this->env();
    if (moved_away_ || in_vm_context() || state_->emit_close.IsEmpty() || !env->can_call_into_js()) return;
    v8::HandleScope scope(env->isolate());
    env->MakeCallback(object(), state_->emit_close.Get(env->isolate()), 0, nullptr);
  }

  uv_async_t async_;
  MessagingState* state_;
  std::unique_ptr<MessagePortData> data_;
  // Taken from data_'s queue, not delivered yet: the oldest messages, in order.
  std::deque<std::shared_ptr<Message>> taken_;
  bool receiving_ = false;
  bool moved_away_ = false;
  v8::Global<v8::Context> context_;         // empty: the Environment's main context
  v8::Global<v8::Object> context_exports_;  // with context_
};

void ThrowTypeErrorWithCode(v8::Isolate* isolate, const char* code, const char* message);

// Serializes `value` into `message` (message_serializer.cc). `transfer` (maybe undefined)
// holds only ArrayBuffers, MessagePorts and transferable objects, as JS checked;
// `transferable_data` is what each transferable object is rebuilt from. DataCloneErrors are
// made by `data_clone_error` (a DOMException of the sending port's context). False, with an
// exception pending, when the value cannot be sent; nothing is detached then.
bool WriteMessage(MessagingState* state, Message* message, v8::Local<v8::Value> value,
                  v8::Local<v8::Value> transfer, v8::Local<v8::Value> transferable_data,
                  MessagePortData* sender, v8::Local<v8::Function> data_clone_error);

// Deserializes `message` in `context`; `ports` are the objects its transferred ports became.
v8::MaybeLocal<v8::Value> ReadMessage(Environment* env, v8::Local<v8::Context> context, Message* message,
                                      const std::vector<v8::Local<v8::Object>>& ports);

}  // namespace lode

#endif  // LODE_SRC_MESSAGE_PORT_H_
