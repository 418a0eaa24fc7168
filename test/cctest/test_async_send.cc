// lode's uv_async_send (src/async_send.cc): no wake-up is lost however many threads send at
// once, and a loop can be closed right after its last wake-up.
#include <gtest/gtest.h>
#include <uv.h>

#include <atomic>
#include <thread>
#include <vector>

#include "async_send.h"

namespace {

struct Shared {
  uv_async_t async;
  uv_timer_t watchdog;
  std::atomic<long> produced{0};
  long consumed = 0;
  long total = 0;
  bool timed_out = false;
};

void CloseAll(Shared* shared) {
  uv_close(reinterpret_cast<uv_handle_t*>(&shared->async), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&shared->watchdog), nullptr);
}

TEST(AsyncSend, EveryItemIsSeenAfterItsSend) {
  constexpr int kThreads = 4;
  constexpr long kPerThread = 50000;
  uv_loop_t loop;
  ASSERT_EQ(uv_loop_init(&loop), 0);
  Shared shared;
  shared.total = kThreads * kPerThread;
  ASSERT_EQ(uv_async_init(&loop, &shared.async, [](uv_async_t* handle) {
    auto* s = reinterpret_cast<Shared*>(handle);
    s->consumed = s->produced.load();
    if (s->consumed == s->total) CloseAll(s);
  }), 0);
  ASSERT_EQ(uv_timer_init(&loop, &shared.watchdog), 0);
  shared.watchdog.data = &shared;
  // A lost wake-up would leave the last items unseen and the loop waiting: fail instead.
  ASSERT_EQ(uv_timer_start(&shared.watchdog, [](uv_timer_t* timer) {
    auto* s = static_cast<Shared*>(timer->data);
    s->timed_out = true;
    CloseAll(s);
  }, 20000, 0), 0);
  std::vector<std::thread> senders;
  for (int t = 0; t < kThreads; t++) {
    senders.emplace_back([&shared]() {
      for (long i = 0; i < kPerThread; i++) {
        shared.produced.fetch_add(1);
        uv_async_send(&shared.async);
      }
    });
  }
  uv_run(&loop, UV_RUN_DEFAULT);
  for (std::thread& sender : senders) sender.join();
  EXPECT_FALSE(shared.timed_out);
  EXPECT_EQ(shared.consumed, shared.total);
  lode::WaitForAsyncSenders();
  EXPECT_EQ(uv_loop_close(&loop), 0);
}

// Loops made and closed over and over while another thread wakes each one once: closing
// waits for a sender still about to write, so no write lands on a reused descriptor.
TEST(AsyncSend, LoopsCloseSafelyRightAfterAWakeUp) {
  for (int round = 0; round < 200; round++) {
    uv_loop_t loop;
    ASSERT_EQ(uv_loop_init(&loop), 0);
    uv_async_t async;
    ASSERT_EQ(uv_async_init(&loop, &async, [](uv_async_t* handle) {
      uv_close(reinterpret_cast<uv_handle_t*>(handle), nullptr);
    }), 0);
    std::thread sender([&async]() { uv_async_send(&async); });
    uv_run(&loop, UV_RUN_DEFAULT);
    lode::WaitForAsyncSenders();
    EXPECT_EQ(uv_loop_close(&loop), 0);
    sender.join();
  }
}

}  // namespace
