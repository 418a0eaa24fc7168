// GcCloseTracker: for native objects that own a file or directory JS may drop without
// closing (FileHandle, DirHandle). Such an object is weak; if the GC collects it while open,
// its destructor closes what it owns (no V8 allowed there) and calls Closed(), and on the
// next loop turn the tracker calls the JS function JS installed, once per closed resource,
// to print node's warning. At teardown the tracker deletes whatever the GC never collected.
#ifndef LODE_SRC_FS_GC_CLOSE_H_
#define LODE_SRC_FS_GC_CLOSE_H_

#include <uv.h>
#include <v8.h>

#include <unordered_set>
#include <vector>

namespace lode {
class BaseObject;
class Environment;
}  // namespace lode

namespace lode::fs {

class GcCloseTracker {
 public:
  // Owned by the Environment: deleted by a cleanup hook.
  static GcCloseTracker* Create(Environment* env);

  void Add(BaseObject* object) { live_.insert(object); }
  void Remove(BaseObject* object) { live_.erase(object); }
  // From a destructor run by the GC: `value` (an fd, say) goes to JS on the next turn.
  void Closed(int value);
  void set_callback(v8::Isolate* isolate, v8::Local<v8::Function> fn) {
    callback_.Reset(isolate, fn);
  }
  Environment* env() const { return env_; }

 private:
  explicit GcCloseTracker(Environment* env);
  static void OnTimer(uv_timer_t* timer);
  static void Cleanup(void* arg);

  Environment* env_;
  uv_timer_t timer_;
  std::vector<int> closed_;
  std::unordered_set<BaseObject*> live_;
  v8::Global<v8::Function> callback_;
};

}  // namespace lode::fs

#endif  // LODE_SRC_FS_GC_CLOSE_H_
