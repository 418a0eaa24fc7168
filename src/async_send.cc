// uv_async_send, as lode defines it for the whole process.
//
// Why: every thread-pool completion (fs, dns, crypto, zlib work) reaches the loop through
// uv_async_send. In libuv 1.44 (Debian 12's) the sender marks the handle busy (pending = 1),
// writes the loop's eventfd, and only then marks it pending (2); the loop thread, woken by
// that very write, spins (997 pauses, then sched_yield) until the sender returns from write()
// and clears the busy mark. On a machine with few CPUs the woken loop thread often runs on
// the sender's CPU and spins while the sender cannot run: a 1 GB stream copy spent 40 ms of
// loop time in that spin and ran 15% slower than node. libuv 1.45 removed the spin; node 20
// ships a newer libuv.
//
// What: the executable exports this definition, so libuv's own calls (which go through its
// PLT) and everyone else's use it. It keeps 1.44's protocol, which libuv's reader and
// uv_close() still follow — 0 idle, 1 busy, 2 pending — but is busy only for the few
// instructions that read the loop's descriptor, and marks the handle pending *before* the
// write. The reader drains the eventfd before it looks at the handles, so a wake-up is never
// lost: either it sees 2 after draining, or the write that follows wakes it again (at worst
// one spurious wake-up).
//
// The one new hazard: after the handle is marked pending the loop may run its callback,
// finish and close its eventfd before the sender's write, and the descriptor number could be
// reused. Senders are counted while in that window, and every loop lode closes waits for the
// count to drop (WaitForAsyncSenders) first. The main loop is never closed.
//
// Any other libuv version gets libuv's own function: the protocol above is 1.44's.
#include "async_send.h"

#include <dlfcn.h>
#include <sched.h>
#include <unistd.h>
#include <uv.h>

#include <atomic>
#include <cerrno>
#include <cstdint>

namespace lode {
namespace {

std::atomic<int> senders_in_flight{0};

using AsyncSendFn = int (*)(uv_async_t*);

// libuv's own uv_async_send for versions other than 1.44; nullptr to use ours.
AsyncSendFn LibuvAsyncSend() {
  static const AsyncSendFn fn = []() -> AsyncSendFn {
    if (UV_VERSION_MAJOR == 1 && UV_VERSION_MINOR == 44 && (uv_version() >> 8) == ((1u << 8) | 44u)) {
      return nullptr;
    }
    return reinterpret_cast<AsyncSendFn>(dlsym(RTLD_NEXT, "uv_async_send"));
  }();
  return fn;
}

// Where a wake-up is written: the loop's eventfd (then async_wfd is -1 and the write is an
// 8-byte count), or the write end of its self-pipe (one byte).
struct WakeTarget {
  int fd;
  size_t length;
};

WakeTarget LoopWakeTarget(uv_loop_t* loop) {
  if (loop->async_wfd == -1) return {loop->async_io_watcher.fd, sizeof(uint64_t)};
  return {loop->async_wfd, 1};
}

}  // namespace

void WaitForAsyncSenders() {
  while (senders_in_flight.load(std::memory_order_seq_cst) != 0) sched_yield();
}

}  // namespace lode

extern "C" int uv_async_send(uv_async_t* handle) {
  if (lode::AsyncSendFn libuv = lode::LibuvAsyncSend()) return libuv(handle);
  // Already pending: the loop has been or will be woken for it.
  if (__atomic_load_n(&handle->pending, __ATOMIC_RELAXED) != 0) return 0;
  lode::senders_in_flight.fetch_add(1, std::memory_order_seq_cst);
  int idle = 0;
  if (!__atomic_compare_exchange_n(&handle->pending, &idle, 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
    lode::senders_in_flight.fetch_sub(1, std::memory_order_seq_cst);
    return 0;
  }
  const lode::WakeTarget target = lode::LoopWakeTarget(handle->loop);
  // From here on neither the handle nor the loop is touched: only the descriptor number.
  __atomic_store_n(&handle->pending, 2, __ATOMIC_SEQ_CST);
  static const uint64_t kOne = 1;  // (a self-pipe reader ignores what its byte is)
  ssize_t written;
  do {
    written = write(target.fd, &kOne, target.length);
  } while (written == -1 && errno == EINTR);
  // EAGAIN: the eventfd counter is saturated, so the loop is already due to wake.
  lode::senders_in_flight.fetch_sub(1, std::memory_order_seq_cst);
  return 0;
}
