// ThreadPoolWork: DoThreadPoolWork runs off the loop thread; AfterThreadPoolWork runs on it;
// cancelled work still gets its After call with UV_ECANCELED.
#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "env.h"
#include "threadpool_work.h"
#include "v8_fixture.h"

namespace {

class RecordingWork : public lode::ThreadPoolWork {
 public:
  RecordingWork(lode::Environment* env, std::thread::id loop_thread) : ThreadPoolWork(env), loop_thread_(loop_thread) {}
  std::thread::id work_thread;
  bool after_on_loop_thread = false;
  int status = 1;
  int* done_counter = nullptr;

 protected:
  void DoThreadPoolWork() override { work_thread = std::this_thread::get_id(); }
  void AfterThreadPoolWork(int result) override {
    status = result;
    after_on_loop_thread = std::this_thread::get_id() == loop_thread_;
    if (done_counter) (*done_counter)++;
  }

 private:
  std::thread::id loop_thread_;
};

TEST_F(V8Test, WorkRunsOffThreadAndReportsOnTheLoop) {
  v8::Isolate::Scope isolate_scope(isolate_);
  v8::HandleScope handle_scope(isolate_);
  lode::Environment env(isolate_, &loop_, &options_);
  int done = 0;
  RecordingWork work(&env, std::this_thread::get_id());
  work.done_counter = &done;
  work.ScheduleWork();
  uv_run(&loop_, UV_RUN_DEFAULT);
  EXPECT_EQ(done, 1);
  EXPECT_EQ(work.status, 0);
  EXPECT_TRUE(work.after_on_loop_thread);
  EXPECT_NE(work.work_thread, std::this_thread::get_id());
}

TEST_F(V8Test, ManyJobsAllComplete) {
  v8::Isolate::Scope isolate_scope(isolate_);
  v8::HandleScope handle_scope(isolate_);
  lode::Environment env(isolate_, &loop_, &options_);
  int done = 0;
  std::vector<std::unique_ptr<RecordingWork>> jobs;
  for (int i = 0; i < 64; i++) {
    jobs.push_back(std::make_unique<RecordingWork>(&env, std::this_thread::get_id()));
    jobs.back()->done_counter = &done;
    jobs.back()->ScheduleWork();
  }
  uv_run(&loop_, UV_RUN_DEFAULT);
  EXPECT_EQ(done, 64);
  for (auto& job : jobs) EXPECT_TRUE(job->after_on_loop_thread);
  EXPECT_EQ(lode::ThreadPoolStats::Get().running.load(), 0u);
}

}  // namespace
