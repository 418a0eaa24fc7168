// The 'messaging' binding: MessagePort objects over MessagePortData (see messaging.h); the
// structured clone that carries messages is message_serializer.cc.
//
// JS (lib/internal/worker/messaging.js) validates transfer lists and builds the events;
// this file queues and delivers. A MessagePort is a HandleWrap over a uv_async_t that is
// never sent: it keeps the loop alive while JS refs the port, and it is what closes.
// Wake-ups come through the Environment's PortWaker, whose eventfd the loop polls.
#include <thread>
#include <utility>

#include "binding.h"
#include "builtins.h"
#include "contextify_context.h"
#include "message_port.h"
#include "utils.h"

namespace lode {

void ThrowTypeErrorWithCode(v8::Isolate* isolate, const char* code, const char* message) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Value> error = v8::Exception::TypeError(OneByteString(isolate, message));
  error.As<v8::Object>()->Set(context, OneByteString(isolate, "code"), OneByteString(isolate, code)).Check();
  isolate->ThrowException(error);
}

namespace {

void Deliver(MessagingState* state, bool readable) {
  // Owners are deleted only in close callbacks, never during this one: every pointer here
  // stays valid even if JS closes ports meanwhile.
  std::vector<PortOwner*> ready = state->waker->TakeReady(readable);
  if (ready.empty()) return;
  state->last_delivery = uv_hrtime();
  for (PortOwner* owner : ready) owner->DeliverMessages();
}

void OnWakerReadable(uv_poll_t* handle, int status, int events) {
  Deliver(static_cast<MessagingState*>(handle->data), true);
}

// Spinning before the loop blocks, while messages are flowing: a conversation between threads
// (a request and its reply) then costs no eventfd write, no sleep and no wake-up of a
// descheduled thread — most of a round trip's time. Only right after a delivery, only when the
// loop would otherwise block, only on a machine with another CPU, and for at most kSpinNs.
constexpr uint64_t kHotWindowNs = 200 * 1000;
constexpr uint64_t kSpinNs = 10 * 1000;

bool CanSpin() {
  static const bool can = std::thread::hardware_concurrency() > 1;
  return can;
}

void OnSpinPrepare(uv_prepare_t* handle) {
  MessagingState* state = static_cast<MessagingState*>(handle->data);
  uint64_t now = uv_hrtime();
  if (now - state->last_delivery > kHotWindowNs) return;
  if (uv_backend_timeout(handle->loop) == 0) return;  // the loop is not going to block
  PortWaker* waker = state->waker.get();
  if (!waker->BeginSpin()) return;
  uint64_t deadline = now + kSpinNs;
  bool work = false;
  while (!work && uv_hrtime() < deadline) {
    for (int i = 0; i < 64 && !work; i++) {
      work = waker->SpinSeesWork();
#if defined(__x86_64__) || defined(__i386__)
      __builtin_ia32_pause();
#endif
    }
  }
  if (waker->EndSpin()) Deliver(state, false);
}

}  // namespace

MessagingState::MessagingState(Environment* env)
    : env(env), waker(std::make_shared<PortWaker>()), waker_poll(new uv_poll_t),
      spin_prepare(new uv_prepare_t) {
  CHECK_EQ(uv_poll_init(env->event_loop(), waker_poll, waker->fd()), 0);
  waker_poll->data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(waker_poll));
  CHECK_EQ(uv_poll_start(waker_poll, UV_READABLE, OnWakerReadable), 0);
  CHECK_EQ(uv_prepare_init(env->event_loop(), spin_prepare), 0);
  spin_prepare->data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(spin_prepare));
  if (CanSpin()) CHECK_EQ(uv_prepare_start(spin_prepare, OnSpinPrepare), 0);
}

// At teardown, once every port has closed.
MessagingState::~MessagingState() {
  uv_close(reinterpret_cast<uv_handle_t*>(waker_poll), [](uv_handle_t* handle) {
    delete reinterpret_cast<uv_poll_t*>(handle);
  });
  uv_close(reinterpret_cast<uv_handle_t*>(spin_prepare), [](uv_handle_t* handle) {
    delete reinterpret_cast<uv_prepare_t*>(handle);
  });
}

namespace {

// What a port in vm context `context` is driven by (run there once, then cached).
v8::MaybeLocal<v8::Object> ContextExports(Environment* env, v8::Local<v8::Context> context) {
  return builtins::RequireInContext(env, context, "internal/per_context/messageport");
}

// Wraps `data` in a port object of the vm context `context_exports` belongs to.
v8::MaybeLocal<v8::Object> NewPortInContext(MessagingState* state, std::unique_ptr<MessagePortData> data,
                                            v8::Local<v8::Object> context_exports) {
  Environment* env = state->env;
  v8::EscapableHandleScope scope(env->isolate());
  v8::Local<v8::Context> context = context_exports->GetCreationContextChecked();
  v8::Local<v8::Object> object;
  if (!state->moved_port_template.Get(env->isolate())->InstanceTemplate()->NewInstance(context).ToLocal(&object)) {
    return {};
  }
  new MessagePortWrap(env, object, state, std::move(data), context_exports);
  return scope.Escape(object);
}

}  // namespace

v8::Local<v8::Function> MessagePortWrap::ContextFunction(const char* name) const {
  v8::Isolate* isolate = env()->isolate();
  v8::Local<v8::Value> fn;
  if (context_exports_.IsEmpty() ||
      !context_exports_.Get(isolate)->Get(context(), OneByteString(isolate, name)).ToLocal(&fn) ||
      !fn->IsFunction()) {
    return v8::Local<v8::Function>();
  }
  return fn.As<v8::Function>();
}

// `ports` is undefined, or the array of ports that came with the message.
bool MessagePortWrap::Read(Message* message, v8::Local<v8::Value>* value, v8::Local<v8::Value>* ports) {
  Environment* env = this->env();
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = this->context();
  // Transferred ports become objects of this port's context first: the value refers to them.
  std::vector<v8::Local<v8::Object>> port_objects;
  std::vector<v8::Local<v8::Value>> port_values;
  for (std::unique_ptr<MessagePortData>& data : message->ports) {
    v8::Local<v8::Object> port;
    v8::MaybeLocal<v8::Object> made = in_vm_context()
        ? NewPortInContext(state_, std::move(data), context_exports_.Get(isolate))
        : NewMessagePort(env, std::move(data));
    if (!made.ToLocal(&port)) return false;
    port_objects.push_back(port);
    port_values.push_back(port);
  }
  message->ports.clear();
  if (port_values.empty()) {
    *ports = v8::Undefined(isolate);
  } else {
    v8::Context::Scope context_scope(context);
    *ports = v8::Array::New(isolate, port_values.data(), port_values.size());
  }
  return ReadMessage(env, context, message, port_objects).ToLocal(value);
}

void MessagePortWrap::Process(bool force) {
  Environment* env = this->env();
  if (state_->emit_message.IsEmpty()) return;
  v8::Isolate* isolate = env->isolate();
  // What is queued now, at most: messages a listener provokes wait for the next round, so
  // other handles get their turn.
  if (!IsDetached() && taken_.empty()) data_->TakeAll(&taken_);
  size_t budget = taken_.size();
  while (!IsDetached() && (force || budget-- > 0) && env->can_call_into_js()) {
    // Until started, only a close marker at the front is taken.
    std::shared_ptr<Message> message = NextMessage(!force && !receiving_);
    if (message == nullptr) break;
    if (message->closes_port) {
      Close();
      break;
    }
    v8::HandleScope scope(isolate);
    v8::Local<v8::Value> value;
    v8::Local<v8::Value> ports;
    v8::TryCatch try_catch(isolate);
    MessageType type = kMessage;
    if (!Read(message.get(), &value, &ports)) {
      if (try_catch.HasTerminated()) break;
      value = try_catch.Exception();
      ports = v8::Undefined(isolate);
      type = kMessageError;
      try_catch.Reset();
    }
    v8::Local<v8::Value> argv[] = {value, ports, v8::Integer::New(isolate, type)};
    v8::Local<v8::Function> emit = in_vm_context() ? ContextFunction("emitMessage") : state_->emit_message.Get(isolate);
    if (emit.IsEmpty()) break;
    env->MakeCallback(object(), emit, 3, argv);
  }
  if (!IsDetached() && !force && receiving_ && HasMessages()) Wake();
}

bool MessagePortWrap::ReceiveOne(v8::Local<v8::Value>* value) {
  if (IsDetached()) return false;
  std::shared_ptr<Message> message = NextMessage(false);
  if (message == nullptr) return false;
  if (message->closes_port) {
    Close();
    return false;
  }
  v8::Local<v8::Value> ports;
  if (!Read(message.get(), value, &ports)) *value = v8::Local<v8::Value>();
  return true;
}

v8::MaybeLocal<v8::Object> NewMessagePort(Environment* env, std::unique_ptr<MessagePortData> data) {
  if (MessagingState::Get(env) == nullptr && env->GetBinding("messaging").IsEmpty()) return {};
  MessagingState* state = MessagingState::Get(env);
  v8::EscapableHandleScope scope(env->isolate());
  v8::Local<v8::Object> object;
  if (!state->port_template.Get(env->isolate())->InstanceTemplate()->NewInstance(env->context()).ToLocal(&object)) {
    return {};
  }
  new MessagePortWrap(env, object, state, std::move(data));
  return scope.Escape(object);
}

// JS methods ----------------------------------------------------------------------------------

namespace {

// The port argument of the methods below; JS checked it is a port (null once it is gone).
MessagePortWrap* PortArgument(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(MessagingState::From(info)->IsMessagePort(info[0]));
  return MessagePortWrap::Unwrap(info[0]);
}

// `new MessagePort()` from JS: ports are made only by MessageChannel and transfers.
void IllegalConstructor(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ThrowTypeErrorWithCode(info.GetIsolate(), "ERR_CONSTRUCT_CALL_INVALID", "Constructor cannot be called");
}

// setup(emitMessage, emitClose, createDataCloneError, deserializeTransferable, cloneData,
//       postMessage)
void Setup(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsFunction() && info[1]->IsFunction() && info[2]->IsFunction() && info[3]->IsFunction() &&
        info[4]->IsFunction() && info[5]->IsFunction());
  MessagingState* state = MessagingState::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  state->emit_message.Reset(isolate, info[0].As<v8::Function>());
  state->emit_close.Reset(isolate, info[1].As<v8::Function>());
  state->create_data_clone_error.Reset(isolate, info[2].As<v8::Function>());
  state->deserialize_transferable.Reset(isolate, info[3].As<v8::Function>());
  state->clone_data.Reset(isolate, info[4].As<v8::Function>());
  state->post_message.Reset(isolate, info[5].As<v8::Function>());
}

// The base of transferable JS classes: `class X extends Transferable` gives instances the
// internal field that makes V8's serializer hand them to WriteHostObject.
void TransferableConstructor(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info.IsConstructCall()) {
    ThrowTypeErrorWithCode(info.GetIsolate(), "ERR_CONSTRUCT_CALL_REQUIRED", "Constructor requires 'new'");
  }
}

void IsTransferable(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(MessagingState::From(info)->IsTransferable(info[0]));
}

// createChannel() -> [port1, port2]
void CreateChannel(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = MessagingState::From(info)->env;
  std::unique_ptr<MessagePortData> first;
  std::unique_ptr<MessagePortData> second;
  MessagePortData::NewPair(&first, &second);
  v8::Local<v8::Object> port1;
  v8::Local<v8::Object> port2;
  if (!NewMessagePort(env, std::move(first)).ToLocal(&port1) ||
      !NewMessagePort(env, std::move(second)).ToLocal(&port2)) {
    return;
  }
  v8::Local<v8::Value> ports[] = {port1, port2};
  info.GetReturnValue().Set(v8::Array::New(env->isolate(), ports, 2));
}

// broadcastChannel(name) -> a port in the process-wide group of that name.
void BroadcastChannel(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsString());
  Environment* env = MessagingState::From(info)->env;
  auto data = std::make_unique<MessagePortData>(PortGroup::ForBroadcast(ToStdString(env->isolate(), info[0])));
  v8::Local<v8::Object> port;
  if (NewMessagePort(env, std::move(data)).ToLocal(&port)) info.GetReturnValue().Set(port);
}

// post(port, value, transferList?, transferableData?) -> true: throws DataCloneError and
// friends synchronously. A closed port still serializes (so errors surface) but sends
// nothing, as in node. A receiver that is not a port is "Illegal invocation", as for a native
// method.
// kPostFailed, with an exception pending, when the value cannot be sent.
enum PostResult { kPostFailed, kPosted, kPostedToTarget };
PostResult PostFrom(MessagingState* state, v8::Local<v8::Value> port_object, v8::Local<v8::Value> value,
              v8::Local<v8::Value> transfer, v8::Local<v8::Value> transferable_data) {
  CHECK(transfer->IsUndefined() || transfer->IsArray());
  MessagePortWrap* port = MessagePortWrap::Unwrap(port_object);
  MessagePortData* sender = port == nullptr || port->IsDetached() ? nullptr : port->data();
  // A port in a vm context throws DOMExceptions of that context.
  v8::Local<v8::Function> data_clone_error;
  if (port != nullptr) data_clone_error = port->ContextFunction("createDataCloneError");
  auto message = std::make_shared<Message>();
  if (!WriteMessage(state, message.get(), value, transfer, transferable_data, sender, data_clone_error)) {
    return kPostFailed;
  }
  // Posted to the port it transfers: nothing is delivered, and dropping the message (which
  // holds that port now) closes the channel. JS warns.
  if (message->posted_to_target) return kPostedToTarget;
  if (sender != nullptr) sender->Send(message);
  return kPosted;
}

void ThrowIllegalInvocation(v8::Isolate* isolate) {
  isolate->ThrowException(v8::Exception::TypeError(OneByteString(isolate, "Illegal invocation")));
}

void Post(const v8::FunctionCallbackInfo<v8::Value>& info) {
  MessagingState* state = MessagingState::From(info);
  if (!state->IsMessagePort(info[0])) return ThrowIllegalInvocation(info.GetIsolate());
  // true, or false when the message transferred the port it was going to (JS warns).
  PostResult result = PostFrom(state, info[0], info[1], info[2], info[3]);
  if (result != kPostFailed) info.GetReturnValue().Set(result == kPosted);
}

// Methods of a port moved into a vm context ----------------------------------------------------

// postMessage(value, transfer): errors are made in the calling (the port's) context. A
// transfer list goes through the main context's postMessage, which checks it.
void ContextPortPostMessage(const v8::FunctionCallbackInfo<v8::Value>& info) {
  MessagingState* state = MessagingState::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  if (!state->IsMessagePort(info.This())) return ThrowIllegalInvocation(isolate);
  if (info.Length() == 0) {
    return ThrowTypeErrorWithCode(isolate, "ERR_MISSING_ARGS", "Not enough arguments to MessagePort.postMessage");
  }
  if (info[1]->IsNullOrUndefined() || state->post_message.IsEmpty()) {
    if (PostFrom(state, info.This(), info[0], v8::Undefined(isolate), v8::Undefined(isolate)) != kPostFailed) {
      info.GetReturnValue().Set(true);
    }
    return;
  }
  v8::Local<v8::Value> argv[] = {info[0], info[1]};
  v8::Local<v8::Function> post = state->post_message.Get(isolate);
  v8::Local<v8::Value> result;
  if (post->Call(isolate->GetCurrentContext(), info.This(), 2, argv).ToLocal(&result)) {
    info.GetReturnValue().Set(result);
  }
}

void ContextPortStart(const v8::FunctionCallbackInfo<v8::Value>& info) {
  MessagingState* state = MessagingState::From(info);
  if (!state->IsMessagePort(info.This())) return ThrowIllegalInvocation(info.GetIsolate());
  if (MessagePortWrap* port = MessagePortWrap::Unwrap(info.This()); port != nullptr) port->Start();
}

// moveToContext(port, sandbox): the port's new object in the vm context of `sandbox`, or
// undefined when the port is closed or transferred. JS checked both arguments.
void MoveToContext(const v8::FunctionCallbackInfo<v8::Value>& info) {
  MessagingState* state = MessagingState::From(info);
  Environment* env = state->env;
  MessagePortWrap* port = PortArgument(info);
  ContextifyContext* target = ContextifyContext::FromSandbox(env, info[1]);
  CHECK(target != nullptr);
  if (port == nullptr || port->IsDetached()) return;
  v8::Local<v8::Object> exports;
  if (!ContextExports(env, target->context()).ToLocal(&exports)) return;
  v8::Local<v8::Object> moved;
  if (NewPortInContext(state, port->MoveAway(), exports).ToLocal(&moved)) info.GetReturnValue().Set(moved);
}

void Start(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (MessagePortWrap* port = PortArgument(info); port != nullptr) port->Start();
}

void Stop(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (MessagePortWrap* port = PortArgument(info); port != nullptr) port->Stop();
}

void Close(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (MessagePortWrap* port = PortArgument(info); port != nullptr) port->Close();
}

// receive(port, none): the next message's value, or `none` when nothing is queued.
void Receive(const v8::FunctionCallbackInfo<v8::Value>& info) {
  MessagePortWrap* port = PortArgument(info);
  v8::Local<v8::Value> value;
  if (port == nullptr || !port->ReceiveOne(&value)) {
    info.GetReturnValue().Set(info[1]);
    return;
  }
  if (!value.IsEmpty()) info.GetReturnValue().Set(value);  // empty: the read threw
}

// drain(port): delivers everything queued now, started or not.
void Drain(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (MessagePortWrap* port = PortArgument(info); port != nullptr) port->Process(true);
}

void IsMessagePort(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(MessagingState::From(info)->IsMessagePort(info[0]));
}

// contextErrorsOf(port): for a port in a vm context, the object whose createTypeError and
// createDataCloneError make errors of that context; undefined otherwise.
void ContextErrorsOf(const v8::FunctionCallbackInfo<v8::Value>& info) {
  MessagePortWrap* port = PortArgument(info);
  if (port != nullptr && port->in_vm_context()) info.GetReturnValue().Set(port->context_exports());
}

// Whether the port can still send and receive (not closed, not transferred).
void IsActive(const v8::FunctionCallbackInfo<v8::Value>& info) {
  MessagePortWrap* port = PortArgument(info);
  info.GetReturnValue().Set(port != nullptr && !port->IsDetached());
}

void Cleanup(void* data) {
  auto* env = static_cast<Environment*>(data);
  delete MessagingState::Get(env);
  env->set_binding_data("messaging", nullptr);
}

// A port moved into a vm context: MessagePort (postMessage, start) over HandleWrap (close,
// ref, unref, hasRef), as node's; each vm context gets its own functions from these.
v8::Local<v8::FunctionTemplate> NewContextPortTemplate(v8::Isolate* isolate, v8::Local<v8::External> data) {
  v8::Local<v8::FunctionTemplate> handle = v8::FunctionTemplate::New(isolate, IllegalConstructor);
  handle->SetClassName(OneByteString(isolate, "HandleWrap"));
  HandleWrap::AddMethods(isolate, handle);
  v8::Local<v8::FunctionTemplate> port = v8::FunctionTemplate::New(isolate, IllegalConstructor);
  port->SetClassName(OneByteString(isolate, "MessagePort"));
  port->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  port->Inherit(handle);
  v8::Local<v8::Signature> signature = v8::Signature::New(isolate, port);
  auto method = [&](const char* name, v8::FunctionCallback callback, int length) {
    v8::Local<v8::FunctionTemplate> fn =
        v8::FunctionTemplate::New(isolate, callback, data, signature, length, v8::ConstructorBehavior::kThrow);
    fn->SetClassName(OneByteString(isolate, name));
    port->PrototypeTemplate()->Set(OneByteString(isolate, name), fn);
  };
  method("postMessage", ContextPortPostMessage, 0);
  method("start", ContextPortStart, 0);
  return port;
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();

  v8::Local<v8::FunctionTemplate> port = v8::FunctionTemplate::New(isolate, IllegalConstructor);
  port->SetClassName(OneByteString(isolate, "MessagePort"));
  port->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  SetProtoMethod(isolate, port, "ref", HandleWrap::Ref);
  SetProtoMethod(isolate, port, "unref", HandleWrap::Unref);
  SetProtoMethod(isolate, port, "hasRef", HandleWrap::HasRef);

  v8::Local<v8::FunctionTemplate> transferable = v8::FunctionTemplate::New(isolate, TransferableConstructor);
  transferable->SetClassName(OneByteString(isolate, "Transferable"));
  transferable->InstanceTemplate()->SetInternalFieldCount(1);

  auto* state = new MessagingState(env);
  state->port_template.Reset(isolate, port);
  state->transferable_template.Reset(isolate, transferable);
  env->set_binding_data("messaging", state);
  env->AddCleanupHook(Cleanup, env);
  v8::Local<v8::External> data = v8::External::New(isolate, state);
  state->moved_port_template.Reset(isolate, NewContextPortTemplate(isolate, data));

  SetConstant(context, target, "MessagePort", port->GetFunction(context).ToLocalChecked());
  SetMethod(context, target, "setup", Setup, data);
  SetMethod(context, target, "createChannel", CreateChannel, data);
  SetMethod(context, target, "broadcastChannel", BroadcastChannel, data);
  SetMethod(context, target, "post", Post, data);
  SetMethod(context, target, "start", Start, data);
  SetMethod(context, target, "stop", Stop, data);
  SetMethod(context, target, "close", Close, data);
  SetMethod(context, target, "receive", Receive, data);
  SetMethod(context, target, "drain", Drain, data);
  SetMethod(context, target, "isMessagePort", IsMessagePort, data);
  SetConstant(context, target, "Transferable", transferable->GetFunction(context).ToLocalChecked());
  SetMethod(context, target, "isTransferable", IsTransferable, data);
  SetMethod(context, target, "isActive", IsActive, data);
  SetMethod(context, target, "moveToContext", MoveToContext, data);
  SetMethod(context, target, "contextErrorsOf", ContextErrorsOf, data);
  SetConstant(context, target, "kMessage", kMessage);
  SetConstant(context, target, "kMessageError", kMessageError);
}

}  // namespace
}  // namespace lode

LODE_BINDING(messaging, lode::Initialize)
