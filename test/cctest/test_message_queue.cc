// The thread-safe half of messaging (src/message_queue.cc): port groups, queues, and the
// waker, without V8. Several threads post at once; nothing is lost or reordered.
#include <gtest/gtest.h>
#include <poll.h>

#include <atomic>
#include <thread>
#include <vector>

#include "messaging.h"

namespace {

// An owner that only counts its wake-ups.
class CountingOwner final : public lode::PortOwner {
 public:
  explicit CountingOwner(std::shared_ptr<lode::PortWaker> waker) : PortOwner(std::move(waker)) {}
  void DeliverMessages() override { delivered++; }
  int delivered = 0;
};

std::shared_ptr<lode::Message> Tagged(size_t tag) {
  auto message = std::make_shared<lode::Message>();
  message->size = tag;  // no payload: the size field carries the tag
  return message;
}

bool Readable(int fd) {
  pollfd entry = {fd, POLLIN, 0};
  return poll(&entry, 1, 0) == 1;
}

TEST(MessageQueue, PairDeliversToTheOtherEndOnly) {
  std::unique_ptr<lode::MessagePortData> a;
  std::unique_ptr<lode::MessagePortData> b;
  lode::MessagePortData::NewPair(&a, &b);
  a->Send(Tagged(1));
  b->Send(Tagged(2));
  std::deque<std::shared_ptr<lode::Message>> got;
  b->TakeAll(&got);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0]->size, 1u);
  got.clear();
  a->TakeAll(&got);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0]->size, 2u);
}

TEST(MessageQueue, LeavingAPairClosesTheOtherEndAfterItsMessages) {
  std::unique_ptr<lode::MessagePortData> a;
  std::unique_ptr<lode::MessagePortData> b;
  lode::MessagePortData::NewPair(&a, &b);
  a->Send(Tagged(7));
  a.reset();
  std::deque<std::shared_ptr<lode::Message>> got;
  b->TakeAll(&got);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0]->size, 7u);
  EXPECT_TRUE(got[1]->closes_port);
  // Nobody hears a closed pair.
  b->Send(Tagged(8));
}

TEST(MessageQueue, PutBackKeepsOrder) {
  std::unique_ptr<lode::MessagePortData> a;
  std::unique_ptr<lode::MessagePortData> b;
  lode::MessagePortData::NewPair(&a, &b);
  for (size_t i = 0; i < 4; i++) a->Send(Tagged(i));
  std::deque<std::shared_ptr<lode::Message>> taken;
  b->TakeAll(&taken);
  taken.pop_front();  // delivered
  a->Send(Tagged(4));
  b->PutBack(&taken);
  EXPECT_TRUE(taken.empty());
  std::deque<std::shared_ptr<lode::Message>> all;
  b->TakeAll(&all);
  ASSERT_EQ(all.size(), 4u);
  for (size_t i = 0; i < 4; i++) EXPECT_EQ(all[i]->size, i + 1);
}

TEST(MessageQueue, BroadcastGroupsByName) {
  auto group = lode::PortGroup::ForBroadcast("cctest-news");
  EXPECT_EQ(group, lode::PortGroup::ForBroadcast("cctest-news"));
  EXPECT_NE(group, lode::PortGroup::ForBroadcast("cctest-other"));
  lode::MessagePortData a(group);
  lode::MessagePortData b(group);
  lode::MessagePortData c(lode::PortGroup::ForBroadcast("cctest-news"));
  a.Send(Tagged(3));
  EXPECT_EQ(a.QueueSize(), 0u);
  EXPECT_EQ(b.QueueSize(), 1u);
  EXPECT_EQ(c.QueueSize(), 1u);
}

TEST(MessageQueue, WakerSignalsOnceUntilTaken) {
  auto waker = std::make_shared<lode::PortWaker>();
  CountingOwner first(waker);
  CountingOwner second(waker);
  EXPECT_TRUE(waker->MarkReady(&first));
  waker->Signal();
  EXPECT_FALSE(waker->MarkReady(&first));
  EXPECT_FALSE(waker->MarkReady(&second));
  EXPECT_TRUE(Readable(waker->fd()));
  std::vector<lode::PortOwner*> ready = waker->TakeReady(true);
  EXPECT_EQ(ready.size(), 2u);
  EXPECT_FALSE(Readable(waker->fd()));
  EXPECT_TRUE(waker->MarkReady(&second));
  waker->Forget(&second);
  waker->Signal();
  EXPECT_TRUE(waker->TakeReady(true).empty());
}

// While the owner's thread spins, a sender lists its owner without writing the eventfd, the
// spinner sees the work, and ending the spin reports it; nothing is left to wake the loop.
TEST(MessageQueue, SpinningOwnerIsNotSignalled) {
  auto waker = std::make_shared<lode::PortWaker>();
  CountingOwner owner(waker);
  EXPECT_TRUE(waker->BeginSpin());
  EXPECT_FALSE(waker->SpinSeesWork());
  EXPECT_FALSE(waker->MarkReady(&owner));  // no Signal() needed
  EXPECT_TRUE(waker->SpinSeesWork());
  EXPECT_TRUE(waker->EndSpin());
  EXPECT_FALSE(Readable(waker->fd()));
  std::vector<lode::PortOwner*> ready = waker->TakeReady(false);
  ASSERT_EQ(ready.size(), 1u);
  EXPECT_EQ(ready[0], &owner);
  // Not spinning: the eventfd is written as before, and a spin is refused while work waits.
  EXPECT_TRUE(waker->MarkReady(&owner));
  waker->Signal();
  EXPECT_FALSE(waker->BeginSpin());
  EXPECT_TRUE(Readable(waker->fd()));
  EXPECT_EQ(waker->TakeReady(true).size(), 1u);
  EXPECT_FALSE(Readable(waker->fd()));
}

TEST(MessageQueue, ManyThreadsLoseAndReorderNothing) {
  constexpr size_t kThreads = 4;
  constexpr size_t kPerThread = 20000;
  auto waker = std::make_shared<lode::PortWaker>();
  CountingOwner owner(waker);
  std::unique_ptr<lode::MessagePortData> receiver;
  std::vector<std::unique_ptr<lode::MessagePortData>> senders;
  auto group = lode::PortGroup::ForBroadcast("cctest-many");
  receiver = std::make_unique<lode::MessagePortData>(group);
  receiver->SetOwner(&owner);
  for (size_t t = 0; t < kThreads; t++) senders.push_back(std::make_unique<lode::MessagePortData>(group));

  std::vector<std::thread> threads;
  for (size_t t = 0; t < kThreads; t++) {
    threads.emplace_back([&, t] {
      for (size_t i = 0; i < kPerThread; i++) {
        // Broadcast: the other senders hear it too; only the receiver is checked.
        senders[t]->Send(Tagged(t * kPerThread + i));
      }
    });
  }
  std::vector<size_t> next(kThreads, 0);
  size_t received = 0;
  while (received < kThreads * kPerThread) {
    pollfd entry = {waker->fd(), POLLIN, 0};
    bool readable = poll(&entry, 1, 100) > 0;
    for (lode::PortOwner* ready : waker->TakeReady(readable)) EXPECT_EQ(ready, &owner);
    std::deque<std::shared_ptr<lode::Message>> got;
    receiver->TakeAll(&got);
    for (const auto& message : got) {
      size_t sender = message->size / kPerThread;
      ASSERT_LT(sender, kThreads);
      EXPECT_EQ(message->size % kPerThread, next[sender]);
      next[sender]++;
      received++;
    }
  }
  for (std::thread& thread : threads) thread.join();
  receiver->SetOwner(nullptr);
  waker->Forget(&owner);
  for (size_t t = 0; t < kThreads; t++) EXPECT_EQ(next[t], kPerThread);
}

}  // namespace
