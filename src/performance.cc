// The 'performance' binding: the mechanism under perf_hooks.
//
// Clock: performance.now() is uv_hrtime() counted from the moment the binary loaded, and
// performance.timeOrigin is the wall clock read at that same moment.
//
// Loop metrics: libuv sums the time the loop sleeps in epoll only once the loop has been
// configured with UV_METRICS_IDLE_TIME. libuv 1.44 reads that flag on every poll, so turning it
// on after the loop has started is safe and merely leaves earlier idle time uncounted; the
// bootstrap loads this binding (through internal/perf/utils), so it is on before the loop runs.
//
// Histograms: HistogramWrap gives JS a src/histogram.h histogram (createHistogram, timerify);
// EventLoopDelayWrap adds a uv timer that records the interval between its own firings, as
// node's monitorEventLoopDelay does: resolution plus however late the loop ran it.
#include "performance.h"

#include <uv.h>

#include <cstdlib>
#include <utility>

#include "base_object.h"
#include "binding.h"
#include "env.h"
#include "histogram.h"
#include "utils.h"

namespace lode {

namespace {

struct ClockOrigin {
  uint64_t hrtime;
  double epoch_ms;
};

ClockOrigin CaptureOrigin() {
  uv_timeval64_t wall;
  uv_gettimeofday(&wall);
  return {uv_hrtime(), static_cast<double>(wall.tv_sec) * 1e3 + static_cast<double>(wall.tv_usec) / 1e3};
}

// Taken during static initialization, before main(): as close to process start as lode sees.
const ClockOrigin process_origin = CaptureOrigin();

constexpr int kMilestoneCount = static_cast<int>(Milestone::kCount);
// uv_hrtime() of each milestone; 0 until reached.
uint64_t milestone_times[kMilestoneCount] = {process_origin.hrtime};

const char* const kMilestoneNames[kMilestoneCount] = {
    "nodeStart", "v8Start", "environment", "bootstrapComplete", "loopStart", "loopExit"};

double MillisecondsSinceOrigin(uint64_t hrtime) {
  return static_cast<double>(hrtime - process_origin.hrtime) / 1e6;
}

}  // namespace

void MarkMilestone(Milestone milestone) {
  uint64_t& time = milestone_times[static_cast<int>(milestone)];
  if (time == 0) time = uv_hrtime();
}

namespace {

// Per Environment: turns on idle-time accounting. (loopStart is marked by lode.cc just before
// the main loop spins, as node's; nothing here may keep the loop alive, or a loop with nothing
// to do would still run one iteration, and with it unref'd immediates.)
class PerformanceState {
 public:
  explicit PerformanceState(Environment* env) {
    uv_loop_configure(env->event_loop(), UV_METRICS_IDLE_TIME);  // only UV_ENOSYS can fail; then idle stays 0
    env->AddCleanupHook(Cleanup, this);
  }

 private:
  static void Cleanup(void* data) { delete static_cast<PerformanceState*>(data); }
};

// Marks a JS object as a HistogramWrap (internal field 1), so add() can check its argument.
int histogram_tag;
enum HistogramField { kHistogramBaseObject = BaseObject::kSlot, kHistogramTag, kHistogramFieldCount };

class HistogramWrap : public BaseObject {
 public:
  HistogramWrap(Environment* env, v8::Local<v8::Object> object, int64_t lowest, int64_t highest, int figures)
      : BaseObject(env, object), histogram_(lowest, highest, figures) {
    object->SetAlignedPointerInInternalField(kHistogramTag, &histogram_tag);
    MakeWeak();
    // Whatever the GC has not collected by teardown is freed then.
    env->AddCleanupHook(DeleteAtTeardown, this);
  }

  ~HistogramWrap() override { env()->RemoveCleanupHook(DeleteAtTeardown, this); }

  static HistogramWrap* FromValue(v8::Local<v8::Value> value) {
    if (!value->IsObject()) return nullptr;
    v8::Local<v8::Object> object = value.As<v8::Object>();
    if (object->InternalFieldCount() != kHistogramFieldCount ||
        object->GetAlignedPointerFromInternalField(kHistogramTag) != &histogram_tag) {
      return nullptr;
    }
    return FromJSObject<HistogramWrap>(object);
  }

  // new Histogram(lowest, highest, figures): JS has validated the three numbers.
  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    CHECK(info.IsConstructCall());
    CHECK(info[0]->IsNumber() && info[1]->IsNumber() && info[2]->IsInt32());
    auto lowest = static_cast<int64_t>(info[0].As<v8::Number>()->Value());
    auto highest = static_cast<int64_t>(info[1].As<v8::Number>()->Value());
    int figures = info[2].As<v8::Int32>()->Value();
    CHECK(Histogram::IsValidConfig(lowest, highest, figures));
    new HistogramWrap(Environment::GetCurrent(info), info.This(), lowest, highest, figures);
  }

  // Records the nanoseconds since the previous call; the first call only starts the clock.
  void RecordDelta() {
    uint64_t now = uv_hrtime();
    if (previous_delta_time_ != 0 && now > previous_delta_time_) {
      histogram_.Record(static_cast<int64_t>(now - previous_delta_time_));
    }
    previous_delta_time_ = now;
  }
  void ResetDelta() { previous_delta_time_ = 0; }

  static void AddMethods(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl) {
    SetProtoMethod(isolate, tmpl, "record", Record);
    SetProtoMethod(isolate, tmpl, "recordDelta", [](const v8::FunctionCallbackInfo<v8::Value>& info) {
      Unwrap(info)->RecordDelta();
    });
    SetProtoMethod(isolate, tmpl, "add", Add);
    SetProtoMethod(isolate, tmpl, "reset", [](const v8::FunctionCallbackInfo<v8::Value>& info) {
      HistogramWrap* wrap = Unwrap(info);
      wrap->histogram_.Reset();
      wrap->ResetDelta();
    });
    // Integer statistics come back as BigInts (min is INT64_MAX while empty); JS derives the
    // Number forms from them.
    SetProtoMethod(isolate, tmpl, "count", [](const v8::FunctionCallbackInfo<v8::Value>& info) {
      ReturnBigInt(info, Unwrap(info)->histogram_.count());
    });
    SetProtoMethod(isolate, tmpl, "exceeds", [](const v8::FunctionCallbackInfo<v8::Value>& info) {
      ReturnBigInt(info, Unwrap(info)->histogram_.exceeds());
    });
    SetProtoMethod(isolate, tmpl, "min", [](const v8::FunctionCallbackInfo<v8::Value>& info) {
      ReturnBigInt(info, Unwrap(info)->histogram_.Min());
    });
    SetProtoMethod(isolate, tmpl, "max", [](const v8::FunctionCallbackInfo<v8::Value>& info) {
      ReturnBigInt(info, Unwrap(info)->histogram_.Max());
    });
    SetProtoMethod(isolate, tmpl, "mean", [](const v8::FunctionCallbackInfo<v8::Value>& info) {
      info.GetReturnValue().Set(Unwrap(info)->histogram_.Mean());
    });
    SetProtoMethod(isolate, tmpl, "stddev", [](const v8::FunctionCallbackInfo<v8::Value>& info) {
      info.GetReturnValue().Set(Unwrap(info)->histogram_.Stddev());
    });
    SetProtoMethod(isolate, tmpl, "percentile", [](const v8::FunctionCallbackInfo<v8::Value>& info) {
      CHECK(info[0]->IsNumber());
      ReturnBigInt(info, Unwrap(info)->histogram_.ValueAtPercentile(info[0].As<v8::Number>()->Value()));
    });
    SetProtoMethod(isolate, tmpl, "percentiles", Percentiles);
  }

 protected:
  static HistogramWrap* Unwrap(const v8::FunctionCallbackInfo<v8::Value>& info) {
    HistogramWrap* wrap = FromValue(info.This());
    CHECK(wrap != nullptr);
    return wrap;
  }

 private:
  static void ReturnBigInt(const v8::FunctionCallbackInfo<v8::Value>& info, int64_t value) {
    info.GetReturnValue().Set(v8::BigInt::New(info.GetIsolate(), value));
  }

  // record(value): a Number that is a safe integer >= 1, or a BigInt within int64 and >= 1.
  // Returns false when the value was above the histogram's highest (counted in exceeds).
  static void Record(const v8::FunctionCallbackInfo<v8::Value>& info) {
    int64_t value;
    if (info[0]->IsBigInt()) {
      bool lossless;
      value = info[0].As<v8::BigInt>()->Int64Value(&lossless);
      CHECK(lossless);
    } else {
      CHECK(info[0]->IsNumber());
      value = static_cast<int64_t>(info[0].As<v8::Number>()->Value());
    }
    CHECK_GE(value, 1);
    info.GetReturnValue().Set(Unwrap(info)->histogram_.Record(value));
  }

  static void Add(const v8::FunctionCallbackInfo<v8::Value>& info) {
    HistogramWrap* other = FromValue(info[0]);
    CHECK(other != nullptr);
    Unwrap(info)->histogram_.Add(other->histogram_);
  }

  // Returns [percentile, value (BigInt), percentile, value, ...].
  static void Percentiles(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    v8::Local<v8::Array> result = v8::Array::New(isolate);
    uint32_t length = 0;
    Unwrap(info)->histogram_.ForEachPercentile([&](double percentile, int64_t value) {
      result->Set(context, length++, v8::Number::New(isolate, percentile)).Check();
      result->Set(context, length++, v8::BigInt::New(isolate, value)).Check();
    });
    info.GetReturnValue().Set(result);
  }

  static void DeleteAtTeardown(void* data) { delete static_cast<HistogramWrap*>(data); }

  Histogram histogram_;
  uint64_t previous_delta_time_ = 0;
};

// monitorEventLoopDelay's sampler: an unref'd repeating timer that records, in nanoseconds,
// the time between its firings. Strong while sampling, weak otherwise.
class EventLoopDelayWrap : public HistogramWrap {
 public:
  EventLoopDelayWrap(Environment* env, v8::Local<v8::Object> object, uint64_t resolution_ms)
      : HistogramWrap(env, object, 1, kHighestDelay, 3), resolution_ms_(resolution_ms) {
    // On the heap: libuv may still hold the handle after this object is gone.
    timer_ = new uv_timer_t;
    uv_timer_init(env->event_loop(), timer_);
    timer_->data = this;
    uv_unref(reinterpret_cast<uv_handle_t*>(timer_));
  }

  // Also runs at teardown (HistogramWrap's cleanup hook), which closes the timer in time for
  // the Environment's last loop run.
  ~EventLoopDelayWrap() override {
    uv_close(reinterpret_cast<uv_handle_t*>(timer_),
             [](uv_handle_t* handle) { delete reinterpret_cast<uv_timer_t*>(handle); });
  }

  // new EventLoopDelay(resolutionMs): JS has validated it as a safe integer >= 1.
  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    CHECK(info.IsConstructCall());
    CHECK(info[0]->IsNumber());
    double resolution = info[0].As<v8::Number>()->Value();
    CHECK_GE(resolution, 1);
    new EventLoopDelayWrap(Environment::GetCurrent(info), info.This(), static_cast<uint64_t>(resolution));
  }

  static void AddMethods(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl) {
    SetProtoMethod(isolate, tmpl, "start", [](const v8::FunctionCallbackInfo<v8::Value>& info) {
      info.GetReturnValue().Set(Self(info)->Start());
    });
    SetProtoMethod(isolate, tmpl, "stop", [](const v8::FunctionCallbackInfo<v8::Value>& info) {
      info.GetReturnValue().Set(Self(info)->Stop());
    });
  }

 private:
  // Node's default histogram range: 1 ns to 2^53 - 1 ns.
  static constexpr int64_t kHighestDelay = (int64_t{1} << 53) - 1;

  static EventLoopDelayWrap* Self(const v8::FunctionCallbackInfo<v8::Value>& info) {
    return static_cast<EventLoopDelayWrap*>(Unwrap(info));
  }

  bool Start() {
    if (running_) return false;
    running_ = true;
    // A fresh start: the time spent disabled is not a delay.
    ResetDelta();
    ClearWeak();
    uv_timer_start(timer_, OnTick, resolution_ms_, resolution_ms_);
    return true;
  }

  bool Stop() {
    if (!running_) return false;
    running_ = false;
    uv_timer_stop(timer_);
    MakeWeak();
    return true;
  }

  static void OnTick(uv_timer_t* timer) { static_cast<EventLoopDelayWrap*>(timer->data)->RecordDelta(); }

  uv_timer_t* timer_;
  uint64_t resolution_ms_;
  bool running_ = false;
};

// cloneValue(value, ctx): the structured clone of a mark's or measure's detail. When a part
// cannot be cloned it returns undefined with ctx.cloneError set to V8's message (JS throws the
// DataCloneError DOMException node throws); any other exception (a throwing getter)
// propagates. No serializer delegate: V8 is built without RTTI, so lode cannot subclass one,
// and V8's own error for an uncloneable value is recognised by its message instead.
void CloneValue(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[1]->IsObject());
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::ValueSerializer serializer(isolate);
  serializer.WriteHeader();
  {
    v8::TryCatch try_catch(isolate);
    if (serializer.WriteValue(context, info[0]).IsNothing()) {
      v8::Local<v8::Value> message;
      if (!try_catch.HasTerminated() && try_catch.Exception()->IsNativeError() &&
          try_catch.Exception().As<v8::Object>()->Get(context, OneByteString(isolate, "message")).ToLocal(&message) &&
          message->IsString() && ToStdString(isolate, message).ends_with(" could not be cloned.")) {
        info[1].As<v8::Object>()->Set(context, OneByteString(isolate, "cloneError"), message).Check();
      } else {
        try_catch.ReThrow();
      }
      return;
    }
  }
  std::pair<uint8_t*, size_t> data = serializer.Release();
  v8::ValueDeserializer deserializer(isolate, data.first, data.second);
  v8::Local<v8::Value> copy;
  if (deserializer.ReadHeader(context).FromMaybe(false) && deserializer.ReadValue(context).ToLocal(&copy)) {
    info.GetReturnValue().Set(copy);
  }
  std::free(data.first);
}

void Now(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(MillisecondsSinceOrigin(uv_hrtime()));
}

// milestone(index): milliseconds since timeOrigin, or -1 while not reached.
void GetMilestone(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsInt32());
  int index = info[0].As<v8::Int32>()->Value();
  CHECK(index >= 0 && index < kMilestoneCount);
  uint64_t time = milestone_times[index];
  info.GetReturnValue().Set(time == 0 ? -1.0 : MillisecondsSinceOrigin(time));
}

// markMilestone(index): for the milestones JS observes first (loopExit, at process exit).
void SetMilestone(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsInt32());
  int index = info[0].As<v8::Int32>()->Value();
  CHECK(index >= 0 && index < kMilestoneCount);
  MarkMilestone(static_cast<Milestone>(index));
}

// Milliseconds the loop has spent waiting for events since idle accounting began.
void LoopIdleTime(const v8::FunctionCallbackInfo<v8::Value>& info) {
  uint64_t idle = uv_metrics_idle_time(Environment::GetCurrent(info)->event_loop());
  info.GetReturnValue().Set(static_cast<double>(idle) / 1e6);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  new PerformanceState(env);
  // Without marks from lode.cc, the bootstrap (which loads this binding) is the latest point
  // these three are known to have passed.
  MarkMilestone(Milestone::kV8Start);
  MarkMilestone(Milestone::kEnvironment);
  MarkMilestone(Milestone::kBootstrapComplete);

  SetMethod(context, target, "now", Now);
  SetMethod(context, target, "milestone", GetMilestone);
  SetMethod(context, target, "markMilestone", SetMilestone);
  SetMethod(context, target, "loopIdleTime", LoopIdleTime);
  SetMethod(context, target, "cloneValue", CloneValue);
  SetConstant(context, target, "timeOrigin", process_origin.epoch_ms);
  v8::Local<v8::Array> names = v8::Array::New(isolate, kMilestoneCount);
  for (int i = 0; i < kMilestoneCount; i++) names->Set(context, i, OneByteString(isolate, kMilestoneNames[i])).Check();
  SetConstant(context, target, "milestoneNames", names);

  v8::Local<v8::FunctionTemplate> histogram = v8::FunctionTemplate::New(isolate, HistogramWrap::New);
  histogram->SetClassName(OneByteString(isolate, "Histogram"));
  histogram->InstanceTemplate()->SetInternalFieldCount(kHistogramFieldCount);
  HistogramWrap::AddMethods(isolate, histogram);
  SetConstant(context, target, "Histogram", histogram->GetFunction(context).ToLocalChecked());

  v8::Local<v8::FunctionTemplate> delay = v8::FunctionTemplate::New(isolate, EventLoopDelayWrap::New);
  delay->SetClassName(OneByteString(isolate, "EventLoopDelay"));
  delay->Inherit(histogram);
  delay->InstanceTemplate()->SetInternalFieldCount(kHistogramFieldCount);
  EventLoopDelayWrap::AddMethods(isolate, delay);
  SetConstant(context, target, "EventLoopDelay", delay->GetFunction(context).ToLocalChecked());
}

}  // namespace
}  // namespace lode

LODE_BINDING(performance, lode::Initialize)
