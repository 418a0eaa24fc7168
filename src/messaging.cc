// The 'messaging' binding: MessagePort objects over MessagePortData (see messaging.h), and
// the structured clone that carries messages between threads.
//
// JS (lib/internal/worker/messaging.js) validates transfer lists and builds the events;
// this file serializes, queues and delivers. A MessagePort is a HandleWrap over a uv_async_t
// that is never sent: it keeps the loop alive while JS refs the port, and it is what closes.
// Wake-ups come through the Environment's PortWaker, whose eventfd the loop polls.
#include <thread>

#include "messaging.h"

#include <uv.h>

#include <utility>

#include "binding.h"
#include "env.h"
#include "handle_wrap.h"
#include "utils.h"

namespace lode {

class MessagePortWrap;

namespace {

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
  // Set by lib/internal/worker/messaging.js through setup().
  v8::Global<v8::Function> emit_message;  // this = port; (value, ports, MessageType)
  v8::Global<v8::Function> emit_close;    // this = port
  v8::Global<v8::Function> create_data_clone_error;  // (message) => DOMException
  v8::Global<v8::Function> deserialize_transferable;  // (data) => the object rebuilt here
  v8::Global<v8::Function> clone_data;  // (object) => what a copy is rebuilt from, or undefined
  v8::Global<v8::FunctionTemplate> transferable_template;

  static MessagingState* Get(Environment* env) {
    return static_cast<MessagingState*>(env->binding_data("messaging"));
  }
  static MessagingState* From(const v8::FunctionCallbackInfo<v8::Value>& info) {
    return static_cast<MessagingState*>(info.Data().As<v8::External>()->Value());
  }

  bool IsMessagePort(v8::Local<v8::Value> value) const {
    return value->IsObject() && port_template.Get(env->isolate())->HasInstance(value);
  }
  bool IsTransferable(v8::Local<v8::Value> value) const {
    return value->IsObject() && transferable_template.Get(env->isolate())->HasInstance(value);
  }

  void ThrowDataCloneError(v8::Local<v8::String> message) const {
    v8::Isolate* isolate = env->isolate();
    v8::Local<v8::Value> error;
    v8::Local<v8::Value> argv[] = {message};
    if (create_data_clone_error.IsEmpty() ||
        !create_data_clone_error.Get(isolate)->Call(env->context(), v8::Undefined(isolate), 1, argv)
             .ToLocal(&error)) {
      if (isolate->IsExecutionTerminating()) return;
      error = v8::Exception::Error(message);
    }
    isolate->ThrowException(error);
  }
};

void ThrowTypeErrorWithCode(v8::Isolate* isolate, const char* code, const char* message) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Value> error = v8::Exception::TypeError(OneByteString(isolate, message));
  error.As<v8::Object>()->Set(context, OneByteString(isolate, "code"), OneByteString(isolate, code)).Check();
  isolate->ThrowException(error);
}

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

}  // namespace

// The port object ----------------------------------------------------------------------------

class MessagePortWrap final : public HandleWrap, public PortOwner {
 public:
  MessagePortWrap(Environment* env, v8::Local<v8::Object> object, MessagingState* state,
                  std::unique_ptr<MessagePortData> data)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&async_)), PortOwner(state->waker),
        state_(state), data_(std::move(data)) {
    CHECK_EQ(uv_async_init(env->event_loop(), &async_, nullptr), 0);
    uv_unref(reinterpret_cast<uv_handle_t*>(&async_));
    data_->SetOwner(this);
  }

  const char* ResourceName() const override { return "MessagePort"; }

  static MessagePortWrap* Unwrap(v8::Local<v8::Value> value) {
    return BaseObject::FromJSObject<MessagePortWrap>(value);
  }

  MessagePortData* data() const { return data_.get(); }
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

  // Deserializes `message` in this Environment; throws (and returns false) on failure.
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
    if (state_->emit_close.IsEmpty() || !env->can_call_into_js()) return;
    v8::HandleScope scope(env->isolate());
    env->MakeCallback(object(), state_->emit_close.Get(env->isolate()), 0, nullptr);
  }

  uv_async_t async_;
  MessagingState* state_;
  std::unique_ptr<MessagePortData> data_;
  // Taken from data_'s queue, not delivered yet: the oldest messages, in order.
  std::deque<std::shared_ptr<Message>> taken_;
  bool receiving_ = false;
};

// Serialization ------------------------------------------------------------------------------

namespace {

// Writes one message: V8's serializer, with transferred ArrayBuffers and ports as the
// transfer list names them, SharedArrayBuffers and wasm modules shared by reference.
class MessageWriter final : public v8::ValueSerializer::Delegate {
 public:
  MessageWriter(MessagingState* state, Message* message)
      : state_(state), message_(message), serializer_(state->env->isolate(), this) {}

  // `transfer` (maybe empty) holds only ArrayBuffers, MessagePorts and transferable objects:
  // JS checked types, duplicates and the source port, and gave `transferable_data`, what each
  // transferable object (in list order) is rebuilt from. Nothing is detached unless the
  // whole value serializes.
  bool Write(v8::Local<v8::Value> value, v8::Local<v8::Value> transfer,
             v8::Local<v8::Value> transferable_data, MessagePortData* sender) {
    v8::Local<v8::Context> context = state_->env->context();
    std::vector<v8::Local<v8::ArrayBuffer>> buffers;
    if (transfer->IsArray() && !CollectTransfers(transfer.As<v8::Array>(), sender, &buffers)) return false;

    serializer_.WriteHeader();
    if (!transferables_.empty()) {
      CHECK(transferable_data->IsArray());
      CHECK_EQ(transferable_data.As<v8::Array>()->Length(), transferables_.size());
      message_->has_transferable_data = true;
      if (serializer_.WriteValue(context, transferable_data).IsNothing()) return false;
    }
    if (serializer_.WriteValue(context, value).IsNothing()) return false;
    if (!clones_.empty() && !WriteClones()) return false;

    for (v8::Local<v8::ArrayBuffer> buffer : buffers) {
      message_->array_buffers.push_back(buffer->GetBackingStore());
      if (!buffer->WasDetached()) buffer->Detach();
    }
    for (v8::Local<v8::Object> port : ports_) {
      message_->ports.push_back(MessagePortWrap::Unwrap(port)->Detach());
    }
    std::pair<uint8_t*, size_t> bytes = serializer_.Release();
    message_->bytes.reset(bytes.first);
    message_->size = bytes.second;
    return true;
  }

  void ThrowDataCloneError(v8::Local<v8::String> message) override { state_->ThrowDataCloneError(message); }

  void ThrowDataCloneError(const char* message) {
    ThrowDataCloneError(OneByteString(state_->env->isolate(), message));
  }

  // Only objects with internal fields come here: of those, ports and transferable objects
  // travel when the transfer list names them, others do not.
  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate, v8::Local<v8::Object> object) override {
    const bool is_port = state_->IsMessagePort(object);
    if (is_port || state_->IsTransferable(object)) {
      const std::vector<v8::Local<v8::Object>>& listed = is_port ? ports_ : transferables_;
      for (size_t i = 0; i < listed.size(); i++) {
        if (listed[i] == object) {
          serializer_.WriteUint32(is_port ? kHostPort : kHostTransferable);
          serializer_.WriteUint32(static_cast<uint32_t>(i));
          return v8::Just(true);
        }
      }
      // Not moving: a cloneable object says what its copy is made from (V8 writes later
      // mentions of the same object as references to this one).
      if (!is_port && !state_->clone_data.IsEmpty()) {
        v8::Local<v8::Value> argv[] = {object};
        v8::Local<v8::Value> data;
        if (!state_->clone_data.Get(isolate)->Call(state_->env->context(), v8::Undefined(isolate), 1, argv)
                 .ToLocal(&data)) {
          return v8::Nothing<bool>();
        }
        if (!data->IsUndefined()) {
          serializer_.WriteUint32(kHostClone);
          serializer_.WriteUint32(static_cast<uint32_t>(clones_.size()));
          clones_.push_back(data);
          return v8::Just(true);
        }
      }
      ThrowTypeErrorWithCode(isolate, "ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST",
                             "Object that needs transfer was found in message but not listed in transferList");
      return v8::Nothing<bool>();
    }
    ThrowDataCloneError("Cannot transfer object of unsupported type.");
    return v8::Nothing<bool>();
  }

  v8::Maybe<uint32_t> GetSharedArrayBufferId(v8::Isolate* isolate,
                                             v8::Local<v8::SharedArrayBuffer> buffer) override {
    for (size_t i = 0; i < shared_.size(); i++) {
      if (shared_[i] == buffer) return v8::Just(static_cast<uint32_t>(i));
    }
    shared_.push_back(buffer);
    message_->shared_array_buffers.push_back(buffer->GetBackingStore());
    return v8::Just(static_cast<uint32_t>(shared_.size() - 1));
  }

  v8::Maybe<uint32_t> GetWasmModuleTransferId(v8::Isolate* isolate,
                                              v8::Local<v8::WasmModuleObject> module) override {
    message_->wasm_modules.push_back(module->GetCompiledModule());
    return v8::Just(static_cast<uint32_t>(message_->wasm_modules.size() - 1));
  }

 private:
  bool CollectTransfers(v8::Local<v8::Array> transfer, MessagePortData* sender,
                        std::vector<v8::Local<v8::ArrayBuffer>>* buffers) {
    v8::Local<v8::Context> context = state_->env->context();
    for (uint32_t i = 0; i < transfer->Length(); i++) {
      v8::Local<v8::Value> item;
      if (!transfer->Get(context, i).ToLocal(&item)) return false;
      if (item->IsArrayBuffer()) {
        v8::Local<v8::ArrayBuffer> buffer = item.As<v8::ArrayBuffer>();
        // WebAssembly memory cannot be detached: it is copied instead, as in node.
        if (!buffer->IsDetachable()) continue;
        serializer_.TransferArrayBuffer(static_cast<uint32_t>(buffers->size()), buffer);
        buffers->push_back(buffer);
        continue;
      }
      if (state_->IsTransferable(item)) {
        transferables_.push_back(item.As<v8::Object>());
        continue;
      }
      CHECK(state_->IsMessagePort(item));
      MessagePortWrap* port = MessagePortWrap::Unwrap(item);
      if (port == nullptr || port->IsDetached()) {
        ThrowDataCloneError("MessagePort in transfer list is already detached");
        return false;
      }
      // Sending a port to itself would leave it owning the queue it sits in.
      if (sender != nullptr && sender->group()->Contains(port->data())) {
        ThrowDataCloneError("Transfer list contains the port the message is sent to");
        return false;
      }
      ports_.push_back(item.As<v8::Object>());
    }
    return true;
  }

  // What the copies of cloneable objects are rebuilt from, as bytes of their own: the reader
  // rebuilds them (in JS) before it reads the value that refers to them.
  bool WriteClones() {
    CloneDataWriter delegate(state_);
    v8::ValueSerializer serializer(state_->env->isolate(), &delegate);
    serializer.WriteHeader();
    v8::Local<v8::Array> list = v8::Array::New(state_->env->isolate(), clones_.data(), clones_.size());
    if (serializer.WriteValue(state_->env->context(), list).IsNothing()) {
      std::free(serializer.Release().first);
      return false;
    }
    std::pair<uint8_t*, size_t> bytes = serializer.Release();
    message_->clone_bytes.reset(bytes.first);
    message_->clone_size = bytes.second;
    return true;
  }

  // Clone data is plain values: nothing in it is a host object or shared memory.
  class CloneDataWriter final : public v8::ValueSerializer::Delegate {
   public:
    explicit CloneDataWriter(MessagingState* state) : state_(state) {}
    void ThrowDataCloneError(v8::Local<v8::String> message) override { state_->ThrowDataCloneError(message); }

   private:
    MessagingState* state_;
  };

  MessagingState* state_;
  Message* message_;
  v8::ValueSerializer serializer_;
  std::vector<v8::Local<v8::Object>> ports_;
  std::vector<v8::Local<v8::Object>> transferables_;
  std::vector<v8::Local<v8::Value>> clones_;
  std::vector<v8::Local<v8::SharedArrayBuffer>> shared_;
};

class MessageReader final : public v8::ValueDeserializer::Delegate {
 public:
  MessageReader(Environment* env, Message* message, const std::vector<v8::Local<v8::Object>>& ports)
      : env_(env), message_(message), ports_(ports),
        deserializer_(env->isolate(), message->bytes.get(), message->size, this) {}

  v8::MaybeLocal<v8::Value> Read() {
    v8::Isolate* isolate = env_->isolate();
    v8::Local<v8::Context> context = env_->context();
    for (size_t i = 0; i < message_->array_buffers.size(); i++) {
      deserializer_.TransferArrayBuffer(static_cast<uint32_t>(i),
                                        v8::ArrayBuffer::New(isolate, message_->array_buffers[i]));
    }
    message_->array_buffers.clear();
    if (deserializer_.ReadHeader(context).IsNothing()) return {};
    if (message_->clone_bytes != nullptr && !RebuildClones()) return {};
    if (message_->has_transferable_data) {
      // The transferred objects are rebuilt by JS in this Environment from what they left,
      // before the value (V8 allows no JS while it deserializes one).
      MessagingState* state = MessagingState::Get(env_);
      v8::Local<v8::Value> data;
      if (!deserializer_.ReadValue(context).ToLocal(&data)) return {};
      if (!data->IsArray() || state == nullptr || state->deserialize_transferable.IsEmpty()) {
        Fail(isolate);
        return {};
      }
      v8::Local<v8::Array> list = data.As<v8::Array>();
      for (uint32_t i = 0; i < list->Length(); i++) {
        v8::Local<v8::Value> argv[1];
        v8::Local<v8::Value> rebuilt;
        if (!list->Get(context, i).ToLocal(&argv[0]) ||
            !state->deserialize_transferable.Get(isolate)->Call(context, v8::Undefined(isolate), 1, argv)
                 .ToLocal(&rebuilt)) {
          return {};
        }
        if (!rebuilt->IsObject()) {
          Fail(isolate);
          return {};
        }
        transferables_.push_back(rebuilt.As<v8::Object>());
      }
    }
    return deserializer_.ReadValue(context);
  }

  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    uint32_t kind;
    uint32_t index;
    if (!deserializer_.ReadUint32(&kind) || !deserializer_.ReadUint32(&index)) return Fail(isolate);
    if (kind == kHostPort) {
      if (index >= ports_.size()) return Fail(isolate);
      return ports_[index];
    }
    if (kind == kHostClone) {
      if (index >= clones_.size()) return Fail(isolate);
      return clones_[index];
    }
    if (kind != kHostTransferable || index >= transferables_.size()) return Fail(isolate);
    return transferables_[index];
  }

  v8::MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(v8::Isolate* isolate, uint32_t id) override {
    if (id >= message_->shared_array_buffers.size()) return {};
    return v8::SharedArrayBuffer::New(isolate, message_->shared_array_buffers[id]);
  }

  v8::MaybeLocal<v8::WasmModuleObject> GetWasmModuleFromId(v8::Isolate* isolate, uint32_t id) override {
    if (id >= message_->wasm_modules.size()) return {};
    return v8::WasmModuleObject::FromCompiledModule(isolate, message_->wasm_modules[id]);
  }

 private:
  Environment* env_;
  Message* message_;
  v8::MaybeLocal<v8::Object> Fail(v8::Isolate* isolate) {
    isolate->ThrowException(v8::Exception::Error(OneByteString(isolate, "Unable to deserialize cloned data.")));
    return {};
  }

  // Each cloned object, rebuilt by JS from its data (the message may be read again, by a
  // receiveMessageOnPort that failed, so the bytes stay).
  bool RebuildClones() {
    v8::Isolate* isolate = env_->isolate();
    v8::Local<v8::Context> context = env_->context();
    MessagingState* state = MessagingState::Get(env_);
    v8::ValueDeserializer deserializer(isolate, message_->clone_bytes.get(), message_->clone_size);
    v8::Local<v8::Value> data;
    if (deserializer.ReadHeader(context).IsNothing() || !deserializer.ReadValue(context).ToLocal(&data)) return false;
    if (!data->IsArray() || state == nullptr || state->deserialize_transferable.IsEmpty()) {
      Fail(isolate);
      return false;
    }
    v8::Local<v8::Array> list = data.As<v8::Array>();
    for (uint32_t i = 0; i < list->Length(); i++) {
      v8::Local<v8::Value> argv[1];
      v8::Local<v8::Value> rebuilt;
      if (!list->Get(context, i).ToLocal(&argv[0]) ||
          !state->deserialize_transferable.Get(isolate)->Call(context, v8::Undefined(isolate), 1, argv)
               .ToLocal(&rebuilt)) {
        return false;
      }
      if (!rebuilt->IsObject()) {
        Fail(isolate);
        return false;
      }
      clones_.push_back(rebuilt.As<v8::Object>());
    }
    return true;
  }

  const std::vector<v8::Local<v8::Object>>& ports_;
  std::vector<v8::Local<v8::Object>> transferables_;
  std::vector<v8::Local<v8::Object>> clones_;
  v8::ValueDeserializer deserializer_;
};

}  // namespace

// `ports` is undefined, or the array of ports that came with the message.
bool MessagePortWrap::Read(Message* message, v8::Local<v8::Value>* value, v8::Local<v8::Value>* ports) {
  Environment* env = this->env();
  v8::Isolate* isolate = env->isolate();
  // Transferred ports become objects of this Environment first: the value refers to them.
  std::vector<v8::Local<v8::Object>> port_objects;
  std::vector<v8::Local<v8::Value>> port_values;
  for (std::unique_ptr<MessagePortData>& data : message->ports) {
    v8::Local<v8::Object> port;
    if (!NewMessagePort(env, std::move(data)).ToLocal(&port)) return false;
    port_objects.push_back(port);
    port_values.push_back(port);
  }
  message->ports.clear();
  if (port_values.empty()) *ports = v8::Undefined(isolate);
  else *ports = v8::Array::New(isolate, port_values.data(), port_values.size());
  MessageReader reader(env, message, port_objects);
  return reader.Read().ToLocal(value);
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
    env->MakeCallback(object(), state_->emit_message.Get(isolate), 3, argv);
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

// setup(emitMessage, emitClose, createDataCloneError, deserializeTransferable, cloneData)
void Setup(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsFunction() && info[1]->IsFunction() && info[2]->IsFunction() && info[3]->IsFunction() &&
        info[4]->IsFunction());
  MessagingState* state = MessagingState::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  state->emit_message.Reset(isolate, info[0].As<v8::Function>());
  state->emit_close.Reset(isolate, info[1].As<v8::Function>());
  state->create_data_clone_error.Reset(isolate, info[2].As<v8::Function>());
  state->deserialize_transferable.Reset(isolate, info[3].As<v8::Function>());
  state->clone_data.Reset(isolate, info[4].As<v8::Function>());
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

// post(port, value, transferList?, transferableData?): throws DataCloneError and friends synchronously. A closed
// port still serializes (so errors surface) but sends nothing, as in node. A receiver that is
// not a port is "Illegal invocation", as for a native method.
void Post(const v8::FunctionCallbackInfo<v8::Value>& info) {
  MessagingState* state = MessagingState::From(info);
  if (!state->IsMessagePort(info[0])) {
    info.GetIsolate()->ThrowException(v8::Exception::TypeError(OneByteString(info.GetIsolate(), "Illegal invocation")));
    return;
  }
  CHECK(info[2]->IsUndefined() || info[2]->IsArray());
  MessagePortWrap* port = MessagePortWrap::Unwrap(info[0]);
  MessagePortData* sender = port == nullptr || port->IsDetached() ? nullptr : port->data();
  auto message = std::make_shared<Message>();
  MessageWriter writer(state, message.get());
  if (!writer.Write(info[1], info[2], info[3], sender)) return;
  if (sender != nullptr) sender->Send(message);
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
  SetConstant(context, target, "kMessage", kMessage);
  SetConstant(context, target, "kMessageError", kMessageError);
}

}  // namespace
}  // namespace lode

LODE_BINDING(messaging, lode::Initialize)
