// The 'fs' binding's readdir: one scandir request, names (and types) back as arrays.
#include "env.h"
#include "fs/fs_binding.h"
#include "fs/fs_req.h"
#include "utils.h"

namespace lode::fs {
namespace {

// [names] or, when the request kept `true` as its first value, [names, types] with libuv's
// UV_DIRENT_* types.
v8::Local<v8::Value> EntriesResult(FSReqData* data, uv_fs_t* req) {
  v8::Isolate* isolate = data->isolate();
  std::vector<v8::Local<v8::Value>> names;
  std::vector<v8::Local<v8::Value>> types;
  bool with_types = data->kept(0)->IsTrue();
  uv_dirent_t entry;
  while (uv_fs_scandir_next(req, &entry) != UV_EOF) {
    names.push_back(EncodeName(isolate, entry.name, data->encoding));
    if (with_types) types.push_back(v8::Integer::New(isolate, entry.type));
  }
  v8::Local<v8::Array> name_array = v8::Array::New(isolate, names.data(), names.size());
  if (!with_types) return name_array;
  v8::Local<v8::Value> pair[] = {name_array, v8::Array::New(isolate, types.data(), types.size())};
  return v8::Array::New(isolate, pair, 2);
}

// readdir(path, encoding, withTypes, req, ctx) -> names, or [names, types]
void ReadDir(const v8::FunctionCallbackInfo<v8::Value>& info) {
  PathArg path(info.GetIsolate(), info[0]);
  FSCall call(info, 3, "scandir", EntriesResult);
  call.data()->encoding = EncodingArg(info[1]);
  call.data()->Keep(v8::Boolean::New(info.GetIsolate(), info[2]->IsTrue()));
  call.Run(uv_fs_scandir, *path, 0);
}

}  // namespace

void InitializeReadDir(Environment* env, v8::Local<v8::Object> target) {
  SetMethod(env->context(), target, "readdir", ReadDir);
}

}  // namespace lode::fs
