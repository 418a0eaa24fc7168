// The thread-safe half of messaging (see messaging.h): port groups, the queues of
// MessagePortData, and the PortWaker that wakes an Environment's loop. No V8 here but the
// Message payload's types; the binding is messaging.cc.
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "messaging.h"
#include "utils.h"

namespace lode {

// Groups -------------------------------------------------------------------------------------

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

void PortGroup::Deliver(MessagePortData* sender, const std::shared_ptr<Message>& message) {
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

// Waking -------------------------------------------------------------------------------------

PortWaker::PortWaker() : fd_(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) { CHECK_GE(fd_, 0); }

PortWaker::~PortWaker() { close(fd_); }

bool PortWaker::MarkReady(PortOwner* owner) {
  // Listed means TakeReady() has not taken it yet: the caller's message, queued before, will
  // be seen when it is.
  if (owner->listed_.load(std::memory_order_acquire)) return false;
  std::lock_guard<std::mutex> lock(mutex_);
  if (!owner->listed_.load(std::memory_order_relaxed)) {
    owner->listed_.store(true, std::memory_order_release);
    ready_.push_back(owner);
  }
  if (signalled_.load(std::memory_order_relaxed)) return false;
  signalled_.store(true, std::memory_order_release);
  // A spinning owner thread sees signalled_ itself.
  return !spinning_;
}

bool PortWaker::BeginSpin() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (signalled_.load(std::memory_order_relaxed)) return false;
  spinning_ = true;
  return true;
}

bool PortWaker::EndSpin() {
  std::lock_guard<std::mutex> lock(mutex_);
  spinning_ = false;
  return signalled_.load(std::memory_order_relaxed);
}

void PortWaker::Signal() {
  uint64_t one = 1;
  USE(write(fd_, &one, sizeof(one)));
}

void PortWaker::Forget(PortOwner* owner) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!owner->listed_.load(std::memory_order_relaxed)) return;
  owner->listed_.store(false, std::memory_order_relaxed);
  ready_.erase(std::find(ready_.begin(), ready_.end(), owner));
}

std::vector<PortOwner*> PortWaker::TakeReady(bool readable) {
  // Polled readable: reset the eventfd. (After a spin nothing was written: senders saw the
  // spin. A write that lands after this read only makes one empty wake-up later.)
  if (readable) {
    uint64_t count;
    USE(read(fd_, &count, sizeof(count)));
  }
  std::vector<PortOwner*> ready;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    ready.swap(ready_);
    for (PortOwner* owner : ready) owner->listed_.store(false, std::memory_order_release);
    signalled_.store(false, std::memory_order_relaxed);
  }
  if (ready.size() > 1) {
    std::sort(ready.begin(), ready.end(),
              [](const PortOwner* a, const PortOwner* b) { return a->created_ < b->created_; });
  }
  return ready;
}

// Port data ----------------------------------------------------------------------------------

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

void MessagePortData::Enqueue(std::shared_ptr<Message> message) {
  std::shared_ptr<PortWaker> waker;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    queue_.push_back(std::move(message));
    if (owner_ != nullptr && owner_->waker()->MarkReady(owner_)) waker = owner_->waker();
  }
  // The system call outside the lock: the thread it wakes takes that lock first thing.
  if (waker != nullptr) waker->Signal();
}

void MessagePortData::TakeAll(std::deque<std::shared_ptr<Message>>* out) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (out->empty()) {
    out->swap(queue_);
    return;
  }
  for (std::shared_ptr<Message>& message : queue_) out->push_back(std::move(message));
  queue_.clear();
}

void MessagePortData::PutBack(std::deque<std::shared_ptr<Message>>* messages) {
  std::lock_guard<std::mutex> lock(mutex_);
  queue_.insert(queue_.begin(), std::make_move_iterator(messages->begin()),
                std::make_move_iterator(messages->end()));
  messages->clear();
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

void MessagePortData::SetOwner(PortOwner* owner) {
  std::shared_ptr<PortWaker> waker;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    owner_ = owner;
    if (owner_ != nullptr && !queue_.empty() && owner_->waker()->MarkReady(owner_)) waker = owner_->waker();
  }
  if (waker != nullptr) waker->Signal();
}

}  // namespace lode
