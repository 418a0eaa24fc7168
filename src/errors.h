// Uncaught exceptions: the source-line arrow, the JS handler ('uncaughtException'), and the
// last-resort report when nothing handles the error.
#ifndef LODE_SRC_ERRORS_H_
#define LODE_SRC_ERRORS_H_

#include <v8.h>

#include <string>

namespace lode {

class Environment;

// Routes an exception nobody caught to process 'uncaughtException' listeners; when none
// handles it, prints it as node does and ends the process (exit code 1, or 7 when the handler
// itself threw). Returns only when the exception was handled, or in a worker, whose thread
// it stops instead of the process.
void TriggerUncaughtException(Environment* env, v8::Local<v8::Value> error,
                              v8::Local<v8::Message> message, bool from_promise = false);

// "file:line\nsource line\n    ^\n" for the place `message` points at.
std::string FormatArrowMessage(v8::Isolate* isolate, v8::Local<v8::Message> message);

// Remembers the arrow for `error` (e.g. a SyntaxError from compiling a module) so that the
// report shows the user's line even after the error travelled through JS.
// Prefixes an error's `stack` with its arrow (AttachArrowMessage) and marks it, so no report
// shows the arrow twice: what node does to errors leaving vm code. False if it could not.
bool DecorateErrorStack(v8::Isolate* isolate, v8::Local<v8::Value> error);

void AttachArrowMessage(v8::Isolate* isolate, v8::Local<v8::Value> error,
                        v8::Local<v8::Message> message);

// Prints `error` without calling into JS (used when JS cannot run any more).
void PrintExceptionPlain(v8::Isolate* isolate, v8::Local<v8::Value> error,
                         v8::Local<v8::Message> message);

}  // namespace lode

#endif  // LODE_SRC_ERRORS_H_
