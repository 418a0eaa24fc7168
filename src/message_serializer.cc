// The structured clone of the 'messaging' binding: how a message is written on one thread
// and read on another (see messaging.h). V8's ValueSerializer does the values; this file
// does what travels beside them: transferred ArrayBuffers, ports and transferable objects,
// shared memory, wasm modules, copies of cloneable objects (a Blob), and the shared state
// some cloneable objects refer to (a net.BlockList's rules).
#include <utility>

#include "message_port.h"
#include "utils.h"

namespace lode {

namespace {

// What the tag field of a SharedStateHandle's object points to.
int shared_state_handle_tag;

// Writes one message: V8's serializer, with transferred ArrayBuffers and ports as the
// transfer list names them, SharedArrayBuffers and wasm modules shared by reference.
class MessageWriter final : public v8::ValueSerializer::Delegate {
 public:
  MessageWriter(MessagingState* state, Message* message, v8::Local<v8::Function> data_clone_error)
      : state_(state), message_(message), data_clone_error_(data_clone_error),
        serializer_(state->env->isolate(), this) {}

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

  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    state_->ThrowDataCloneError(message, data_clone_error_);
  }

  void ThrowDataCloneError(const char* message) {
    ThrowDataCloneError(OneByteString(state_->env->isolate(), message));
  }

  // Writes a copy of `object` from what the JS side says it is made from; Just(false) when it
  // names nothing (the object cannot be copied).
  v8::Maybe<bool> WriteCloneData(v8::Isolate* isolate, v8::Local<v8::Object> object) {
    if (state_->clone_data.IsEmpty()) return v8::Just(false);
    v8::Local<v8::Value> argv[] = {object};
    v8::Local<v8::Value> data;
    if (!state_->clone_data.Get(isolate)->Call(state_->env->context(), v8::Undefined(isolate), 1, argv)
             .ToLocal(&data)) {
      return v8::Nothing<bool>();
    }
    if (data->IsUndefined()) return v8::Just(false);
    serializer_.WriteUint32(kHostClone);
    serializer_.WriteUint32(static_cast<uint32_t>(clones_.size()));
    clones_.emplace_back(isolate, data);  // a Global: this call's handle scope is V8's
    return v8::Just(true);
  }

  // API objects come here: of those, ports and transferable objects
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
      if (!is_port) {
        v8::Maybe<bool> written = WriteCloneData(isolate, object);
        if (written.IsNothing() || written.FromJust()) return written;
      }
      ThrowTypeErrorWithCode(isolate, "ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST",
                             "Object that needs transfer was found in message but not listed in transferList");
      return v8::Nothing<bool>();
    }
    // Other API objects (process.env, whose properties C++ intercepts) may say what a copy of
    // them is made from too.
    v8::Maybe<bool> written = WriteCloneData(isolate, object);
    if (written.IsNothing() || written.FromJust()) return written;
    ThrowDataCloneError("Cannot transfer object of unsupported type.");
    return v8::Nothing<bool>();
  }

  v8::Maybe<uint32_t> GetSharedArrayBufferId(v8::Isolate* isolate,
                                             v8::Local<v8::SharedArrayBuffer> buffer) override {
    // V8 asks once per buffer (later mentions are references to the first), so each gets the
    // next index. (A Local kept from an earlier call to compare with would be dangling: V8
    // calls the delegate inside handle scopes of its own.)
    message_->shared_array_buffers.push_back(buffer->GetBackingStore());
    return v8::Just(static_cast<uint32_t>(message_->shared_array_buffers.size() - 1));
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
      // The port the message goes to, moved by its own message: it would own the queue it
      // sits in. Node lets the transfer happen and loses the channel; so does lode (Post).
      if (sender != nullptr && sender->group()->Contains(port->data())) message_->posted_to_target = true;
      ports_.push_back(item.As<v8::Object>());
    }
    return true;
  }

  // What the copies of cloneable objects are rebuilt from, as bytes of their own: the reader
  // rebuilds them (in JS) before it reads the value that refers to them.
  bool WriteClones() {
    v8::Isolate* isolate = state_->env->isolate();
    CloneDataWriter writer(state_, message_);
    std::vector<v8::Local<v8::Value>> values;
    for (const v8::Global<v8::Value>& clone : clones_) values.push_back(clone.Get(isolate));
    return writer.Write(v8::Array::New(isolate, values.data(), values.size()));
  }

  // Clone data is plain values and handles to shared state (SharedStateHandle), which travel
  // as the state itself: nothing else in it is a host object or shared memory.
  class CloneDataWriter final : public v8::ValueSerializer::Delegate {
   public:
    CloneDataWriter(MessagingState* state, Message* message)
        : state_(state), message_(message), serializer_(state->env->isolate(), this) {}

    bool Write(v8::Local<v8::Value> list) {
      serializer_.WriteHeader();
      if (serializer_.WriteValue(state_->env->context(), list).IsNothing()) {
        std::free(serializer_.Release().first);
        return false;
      }
      std::pair<uint8_t*, size_t> bytes = serializer_.Release();
      message_->clone_bytes.reset(bytes.first);
      message_->clone_size = bytes.second;
      return true;
    }

    void ThrowDataCloneError(v8::Local<v8::String> message) override {
      state_->ThrowDataCloneError(message, v8::Local<v8::Function>());
    }

    // V8 asks once per handle; later mentions of it are references to the first.
    v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate, v8::Local<v8::Object> object) override {
      SharedStateHandle* handle = SharedStateHandle::FromObject(object);
      if (handle == nullptr) {
        ThrowDataCloneError(OneByteString(isolate, "Cannot transfer object of unsupported type."));
        return v8::Nothing<bool>();
      }
      serializer_.WriteUint32(static_cast<uint32_t>(message_->shared_states.size()));
      message_->shared_states.push_back(handle->state());
      return v8::Just(true);
    }

   private:
    MessagingState* state_;
    Message* message_;
    v8::ValueSerializer serializer_;
  };

  MessagingState* state_;
  Message* message_;
  v8::Local<v8::Function> data_clone_error_;
  v8::ValueSerializer serializer_;
  std::vector<v8::Local<v8::Object>> ports_;
  std::vector<v8::Local<v8::Object>> transferables_;
  std::vector<v8::Global<v8::Value>> clones_;
};

class MessageReader final : public v8::ValueDeserializer::Delegate {
 public:
  MessageReader(Environment* env, v8::Local<v8::Context> context, Message* message,
                const std::vector<v8::Local<v8::Object>>& ports)
      : env_(env), context_(context), message_(message), ports_(ports),
        deserializer_(env->isolate(), message->bytes.get(), message->size, this) {}

  v8::MaybeLocal<v8::Value> Read() {
    v8::Isolate* isolate = env_->isolate();
    v8::Local<v8::Context> context = context_;
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
      v8::Local<v8::Value> data;
      if (!deserializer_.ReadValue(context).ToLocal(&data) || !Rebuild(data, &transferables_)) return {};
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
  v8::Local<v8::Context> context_;
  Message* message_;
  v8::MaybeLocal<v8::Object> Fail(v8::Isolate* isolate) {
    isolate->ThrowException(v8::Exception::Error(OneByteString(isolate, "Unable to deserialize cloned data.")));
    return {};
  }

  // Each cloned object, rebuilt by JS from its data (the message may be read again, by a
  // receiveMessageOnPort that failed, so the bytes stay).
  bool RebuildClones() {
    CloneDataReader reader(env_, message_);
    v8::Local<v8::Value> data;
    return reader.Read(context_).ToLocal(&data) && Rebuild(data, &clones_);
  }

  // Reads clone data: each handle written there becomes a new handle of this Environment to
  // the same shared state.
  class CloneDataReader final : public v8::ValueDeserializer::Delegate {
   public:
    CloneDataReader(Environment* env, Message* message)
        : env_(env), message_(message),
          deserializer_(env->isolate(), message->clone_bytes.get(), message->clone_size, this) {}

    v8::MaybeLocal<v8::Value> Read(v8::Local<v8::Context> context) {
      if (deserializer_.ReadHeader(context).IsNothing()) return {};
      return deserializer_.ReadValue(context);
    }

    v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
      uint32_t index;
      if (!deserializer_.ReadUint32(&index) || index >= message_->shared_states.size()) {
        isolate->ThrowException(v8::Exception::Error(OneByteString(isolate, "Unable to deserialize cloned data.")));
        return {};
      }
      const std::shared_ptr<SharedState>& state = message_->shared_states[index];
      return state->NewHandle(env_, state);
    }

   private:
    Environment* env_;
    Message* message_;
    v8::ValueDeserializer deserializer_;
  };

  // `data`, an array of what transferred or cloned objects left, becomes the objects (JS
  // rebuilds each in this Environment), in order, in `out`.
  bool Rebuild(v8::Local<v8::Value> data, std::vector<v8::Local<v8::Object>>* out) {
    v8::Isolate* isolate = env_->isolate();
    v8::Local<v8::Context> context = context_;
    MessagingState* state = MessagingState::Get(env_);
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
      out->push_back(rebuilt.As<v8::Object>());
    }
    return true;
  }

  const std::vector<v8::Local<v8::Object>>& ports_;
  std::vector<v8::Local<v8::Object>> transferables_;
  std::vector<v8::Local<v8::Object>> clones_;
  v8::ValueDeserializer deserializer_;
};

}  // namespace

SharedStateHandle::SharedStateHandle(Environment* env, v8::Local<v8::Object> object,
                                     std::shared_ptr<SharedState> state)
    : BaseObject(env, object), state_(std::move(state)) {
  CHECK_EQ(object->InternalFieldCount(), kInternalFieldCount);
  object->SetAlignedPointerInInternalField(kTagSlot, &shared_state_handle_tag);
  MakeWeak();
  // Whatever the GC has not collected by teardown is freed then (and lets go of the state).
  env->AddCleanupHook(DeleteAtTeardown, this);
}

SharedStateHandle::~SharedStateHandle() { env()->RemoveCleanupHook(DeleteAtTeardown, this); }

SharedStateHandle* SharedStateHandle::FromObject(v8::Local<v8::Object> object) {
  if (object->InternalFieldCount() != kInternalFieldCount ||
      object->GetAlignedPointerFromInternalField(kTagSlot) != &shared_state_handle_tag) {
    return nullptr;
  }
  return FromJSObject<SharedStateHandle>(object);
}

void SharedStateHandle::DeleteAtTeardown(void* handle) { delete static_cast<SharedStateHandle*>(handle); }

bool WriteMessage(MessagingState* state, Message* message, v8::Local<v8::Value> value,
                  v8::Local<v8::Value> transfer, v8::Local<v8::Value> transferable_data,
                  MessagePortData* sender, v8::Local<v8::Function> data_clone_error) {
  MessageWriter writer(state, message, data_clone_error);
  return writer.Write(value, transfer, transferable_data, sender);
}

v8::MaybeLocal<v8::Value> ReadMessage(Environment* env, v8::Local<v8::Context> context, Message* message,
                                      const std::vector<v8::Local<v8::Object>>& ports) {
  v8::Context::Scope context_scope(context);
  MessageReader reader(env, context, message, ports);
  return reader.Read();
}

}  // namespace lode
