// The 'serdes' binding: V8's ValueSerializer and ValueDeserializer (the HTML structured
// clone wire format) as the classes behind require('v8').Serializer and Deserializer, and
// the one-call clone behind the global structuredClone().
//
// The classes route V8's delegate questions to JS methods of the same object, as node's do:
// `_writeHostObject(object)`, `_readHostObject()`, `_getDataCloneError(message)`. Malformed
// input never reaches a CHECK: V8 validates the wire data, and this file throws the plain
// errors node throws ("ReadUint32() failed", ...).
//
// The delegate subclasses link only because lode is compiled without RTTI, like libnode's
// V8, which exports no typeinfo for the delegate base classes (see CMakeLists.txt).
#include <cstdlib>
#include <memory>
#include <utility>
#include <vector>

#include "base_object.h"
#include "binding.h"
#include "env.h"
#include "utils.h"

namespace lode {
namespace {

// Node's C++ layer reports these few argument errors itself: a TypeError with a `code`
// property and a message without node's usual "The ... argument" phrasing.
void ThrowTypeErrorWithCode(v8::Isolate* isolate, const char* code, const char* message) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Value> error = v8::Exception::TypeError(OneByteString(isolate, message));
  error.As<v8::Object>()->Set(context, OneByteString(isolate, "code"), OneByteString(isolate, code)).Check();
  isolate->ThrowException(error);
}

void ThrowError(v8::Isolate* isolate, const char* message) {
  isolate->ThrowException(v8::Exception::Error(OneByteString(isolate, message)));
}

// Calls `receiver[name](...argv)` when that property is a function. Returns false when the
// property is not a function (the caller falls back to V8's default), true otherwise; `result`
// stays empty when the lookup or the call threw.
bool CallOptionalMethod(v8::Local<v8::Object> receiver, const char* name, int argc,
                        v8::Local<v8::Value> argv[], v8::MaybeLocal<v8::Value>* result) {
  v8::Isolate* isolate = receiver->GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Value> method;
  if (!receiver->Get(context, OneByteString(isolate, name)).ToLocal(&method)) {
    *result = {};
    return true;
  }
  if (!method->IsFunction()) return false;
  *result = method.As<v8::Function>()->Call(context, receiver, argc, argv);
  return true;
}

class SerdesWrap;

// Serializers and deserializers still alive at teardown; the GC deletes the others. An
// intrusive list: v8.serialize() makes one per call, so joining and leaving must be cheap.
// What IPC's 'advanced' serialization asks JS for (see IpcSerialize below).
struct IpcHooks {
  v8::Global<v8::Function> view_tag;   // (view) -> DefaultSerializer's kind index
  v8::Global<v8::Function> plain_copy;  // (object) -> { ...object }
  v8::Global<v8::Function> make_view;   // (kind, arrayBuffer, byteOffset, byteLength) -> view
};

struct SerdesState {
  SerdesWrap* first = nullptr;
  IpcHooks ipc_hooks;  // set once by setIpcHooks()

  static void Cleanup(void* data);
};

// What Serializer and Deserializer share: weak, and listed in the binding's state.
class SerdesWrap : public BaseObject {
 public:
  SerdesWrap(Environment* env, v8::Local<v8::Object> object, SerdesState* state)
      : BaseObject(env, object), state_(state), next_(state->first) {
    if (next_ != nullptr) next_->previous_ = this;
    state_->first = this;
    MakeWeak();
  }
  ~SerdesWrap() override {
    if (previous_ != nullptr) previous_->next_ = next_;
    else state_->first = next_;
    if (next_ != nullptr) next_->previous_ = previous_;
  }

 private:
  SerdesState* state_;
  SerdesWrap* previous_ = nullptr;
  SerdesWrap* next_;
};

void SerdesState::Cleanup(void* data) {
  auto* state = static_cast<SerdesState*>(data);
  while (state->first != nullptr) delete state->first;
  delete state;
}

SerdesState* StateOf(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return static_cast<SerdesState*>(info.Data().As<v8::External>()->Value());
}

// A Uint8Array over memory V8's serializer allocated with realloc(); the ArrayBuffer frees it.
v8::Local<v8::Uint8Array> BytesFromSerializer(v8::Isolate* isolate, std::pair<uint8_t*, size_t> data) {
  v8::Local<v8::ArrayBuffer> buffer;
  if (data.first == nullptr) {
    buffer = v8::ArrayBuffer::New(isolate, 0);
  } else {
    std::shared_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
        data.first, data.second, [](void* bytes, size_t, void*) { std::free(bytes); }, nullptr);
    buffer = v8::ArrayBuffer::New(isolate, std::move(store));
  }
  return v8::Uint8Array::New(buffer, 0, data.second);
}

class SerializerWrap final : public SerdesWrap, public v8::ValueSerializer::Delegate {
 public:
  SerializerWrap(Environment* env, v8::Local<v8::Object> object, SerdesState* state)
      : SerdesWrap(env, object, state), serializer_(env->isolate(), this) {}

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    if (!info.IsConstructCall()) {
      ThrowTypeErrorWithCode(info.GetIsolate(), "ERR_CONSTRUCT_CALL_REQUIRED",
                             "Class constructor Serializer cannot be invoked without 'new'");
      return;
    }
    new SerializerWrap(Environment::GetCurrent(info), info.This(), StateOf(info));
  }

  // SetProtoMethod's signature makes V8 reject a foreign receiver ("Illegal invocation"),
  // so internal field 0 is always ours.
  static SerializerWrap* Unwrap(const v8::FunctionCallbackInfo<v8::Value>& info) {
    return FromJSObject<SerializerWrap>(info.This());
  }

  static void WriteHeader(const v8::FunctionCallbackInfo<v8::Value>& info) {
    Unwrap(info)->serializer_.WriteHeader();
  }

  static void WriteValue(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
    bool written;
    if (Unwrap(info)->serializer_.WriteValue(context, info[0]).To(&written)) {
      info.GetReturnValue().Set(written);
    }
  }

  // The bytes written so far, as a Uint8Array (lib/v8.js turns it into a Buffer). The
  // serializer starts over with an empty buffer, as V8's does.
  static void ReleaseBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
    info.GetReturnValue().Set(BytesFromSerializer(info.GetIsolate(), Unwrap(info)->serializer_.Release()));
  }

  // The id is converted first, as in node, so a throwing valueOf wins over a bad buffer.
  static void TransferArrayBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    uint32_t id;
    if (!info[0]->Uint32Value(isolate->GetCurrentContext()).To(&id)) return;
    if (!info[1]->IsArrayBuffer()) {
      ThrowTypeErrorWithCode(isolate, "ERR_INVALID_ARG_TYPE", "arrayBuffer must be an ArrayBuffer");
      return;
    }
    Unwrap(info)->serializer_.TransferArrayBuffer(id, info[1].As<v8::ArrayBuffer>());
  }

  static void WriteUint32(const v8::FunctionCallbackInfo<v8::Value>& info) {
    uint32_t value;
    if (!info[0]->Uint32Value(info.GetIsolate()->GetCurrentContext()).To(&value)) return;
    Unwrap(info)->serializer_.WriteUint32(value);
  }

  // writeUint64(hi, lo): two 32-bit halves, as node takes them.
  static void WriteUint64(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
    uint32_t high;
    uint32_t low;
    if (!info[0]->Uint32Value(context).To(&high) || !info[1]->Uint32Value(context).To(&low)) return;
    Unwrap(info)->serializer_.WriteUint64((static_cast<uint64_t>(high) << 32) | low);
  }

  static void WriteDouble(const v8::FunctionCallbackInfo<v8::Value>& info) {
    double value;
    if (!info[0]->NumberValue(info.GetIsolate()->GetCurrentContext()).To(&value)) return;
    Unwrap(info)->serializer_.WriteDouble(value);
  }

  static void WriteRawBytes(const v8::FunctionCallbackInfo<v8::Value>& info) {
    if (!info[0]->IsArrayBufferView()) {
      ThrowTypeErrorWithCode(info.GetIsolate(), "ERR_INVALID_ARG_TYPE",
                             "source must be a TypedArray or a DataView");
      return;
    }
    v8::Local<v8::ArrayBufferView> view = info[0].As<v8::ArrayBufferView>();
    size_t length = view->ByteLength();  // 0 once detached
    if (length == 0) return;
    const auto* bytes = static_cast<const uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
    Unwrap(info)->serializer_.WriteRawBytes(bytes, length);
  }

  static void SetTreatArrayBufferViewsAsHostObjects(const v8::FunctionCallbackInfo<v8::Value>& info) {
    Unwrap(info)->serializer_.SetTreatArrayBufferViewsAsHostObjects(info[0]->BooleanValue(info.GetIsolate()));
  }

  // V8 asks for a DataCloneError: `this._getDataCloneError(message)` builds it (node's
  // Serializer.prototype has `Error` there); a plain Error when that is not a function.
  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    v8::Local<v8::Value> argv[] = {message};
    v8::MaybeLocal<v8::Value> result;
    v8::Local<v8::Value> error;
    if (!CallOptionalMethod(object(), "_getDataCloneError", 1, argv, &result)) {
      error = v8::Exception::Error(message);
    } else if (!result.ToLocal(&error)) {
      return;  // building the error threw; that exception propagates
    }
    isolate()->ThrowException(error);
  }

  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate, v8::Local<v8::Object> host) override {
    v8::Local<v8::Value> argv[] = {host};
    v8::MaybeLocal<v8::Value> result;
    if (!CallOptionalMethod(object(), "_writeHostObject", 1, argv, &result)) {
      return v8::ValueSerializer::Delegate::WriteHostObject(isolate, host);
    }
    if (result.IsEmpty()) return v8::Nothing<bool>();
    return v8::Just(true);
  }

 private:
  v8::ValueSerializer serializer_;
};

class DeserializerWrap final : public SerdesWrap, public v8::ValueDeserializer::Delegate {
 public:
  // Reads a private copy of the bytes: the caller's buffer may be changed or detached (from
  // inside _readHostObject, say) while V8 reads.
  DeserializerWrap(Environment* env, v8::Local<v8::Object> object, SerdesState* state, std::vector<uint8_t> data)
      : SerdesWrap(env, object, state),
        data_(std::move(data)),
        deserializer_(env->isolate(), data_.data(), data_.size(), this) {}

  // new Deserializer(view): keeps `view` as this.buffer, which readRawBytes() slices.
  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    if (!info.IsConstructCall()) {
      ThrowTypeErrorWithCode(isolate, "ERR_CONSTRUCT_CALL_REQUIRED",
                             "Class constructor Deserializer cannot be invoked without 'new'");
      return;
    }
    if (!info[0]->IsArrayBufferView()) {
      ThrowTypeErrorWithCode(isolate, "ERR_INVALID_ARG_TYPE", "buffer must be a TypedArray or a DataView");
      return;
    }
    v8::Local<v8::ArrayBufferView> view = info[0].As<v8::ArrayBufferView>();
    std::vector<uint8_t> data(view->ByteLength());
    if (!data.empty()) view->CopyContents(data.data(), data.size());
    v8::Local<v8::Object> self = info.This();
    // Wrapped before the property is set: a subclass's `buffer` setter may keep `this`.
    new DeserializerWrap(Environment::GetCurrent(info), self, StateOf(info), std::move(data));
    USE(self->Set(isolate->GetCurrentContext(), OneByteString(isolate, "buffer"), view));
  }

  static DeserializerWrap* Unwrap(const v8::FunctionCallbackInfo<v8::Value>& info) {
    return FromJSObject<DeserializerWrap>(info.This());
  }

  // V8 accepts data without a header (version 0); node's V8 does not, and neither do we,
  // so that v8.deserialize() rejects what node rejects.
  static void ReadHeader(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    DeserializerWrap* self = Unwrap(info);
    bool ok;
    if (!self->deserializer_.ReadHeader(isolate->GetCurrentContext()).To(&ok)) return;
    if (self->deserializer_.GetWireFormatVersion() < kMinimumWireFormatVersion) {
      ThrowError(isolate, "Unable to deserialize cloned data due to invalid or unsupported version.");
      return;
    }
    info.GetReturnValue().Set(ok);
  }

  static void ReadValue(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Local<v8::Value> value;
    if (Unwrap(info)->deserializer_.ReadValue(info.GetIsolate()->GetCurrentContext()).ToLocal(&value)) {
      info.GetReturnValue().Set(value);
    }
  }

  static void GetWireFormatVersion(const v8::FunctionCallbackInfo<v8::Value>& info) {
    info.GetReturnValue().Set(Unwrap(info)->deserializer_.GetWireFormatVersion());
  }

  static void TransferArrayBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    uint32_t id;
    if (!info[0]->Uint32Value(isolate->GetCurrentContext()).To(&id)) return;
    if (!info[1]->IsArrayBuffer() && !info[1]->IsSharedArrayBuffer()) {
      ThrowTypeErrorWithCode(isolate, "ERR_INVALID_ARG_TYPE",
                             "arrayBuffer must be an ArrayBuffer or SharedArrayBuffer");
      return;
    }
    DeserializerWrap* self = Unwrap(info);
    if (info[1]->IsArrayBuffer()) {
      self->deserializer_.TransferArrayBuffer(id, info[1].As<v8::ArrayBuffer>());
    } else {
      self->deserializer_.TransferSharedArrayBuffer(id, info[1].As<v8::SharedArrayBuffer>());
    }
  }

  static void ReadUint32(const v8::FunctionCallbackInfo<v8::Value>& info) {
    uint32_t value;
    if (!Unwrap(info)->deserializer_.ReadUint32(&value)) return ThrowError(info.GetIsolate(), "ReadUint32() failed");
    info.GetReturnValue().Set(value);
  }

  // [hi, lo]: the two 32-bit halves, as node returns them.
  static void ReadUint64(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    uint64_t value;
    if (!Unwrap(info)->deserializer_.ReadUint64(&value)) return ThrowError(isolate, "ReadUint64() failed");
    v8::Local<v8::Value> halves[] = {
        v8::Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(value >> 32)),
        v8::Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(value)),
    };
    info.GetReturnValue().Set(v8::Array::New(isolate, halves, 2));
  }

  static void ReadDouble(const v8::FunctionCallbackInfo<v8::Value>& info) {
    double value;
    if (!Unwrap(info)->deserializer_.ReadDouble(&value)) return ThrowError(info.GetIsolate(), "ReadDouble() failed");
    info.GetReturnValue().Set(value);
  }

  // _readRawBytes(length) -> the offset of those bytes in this.buffer. The length is
  // converted as node converts it (undefined and NaN read nothing, 1.5 reads one byte).
  static void ReadRawBytes(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    DeserializerWrap* self = Unwrap(info);
    int64_t length;
    if (!info[0]->IntegerValue(isolate->GetCurrentContext()).To(&length)) return;
    const void* bytes;
    if (length < 0 || !self->deserializer_.ReadRawBytes(static_cast<size_t>(length), &bytes)) {
      return ThrowError(isolate, "ReadRawBytes() failed");
    }
    size_t offset = static_cast<const uint8_t*>(bytes) - self->data_.data();
    info.GetReturnValue().Set(static_cast<double>(offset));
  }

  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    // V8 forbids JS while it deserializes; a host object is the one place it lets JS in.
    v8::Isolate::AllowJavascriptExecutionScope allow_js(isolate);
    v8::MaybeLocal<v8::Value> result;
    if (!CallOptionalMethod(object(), "_readHostObject", 0, nullptr, &result)) {
      return v8::ValueDeserializer::Delegate::ReadHostObject(isolate);
    }
    v8::Local<v8::Value> host;
    if (!result.ToLocal(&host)) return {};
    if (!host->IsObject()) {
      isolate->ThrowException(v8::Exception::TypeError(OneByteString(isolate, "readHostObject must return an object")));
      return {};
    }
    return host.As<v8::Object>();
  }

 private:
  // Versions below 13 predate host objects and the current string and object tags.
  static constexpr uint32_t kMinimumWireFormatVersion = 13;

  std::vector<uint8_t> data_;
  v8::ValueDeserializer deserializer_;
};

// The delegate of one structuredClone() call: both ends run inside the call, so shared
// array buffers are handed over by index, and DataCloneErrors are built by the JS factory
// (node throws a DOMException named DataCloneError).
class CloneDelegate final : public v8::ValueSerializer::Delegate, public v8::ValueDeserializer::Delegate {
 public:
  CloneDelegate(v8::Isolate* isolate, v8::Local<v8::Function> new_data_clone_error)
      : isolate_(isolate), new_data_clone_error_(new_data_clone_error) {}

  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    // Also called while deserializing, where V8 otherwise forbids JS.
    v8::Isolate::AllowJavascriptExecutionScope allow_js(isolate_);
    v8::Local<v8::Context> context = isolate_->GetCurrentContext();
    v8::Local<v8::Value> argv[] = {message};
    v8::Local<v8::Value> error;
    if (new_data_clone_error_->Call(context, v8::Undefined(isolate_), 1, argv).ToLocal(&error)) {
      isolate_->ThrowException(error);
    }
  }
  void ThrowDataCloneError(const char* message) { ThrowDataCloneError(OneByteString(isolate_, message)); }

  // Host objects (a Blob, a FileHandle, a port) are for the messaging binding, which knows
  // how to copy or move them: the clone stops here, and JS runs it again through a channel.
  v8::Maybe<bool> WriteHostObject(v8::Isolate*, v8::Local<v8::Object>) override {
    saw_host_object_ = true;
    ThrowDataCloneError("Cannot transfer object of unsupported type.");
    return v8::Nothing<bool>();
  }
  bool saw_host_object() const { return saw_host_object_; }

  // V8 asks once per buffer (later mentions refer back to the first), so each gets a new
  // index; the clone is a new SharedArrayBuffer over the same memory, as in node.
  v8::Maybe<uint32_t> GetSharedArrayBufferId(v8::Isolate*, v8::Local<v8::SharedArrayBuffer> buffer) override {
    shared_memory_.push_back(buffer->GetBackingStore());
    return v8::Just(static_cast<uint32_t>(shared_memory_.size() - 1));
  }

  v8::MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(v8::Isolate* isolate, uint32_t id) override {
    if (id >= shared_memory_.size()) {
      ThrowDataCloneError("Unable to deserialize cloned data.");
      return {};
    }
    return v8::SharedArrayBuffer::New(isolate, shared_memory_[id]);
  }

 private:
  v8::Isolate* isolate_;
  v8::Local<v8::Function> new_data_clone_error_;
  std::vector<std::shared_ptr<v8::BackingStore>> shared_memory_;
  bool saw_host_object_ = false;
};

// structuredClone(value, transferList, newDataCloneError, hostObjectMarker) -> the clone, or
// hostObjectMarker when the value holds a host object (nothing detached then). JS has checked
// that transferList is an array of distinct ArrayBuffers. Each is detached once the value is
// written, and its memory moves to a new ArrayBuffer in the clone. Throws what V8 or a getter
// throws, or newDataCloneError(message).
void StructuredClone(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[1]->IsArray());
  CHECK(info[2]->IsFunction());
  CHECK(info[3]->IsObject());
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  CloneDelegate delegate(isolate, info[2].As<v8::Function>());

  v8::Local<v8::Array> transfer_list = info[1].As<v8::Array>();
  std::vector<v8::Local<v8::ArrayBuffer>> transfers;
  for (uint32_t i = 0; i < transfer_list->Length(); i++) {
    v8::Local<v8::Value> item;
    if (!transfer_list->Get(context, i).ToLocal(&item)) return;
    CHECK(item->IsArrayBuffer());
    v8::Local<v8::ArrayBuffer> buffer = item.As<v8::ArrayBuffer>();
    if (!buffer->IsDetachable()) {
      delegate.ThrowDataCloneError("An ArrayBuffer is not detachable and could not be transferred.");
      return;
    }
    transfers.push_back(buffer);
  }

  v8::ValueSerializer serializer(isolate, &delegate);
  serializer.WriteHeader();
  for (size_t i = 0; i < transfers.size(); i++) serializer.TransferArrayBuffer(static_cast<uint32_t>(i), transfers[i]);
  v8::TryCatch try_catch(isolate);
  bool written = serializer.WriteValue(context, info[0]).FromMaybe(false);
  std::pair<uint8_t*, size_t> data = serializer.Release();
  if (!written) {
    delegate.FreeBufferMemory(data.first);
    if (delegate.saw_host_object() && !try_catch.HasTerminated()) {
      info.GetReturnValue().Set(info[3]);
      return;
    }
    try_catch.ReThrow();
    return;
  }
  try_catch.Reset();

  v8::ValueDeserializer deserializer(isolate, data.first, data.second, &delegate);
  for (size_t i = 0; i < transfers.size(); i++) {
    std::shared_ptr<v8::BackingStore> store = transfers[i]->GetBackingStore();
    transfers[i]->Detach();
    deserializer.TransferArrayBuffer(static_cast<uint32_t>(i), v8::ArrayBuffer::New(isolate, std::move(store)));
  }
  v8::Local<v8::Value> clone;
  if (deserializer.ReadHeader(context).FromMaybe(false) && deserializer.ReadValue(context).ToLocal(&clone)) {
    info.GetReturnValue().Set(clone);
  }
  delegate.FreeBufferMemory(data.first);
}

// IPC with serialization 'advanced' -----------------------------------------------------------
//
// One native call per message each way, with no Serializer/Deserializer objects: the value as
// node's ChildProcessSerializer writes it (V8's format; an ArrayBufferView as a host object
// tagged 0 then DefaultSerializer's kind, byte length and bytes; any other host object tagged
// 1 then written as a plain copy of its own properties), behind a 5-byte frame prefix: the
// big-endian length of the rest and a kind byte. JS gives the few decisions that need it
// through setIpcHooks(viewTag, plainCopy, makeView).

constexpr uint32_t kIpcViewTag = 0;
constexpr uint32_t kIpcPlainTag = 1;
constexpr size_t kIpcPrefix = 5;


class IpcWriter final : public v8::ValueSerializer::Delegate {
 public:
  IpcWriter(v8::Isolate* isolate, IpcHooks* hooks) : isolate_(isolate), hooks_(hooks), serializer_(isolate, this) {
    serializer_.SetTreatArrayBufferViewsAsHostObjects(true);
  }

  v8::ValueSerializer& serializer() { return serializer_; }

  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    isolate_->ThrowException(v8::Exception::Error(message));
  }

  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate, v8::Local<v8::Object> object) override {
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    v8::Local<v8::Value> argv[] = {object};
    if (object->IsArrayBufferView()) {
      v8::Local<v8::Value> tag;
      uint32_t kind;
      if (!hooks_->view_tag.Get(isolate)->Call(context, v8::Undefined(isolate), 1, argv).ToLocal(&tag) ||
          !tag->Uint32Value(context).To(&kind)) {
        return v8::Nothing<bool>();
      }
      v8::Local<v8::ArrayBufferView> view = object.As<v8::ArrayBufferView>();
      size_t length = view->ByteLength();
      serializer_.WriteUint32(kIpcViewTag);
      serializer_.WriteUint32(kind);
      serializer_.WriteUint32(static_cast<uint32_t>(length));
      if (length != 0) {
        serializer_.WriteRawBytes(static_cast<const uint8_t*>(view->Buffer()->Data()) + view->ByteOffset(), length);
      }
      return v8::Just(true);
    }
    v8::Local<v8::Value> copy;
    if (!hooks_->plain_copy.Get(isolate)->Call(context, v8::Undefined(isolate), 1, argv).ToLocal(&copy)) {
      return v8::Nothing<bool>();
    }
    serializer_.WriteUint32(kIpcPlainTag);
    return serializer_.WriteValue(context, copy);
  }

 private:
  v8::Isolate* isolate_;
  IpcHooks* hooks_;
  v8::ValueSerializer serializer_;
};

class IpcReader final : public v8::ValueDeserializer::Delegate {
 public:
  IpcReader(v8::Isolate* isolate, IpcHooks* hooks, v8::Local<v8::ArrayBuffer> buffer, const uint8_t* data,
            size_t length)
      : hooks_(hooks), buffer_(buffer), deserializer_(isolate, data, length, this) {}

  v8::ValueDeserializer& deserializer() { return deserializer_; }

  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    uint32_t tag;
    if (!deserializer_.ReadUint32(&tag)) return Fail(isolate);
    if (tag == kIpcPlainTag) {
      v8::Local<v8::Value> value;
      if (!deserializer_.ReadValue(context).ToLocal(&value)) return {};
      if (!value->IsObject()) return Fail(isolate);
      return value.As<v8::Object>();
    }
    uint32_t kind;
    uint32_t length;
    const void* bytes;
    if (tag != kIpcViewTag || !deserializer_.ReadUint32(&kind) || !deserializer_.ReadUint32(&length) ||
        !deserializer_.ReadRawBytes(length, &bytes)) {
      return Fail(isolate);
    }
    size_t offset = static_cast<const uint8_t*>(bytes) - static_cast<const uint8_t*>(buffer_->Data());
    // V8 forbids JS while it deserializes; a host object is the one place it lets JS in.
    v8::Isolate::AllowJavascriptExecutionScope allow_js(isolate);
    v8::Local<v8::Value> argv[] = {
        v8::Integer::NewFromUnsigned(isolate, kind),
        buffer_,
        v8::Number::New(isolate, static_cast<double>(offset)),
        v8::Integer::NewFromUnsigned(isolate, length),
    };
    v8::Local<v8::Value> view;
    if (!hooks_->make_view.Get(isolate)->Call(context, v8::Undefined(isolate), 4, argv).ToLocal(&view)) return {};
    if (!view->IsObject()) return Fail(isolate);
    return view.As<v8::Object>();
  }

 private:
  v8::MaybeLocal<v8::Object> Fail(v8::Isolate* isolate) {
    ThrowError(isolate, "Unable to deserialize cloned data.");
    return {};
  }

  IpcHooks* hooks_;
  v8::Local<v8::ArrayBuffer> buffer_;
  v8::ValueDeserializer deserializer_;
};

// setIpcHooks(viewTag, plainCopy, makeView)
void SetIpcHooks(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsFunction() && info[1]->IsFunction() && info[2]->IsFunction());
  v8::Isolate* isolate = info.GetIsolate();
  IpcHooks* hooks = &StateOf(info)->ipc_hooks;
  hooks->view_tag.Reset(isolate, info[0].As<v8::Function>());
  hooks->plain_copy.Reset(isolate, info[1].As<v8::Function>());
  hooks->make_view.Reset(isolate, info[2].As<v8::Function>());
}

// ipcSerialize(value, kindByte) -> ArrayBuffer: the whole frame. Throws what V8, a getter or
// the hooks throw.
void IpcSerialize(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  IpcHooks* hooks = &StateOf(info)->ipc_hooks;
  CHECK(!hooks->view_tag.IsEmpty());
  CHECK(info[1]->IsUint32());
  IpcWriter writer(isolate, hooks);
  static const uint8_t kZeroPrefix[kIpcPrefix] = {};
  writer.serializer().WriteRawBytes(kZeroPrefix, kIpcPrefix);
  writer.serializer().WriteHeader();
  bool written = writer.serializer().WriteValue(isolate->GetCurrentContext(), info[0]).FromMaybe(false);
  std::pair<uint8_t*, size_t> data = writer.serializer().Release();
  if (!written) {
    std::free(data.first);
    return;
  }
  size_t body = data.second - kIpcPrefix;
  if (body > UINT32_MAX) {
    std::free(data.first);
    ThrowError(isolate, "IPC message is too long");
    return;
  }
  data.first[0] = static_cast<uint8_t>(body >> 24);
  data.first[1] = static_cast<uint8_t>(body >> 16);
  data.first[2] = static_cast<uint8_t>(body >> 8);
  data.first[3] = static_cast<uint8_t>(body);
  data.first[4] = static_cast<uint8_t>(info[1].As<v8::Uint32>()->Value());
  info.GetReturnValue().Set(BytesFromSerializer(isolate, data)->Buffer());
}

// ipcDeserialize(view, offset, length) -> the value serialized in those bytes of the view
// (JS has checked the range). Host objects' bytes are viewed in place where aligned.
void IpcDeserialize(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  IpcHooks* hooks = &StateOf(info)->ipc_hooks;
  CHECK(!hooks->view_tag.IsEmpty());
  CHECK(info[0]->IsArrayBufferView() && info[1]->IsNumber() && info[2]->IsNumber());
  v8::Local<v8::ArrayBufferView> view = info[0].As<v8::ArrayBufferView>();
  size_t offset = static_cast<size_t>(info[1].As<v8::Number>()->Value());
  size_t length = static_cast<size_t>(info[2].As<v8::Number>()->Value());
  CHECK(offset + length <= view->ByteLength());
  v8::Local<v8::ArrayBuffer> buffer = view->Buffer();
  const uint8_t* data = static_cast<const uint8_t*>(buffer->Data()) + view->ByteOffset() + offset;
  IpcReader reader(isolate, hooks, buffer, data, length);
  bool header;
  if (!reader.deserializer().ReadHeader(context).To(&header)) return;
  v8::Local<v8::Value> value;
  if (reader.deserializer().ReadValue(context).ToLocal(&value)) info.GetReturnValue().Set(value);
}

v8::Local<v8::FunctionTemplate> NewClass(v8::Isolate* isolate, const char* name, v8::FunctionCallback constructor,
                                         v8::Local<v8::Value> state, int length) {
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, constructor, state, {}, length);
  tmpl->SetClassName(OneByteString(isolate, name));
  tmpl->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  return tmpl;
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  auto* state = new SerdesState();
  env->AddCleanupHook(SerdesState::Cleanup, state);
  v8::Local<v8::External> state_data = v8::External::New(isolate, state);

  v8::Local<v8::FunctionTemplate> serializer = NewClass(isolate, "Serializer", SerializerWrap::New, state_data, 0);
  SetProtoMethod(isolate, serializer, "writeHeader", SerializerWrap::WriteHeader);
  SetProtoMethod(isolate, serializer, "writeValue", SerializerWrap::WriteValue);
  SetProtoMethod(isolate, serializer, "releaseBuffer", SerializerWrap::ReleaseBuffer);
  SetProtoMethod(isolate, serializer, "transferArrayBuffer", SerializerWrap::TransferArrayBuffer);
  SetProtoMethod(isolate, serializer, "writeUint32", SerializerWrap::WriteUint32);
  SetProtoMethod(isolate, serializer, "writeUint64", SerializerWrap::WriteUint64);
  SetProtoMethod(isolate, serializer, "writeDouble", SerializerWrap::WriteDouble);
  SetProtoMethod(isolate, serializer, "writeRawBytes", SerializerWrap::WriteRawBytes);
  SetProtoMethod(isolate, serializer, "_setTreatArrayBufferViewsAsHostObjects",
                 SerializerWrap::SetTreatArrayBufferViewsAsHostObjects);
  SetConstant(context, target, "Serializer", serializer->GetFunction(context).ToLocalChecked());

  v8::Local<v8::FunctionTemplate> deserializer = NewClass(isolate, "Deserializer", DeserializerWrap::New, state_data, 1);
  SetProtoMethod(isolate, deserializer, "readHeader", DeserializerWrap::ReadHeader);
  SetProtoMethod(isolate, deserializer, "readValue", DeserializerWrap::ReadValue);
  SetProtoMethod(isolate, deserializer, "getWireFormatVersion", DeserializerWrap::GetWireFormatVersion);
  SetProtoMethod(isolate, deserializer, "transferArrayBuffer", DeserializerWrap::TransferArrayBuffer);
  SetProtoMethod(isolate, deserializer, "readUint32", DeserializerWrap::ReadUint32);
  SetProtoMethod(isolate, deserializer, "readUint64", DeserializerWrap::ReadUint64);
  SetProtoMethod(isolate, deserializer, "readDouble", DeserializerWrap::ReadDouble);
  SetProtoMethod(isolate, deserializer, "_readRawBytes", DeserializerWrap::ReadRawBytes);
  SetConstant(context, target, "Deserializer", deserializer->GetFunction(context).ToLocalChecked());

  SetMethod(context, target, "structuredClone", StructuredClone);
  SetMethod(context, target, "setIpcHooks", SetIpcHooks, state_data);
  SetMethod(context, target, "ipcSerialize", IpcSerialize, state_data);
  SetMethod(context, target, "ipcDeserialize", IpcDeserialize, state_data);
}

}  // namespace
}  // namespace lode

LODE_BINDING(serdes, lode::Initialize)
