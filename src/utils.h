// Small helpers every C++ file uses: assertions, string conversion, V8 shorthand.
#ifndef LODE_SRC_UTILS_H_
#define LODE_SRC_UTILS_H_

#include <v8.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace lode {

// A binding never trusts its arguments blindly: JS validates, C++ asserts. A failed CHECK
// is a bug in lode, never the user's fault, so it aborts with the location.
[[noreturn]] void Abort(const char* expression, const char* file, int line);

#define CHECK(expression)                                              \
  do {                                                                 \
    if (!(expression)) [[unlikely]]                                    \
      ::lode::Abort(#expression, __FILE__, __LINE__);                  \
  } while (0)
#define CHECK_EQ(a, b) CHECK((a) == (b))
#define CHECK_NE(a, b) CHECK((a) != (b))
#define CHECK_GE(a, b) CHECK((a) >= (b))
#define CHECK_LT(a, b) CHECK((a) < (b))
// Marks a result as deliberately ignored.
template <typename T>
inline void USE(T&&) {}

#define UNREACHABLE() ::lode::Abort("unreachable", __FILE__, __LINE__)

// UTF-8 <-> V8 strings.
v8::Local<v8::String> ToV8String(v8::Isolate* isolate, std::string_view text);
inline v8::Local<v8::String> OneByteString(v8::Isolate* isolate, const char* text) {
  return v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(text),
                                    v8::NewStringType::kInternalized).ToLocalChecked();
}
std::string ToStdString(v8::Isolate* isolate, v8::Local<v8::Value> value);

// Utf8Value for arguments: a JS string (already validated in JS) as a NUL-terminated buffer.
class Utf8Value {
 public:
  Utf8Value(v8::Isolate* isolate, v8::Local<v8::Value> value) : value_(isolate, value) {}
  const char* operator*() const { return *value_ ? *value_ : ""; }
  size_t length() const { return value_.length(); }
  std::string_view view() const { return {**this, length()}; }

 private:
  v8::String::Utf8Value value_;
};

// Installs `name` as a method of `target`.
void SetMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
               v8::FunctionCallback callback, v8::Local<v8::Value> data = {});
// Like SetMethod, for methods that never call back into JS and have no side effects.
void SetConstant(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
                 v8::Local<v8::Value> value);
void SetConstant(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
                 double value);
void SetProtoMethod(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl, const char* name,
                    v8::FunctionCallback callback);

// "file:line:column" of the innermost JavaScript frame outside lode's own library, or "".
std::string CurrentUserFrame(v8::Isolate* isolate);

// Reads a whole file; returns false (errno set) on failure.
bool ReadFileToString(const char* path, std::string* out);
// Writes every byte to a file descriptor, waiting out EAGAIN on non-blocking fds.
bool WriteAll(int fd, const char* data, size_t length);

}  // namespace lode

#endif  // LODE_SRC_UTILS_H_
