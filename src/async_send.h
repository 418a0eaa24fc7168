// lode's uv_async_send (see async_send.cc): the wake-up libuv's thread pool, V8's platform
// and workers use to reach a loop from another thread, without libuv 1.44's busy-wait.
#ifndef LODE_SRC_ASYNC_SEND_H_
#define LODE_SRC_ASYNC_SEND_H_

namespace lode {

// Call before uv_loop_close() on any loop another thread may wake: returns once no wake-up
// that started earlier is still about to write to a loop's descriptor.
void WaitForAsyncSenders();

}  // namespace lode

#endif  // LODE_SRC_ASYNC_SEND_H_
