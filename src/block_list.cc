// The 'block_list' binding: the rules of a net.BlockList (lib/internal/blocklist.js). They live
// here, in a mutex-guarded RuleSet, so that a list cloned into a message or a structuredClone
// shares them with the original, on any thread (messaging.h, SharedState). JS validates the
// arguments, parses the addresses and words each rule's description; this file stores the
// rules and matches addresses against them.
//
// The binding also has node's native SocketAddress, an address, port and flow label that
// internal/socketaddress's InternalSocketAddress turns into a net.SocketAddress (lode's own
// SocketAddress is JS only; this is for code that has a native one to convert).
//
// An IPv4 address and its IPv4-mapped IPv6 form (::ffff:a.b.c.d) count as the same; an IPv6
// address that is not IPv4-mapped matches no IPv4 rule, and the other way round.
#include <uv.h>

#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "binding.h"
#include "env.h"
#include "messaging.h"
#include "utils.h"

namespace lode {

namespace {

constexpr uint8_t kMappedPrefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
// What Compare() gives for addresses that have no order between them.
constexpr int kIncomparable = 2;

// 4 bytes of IPv4 or 16 of IPv6, in network order.
struct Address {
  uint8_t bytes[16];
  size_t size;
};

// The IPv4 address an IPv4-mapped IPv6 address holds, or null.
const uint8_t* MappedIPv4(const Address& address) {
  if (address.size != 16 || std::memcmp(address.bytes, kMappedPrefix, sizeof(kMappedPrefix)) != 0) return nullptr;
  return address.bytes + sizeof(kMappedPrefix);
}

// -1, 0 or 1; kIncomparable when an IPv6 address that is not IPv4-mapped meets an IPv4 one.
int Compare(const Address& a, const Address& b) {
  const uint8_t* x = a.bytes;
  const uint8_t* y = b.bytes;
  size_t size = a.size;
  if (a.size != b.size) {
    if (a.size == 16) x = MappedIPv4(a);
    else y = MappedIPv4(b);
    if (x == nullptr || y == nullptr) return kIncomparable;
    size = 4;
  }
  int order = std::memcmp(x, y, size);
  return order < 0 ? -1 : order > 0 ? 1 : 0;
}

// Whether the first `prefix` bits of `address` are those of `network` (an IPv4 address
// compared with an IPv6 network in its mapped form).
bool InSubnet(const Address& network, uint32_t prefix, const Address& address) {
  const uint8_t* bytes = address.bytes;
  uint8_t widened[16];
  if (network.size == 4 && address.size == 16) {
    bytes = MappedIPv4(address);
    if (bytes == nullptr) return false;
  } else if (network.size == 16 && address.size == 4) {
    std::memcpy(widened, kMappedPrefix, sizeof(kMappedPrefix));
    std::memcpy(widened + sizeof(kMappedPrefix), address.bytes, 4);
    bytes = widened;
  }
  for (uint32_t bit = 0; bit < prefix; bit++) {
    uint8_t mask = 0x80 >> (bit % 8);
    if ((network.bytes[bit / 8] & mask) != (bytes[bit / 8] & mask)) return false;
  }
  return true;
}

struct Rule {
  enum Kind { kAddress, kRange, kSubnet };
  Kind kind;
  Address first;    // the address, the start of the range, or the network
  Address last;     // ranges only
  uint32_t prefix;  // subnets only
  std::string text;  // as `blockList.rules` shows it

  bool Matches(const Address& address) const {
    switch (kind) {
      case kAddress:
        return Compare(address, first) == 0;
      case kRange: {
        int from_first = Compare(address, first);
        int from_last = Compare(address, last);
        return from_first != kIncomparable && from_last != kIncomparable && from_first >= 0 && from_last <= 0;
      }
      case kSubnet:
        return InSubnet(first, prefix, address);
    }
    return false;
  }
};

// One list's rules, shared by the handles of every clone of it on every thread.
class RuleSet final : public SharedState {
 public:
  void Add(Rule rule) {
    std::lock_guard<std::mutex> lock(mutex_);
    rules_.push_back(std::move(rule));
  }

  bool Check(const Address& address) {
    std::lock_guard<std::mutex> lock(mutex_);
    for (const Rule& rule : rules_) {
      if (rule.Matches(address)) return true;
    }
    return false;
  }

  // The descriptions, newest rule first.
  std::vector<std::string> Texts() {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<std::string> texts;
    texts.reserve(rules_.size());
    for (auto rule = rules_.rbegin(); rule != rules_.rend(); ++rule) texts.push_back(rule->text);
    return texts;
  }

  v8::MaybeLocal<v8::Object> NewHandle(Environment* env, std::shared_ptr<SharedState> self) override;

 private:
  std::mutex mutex_;
  std::vector<Rule> rules_;
};

// The per-Environment template of handles, made on first use: by the binding, or by a
// message that brings a list to an Environment that has not loaded the binding yet.
struct BlockListData {
  Environment* env;
  v8::Global<v8::FunctionTemplate> handle_template;

  static BlockListData* Get(Environment* env);
  static void Cleanup(void* data);
};

// The JS object of a RuleSet: `new BlockList()` of the binding (a list of its own), or a
// handle to a clone's rules made by the message reader.
class BlockListWrap final : public SharedStateHandle {
 public:
  BlockListWrap(Environment* env, v8::Local<v8::Object> object, std::shared_ptr<RuleSet> rules)
      : SharedStateHandle(env, object, rules), rules_(rules.get()) {}

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    CHECK(info.IsConstructCall());
    new BlockListWrap(Environment::GetCurrent(info), info.This(), std::make_shared<RuleSet>());
  }

  // addAddress(bytes, text)
  static void AddAddress(const v8::FunctionCallbackInfo<v8::Value>& info) {
    CHECK(info[1]->IsString());
    Rule rule{Rule::kAddress, AddressArgument(info[0]), {}, 0, ToStdString(info.GetIsolate(), info[1])};
    Unwrap(info)->rules_->Add(std::move(rule));
  }

  // addRange(startBytes, endBytes, text) -> false, adding nothing, when start comes after end
  // or has no order with it.
  static void AddRange(const v8::FunctionCallbackInfo<v8::Value>& info) {
    CHECK(info[2]->IsString());
    Rule rule{Rule::kRange, AddressArgument(info[0]), AddressArgument(info[1]), 0,
              ToStdString(info.GetIsolate(), info[2])};
    int order = Compare(rule.first, rule.last);
    bool ordered = order != kIncomparable && order <= 0;
    if (ordered) Unwrap(info)->rules_->Add(std::move(rule));
    info.GetReturnValue().Set(ordered);
  }

  // addSubnet(networkBytes, prefix, text)
  static void AddSubnet(const v8::FunctionCallbackInfo<v8::Value>& info) {
    CHECK(info[1]->IsUint32() && info[2]->IsString());
    Rule rule{Rule::kSubnet, AddressArgument(info[0]), {}, info[1].As<v8::Uint32>()->Value(),
              ToStdString(info.GetIsolate(), info[2])};
    CHECK(rule.prefix <= rule.first.size * 8);
    Unwrap(info)->rules_->Add(std::move(rule));
  }

  // check(bytes) -> whether any rule matches
  static void Check(const v8::FunctionCallbackInfo<v8::Value>& info) {
    info.GetReturnValue().Set(Unwrap(info)->rules_->Check(AddressArgument(info[0])));
  }

  // getRules() -> the descriptions, newest first
  static void GetRules(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    std::vector<std::string> texts = Unwrap(info)->rules_->Texts();
    std::vector<v8::Local<v8::Value>> values;
    values.reserve(texts.size());
    for (const std::string& text : texts) values.push_back(ToV8String(isolate, text));
    info.GetReturnValue().Set(v8::Array::New(isolate, values.data(), values.size()));
  }

 private:
  // The methods' signature guarantees the receiver is a handle.
  static BlockListWrap* Unwrap(const v8::FunctionCallbackInfo<v8::Value>& info) {
    BlockListWrap* wrap = FromJSObject<BlockListWrap>(info.This());
    CHECK(wrap != nullptr);
    return wrap;
  }

  // A Uint8Array of 4 or 16 bytes, as JS made it.
  static Address AddressArgument(v8::Local<v8::Value> value) {
    CHECK(value->IsUint8Array());
    v8::Local<v8::Uint8Array> array = value.As<v8::Uint8Array>();
    Address address{};
    address.size = array->Length();
    CHECK(address.size == 4 || address.size == 16);
    CHECK_EQ(array->CopyContents(address.bytes, address.size), address.size);
    return address;
  }

  RuleSet* rules_;  // owned by the handle's shared state
};

v8::MaybeLocal<v8::Object> RuleSet::NewHandle(Environment* env, std::shared_ptr<SharedState> self) {
  CHECK_EQ(self.get(), this);
  v8::Local<v8::FunctionTemplate> handle_template = BlockListData::Get(env)->handle_template.Get(env->isolate());
  v8::Local<v8::Object> object;
  if (!handle_template->InstanceTemplate()->NewInstance(env->context()).ToLocal(&object)) return {};
  new BlockListWrap(env, object, std::static_pointer_cast<RuleSet>(std::move(self)));
  return object;
}

BlockListData* BlockListData::Get(Environment* env) {
  auto* data = static_cast<BlockListData*>(env->binding_data("block_list"));
  if (data != nullptr) return data;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::FunctionTemplate> handle_template = v8::FunctionTemplate::New(isolate, BlockListWrap::New);
  handle_template->SetClassName(OneByteString(isolate, "BlockList"));
  handle_template->InstanceTemplate()->SetInternalFieldCount(SharedStateHandle::kInternalFieldCount);
  SetProtoMethod(isolate, handle_template, "addAddress", BlockListWrap::AddAddress);
  SetProtoMethod(isolate, handle_template, "addRange", BlockListWrap::AddRange);
  SetProtoMethod(isolate, handle_template, "addSubnet", BlockListWrap::AddSubnet);
  SetProtoMethod(isolate, handle_template, "check", BlockListWrap::Check);
  SetProtoMethod(isolate, handle_template, "getRules", BlockListWrap::GetRules);
  data = new BlockListData();
  data->env = env;
  data->handle_template.Reset(isolate, handle_template);
  env->set_binding_data("block_list", data);
  env->AddCleanupHook(Cleanup, data);
  return data;
}

void BlockListData::Cleanup(void* data) {
  auto* self = static_cast<BlockListData*>(data);
  self->env->set_binding_data("block_list", nullptr);
  delete self;
}

// new SocketAddress(address, port, family, flowlabel), family AF_INET or AF_INET6: the address
// in canonical form, or an ERR_INVALID_ADDRESS error. detail() -> { address, port, family,
// flowlabel }, family as 'ipv4' or 'ipv6'.
class SocketAddressWrap final : public BaseObject {
 public:
  SocketAddressWrap(Environment* env, v8::Local<v8::Object> object, std::string address, uint32_t port,
                    int family, uint32_t flowlabel)
      : BaseObject(env, object), address_(std::move(address)), port_(port), family_(family), flowlabel_(flowlabel) {
    MakeWeak();
    env->AddCleanupHook(DeleteAtTeardown, this);
  }
  ~SocketAddressWrap() override { env()->RemoveCleanupHook(DeleteAtTeardown, this); }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    CHECK(info.IsConstructCall());
    CHECK(info[0]->IsString() && info[1]->IsUint32() && info[2]->IsInt32() && info[3]->IsUint32());
    int family = info[2].As<v8::Int32>()->Value();
    uint32_t port = info[1].As<v8::Uint32>()->Value();
    CHECK((family == AF_INET || family == AF_INET6) && port <= 0xffff);
    uint8_t bytes[16];
    char text[INET6_ADDRSTRLEN];
    std::string given = ToStdString(isolate, info[0]);
    if (uv_inet_pton(family, given.c_str(), bytes) != 0 || uv_inet_ntop(family, bytes, text, sizeof(text)) != 0) {
      v8::Local<v8::Object> error = v8::Exception::Error(OneByteString(isolate, "Invalid socket address")).As<v8::Object>();
      USE(error->Set(isolate->GetCurrentContext(), OneByteString(isolate, "code"),
                     OneByteString(isolate, "ERR_INVALID_ADDRESS")));
      isolate->ThrowException(error);
      return;
    }
    uint32_t flowlabel = family == AF_INET6 ? info[3].As<v8::Uint32>()->Value() : 0;
    new SocketAddressWrap(Environment::GetCurrent(info), info.This(), text, port, family, flowlabel);
  }

  static void Detail(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Isolate* isolate = info.GetIsolate();
    SocketAddressWrap* wrap = FromJSObject<SocketAddressWrap>(info.This());
    CHECK(wrap != nullptr);
    v8::Local<v8::Name> names[] = {OneByteString(isolate, "address"), OneByteString(isolate, "port"),
                                   OneByteString(isolate, "family"), OneByteString(isolate, "flowlabel")};
    v8::Local<v8::Value> values[] = {ToV8String(isolate, wrap->address_), v8::Integer::NewFromUnsigned(isolate, wrap->port_),
                                     OneByteString(isolate, wrap->family_ == AF_INET ? "ipv4" : "ipv6"),
                                     v8::Integer::NewFromUnsigned(isolate, wrap->flowlabel_)};
    info.GetReturnValue().Set(v8::Object::New(isolate, v8::Null(isolate), names, values, 4));
  }

 private:
  static void DeleteAtTeardown(void* wrap) { delete static_cast<SocketAddressWrap*>(wrap); }

  std::string address_;
  uint32_t port_;
  int family_;
  uint32_t flowlabel_;
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> handle_template = BlockListData::Get(env)->handle_template.Get(env->isolate());
  SetConstant(context, target, "BlockList", handle_template->GetFunction(context).ToLocalChecked());

  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::FunctionTemplate> address = v8::FunctionTemplate::New(isolate, SocketAddressWrap::New);
  address->SetClassName(OneByteString(isolate, "SocketAddress"));
  address->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  SetProtoMethod(isolate, address, "detail", SocketAddressWrap::Detail);
  SetConstant(context, target, "SocketAddress", address->GetFunction(context).ToLocalChecked());
  SetConstant(context, target, "AF_INET", AF_INET);
  SetConstant(context, target, "AF_INET6", AF_INET6);
}

}  // namespace
}  // namespace lode

LODE_BINDING(block_list, lode::Initialize)
