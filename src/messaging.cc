// The 'messaging' binding: MessagePort objects over MessagePortData (see messaging.h), the
// structured clone that carries messages between threads, and BroadcastChannel groups.
//
// JS (lib/internal/worker/messaging.js) validates arguments and transfer lists and builds
// the events; this file serializes, queues, wakes and delivers. A MessagePort is a HandleWrap
// over a uv_async_t, unref'd until JS refs it, strong until it closes.
#include "messaging.h"

#include <uv.h>

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "binding.h"
#include "env.h"
#include "handle_wrap.h"
#include "utils.h"

namespace lode {

// Groups -----------------------------------------------------------------------------------

namespace {

// Every BroadcastChannel name in use, process-wide. Deliberately never freed: worker threads
// may still be leaving their groups while the process exits.
struct BroadcastRegistry {
  std::mutex mutex;
  std::unordered_map<std::string, std::weak_ptr<PortGroup>> groups;
};

BroadcastRegistry& Registry() {
  static BroadcastRegistry* registry = new BroadcastRegistry();
  return *registry;
}

std::shared_ptr<Message> NewCloseMarker() {
  auto marker = std::make_shared<Message>();
  marker->closes_port = true;
  return marker;
}

}  // namespace

std::shared_ptr<PortGroup> PortGroup::NewPair() {
  return std::shared_ptr<PortGroup>(new PortGroup(true, {}));
}

std::shared_ptr<PortGroup> PortGroup::ForBroadcast(const std::string& name) {
  BroadcastRegistry& registry = Registry();
  std::lock_guard<std::mutex> lock(registry.mutex);
  std::weak_ptr<PortGroup>& slot = registry.groups[name];
  std::shared_ptr<PortGroup> group = slot.lock();
  if (group == nullptr) {
    group = std::shared_ptr<PortGroup>(new PortGroup(false, name));
    slot = group;
  }
  return group;
}

PortGroup::~PortGroup() {
  if (is_pair_) return;
  BroadcastRegistry& registry = Registry();
  std::lock_guard<std::mutex> lock(registry.mutex);
  // A new group of the same name may have taken the slot meanwhile: leave that one alone.
  auto found = registry.groups.find(name_);
  if (found != registry.groups.end() && found->second.expired()) registry.groups.erase(found);
}

void PortGroup::Join(MessagePortData* member) {
  std::lock_guard<std::mutex> lock(mutex_);
  members_.push_back(member);
}

void PortGroup::Leave(MessagePortData* member) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto found = std::find(members_.begin(), members_.end(), member);
  if (found == members_.end()) return;
  members_.erase(found);
  // The other end of a channel closes once it has read what was sent before.
  if (is_pair_) {
    for (MessagePortData* other : members_) other->Enqueue(NewCloseMarker());
  }
}

void PortGroup::Deliver(MessagePortData* sender, std::shared_ptr<Message> message) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (std::find(members_.begin(), members_.end(), sender) == members_.end()) return;
  for (MessagePortData* member : members_) {
    if (member != sender) member->Enqueue(message);
  }
}

bool PortGroup::Contains(const MessagePortData* member) {
  std::lock_guard<std::mutex> lock(mutex_);
  return std::find(members_.begin(), members_.end(), member) != members_.end();
}

// Port data ---------------------------------------------------------------------------------

MessagePortData::MessagePortData(std::shared_ptr<PortGroup> group) : group_(std::move(group)) {
  group_->Join(this);
}

MessagePortData::~MessagePortData() {
  group_->Leave(this);
  DropQueue();
}

void MessagePortData::NewPair(std::unique_ptr<MessagePortData>* first,
                              std::unique_ptr<MessagePortData>* second) {
  std::shared_ptr<PortGroup> group = PortGroup::NewPair();
  *first = std::make_unique<MessagePortData>(group);
  *second = std::make_unique<MessagePortData>(group);
}

// Declared here, defined with MessagePortWrap below.
static void WakeOwner(MessagePortWrap* owner);

void MessagePortData::Enqueue(std::shared_ptr<Message> message) {
  std::lock_guard<std::mutex> lock(mutex_);
  queue_.push_back(std::move(message));
  // Under the lock: the owner detaches under it too before its handle goes away.
  if (owner_ != nullptr) WakeOwner(owner_);
}

std::shared_ptr<Message> MessagePortData::Dequeue() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (queue_.empty()) return nullptr;
  std::shared_ptr<Message> message = std::move(queue_.front());
  queue_.pop_front();
  return message;
}

bool MessagePortData::FrontClosesPort() {
  std::lock_guard<std::mutex> lock(mutex_);
  return !queue_.empty() && queue_.front()->closes_port;
}

size_t MessagePortData::QueueSize() {
  std::lock_guard<std::mutex> lock(mutex_);
  return queue_.size();
}

void MessagePortData::DropQueue() {
  std::deque<std::shared_ptr<Message>> dropped;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    dropped.swap(queue_);
  }
  // Destroyed outside the lock: a dropped message may carry ports, whose leaving their
  // groups may enqueue to this very port.
}

void MessagePortData::SetOwner(MessagePortWrap* owner) {
  std::lock_guard<std::mutex> lock(mutex_);
  owner_ = owner;
  if (owner_ != nullptr && !queue_.empty()) WakeOwner(owner_);
}

// Per-Environment state ----------------------------------------------------------------------

namespace {

struct MessagingState {
  v8::Global<v8::FunctionTemplate> port_template;
  // Set by lib/internal/worker/messaging.js through setup().
  v8::Global<v8::Function> emit_message;  // this = port; (value, ports, type)
  v8::Global<v8::Function> emit_close;    // this = port
  v8::Global<v8::Function> create_data_clone_error;  // (message) => DOMException

  static MessagingState* Get(Environment* env) {
    return static_cast<MessagingState*>(env->binding_data("messaging"));
  }

  bool IsMessagePort(Environment* env, v8::Local<v8::Value> value) const {
    return value->IsObject() && port_template.Get(env->isolate())->HasInstance(value);
  }

  void ThrowDataCloneError(Environment* env, v8::Local<v8::String> message) const {
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

}  // namespace

// The port object ----------------------------------------------------------------------------

class MessagePortWrap final : public HandleWrap {
 public:
  MessagePortWrap(Environment* env, v8::Local<v8::Object> object, std::unique_ptr<MessagePortData> data)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&async_)), data_(std::move(data)) {
    CHECK_EQ(uv_async_init(env->event_loop(), &async_, OnWake), 0);
    // A port keeps the loop alive only once JS asks (a 'message' listener refs it).
    uv_unref(reinterpret_cast<uv_handle_t*>(&async_));
    data_->SetOwner(this);
  }

  const char* ResourceName() const override { return "MessagePort"; }

  static MessagePortWrap* Unwrap(v8::Local<v8::Value> value) {
    return BaseObject::FromJSObject<MessagePortWrap>(value);
  }

  void Wake() { uv_async_send(&async_); }
  MessagePortData* data() const { return data_.get(); }
  bool IsDetached() const { return data_ == nullptr || IsClosing(); }

  void Start() {
    if (IsDetached()) return;
    receiving_ = true;
    if (data_->QueueSize() > 0) Wake();
  }

  // Gives up the data for a transfer; this object closes (its 'close' event still fires).
  std::unique_ptr<MessagePortData> Detach() {
    std::unique_ptr<MessagePortData> data = std::move(data_);
    if (data != nullptr) data->SetOwner(nullptr);
    Close();
    return data;
  }


  // Delivers queued messages to JS. `force` reads even while not started (a worker's ports
  // are drained before its 'exit' event). Returns how many were delivered.
  size_t Process(bool force);

  // One message, for receiveMessageOnPort(): false when none is queued.
  bool ReceiveOne(v8::Local<v8::Value>* value);

 private:
  static void OnWake(uv_async_t* handle) {
    auto* self = static_cast<MessagePortWrap*>(handle->data);
    self->Process(false);
  }

  // Deserializes `message` in this Environment; throws (and returns false) on failure.
  bool Read(Message* message, v8::Local<v8::Value>* value, v8::Local<v8::Array>* ports);
  void Emit(v8::Local<v8::Value> value, v8::Local<v8::Value> ports, const char* type);

  // The other end of a channel hears of a close only now, in the close callback (as in
  // node): what it sent meanwhile is dropped with the queue.
  void OnClose() override {
    if (data_ != nullptr) {
      data_->SetOwner(nullptr);
      data_.reset();  // leaves the group: a channel's peer closes too
    }
    Environment* env = this->env();
    MessagingState* state = MessagingState::Get(env);
    if (state == nullptr || state->emit_close.IsEmpty() || !env->can_call_into_js()) return;
    v8::HandleScope scope(env->isolate());
    env->MakeCallback(object(), state->emit_close.Get(env->isolate()), 0, nullptr);
  }

  uv_async_t async_;
  std::unique_ptr<MessagePortData> data_;
  bool receiving_ = false;
};

static void WakeOwner(MessagePortWrap* owner) { owner->Wake(); }

// Serialization ------------------------------------------------------------------------------

namespace {

// Writes one message: V8's serializer, with transferred ArrayBuffers and ports as the
// transfer list names them, SharedArrayBuffers and wasm modules shared by reference.
class MessageWriter final : public v8::ValueSerializer::Delegate {
 public:
  MessageWriter(Environment* env, MessagingState* state, Message* message)
      : env_(env), state_(state), message_(message), serializer_(env->isolate(), this) {}

  // `transfer` holds only ArrayBuffers and MessagePorts (JS checked types, duplicates and the
  // source port). Nothing is detached unless the whole value serializes.
  bool Write(v8::Local<v8::Value> value, v8::Local<v8::Array> transfer, MessagePortData* sender) {
    v8::Isolate* isolate = env_->isolate();
    v8::Local<v8::Context> context = env_->context();
    std::vector<v8::Local<v8::ArrayBuffer>> buffers;
    for (uint32_t i = 0; i < transfer->Length(); i++) {
      v8::Local<v8::Value> item;
      if (!transfer->Get(context, i).ToLocal(&item)) return false;
      if (item->IsArrayBuffer()) {
        v8::Local<v8::ArrayBuffer> buffer = item.As<v8::ArrayBuffer>();
        // WebAssembly memory cannot be detached: it is copied instead, as in node.
        if (!buffer->IsDetachable()) continue;
        serializer_.TransferArrayBuffer(static_cast<uint32_t>(buffers.size()), buffer);
        buffers.push_back(buffer);
        continue;
      }
      CHECK(state_->IsMessagePort(env_, item));
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

    serializer_.WriteHeader();
    if (serializer_.WriteValue(context, value).IsNothing()) return false;

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
    USE(isolate);
    return true;
  }

  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    state_->ThrowDataCloneError(env_, message);
  }

  void ThrowDataCloneError(const char* message) {
    ThrowDataCloneError(OneByteString(env_->isolate(), message));
  }

  // Only objects with internal fields come here: of those, ports travel, others do not.
  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate, v8::Local<v8::Object> object) override {
    if (state_->IsMessagePort(env_, object)) {
      for (size_t i = 0; i < ports_.size(); i++) {
        if (ports_[i] == object) {
          serializer_.WriteUint32(static_cast<uint32_t>(i));
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
  Environment* env_;
  MessagingState* state_;
  Message* message_;
  v8::ValueSerializer serializer_;
  std::vector<v8::Local<v8::Object>> ports_;
  std::vector<v8::Local<v8::SharedArrayBuffer>> shared_;
};

class MessageReader final : public v8::ValueDeserializer::Delegate {
 public:
  MessageReader(Environment* env, Message* message, v8::Local<v8::Array> ports)
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
    return deserializer_.ReadValue(context);
  }

  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    uint32_t index;
    v8::Local<v8::Value> port;
    if (!deserializer_.ReadUint32(&index) || index >= ports_->Length() ||
        !ports_->Get(env_->context(), index).ToLocal(&port) || !port->IsObject()) {
      isolate->ThrowException(v8::Exception::Error(OneByteString(isolate, "Unable to deserialize cloned data.")));
      return {};
    }
    return port.As<v8::Object>();
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
  v8::Local<v8::Array> ports_;
  v8::ValueDeserializer deserializer_;
};

}  // namespace

bool MessagePortWrap::Read(Message* message, v8::Local<v8::Value>* value, v8::Local<v8::Array>* ports) {
  Environment* env = this->env();
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  // Transferred ports become objects of this Environment first: the value refers to them.
  *ports = v8::Array::New(isolate, static_cast<int>(message->ports.size()));
  for (size_t i = 0; i < message->ports.size(); i++) {
    v8::Local<v8::Object> port;
    if (!NewMessagePort(env, std::move(message->ports[i])).ToLocal(&port)) return false;
    (*ports)->Set(context, static_cast<uint32_t>(i), port).Check();
  }
  message->ports.clear();
  MessageReader reader(env, message, *ports);
  return reader.Read().ToLocal(value);
}

void MessagePortWrap::Emit(v8::Local<v8::Value> value, v8::Local<v8::Value> ports, const char* type) {
  Environment* env = this->env();
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Value> argv[] = {value, ports, OneByteString(isolate, type)};
  env->MakeCallback(object(), MessagingState::Get(env)->emit_message.Get(isolate), 3, argv);
}

size_t MessagePortWrap::Process(bool force) {
  Environment* env = this->env();
  MessagingState* state = MessagingState::Get(env);
  if (state == nullptr || state->emit_message.IsEmpty()) return 0;
  size_t delivered = 0;
  // What is queued now, at most: messages a listener provokes wait for the next round, so
  // other handles get their turn.
  size_t budget = data_ == nullptr ? 0 : std::max<size_t>(data_->QueueSize(), 1);
  while (!IsDetached() && (force || budget-- > 0)) {
    if (!force && !receiving_ && !data_->FrontClosesPort()) break;
    std::shared_ptr<Message> message = data_->Dequeue();
    if (message == nullptr) break;
    if (message->closes_port) {
      Close();
      break;
    }
    if (!env->can_call_into_js()) break;
    v8::HandleScope scope(env->isolate());
    v8::Local<v8::Value> value;
    v8::Local<v8::Array> ports;
    v8::TryCatch try_catch(env->isolate());
    if (Read(message.get(), &value, &ports)) {
      Emit(value, ports, "message");
    } else if (try_catch.HasTerminated()) {
      break;
    } else {
      v8::Local<v8::Value> error = try_catch.Exception();
      try_catch.Reset();
      Emit(error, v8::Undefined(env->isolate()), "messageerror");
    }
    delivered++;
  }
  if (!IsDetached() && !force && receiving_ && data_->QueueSize() > 0) Wake();
  return delivered;
}

bool MessagePortWrap::ReceiveOne(v8::Local<v8::Value>* value) {
  if (IsDetached() || data_->FrontClosesPort()) return false;
  std::shared_ptr<Message> message = data_->Dequeue();
  if (message == nullptr) return false;
  v8::Local<v8::Array> ports;
  if (!Read(message.get(), value, &ports)) *value = v8::Local<v8::Value>();
  return true;
}

v8::MaybeLocal<v8::Object> NewMessagePort(Environment* env, std::unique_ptr<MessagePortData> data) {
  if (MessagingState::Get(env) == nullptr && env->GetBinding("messaging").IsEmpty()) return {};
  v8::Isolate* isolate = env->isolate();
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::FunctionTemplate> tmpl = MessagingState::Get(env)->port_template.Get(isolate);
  v8::Local<v8::Object> object;
  if (!tmpl->InstanceTemplate()->NewInstance(env->context()).ToLocal(&object)) return {};
  new MessagePortWrap(env, object, std::move(data));
  return scope.Escape(object);
}

// JS methods ----------------------------------------------------------------------------------

namespace {

MessagePortWrap* PortArgument(Environment* env, v8::Local<v8::Value> value) {
  CHECK(MessagingState::Get(env)->IsMessagePort(env, value));
  return MessagePortWrap::Unwrap(value);  // null once the port is gone
}

// `new MessagePort()` from JS: ports are made only by MessageChannel and transfers.
void IllegalConstructor(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ThrowTypeErrorWithCode(info.GetIsolate(), "ERR_CONSTRUCT_CALL_INVALID", "Constructor cannot be called");
}

// setup(emitMessage, emitClose, createDataCloneError)
void Setup(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsFunction() && info[1]->IsFunction() && info[2]->IsFunction());
  Environment* env = Environment::GetCurrent(info);
  MessagingState* state = MessagingState::Get(env);
  state->emit_message.Reset(env->isolate(), info[0].As<v8::Function>());
  state->emit_close.Reset(env->isolate(), info[1].As<v8::Function>());
  state->create_data_clone_error.Reset(env->isolate(), info[2].As<v8::Function>());
}

// createChannel() -> [port1, port2]
void CreateChannel(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
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
  Environment* env = Environment::GetCurrent(info);
  auto data = std::make_unique<MessagePortData>(PortGroup::ForBroadcast(ToStdString(env->isolate(), info[0])));
  v8::Local<v8::Object> port;
  if (NewMessagePort(env, std::move(data)).ToLocal(&port)) info.GetReturnValue().Set(port);
}

// post(port, value, transferList): throws DataCloneError and friends synchronously. A closed
// port still serializes (so errors surface) but sends nothing, as in node.
void Post(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  CHECK(info[2]->IsArray());
  MessagePortWrap* port = PortArgument(env, info[0]);
  MessagePortData* sender = port == nullptr || port->IsDetached() ? nullptr : port->data();
  auto message = std::make_shared<Message>();
  MessageWriter writer(env, MessagingState::Get(env), message.get());
  if (!writer.Write(info[1], info[2].As<v8::Array>(), sender)) return;
  if (sender != nullptr) sender->Send(std::move(message));
}

void Start(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  if (MessagePortWrap* port = PortArgument(env, info[0]); port != nullptr) port->Start();
}

void Close(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  if (MessagePortWrap* port = PortArgument(env, info[0]); port != nullptr) port->Close();
}

// receive(port, none): the next message's value, or `none` when nothing is queued.
void Receive(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  MessagePortWrap* port = PortArgument(env, info[0]);
  v8::Local<v8::Value> value;
  if (port == nullptr || !port->ReceiveOne(&value)) {
    info.GetReturnValue().Set(info[1]);
    return;
  }
  if (!value.IsEmpty()) info.GetReturnValue().Set(value);  // empty: the read threw
}

// drain(port): delivers everything queued now, started or not.
void Drain(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  if (MessagePortWrap* port = PortArgument(env, info[0]); port != nullptr) port->Process(true);
}

void IsMessagePort(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  info.GetReturnValue().Set(MessagingState::Get(env)->IsMessagePort(env, info[0]));
}

// Whether the port can still send and receive (not closed, not transferred).
void IsActive(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  MessagePortWrap* port = PortArgument(env, info[0]);
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

  auto* state = new MessagingState();
  state->port_template.Reset(isolate, port);
  env->set_binding_data("messaging", state);
  env->AddCleanupHook(Cleanup, env);

  SetConstant(context, target, "MessagePort", port->GetFunction(context).ToLocalChecked());
  SetMethod(context, target, "setup", Setup);
  SetMethod(context, target, "createChannel", CreateChannel);
  SetMethod(context, target, "broadcastChannel", BroadcastChannel);
  SetMethod(context, target, "post", Post);
  SetMethod(context, target, "start", Start);
  SetMethod(context, target, "close", Close);
  SetMethod(context, target, "receive", Receive);
  SetMethod(context, target, "drain", Drain);
  SetMethod(context, target, "isMessagePort", IsMessagePort);
  SetMethod(context, target, "isActive", IsActive);
}

}  // namespace
}  // namespace lode

LODE_BINDING(messaging, lode::Initialize)
