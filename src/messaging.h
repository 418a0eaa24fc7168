// Messaging between threads: MessagePort, MessageChannel, BroadcastChannel (see ARCHITECTURE.md,
// "worker_threads").
//
// A port is two halves. MessagePortData is the half that may travel between threads: a
// mutex-locked queue of incoming messages and the group of ports it is entangled with
// (message_queue.cc). The other half, MessagePortWrap (messaging.cc), is the JS object of
// one Environment. Sending serializes the value with V8's ValueSerializer, appends the
// message to each peer's queue under the peer's lock, and wakes the peer's Environment
// through its PortWaker; that thread drains the queue on its own loop.
//
// Transferring a port moves its MessagePortData into the message (the sender's JS object
// closes); the receiving thread wraps it in a new JS object. A port in transit still queues
// what its peer sends, so nothing is lost on the way.
#ifndef LODE_SRC_MESSAGING_H_
#define LODE_SRC_MESSAGING_H_

#include <v8.h>

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "base_object.h"

namespace lode {

class Environment;
class MessagePortData;
class PortOwner;

// State that JS objects of several threads share, such as a net.BlockList's rules
// (block_list.cc). A cloneable object puts a handle to it in its clone data; the message
// then carries the state itself, not a copy, and the reading thread gets a new handle to the
// very same state: what one side changes, the other sees. Thread safety is the state's own.
class SharedState {
 public:
  virtual ~SharedState() = default;
  // The reading thread: a new handle object of `env` to `self` (this very state).
  virtual v8::MaybeLocal<v8::Object> NewHandle(Environment* env, std::shared_ptr<SharedState> self) = 0;
};

// The JS object over a SharedState: weak, freed by the GC or at teardown. Its template needs
// kInternalFieldCount fields; the second marks the object as a handle, so that the message
// serializer tells handles apart from other host objects.
class SharedStateHandle : public BaseObject {
 public:
  static constexpr int kTagSlot = BaseObject::kInternalFieldCount;
  static constexpr int kInternalFieldCount = kTagSlot + 1;

  SharedStateHandle(Environment* env, v8::Local<v8::Object> object, std::shared_ptr<SharedState> state);
  ~SharedStateHandle() override;

  // The handle `object` is, or null when it is none.
  static SharedStateHandle* FromObject(v8::Local<v8::Object> object);
  const std::shared_ptr<SharedState>& state() const { return state_; }

 private:
  static void DeleteAtTeardown(void* handle);

  std::shared_ptr<SharedState> state_;
};

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
  // The bytes start with an array of what transferred JS objects (a FileHandle) left to
  // rebuild themselves from; the value refers to its entries by index.
  bool has_transferable_data = false;
  // What cloneable objects in the value (a Blob) are rebuilt from: V8 bytes of an array.
  std::unique_ptr<uint8_t, FreeBytes> clone_bytes;
  size_t clone_size = 0;
  // The shared states that handles in the clone data refer to, by index (see SharedState).
  std::vector<std::shared_ptr<SharedState>> shared_states;
  // The marker a closing peer leaves behind its last message.
  bool closes_port = false;
  // The transfer list held the very port the message was going to (the sender's peer): the
  // message cannot be delivered, and the channel is lost with it, as in node.
  bool posted_to_target = false;
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
  // Hands `message` to every member but `sender` (a message that carries transferred
  // objects is only ever sent in a pair). Nothing when `sender` has left.
  void Deliver(MessagePortData* sender, const std::shared_ptr<Message>& message);
  bool Contains(const MessagePortData* member);

 private:
  PortGroup(bool is_pair, std::string name) : is_pair_(is_pair), name_(std::move(name)) {}

  std::mutex mutex_;
  std::vector<MessagePortData*> members_;
  const bool is_pair_;
  const std::string name_;  // broadcast groups only
};

// How other threads wake an Environment for its ports: the ports that have messages are
// listed, and an eventfd its loop polls is written once until the list is taken.
//
// Not a uv_async_t per port: libuv before 1.45 (Debian 12 ships 1.44) makes a woken loop spin
// and sched_yield() until the sending thread has returned from uv_async_send(), and with one
// message per wake-up (a ping-pong) that cost more than everything else. Shared: a sender may
// still hold it, and write its fd, while the Environment goes away.
class PortWaker {
 public:
  PortWaker();
  ~PortWaker();
  PortWaker(const PortWaker&) = delete;
  PortWaker& operator=(const PortWaker&) = delete;

  int fd() const { return fd_; }
  // Any thread, under the lock of the data `owner` owns (see MessagePortData::SetOwner):
  // lists it; true when the loop has to be woken and Signal() must follow. Cheap when the
  // owner is listed already (a burst of messages).
  bool MarkReady(PortOwner* owner);
  void Signal();
  // The owner's thread, with nothing else to do before its loop would block: while spinning,
  // senders list their owners without writing the eventfd (no wake-up system call, no
  // sleeping thread to schedule). BeginSpin() is false when work is already signalled;
  // EndSpin() is true when work arrived meanwhile, to be taken with TakeReady() at once.
  bool BeginSpin();
  bool SpinSeesWork() const { return signalled_.load(std::memory_order_acquire); }
  bool EndSpin();
  // The owner's thread, before the owner goes away.
  void Forget(PortOwner* owner);
  // The owner's thread, when fd() is readable (`readable`) or a spin saw work: the owners
  // to deliver for.
  std::vector<PortOwner*> TakeReady(bool readable);

 private:
  std::mutex mutex_;
  std::vector<PortOwner*> ready_;       // each at most once
  std::atomic<bool> signalled_{false};  // work listed since the last TakeReady(); written
                                        // under mutex_, read without it while spinning
  bool spinning_ = false;               // under mutex_
  const int fd_;
};

// What owns a MessagePortData on one thread (a JS MessagePort).
class PortOwner {
 public:
  explicit PortOwner(std::shared_ptr<PortWaker> waker)
      : waker_(std::move(waker)), created_(next_created_.fetch_add(1, std::memory_order_relaxed)) {}
  const std::shared_ptr<PortWaker>& waker() const { return waker_; }
  // The owner's thread, after a wake-up: deliver what is queued.
  virtual void DeliverMessages() = 0;

 protected:
  ~PortOwner() = default;

 private:
  friend class PortWaker;
  std::shared_ptr<PortWaker> waker_;
  // Owners made earlier deliver first within one wake-up (node's order: each port's whole
  // queue, in the order the ports were made).
  const uint64_t created_;
  static inline std::atomic<uint64_t> next_created_{0};
  // In waker_'s ready list. Written under its mutex; read without it by MarkReady().
  std::atomic<bool> listed_{false};
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
  // The owner's thread: moves every queued message to the end of `out`, in one lock.
  void TakeAll(std::deque<std::shared_ptr<Message>>* out);
  // The owner's thread: puts `messages` back in front of what is queued (the owner is
  // giving this half up, with messages it had taken but not delivered).
  void PutBack(std::deque<std::shared_ptr<Message>>* messages);
  size_t QueueSize();

  // Sends to the peers; silently dropped when there are none (closed or never entangled).
  void Send(const std::shared_ptr<Message>& message) { group_->Deliver(this, message); }
  PortGroup* group() const { return group_.get(); }

  // Set while an object of some thread owns this half; null while in transit. The owner
  // detaches (under the lock) before it goes away, so a sender never wakes a dead owner.
  void SetOwner(PortOwner* owner);

 private:
  void DropQueue();

  std::mutex mutex_;
  std::deque<std::shared_ptr<Message>> queue_;
  PortOwner* owner_ = nullptr;
  std::shared_ptr<PortGroup> group_;
};

// Wraps `data` in a new MessagePort object of `env` (the receiving end of a transfer, or a
// worker's side of its control channel).
v8::MaybeLocal<v8::Object> NewMessagePort(Environment* env, std::unique_ptr<MessagePortData> data);

}  // namespace lode

#endif  // LODE_SRC_MESSAGING_H_
