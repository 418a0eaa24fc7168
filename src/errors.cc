// The 'errors' binding and the uncaught-exception path.
#include "errors.h"

#include <cstdio>

#include "binding.h"
#include "env.h"
#include "utils.h"

namespace lode {

namespace {

v8::Local<v8::Private> ArrowSymbol(v8::Isolate* isolate) {
  return v8::Private::ForApi(isolate, OneByteString(isolate, "lode:arrowMessage"));
}

// Set on an error whose `stack` already begins with its arrow (DecorateErrorStack).
v8::Local<v8::Private> DecoratedSymbol(v8::Isolate* isolate) {
  return v8::Private::ForApi(isolate, OneByteString(isolate, "lode:decorated"));
}

std::string ArrowFor(v8::Isolate* isolate, v8::Local<v8::Value> error,
                     v8::Local<v8::Message> message, bool from_promise) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (error->IsObject()) {
    v8::Local<v8::Object> object = error.As<v8::Object>();
    // Its stack shows the arrow already.
    if (object->HasPrivate(context, DecoratedSymbol(isolate)).FromMaybe(false)) return {};
    v8::Local<v8::Value> saved;
    if (object->GetPrivate(context, ArrowSymbol(isolate)).ToLocal(&saved) && saved->IsString()) {
      return ToStdString(isolate, saved);
    }
  }
  // A rejected promise has no throw site: point at where the error was created.
  if (from_promise || message.IsEmpty()) message = v8::Exception::CreateMessage(isolate, error);
  if (message.IsEmpty()) return {};
  return FormatArrowMessage(isolate, message);
}

}  // namespace

std::string FormatArrowMessage(v8::Isolate* isolate, v8::Local<v8::Message> message) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::string file = ToStdString(isolate, message->GetScriptResourceName());
  int line = message->GetLineNumber(context).FromMaybe(0);
  v8::Local<v8::String> source_line;
  if (file.empty() || line <= 0 || !message->GetSourceLine(context).ToLocal(&source_line)) return {};
  std::string text = ToStdString(isolate, source_line);
  int start = message->GetStartColumn(context).FromMaybe(0);
  // On a script's first line V8 counts its column offset in, which the source line lacks.
  v8::ScriptOrigin origin = message->GetScriptOrigin();
  if (line == origin.LineOffset() + 1) start -= origin.ColumnOffset();
  std::string caret;
  for (int i = 0; i < start && i < static_cast<int>(text.size()); i++) {
    caret += text[i] == '\t' ? '\t' : ' ';
  }
  return file + ":" + std::to_string(line) + "\n" + text + "\n" + caret + "^\n";
}

void AttachArrowMessage(v8::Isolate* isolate, v8::Local<v8::Value> error,
                        v8::Local<v8::Message> message) {
  if (!error->IsObject() || message.IsEmpty()) return;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> object = error.As<v8::Object>();
  if (object->HasPrivate(context, ArrowSymbol(isolate)).FromMaybe(true)) return;
  std::string arrow = FormatArrowMessage(isolate, message);
  if (arrow.empty()) return;
  object->SetPrivate(context, ArrowSymbol(isolate), ToV8String(isolate, arrow)).Check();
}

bool DecorateErrorStack(v8::Isolate* isolate, v8::Local<v8::Value> error) {
  if (!error->IsObject()) return false;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> object = error.As<v8::Object>();
  v8::TryCatch ignore(isolate);  // a throwing `stack` getter leaves the error as it is
  v8::Local<v8::Value> arrow;
  v8::Local<v8::Value> stack;
  if (object->HasPrivate(context, DecoratedSymbol(isolate)).FromMaybe(true) ||
      !object->GetPrivate(context, ArrowSymbol(isolate)).ToLocal(&arrow) || !arrow->IsString() ||
      !object->Get(context, OneByteString(isolate, "stack")).ToLocal(&stack) || !stack->IsString()) {
    return false;
  }
  v8::Local<v8::String> decorated =
      v8::String::Concat(isolate, v8::String::Concat(isolate, arrow.As<v8::String>(), OneByteString(isolate, "\n")),
                         stack.As<v8::String>());
  if (object->Set(context, OneByteString(isolate, "stack"), decorated).IsNothing()) return false;
  return object->SetPrivate(context, DecoratedSymbol(isolate), v8::True(isolate)).FromMaybe(false);
}

void PrintExceptionPlain(v8::Isolate* isolate, v8::Local<v8::Value> error,
                         v8::Local<v8::Message> message) {
  v8::HandleScope scope(isolate);
  std::string report = ArrowFor(isolate, error, message, false);
  std::string body;
  if (error->IsObject()) {
    v8::Local<v8::Value> stack;
    v8::TryCatch ignore(isolate);
    if (error.As<v8::Object>()->Get(isolate->GetCurrentContext(), OneByteString(isolate, "stack"))
            .ToLocal(&stack) && stack->IsString()) {
      body = ToStdString(isolate, stack);
    }
  }
  if (body.empty()) body = ToStdString(isolate, error);
  report += "\n" + body + "\n\nlode v" LODE_VERSION "\n";
  WriteAll(2, report.data(), report.size());
}

void TriggerUncaughtException(Environment* env, v8::Local<v8::Value> error,
                              v8::Local<v8::Message> message, bool from_promise) {
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env->context();
  if (!env->can_call_into_js() || env->fatal_exception_handler().IsEmpty()) {
    PrintExceptionPlain(isolate, error, message);
    env->Exit(1);
    return;  // a worker: Exit() stopped it
  }
  v8::Local<v8::Value> argv[] = {
      error, v8::Boolean::New(isolate, from_promise),
      ToV8String(isolate, ArrowFor(isolate, error, message, from_promise))};

  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> handled;
  if (!env->fatal_exception_handler()->Call(context, env->process_object(), 3, argv).ToLocal(&handled)) {
    // The handler itself threw (e.g. an 'uncaughtException' listener did): report that
    // error and exit with 7, as node does.
    if (try_catch.HasTerminated()) return;
    v8::Local<v8::Value> second = try_catch.Exception();
    v8::Local<v8::Message> second_message = try_catch.Message();
    try_catch.Reset();
    // The report is node's (the error inspected, its own properties shown): the handler's
    // report-only mode writes it without running any listener. Plain text if that fails too.
    v8::Local<v8::Value> report_argv[] = {
        second, v8::False(isolate), ToV8String(isolate, ArrowFor(isolate, second, second_message, false)),
        v8::True(isolate)};
    v8::Local<v8::Value> reported;
    if (!env->fatal_exception_handler()->Call(context, env->process_object(), 4, report_argv)
             .ToLocal(&reported) || !reported->IsTrue()) {
      if (try_catch.HasTerminated()) return;
      PrintExceptionPlain(isolate, second, second_message);
    }
    env->Exit(7);
    return;
  }
  if (handled->IsTrue()) return;
  // Not handled: the JS side already emitted 'exit' and printed the report; its exit code
  // comes back as the handler's result when it is a number.
  env->Exit(handled->IsInt32() ? handled.As<v8::Int32>()->Value() : 1);
}

namespace {

// decorateErrorStack(error): what vm does with an error that leaves a script when
// displayErrors is on — its stack begins with the arrow (file:line, source line, caret).
void DecorateErrorStackFromJS(const v8::FunctionCallbackInfo<v8::Value>& info) {
  DecorateErrorStack(info.GetIsolate(), info[0]);
}

void SetFatalExceptionHandler(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsFunction());
  Environment::GetCurrent(info)->set_fatal_exception_handler(info[0].As<v8::Function>());
}

// triggerUncaughtException(error, fromPromise): the rejection path's way into the same
// report as a thrown error.
void TriggerUncaughtExceptionFromJS(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  TriggerUncaughtException(env, info[0], {}, info[1]->IsTrue());
}

// The string V8 would show for a value without running any of its code ("#<Object>" for
// objects), as node prints rejection reasons.
void NoSideEffectsToString(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::String> text;
  if (info[0]->ToDetailString(info.GetIsolate()->GetCurrentContext()).ToLocal(&text)) {
    info.GetReturnValue().Set(text);
  }
}

// setAbortOnUncaughtException(bool): whether --abort-on-uncaught-exception may abort now.
void SetAbortOnUncaughtException(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment::GetCurrent(info)->set_abort_on_uncaught_exception(info[0]->IsTrue());
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "noSideEffectsToString", NoSideEffectsToString);
  SetMethod(context, target, "setFatalExceptionHandler", SetFatalExceptionHandler);
  SetMethod(context, target, "decorateErrorStack", DecorateErrorStackFromJS);
  SetMethod(context, target, "triggerUncaughtException", TriggerUncaughtExceptionFromJS);
  SetMethod(context, target, "setAbortOnUncaughtException", SetAbortOnUncaughtException);
}

}  // namespace
}  // namespace lode

LODE_BINDING(errors, lode::Initialize)
