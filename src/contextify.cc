// The 'contextify' binding: compiling user code (CommonJS modules, -e scripts).
#include "binding.h"
#include "env.h"
#include "errors.h"
#include "utils.h"

namespace lode {
namespace {

// compileFunction(code, filename, parameterNames) -> function. A SyntaxError keeps the arrow
// to the user's line, so the report points at the user's code.
void CompileFunction(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  v8::Isolate* isolate = info.GetIsolate();
  CHECK(info[0]->IsString());
  CHECK(info[1]->IsString());
  CHECK(info[2]->IsArray());
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Array> names = info[2].As<v8::Array>();
  std::vector<v8::Local<v8::String>> parameters;
  for (uint32_t i = 0; i < names->Length(); i++) {
    v8::Local<v8::Value> name = names->Get(context, i).ToLocalChecked();
    CHECK(name->IsString());
    parameters.push_back(name.As<v8::String>());
  }
  v8::ScriptOrigin origin(isolate, info[1], 0, 0, false);
  v8::ScriptCompiler::Source source(info[0].As<v8::String>(), origin);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Function> fn;
  if (!v8::ScriptCompiler::CompileFunction(context, &source, parameters.size(), parameters.data(),
                                           0, nullptr).ToLocal(&fn)) {
    AttachArrowMessage(isolate, try_catch.Exception(), try_catch.Message());
    try_catch.ReThrow();
    return;
  }
  info.GetReturnValue().Set(fn);
}

// runInThisContext(code, filename) -> completion value of the script.
void RunInThisContext(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  v8::Isolate* isolate = info.GetIsolate();
  CHECK(info[0]->IsString());
  CHECK(info[1]->IsString());
  v8::Local<v8::Context> context = env->context();
  v8::ScriptOrigin origin(isolate, info[1], 0, 0, false);
  v8::ScriptCompiler::Source source(info[0].As<v8::String>(), origin);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Script> script;
  if (!v8::ScriptCompiler::Compile(context, &source).ToLocal(&script)) {
    AttachArrowMessage(isolate, try_catch.Exception(), try_catch.Message());
    try_catch.ReThrow();
    return;
  }
  try_catch.Reset();
  v8::Local<v8::Value> result;
  if (!script->Run(context).ToLocal(&result)) {
    if (!try_catch.HasTerminated()) {
      AttachArrowMessage(isolate, try_catch.Exception(), try_catch.Message());
      try_catch.ReThrow();
    }
    return;
  }
  info.GetReturnValue().Set(result);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "compileFunction", CompileFunction);
  SetMethod(context, target, "runInThisContext", RunInThisContext);
}

}  // namespace
}  // namespace lode

LODE_BINDING(contextify, lode::Initialize)
