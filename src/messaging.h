// Messaging between threads: MessagePort, MessageChannel, BroadcastChannel (see ARCHITECTURE.md,
// "worker_threads").
//
// A port is two halves. MessagePortData is the half that may travel between threads: a
// mutex-locked queue of incoming messages and the group of ports it is entangled with. The
// other half, MessagePortWrap (messaging.cc), is the JS object of one Environment and owns a
// uv_async_t on that Environment's loop. Sending serializes the value with V8's
// ValueSerializer, appends the message to each peer's queue under the peer's lock, and wakes
// the peer's owner with uv_async_send; the owner drains its queue on its own loop.
//
// Transferring a port moves its MessagePortData into the message (the sender's JS object
// closes); the receiving thread wraps it in a new JS object. A port in transit still queues
// what its peer sends, so nothing is lost on the way.
#ifndef LODE_SRC_MESSAGING_H_
#define LODE_SRC_MESSAGING_H_

#include <v8.h>

#include <cstdint>
#include <cstdlib>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace lode {

class Environment;
class MessagePortData;
class MessagePortWrap;

// One postMessage in flight: V8's wire bytes and what travels beside them.
struct Message {
  struct FreeBytes {
    void operator()(uint8_t* bytes) const { std::free(bytes); }
  };
  std::unique_ptr<uint8_t, FreeBytes> bytes;
  size_t size = 0;
  // Transferred ArrayBuffers' memory, moved (never copied) out of the sender's buffers.
  std::vector<std::shared_ptr<v8::BackingStore>> array_buffers;
  std::vector<std::shared_ptr<v8::BackingStore>> shared_array_buffers;
  std::vector<v8::CompiledWasmModule> wasm_modules;
  // Transferred ports, in transfer-list order.
  std::vector<std::unique_ptr<MessagePortData>> ports;
  // The marker a closing peer leaves behind its last message.
  bool closes_port = false;
};

// Ports that hear each other: the two ends of a MessageChannel, or every BroadcastChannel of
// one name in the process. Members are MessagePortData; the group never owns them.
class PortGroup {
 public:
  // A pair: when one end leaves, the other is told to close.
  static std::shared_ptr<PortGroup> NewPair();
  // The process-wide group of BroadcastChannels named `name`.
  static std::shared_ptr<PortGroup> ForBroadcast(const std::string& name);
  ~PortGroup();

  void Join(MessagePortData* member);
  void Leave(MessagePortData* member);
  // Hands `message` to every member but `sender`. A message that carries transferred
  // objects goes to one member only (pairs have one other member).
  void Deliver(MessagePortData* sender, std::shared_ptr<Message> message);
  bool Contains(const MessagePortData* member);

 private:
  PortGroup(bool is_pair, std::string name) : is_pair_(is_pair), name_(std::move(name)) {}

  std::mutex mutex_;
  std::vector<MessagePortData*> members_;
  const bool is_pair_;
  const std::string name_;  // broadcast groups only
};

class MessagePortData {
 public:
  explicit MessagePortData(std::shared_ptr<PortGroup> group);
  // Leaves the group: a MessageChannel peer then closes.
  ~MessagePortData();
  MessagePortData(const MessagePortData&) = delete;
  MessagePortData& operator=(const MessagePortData&) = delete;

  // Two entangled ports.
  static void NewPair(std::unique_ptr<MessagePortData>* first, std::unique_ptr<MessagePortData>* second);

  // Any thread: appends and wakes the owner, if the port has one right now.
  void Enqueue(std::shared_ptr<Message> message);
  // The owner's thread: the oldest message, or null.
  std::shared_ptr<Message> Dequeue();
  // Whether the oldest message is the close marker (processed even while not receiving).
  bool FrontClosesPort();
  size_t QueueSize();
  void DropQueue();

  // Sends to the peers; silently dropped when there are none (closed or never entangled).
  void Send(std::shared_ptr<Message> message) { group_->Deliver(this, std::move(message)); }
  PortGroup* group() const { return group_.get(); }

  // Set while a JS object of some thread owns this half; null while in transit.
  void SetOwner(MessagePortWrap* owner);

 private:
  std::mutex mutex_;
  std::deque<std::shared_ptr<Message>> queue_;
  MessagePortWrap* owner_ = nullptr;
  std::shared_ptr<PortGroup> group_;
};

// Wraps `data` in a new MessagePort object of `env` (the receiving end of a transfer, or a
// worker's side of its control channel).
v8::MaybeLocal<v8::Object> NewMessagePort(Environment* env, std::unique_ptr<MessagePortData> data);

}  // namespace lode

#endif  // LODE_SRC_MESSAGING_H_
