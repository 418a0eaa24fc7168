// A GoogleTest fixture with V8 initialized once per process and a fresh isolate and private
// uv loop per test.
#ifndef LODE_TEST_CCTEST_V8_FIXTURE_H_
#define LODE_TEST_CCTEST_V8_FIXTURE_H_

#include <gtest/gtest.h>
#include <libplatform/libplatform.h>
#include <uv.h>
#include <v8.h>

#include <memory>

#include "async_send.h"
#include "cli.h"

class V8Test : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    static std::unique_ptr<v8::Platform> platform = [] {
      auto p = v8::platform::NewDefaultPlatform(2);
      v8::V8::InitializePlatform(p.get());
      v8::V8::Initialize();
      return p;
    }();
  }

  void SetUp() override {
    allocator_.reset(v8::ArrayBuffer::Allocator::NewDefaultAllocator());
    v8::Isolate::CreateParams params;
    params.array_buffer_allocator = allocator_.get();
    isolate_ = v8::Isolate::New(params);
    ASSERT_EQ(uv_loop_init(&loop_), 0);
  }

  void TearDown() override {
    isolate_->Dispose();
    uv_run(&loop_, UV_RUN_DEFAULT);
    lode::WaitForAsyncSenders();  // as every loop lode closes (src/async_send.cc)
    ASSERT_EQ(uv_loop_close(&loop_), 0);
  }

  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator_;
  v8::Isolate* isolate_ = nullptr;
  uv_loop_t loop_;
  lode::Options options_;
};

#endif  // LODE_TEST_CCTEST_V8_FIXTURE_H_
