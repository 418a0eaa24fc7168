// DNS answers into JS values for the resolve methods. c-ares' parsers check every length
// against the buffer, so a malformed answer comes back as ARES_EBADRESP; the one record
// type they do not parse on its own (CNAME) is read here with the same care.
#include <ares.h>
#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <netdb.h>

#include <cstring>

#include "cares_wrap.h"
#include "env.h"
#include "utils.h"

namespace lode::cares {
namespace {

constexpr int kMaxAddressTtls = 256;

v8::Local<v8::String> Name(v8::Isolate* isolate, const char* text) {
  return ToV8String(isolate, text == nullptr ? "" : text);
}

v8::Local<v8::String> Bytes(v8::Isolate* isolate, const unsigned char* text, size_t length) {
  return ToV8String(isolate, std::string_view(reinterpret_cast<const char*>(text), length));
}

void Put(v8::Local<v8::Context> context, v8::Local<v8::Object> object, const char* key,
         v8::Local<v8::Value> value) {
  object->Set(context, ToV8String(context->GetIsolate(), key), value).Check();
}

void Append(v8::Local<v8::Context> context, v8::Local<v8::Array> array, v8::Local<v8::Value> value) {
  array->Set(context, array->Length(), value).Check();
}

// A big-endian 16-bit field.
unsigned Read16(const unsigned char* p) { return (p[0] << 8) | p[1]; }

// Skips a possibly compressed name at `offset`; false when it runs past the answer.
bool SkipName(const unsigned char* answer, int length, int* offset) {
  char* name = nullptr;
  long used = 0;
  if (ares_expand_name(answer + *offset, answer, length, &name, &used) != ARES_SUCCESS) return false;
  ares_free_string(name);
  *offset += static_cast<int>(used);
  return *offset <= length;
}

// Calls visit(type, offset, data_length) for each record of the answer section; false when
// the answer is malformed.
template <typename Visit>
bool ForEachAnswer(const unsigned char* answer, int length, Visit visit) {
  if (length < HFIXEDSZ) return false;
  unsigned questions = Read16(answer + 4);
  unsigned answers = Read16(answer + 6);
  int offset = HFIXEDSZ;
  for (unsigned i = 0; i < questions; i++) {
    if (!SkipName(answer, length, &offset) || offset + QFIXEDSZ > length) return false;
    offset += QFIXEDSZ;
  }
  for (unsigned i = 0; i < answers; i++) {
    if (!SkipName(answer, length, &offset) || offset + RRFIXEDSZ > length) return false;
    unsigned type = Read16(answer + offset);
    int data_length = static_cast<int>(Read16(answer + offset + 8));
    offset += RRFIXEDSZ;
    if (offset + data_length > length) return false;
    if (!visit(type, offset, data_length)) return false;
    offset += data_length;
  }
  return true;
}

// The targets of the CNAME records in the answer section.
int ParseCname(v8::Isolate* isolate, const unsigned char* answer, int length, v8::Local<v8::Array> out) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  bool ok = ForEachAnswer(answer, length, [&](unsigned type, int offset, int data_length) {
    if (type != ns_t_cname) return true;
    char* target = nullptr;
    long used = 0;
    if (ares_expand_name(answer + offset, answer, length, &target, &used) != ARES_SUCCESS) return false;
    Append(context, out, Name(isolate, target));
    ares_free_string(target);
    return true;
  });
  if (!ok) return ARES_EBADRESP;
  return out->Length() > 0 ? ARES_SUCCESS : ARES_ENODATA;
}

int ParseA(v8::Isolate* isolate, const unsigned char* answer, int length, v8::Local<v8::Array> addresses,
           v8::Local<v8::Array> ttls) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  ares_addrttl records[kMaxAddressTtls];
  int count = kMaxAddressTtls;
  hostent* host = nullptr;
  int status = ares_parse_a_reply(answer, length, &host, records, &count);
  if (host != nullptr) ares_free_hostent(host);
  if (status != ARES_SUCCESS) return status;
  for (int i = 0; i < count; i++) {
    char ip[INET6_ADDRSTRLEN];
    inet_ntop(AF_INET, &records[i].ipaddr, ip, sizeof(ip));
    Append(context, addresses, OneByteString(isolate, ip));
    Append(context, ttls, v8::Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(records[i].ttl)));
  }
  return count > 0 ? ARES_SUCCESS : ARES_ENODATA;
}

int ParseAaaa(v8::Isolate* isolate, const unsigned char* answer, int length, v8::Local<v8::Array> addresses,
              v8::Local<v8::Array> ttls) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  ares_addr6ttl records[kMaxAddressTtls];
  int count = kMaxAddressTtls;
  hostent* host = nullptr;
  int status = ares_parse_aaaa_reply(answer, length, &host, records, &count);
  if (host != nullptr) ares_free_hostent(host);
  if (status != ARES_SUCCESS) return status;
  for (int i = 0; i < count; i++) {
    char ip[INET6_ADDRSTRLEN];
    inet_ntop(AF_INET6, &records[i].ip6addr, ip, sizeof(ip));
    Append(context, addresses, OneByteString(isolate, ip));
    Append(context, ttls, v8::Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(records[i].ttl)));
  }
  return count > 0 ? ARES_SUCCESS : ARES_ENODATA;
}

int ParseMx(v8::Isolate* isolate, const unsigned char* answer, int length, v8::Local<v8::Array> out,
            bool typed) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  ares_mx_reply* replies = nullptr;
  int status = ares_parse_mx_reply(answer, length, &replies);
  if (status != ARES_SUCCESS) return status;
  for (ares_mx_reply* mx = replies; mx != nullptr; mx = mx->next) {
    v8::Local<v8::Object> record = v8::Object::New(isolate);
    Put(context, record, "exchange", Name(isolate, mx->host));
    Put(context, record, "priority", v8::Integer::New(isolate, mx->priority));
    if (typed) Put(context, record, "type", OneByteString(isolate, "MX"));
    Append(context, out, record);
  }
  ares_free_data(replies);
  return ARES_SUCCESS;
}

// NS and PTR answers come back as a hostent whose aliases are the names.
int ParseNames(v8::Isolate* isolate, QueryKind kind, const unsigned char* answer, int length,
               v8::Local<v8::Array> out, const char* type) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  hostent* host = nullptr;
  int status = kind == kNs ? ares_parse_ns_reply(answer, length, &host)
                           : ares_parse_ptr_reply(answer, length, nullptr, 0, AF_INET, &host);
  if (status != ARES_SUCCESS) return status;
  v8::Local<v8::Array> names = HostentNames(isolate, host);
  ares_free_hostent(host);
  for (uint32_t i = 0; i < names->Length(); i++) {
    v8::Local<v8::Value> name = names->Get(context, i).ToLocalChecked();
    if (type == nullptr) {
      Append(context, out, name);
    } else {
      v8::Local<v8::Object> record = v8::Object::New(isolate);
      Put(context, record, "value", name);
      Put(context, record, "type", OneByteString(isolate, type));
      Append(context, out, record);
    }
  }
  return ARES_SUCCESS;
}

// TXT: one array of strings per record (a record may be split into several strings).
int ParseTxt(v8::Isolate* isolate, const unsigned char* answer, int length, v8::Local<v8::Array> out,
             bool typed) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  ares_txt_ext* replies = nullptr;
  int status = ares_parse_txt_reply_ext(answer, length, &replies);
  if (status != ARES_SUCCESS) return status;
  v8::Local<v8::Array> record;
  for (ares_txt_ext* txt = replies; txt != nullptr; txt = txt->next) {
    if (record.IsEmpty() || txt->record_start) {
      record = v8::Array::New(isolate);
      if (typed) {
        v8::Local<v8::Object> entry = v8::Object::New(isolate);
        Put(context, entry, "entries", record);
        Put(context, entry, "type", OneByteString(isolate, "TXT"));
        Append(context, out, entry);
      } else {
        Append(context, out, record);
      }
    }
    Append(context, record, Bytes(isolate, txt->txt, txt->length));
  }
  ares_free_data(replies);
  return ARES_SUCCESS;
}

int ParseSrv(v8::Isolate* isolate, const unsigned char* answer, int length, v8::Local<v8::Array> out,
             bool typed) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  ares_srv_reply* replies = nullptr;
  int status = ares_parse_srv_reply(answer, length, &replies);
  if (status != ARES_SUCCESS) return status;
  for (ares_srv_reply* srv = replies; srv != nullptr; srv = srv->next) {
    v8::Local<v8::Object> record = v8::Object::New(isolate);
    Put(context, record, "name", Name(isolate, srv->host));
    Put(context, record, "port", v8::Integer::New(isolate, srv->port));
    Put(context, record, "priority", v8::Integer::New(isolate, srv->priority));
    Put(context, record, "weight", v8::Integer::New(isolate, srv->weight));
    if (typed) Put(context, record, "type", OneByteString(isolate, "SRV"));
    Append(context, out, record);
  }
  ares_free_data(replies);
  return ARES_SUCCESS;
}

int ParseNaptr(v8::Isolate* isolate, const unsigned char* answer, int length, v8::Local<v8::Array> out,
               bool typed) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  ares_naptr_reply* replies = nullptr;
  int status = ares_parse_naptr_reply(answer, length, &replies);
  if (status != ARES_SUCCESS) return status;
  for (ares_naptr_reply* naptr = replies; naptr != nullptr; naptr = naptr->next) {
    v8::Local<v8::Object> record = v8::Object::New(isolate);
    Put(context, record, "flags", Name(isolate, reinterpret_cast<const char*>(naptr->flags)));
    Put(context, record, "service", Name(isolate, reinterpret_cast<const char*>(naptr->service)));
    Put(context, record, "regexp", Name(isolate, reinterpret_cast<const char*>(naptr->regexp)));
    Put(context, record, "replacement", Name(isolate, naptr->replacement));
    Put(context, record, "order", v8::Integer::New(isolate, naptr->order));
    Put(context, record, "preference", v8::Integer::New(isolate, naptr->preference));
    if (typed) Put(context, record, "type", OneByteString(isolate, "NAPTR"));
    Append(context, out, record);
  }
  ares_free_data(replies);
  return ARES_SUCCESS;
}

int ParseSoa(v8::Isolate* isolate, const unsigned char* answer, int length, v8::Local<v8::Object>* out,
             bool typed) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  ares_soa_reply* soa = nullptr;
  int status = ares_parse_soa_reply(answer, length, &soa);
  if (status != ARES_SUCCESS) return status;
  v8::Local<v8::Object> record = v8::Object::New(isolate);
  Put(context, record, "nsname", Name(isolate, soa->nsname));
  Put(context, record, "hostmaster", Name(isolate, soa->hostmaster));
  Put(context, record, "serial", v8::Integer::NewFromUnsigned(isolate, soa->serial));
  Put(context, record, "refresh", v8::Integer::NewFromUnsigned(isolate, soa->refresh));
  Put(context, record, "retry", v8::Integer::NewFromUnsigned(isolate, soa->retry));
  Put(context, record, "expire", v8::Integer::NewFromUnsigned(isolate, soa->expire));
  Put(context, record, "minttl", v8::Integer::NewFromUnsigned(isolate, soa->minttl));
  if (typed) Put(context, record, "type", OneByteString(isolate, "SOA"));
  ares_free_data(soa);
  *out = record;
  return ARES_SUCCESS;
}

int ParseCaa(v8::Isolate* isolate, const unsigned char* answer, int length, v8::Local<v8::Array> out,
             bool typed) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  ares_caa_reply* replies = nullptr;
  int status = ares_parse_caa_reply(answer, length, &replies);
  if (status != ARES_SUCCESS) return status;
  for (ares_caa_reply* caa = replies; caa != nullptr; caa = caa->next) {
    v8::Local<v8::Object> record = v8::Object::New(isolate);
    Put(context, record, "critical", v8::Integer::New(isolate, caa->critical));
    record->Set(context, Bytes(isolate, caa->property, caa->plength), Bytes(isolate, caa->value, caa->length))
        .Check();
    if (typed) Put(context, record, "type", OneByteString(isolate, "CAA"));
    Append(context, out, record);
  }
  ares_free_data(replies);
  return ARES_SUCCESS;
}

// ANY: every record type the other kinds know, each record tagged with its type. Only the
// types present are parsed (c-ares' SOA parser, for one, calls an answer without SOA
// malformed); a malformed part fails the whole answer.
int ParseAny(v8::Isolate* isolate, const unsigned char* answer, int length, v8::Local<v8::Array> out) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  bool present[kQueryKindCount] = {};
  bool ok = ForEachAnswer(answer, length, [&](unsigned type, int, int) {
    for (int kind = 0; kind < kQueryKindCount; kind++) {
      if (static_cast<unsigned>(RecordType(static_cast<QueryKind>(kind))) == type) present[kind] = true;
    }
    return true;
  });
  if (!ok) return ARES_EBADRESP;
  auto acceptable = [](int status) { return status == ARES_SUCCESS || status == ARES_ENODATA; };
  auto addresses = [&](bool v6) {
    v8::Local<v8::Array> list = v8::Array::New(isolate);
    v8::Local<v8::Array> ttls = v8::Array::New(isolate);
    int status = v6 ? ParseAaaa(isolate, answer, length, list, ttls) : ParseA(isolate, answer, length, list, ttls);
    for (uint32_t i = 0; status == ARES_SUCCESS && i < list->Length(); i++) {
      v8::Local<v8::Object> record = v8::Object::New(isolate);
      Put(context, record, "address", list->Get(context, i).ToLocalChecked());
      Put(context, record, "ttl", ttls->Get(context, i).ToLocalChecked());
      Put(context, record, "type", OneByteString(isolate, v6 ? "AAAA" : "A"));
      Append(context, out, record);
    }
    return status;
  };
  int status = ARES_SUCCESS;
  if (present[kA] && !acceptable(status = addresses(false))) return status;
  if (present[kAaaa] && !acceptable(status = addresses(true))) return status;
  if (present[kCname]) {
    v8::Local<v8::Array> cnames = v8::Array::New(isolate);
    if (status = ParseCname(isolate, answer, length, cnames); !acceptable(status)) return status;
    for (uint32_t i = 0; i < cnames->Length(); i++) {
      v8::Local<v8::Object> record = v8::Object::New(isolate);
      Put(context, record, "value", cnames->Get(context, i).ToLocalChecked());
      Put(context, record, "type", OneByteString(isolate, "CNAME"));
      Append(context, out, record);
    }
  }
  if (present[kMx] && !acceptable(status = ParseMx(isolate, answer, length, out, true))) return status;
  if (present[kNs] && !acceptable(status = ParseNames(isolate, kNs, answer, length, out, "NS"))) return status;
  if (present[kTxt] && !acceptable(status = ParseTxt(isolate, answer, length, out, true))) return status;
  if (present[kSrv] && !acceptable(status = ParseSrv(isolate, answer, length, out, true))) return status;
  if (present[kPtr] && !acceptable(status = ParseNames(isolate, kPtr, answer, length, out, "PTR"))) return status;
  if (present[kNaptr] && !acceptable(status = ParseNaptr(isolate, answer, length, out, true))) return status;
  if (present[kSoa]) {
    v8::Local<v8::Object> soa;
    if (status = ParseSoa(isolate, answer, length, &soa, true); !acceptable(status)) return status;
    if (status == ARES_SUCCESS) Append(context, out, soa);
  }
  if (present[kCaa] && !acceptable(status = ParseCaa(isolate, answer, length, out, true))) return status;
  return out->Length() > 0 ? ARES_SUCCESS : ARES_ENODATA;
}

}  // namespace

int RecordType(QueryKind kind) {
  switch (kind) {
    case kA: return ns_t_a;
    case kAaaa: return ns_t_aaaa;
    case kAny: return ns_t_any;
    case kCaa: return 257;  // ns_t_caa, missing from older resolver headers
    case kCname: return ns_t_cname;
    case kMx: return ns_t_mx;
    case kNaptr: return ns_t_naptr;
    case kNs: return ns_t_ns;
    case kPtr: return ns_t_ptr;
    case kSoa: return ns_t_soa;
    case kSrv: return ns_t_srv;
    case kTxt: return ns_t_txt;
    case kQueryKindCount: break;
  }
  UNREACHABLE();
}

v8::Local<v8::Array> HostentNames(v8::Isolate* isolate, const hostent* host) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> names = v8::Array::New(isolate);
  if (host->h_aliases != nullptr) {
    for (char** alias = host->h_aliases; *alias != nullptr; alias++) Append(context, names, Name(isolate, *alias));
  }
  if (names->Length() == 0 && host->h_name != nullptr) Append(context, names, Name(isolate, host->h_name));
  return names;
}

int ParseAnswer(Environment* env, QueryKind kind, const unsigned char* answer, int length,
                v8::Local<v8::Value>* result, v8::Local<v8::Value>* ttls) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Array> list = v8::Array::New(isolate);
  *result = list;
  int status;
  switch (kind) {
    case kA:
    case kAaaa: {
      v8::Local<v8::Array> ttl_list = v8::Array::New(isolate);
      *ttls = ttl_list;
      status = kind == kA ? ParseA(isolate, answer, length, list, ttl_list)
                          : ParseAaaa(isolate, answer, length, list, ttl_list);
      break;
    }
    case kAny: status = ParseAny(isolate, answer, length, list); break;
    case kCaa: status = ParseCaa(isolate, answer, length, list, false); break;
    case kCname: status = ParseCname(isolate, answer, length, list); break;
    case kMx: status = ParseMx(isolate, answer, length, list, false); break;
    case kNaptr: status = ParseNaptr(isolate, answer, length, list, false); break;
    case kNs:
    case kPtr: status = ParseNames(isolate, kind, answer, length, list, nullptr); break;
    case kSrv: status = ParseSrv(isolate, answer, length, list, false); break;
    case kTxt: status = ParseTxt(isolate, answer, length, list, false); break;
    case kSoa: {
      v8::Local<v8::Object> soa;
      status = ParseSoa(isolate, answer, length, &soa, false);
      if (status == ARES_SUCCESS) *result = soa;
      break;
    }
    default: UNREACHABLE();
  }
  return status;
}

}  // namespace lode::cares
