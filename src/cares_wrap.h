// Shared by the files of the 'cares_wrap' binding: cares_wrap.cc (the resolver channel and
// its queries), cares_answers.cc (DNS answers into JS values) and cares_lookup.cc
// (getaddrinfo and getnameinfo on libuv's thread pool).
#ifndef LODE_SRC_CARES_WRAP_H_
#define LODE_SRC_CARES_WRAP_H_

#include <v8.h>

namespace lode {

class Environment;

namespace cares {

// What a query asks for; JS names these by the same numbers (binding.queryKinds).
enum QueryKind {
  kA,
  kAaaa,
  kAny,
  kCaa,
  kCname,
  kMx,
  kNaptr,
  kNs,
  kPtr,
  kSoa,
  kSrv,
  kTxt,
  kQueryKindCount
};

// The DNS record type a kind queries.
int RecordType(QueryKind kind);

// Turns a raw answer into the value the JS resolve method returns. `ttls` is set for A
// and AAAA (an array of the records' TTLs). Returns an ARES_* status: ARES_SUCCESS,
// ARES_ENODATA when the answer has no records of the kind, ARES_EBADRESP when malformed.
int ParseAnswer(Environment* env, QueryKind kind, const unsigned char* answer, int length,
                v8::Local<v8::Value>* result, v8::Local<v8::Value>* ttls);

// The names of a hostent: its aliases, or its name when it has none.
v8::Local<v8::Array> HostentNames(v8::Isolate* isolate, const struct hostent* host);

// getaddrinfo, getnameinfo and their request classes on `target`.
void InitializeLookup(Environment* env, v8::Local<v8::Object> target);

}  // namespace cares
}  // namespace lode

#endif  // LODE_SRC_CARES_WRAP_H_
