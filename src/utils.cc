#include "utils.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace lode {

void Abort(const char* expression, const char* file, int line) {
  fprintf(stderr, "lode: %s:%d: assertion failed: %s\n", file, line, expression);
  fflush(stderr);
  abort();
}

v8::Local<v8::String> ToV8String(v8::Isolate* isolate, std::string_view text) {
  return v8::String::NewFromUtf8(isolate, text.data(), v8::NewStringType::kNormal,
                                 static_cast<int>(text.size())).ToLocalChecked();
}

std::string ToStdString(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  v8::String::Utf8Value utf8(isolate, value);
  return *utf8 ? std::string(*utf8, utf8.length()) : std::string();
}

void SetMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
               v8::FunctionCallback callback, v8::Local<v8::Value> data) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::String> key = OneByteString(isolate, name);
  v8::Local<v8::Function> fn = v8::FunctionTemplate::New(isolate, callback, data, {}, 0,
                                                         v8::ConstructorBehavior::kThrow)
                                   ->GetFunction(context).ToLocalChecked();
  fn->SetName(key);
  target->Set(context, key, fn).Check();
}

void SetConstant(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
                 v8::Local<v8::Value> value) {
  target->DefineOwnProperty(context, OneByteString(context->GetIsolate(), name), value,
                            static_cast<v8::PropertyAttribute>(v8::ReadOnly | v8::DontDelete))
      .Check();
}

void SetConstant(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
                 double value) {
  SetConstant(context, target, name, v8::Number::New(context->GetIsolate(), value));
}

void SetProtoMethod(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl, const char* name,
                    v8::FunctionCallback callback) {
  v8::Local<v8::Signature> signature = v8::Signature::New(isolate, tmpl);
  v8::Local<v8::FunctionTemplate> method = v8::FunctionTemplate::New(
      isolate, callback, {}, signature, 0, v8::ConstructorBehavior::kThrow);
  v8::Local<v8::String> key = OneByteString(isolate, name);
  method->SetClassName(key);
  tmpl->PrototypeTemplate()->Set(key, method);
}

std::string CurrentUserFrame(v8::Isolate* isolate) {
  v8::HandleScope scope(isolate);
  v8::Local<v8::StackTrace> trace = v8::StackTrace::CurrentStackTrace(isolate, 32);
  for (int i = 0; i < trace->GetFrameCount(); i++) {
    v8::Local<v8::StackFrame> frame = trace->GetFrame(isolate, i);
    std::string script = ToStdString(isolate, frame->GetScriptName());
    if (script.empty() || script.rfind("node:", 0) == 0) continue;
    return script + ":" + std::to_string(frame->GetLineNumber()) + ":" + std::to_string(frame->GetColumn());
  }
  return {};
}

bool ReadFileToString(const char* path, std::string* out) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  out->clear();
  char buffer[65536];
  for (;;) {
    ssize_t n = read(fd, buffer, sizeof(buffer));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int saved = errno;
      close(fd);
      errno = saved;
      return false;
    }
    if (n == 0) break;
    out->append(buffer, n);
  }
  close(fd);
  return true;
}

bool WriteAll(int fd, const char* data, size_t length) {
  while (length > 0) {
    ssize_t n = write(fd, data, length);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        pollfd waiter{fd, POLLOUT, 0};
        poll(&waiter, 1, -1);
        continue;
      }
      return false;
    }
    data += n;
    length -= n;
  }
  return true;
}

}  // namespace lode
