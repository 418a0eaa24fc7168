// The 'constants' binding: os (signals, errno, priority, dlopen) and fs numbers, as node's
// `require('constants')`, `os.constants` and `fs.constants` expose them.
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include "binding.h"
#include "env.h"
#include "utils.h"

namespace lode {
namespace {

#define LODE_SIGNALS(V)                                                                       \
  V(SIGHUP) V(SIGINT) V(SIGQUIT) V(SIGILL) V(SIGTRAP) V(SIGABRT) V(SIGIOT) V(SIGBUS) V(SIGFPE) \
  V(SIGKILL) V(SIGUSR1) V(SIGSEGV) V(SIGUSR2) V(SIGPIPE) V(SIGALRM) V(SIGTERM) V(SIGCHLD)      \
  V(SIGSTKFLT) V(SIGCONT) V(SIGSTOP) V(SIGTSTP) V(SIGTTIN) V(SIGTTOU) V(SIGURG) V(SIGXCPU)    \
  V(SIGXFSZ) V(SIGVTALRM) V(SIGPROF) V(SIGWINCH) V(SIGIO) V(SIGPOLL) V(SIGPWR) V(SIGSYS)

#define LODE_ERRNOS(V)                                                                         \
  V(E2BIG) V(EACCES) V(EADDRINUSE) V(EADDRNOTAVAIL) V(EAFNOSUPPORT) V(EAGAIN) V(EALREADY)      \
  V(EBADF) V(EBADMSG) V(EBUSY) V(ECANCELED) V(ECHILD) V(ECONNABORTED) V(ECONNREFUSED)          \
  V(ECONNRESET) V(EDEADLK) V(EDESTADDRREQ) V(EDOM) V(EDQUOT) V(EEXIST) V(EFAULT) V(EFBIG)      \
  V(EHOSTUNREACH) V(EIDRM) V(EILSEQ) V(EINPROGRESS) V(EINTR) V(EINVAL) V(EIO) V(EISCONN)       \
  V(EISDIR) V(ELOOP) V(EMFILE) V(EMLINK) V(EMSGSIZE) V(EMULTIHOP) V(ENAMETOOLONG) V(ENETDOWN)  \
  V(ENETRESET) V(ENETUNREACH) V(ENFILE) V(ENOBUFS) V(ENODATA) V(ENODEV) V(ENOENT) V(ENOEXEC)   \
  V(ENOLCK) V(ENOLINK) V(ENOMEM) V(ENOMSG) V(ENOPROTOOPT) V(ENOSPC) V(ENOSR) V(ENOSTR)         \
  V(ENOSYS) V(ENOTCONN) V(ENOTDIR) V(ENOTEMPTY) V(ENOTSOCK) V(ENOTSUP) V(ENOTTY) V(ENXIO)      \
  V(EOPNOTSUPP) V(EOVERFLOW) V(EPERM) V(EPIPE) V(EPROTO) V(EPROTONOSUPPORT) V(EPROTOTYPE)      \
  V(ERANGE) V(EROFS) V(ESPIPE) V(ESRCH) V(ESTALE) V(ETIME) V(ETIMEDOUT) V(ETXTBSY)             \
  V(EWOULDBLOCK) V(EXDEV)

#define LODE_FS_CONSTANTS(V)                                                                   \
  V(O_RDONLY) V(O_WRONLY) V(O_RDWR) V(S_IFMT) V(S_IFREG) V(S_IFDIR) V(S_IFCHR) V(S_IFBLK)      \
  V(S_IFIFO) V(S_IFLNK) V(S_IFSOCK) V(O_CREAT) V(O_EXCL) V(O_NOCTTY) V(O_TRUNC) V(O_APPEND)    \
  V(O_DIRECTORY) V(O_NOATIME) V(O_NOFOLLOW) V(O_SYNC) V(O_DSYNC) V(O_DIRECT) V(O_NONBLOCK)     \
  V(S_IRWXU) V(S_IRUSR) V(S_IWUSR) V(S_IXUSR) V(S_IRWXG) V(S_IRGRP) V(S_IWGRP) V(S_IXGRP)      \
  V(S_IRWXO) V(S_IROTH) V(S_IWOTH) V(S_IXOTH) V(F_OK) V(R_OK) V(W_OK) V(X_OK)

void DefineAll(v8::Local<v8::Context> context, v8::Local<v8::Object> target,
               std::initializer_list<std::pair<const char*, int>> values) {
  for (const auto& [name, value] : values) {
    target->Set(context, OneByteString(context->GetIsolate(), name),
                v8::Integer::New(context->GetIsolate(), value)).Check();
  }
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
#define PAIR(name) {#name, name},

  v8::Local<v8::Object> os = v8::Object::New(isolate);
  v8::Local<v8::Object> signals = v8::Object::New(isolate);
  DefineAll(context, signals, {LODE_SIGNALS(PAIR)});
  v8::Local<v8::Object> errnos = v8::Object::New(isolate);
  DefineAll(context, errnos, {LODE_ERRNOS(PAIR)});
  v8::Local<v8::Object> priority = v8::Object::New(isolate);
  DefineAll(context, priority, {{"PRIORITY_LOW", 19}, {"PRIORITY_BELOW_NORMAL", 10},
                                {"PRIORITY_NORMAL", 0}, {"PRIORITY_ABOVE_NORMAL", -7},
                                {"PRIORITY_HIGH", -14}, {"PRIORITY_HIGHEST", -20}});
  v8::Local<v8::Object> dlopen = v8::Object::New(isolate);
  DefineAll(context, dlopen, {PAIR(RTLD_LAZY) PAIR(RTLD_NOW) PAIR(RTLD_GLOBAL) PAIR(RTLD_LOCAL)
                              PAIR(RTLD_DEEPBIND)});
  os->Set(context, OneByteString(isolate, "UV_UDP_REUSEADDR"), v8::Integer::New(isolate, 4)).Check();
  os->Set(context, OneByteString(isolate, "dlopen"), dlopen).Check();
  os->Set(context, OneByteString(isolate, "errno"), errnos).Check();
  os->Set(context, OneByteString(isolate, "signals"), signals).Check();
  os->Set(context, OneByteString(isolate, "priority"), priority).Check();

  v8::Local<v8::Object> fs = v8::Object::New(isolate);
  DefineAll(context, fs, {{"UV_FS_SYMLINK_DIR", 1}, {"UV_FS_SYMLINK_JUNCTION", 2}});
  DefineAll(context, fs, {LODE_FS_CONSTANTS(PAIR)});
  DefineAll(context, fs, {{"UV_FS_COPYFILE_EXCL", 1}, {"COPYFILE_EXCL", 1},
                          {"UV_FS_COPYFILE_FICLONE", 2}, {"COPYFILE_FICLONE", 2},
                          {"UV_FS_COPYFILE_FICLONE_FORCE", 4}, {"COPYFILE_FICLONE_FORCE", 4},
                          {"UV_DIRENT_UNKNOWN", 0}, {"UV_DIRENT_FILE", 1}, {"UV_DIRENT_DIR", 2},
                          {"UV_DIRENT_LINK", 3}, {"UV_DIRENT_FIFO", 4}, {"UV_DIRENT_SOCKET", 5},
                          {"UV_DIRENT_CHAR", 6}, {"UV_DIRENT_BLOCK", 7}, {"UV_FS_O_FILEMAP", 0}});
#undef PAIR

  target->Set(context, OneByteString(isolate, "os"), os).Check();
  target->Set(context, OneByteString(isolate, "fs"), fs).Check();
}

}  // namespace
}  // namespace lode

LODE_BINDING(constants, lode::Initialize)
