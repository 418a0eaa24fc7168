// The 'encoding_binding' binding: what TextEncoder, TextDecoder and buffer.transcode need.
//
// UTF-8 in one piece (the common case) is decoded here directly. Streaming decodes and the
// legacy encodings go through ICU converters: a ConverterWrap owns one UConverter, which
// keeps the bytes of a character split across chunks, and is freed with its JS object.
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <vector>

#include "base_object.h"
#include "binding.h"
#include "env.h"
#include "string_bytes.h"
#include "utils.h"

namespace lode {
namespace {

class ConverterWrap final : public BaseObject {
 public:
  ConverterWrap(Environment* env, v8::Local<v8::Object> object, UConverter* converter)
      : BaseObject(env, object), converter_(converter) {
    MakeWeak();
    env->AddCleanupHook(DeleteAtExit, this);
  }
  ~ConverterWrap() override {
    env()->RemoveCleanupHook(DeleteAtExit, this);
    ucnv_close(converter_);
  }

  UConverter* converter() const { return converter_; }

 private:
  static void DeleteAtExit(void* self) { delete static_cast<ConverterWrap*>(self); }

  UConverter* converter_;
};

// TextEncoder ----------------------------------------------------------------------------------

// encodeUtf8(string) -> a Uint8Array of the string's UTF-8 (lone surrogates as U+FFFD), made
// here in one step: its bytes are written straight into a new off-heap buffer.
void EncodeUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  CHECK(info[0]->IsString());
  v8::Local<v8::String> string = info[0].As<v8::String>();
  size_t length = static_cast<size_t>(string->Utf8Length(isolate));
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(isolate, length);
  if (length > 0) {
    int flags = v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8;
    string->WriteUtf8(isolate, static_cast<char*>(store->Data()), static_cast<int>(length), nullptr, flags);
  }
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, std::move(store));
  info.GetReturnValue().Set(v8::Uint8Array::New(buffer, 0, length));
}

// encodeInto(string, dest, results): fills dest with as many whole characters of `string` as
// fit, as UTF-8; results[0] = UTF-16 units read, results[1] = bytes written.
void EncodeInto(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsString());
  CHECK(info[1]->IsUint8Array());
  CHECK(info[2]->IsUint32Array());
  v8::Local<v8::String> string = info[0].As<v8::String>();
  WritableViewBytes dest(info[1]);
  int read = 0;
  int written = 0;
  if (dest.length() > 0) {
    int capacity = static_cast<int>(std::min<size_t>(dest.length(), INT_MAX));
    written = string->WriteUtf8(info.GetIsolate(), reinterpret_cast<char*>(dest.data()), capacity,
                                &read, v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  }
  uint32_t results[2] = {static_cast<uint32_t>(read), static_cast<uint32_t>(written)};
  WritableViewBytes out(info[2]);
  CHECK(out.length() >= sizeof(results));
  memcpy(out.data(), results, sizeof(results));
}

// TextDecoder ----------------------------------------------------------------------------------

// decodeUtf8(source, ignoreBOM, fatal) -> string; undefined when `fatal` and the bytes are not
// UTF-8; null when the text is too long for a string.
void DecodeUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ViewBytes source(info[0]);
  bool ignore_bom = info[1]->IsTrue();
  bool fatal = info[2]->IsTrue();
  const uint8_t* data = source.data();
  size_t length = source.length();
  if (!ignore_bom && length >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf) {
    data += 3;
    length -= 3;
  }
  if (fatal && !string_bytes::IsValidUtf8(data, length)) return;
  v8::Local<v8::String> result;
  if (string_bytes::Decode(info.GetIsolate(), data, length, Encoding::kUtf8).ToLocal(&result)) {
    info.GetReturnValue().Set(result);
  } else {
    info.GetReturnValue().SetNull();
  }
}

// hasConverter(name) -> whether ICU can decode the encoding `name`.
void HasConverter(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsString());
  Utf8Value name(info.GetIsolate(), info[0]);
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(*name, &status);
  info.GetReturnValue().Set(static_cast<bool>(U_SUCCESS(status)));
  if (converter != nullptr) ucnv_close(converter);
}

// Writes U+FFFD for every malformed or unmappable sequence. ICU's own substitute callback
// writes U+001A for a single bad byte in some encodings; the Encoding Standard wants U+FFFD.
void WriteReplacementCharacter(const void* context, UConverterToUnicodeArgs* args, const char* units,
                               int32_t length, UConverterCallbackReason reason, UErrorCode* status) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close or clone: nothing to write
  static const UChar kReplacement = 0xfffd;
  *status = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, status);
}

// createConverter(name, fatal) -> a converter object, or undefined when ICU has none. A
// fatal converter stops at the first malformed sequence instead of writing U+FFFD.
void CreateConverter(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::GetCurrent(info);
  CHECK(info[0]->IsString());
  Utf8Value name(env->isolate(), info[0]);
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(*name, &status);
  if (U_FAILURE(status)) return;
  if (info[1]->IsTrue()) {
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  } else {
    ucnv_setToUCallBack(converter, WriteReplacementCharacter, nullptr, nullptr, nullptr, &status);
  }
  v8::Local<v8::Object> object;
  if (!info.Data().As<v8::Function>()->NewInstance(env->context()).ToLocal(&object)) {
    ucnv_close(converter);
    return;
  }
  new ConverterWrap(env, object, converter);
  info.GetReturnValue().Set(object);
}

// decode(converter, source, flush) -> string, or undefined when a fatal converter met a
// malformed sequence (the converter is reset then). `flush` ends the stream: bytes still
// held for an unfinished character become U+FFFD (or an error), and the converter resets.
void Decode(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsObject());
  auto* wrap = BaseObject::FromJSObject<ConverterWrap>(info[0]);
  CHECK(wrap != nullptr);
  UConverter* converter = wrap->converter();
  ViewBytes source(info[1]);
  bool flush = info[2]->IsTrue();

  const char* input = reinterpret_cast<const char*>(source.data());
  const char* input_end = input + source.length();
  // Each byte gives at most two UTF-16 units; the rest covers what a flush adds.
  std::vector<UChar> output(source.length() * 2 + 16);
  size_t produced = 0;
  UErrorCode status;
  for (;;) {
    status = U_ZERO_ERROR;
    UChar* target = output.data() + produced;
    ucnv_toUnicode(converter, &target, output.data() + output.size(), &input, input_end, nullptr,
                   flush, &status);
    produced = static_cast<size_t>(target - output.data());
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
    output.resize(output.size() * 2);
  }
  if (U_FAILURE(status)) {
    ucnv_resetToUnicode(converter);
    return;
  }
  if (flush) ucnv_resetToUnicode(converter);
  v8::Local<v8::String> result;
  if (produced > static_cast<size_t>(v8::String::kMaxLength)) {
    info.GetReturnValue().SetNull();
  } else if (v8::String::NewFromTwoByte(info.GetIsolate(), reinterpret_cast<const uint16_t*>(output.data()),
                                        v8::NewStringType::kNormal, static_cast<int>(produced))
                 .ToLocal(&result)) {
    info.GetReturnValue().Set(result);
  }
}

// buffer.transcode -------------------------------------------------------------------------

const char* IcuName(Encoding encoding) {
  switch (encoding) {
    case Encoding::kUtf8: return "utf-8";
    case Encoding::kUtf16le: return "utf-16le";
    case Encoding::kLatin1: return "iso-8859-1";
    case Encoding::kAscii: return "us-ascii";
    default: UNREACHABLE();
  }
}

v8::Local<v8::Uint8Array> ToUint8Array(v8::Isolate* isolate, const void* data, size_t length) {
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, length);
  if (length > 0) memcpy(buffer->Data(), data, length);
  return v8::Uint8Array::New(buffer, 0, length);
}

// UTF-16LE units from bytes on any alignment (a trailing odd byte is dropped).
std::vector<UChar> ReadUnits(const uint8_t* data, size_t length) {
  std::vector<UChar> units(length / 2);
  for (size_t i = 0; i < units.size(); i++) {
    units[i] = static_cast<UChar>(data[2 * i] | data[2 * i + 1] << 8);
  }
  return units;
}

std::vector<uint8_t> UnitsToBytes(const UChar* units, size_t count) {
  std::vector<uint8_t> bytes(count * 2);
  for (size_t i = 0; i < count; i++) {
    bytes[2 * i] = static_cast<uint8_t>(units[i]);
    bytes[2 * i + 1] = static_cast<uint8_t>(units[i] >> 8);
  }
  return bytes;
}

UConverter* OpenTarget(Encoding encoding, UErrorCode* status) {
  UConverter* converter = ucnv_open(IcuName(encoding), status);
  // Characters a one-byte target cannot hold become '?', as node writes them (UTF-16
  // writes U+FFFD).
  bool one_byte = encoding == Encoding::kLatin1 || encoding == Encoding::kAscii;
  if (U_SUCCESS(*status) && one_byte) ucnv_setSubstChars(converter, "?", 1, status);
  return converter;
}

// Converts between two of utf8, utf16le, latin1 and ascii. Returns U_ZERO_ERROR and fills
// `out`, or the ICU error.
UErrorCode TranscodeBytes(const uint8_t* data, size_t length, Encoding from, Encoding to,
                          std::vector<uint8_t>* out) {
  UErrorCode status = U_ZERO_ERROR;
  if (length > INT32_MAX) return U_BUFFER_OVERFLOW_ERROR;
  int32_t input_length = static_cast<int32_t>(length);
  const char* input = reinterpret_cast<const char*>(data);
  bool one_byte_source = from == Encoding::kLatin1 || from == Encoding::kAscii;
  if (to == Encoding::kUtf16le && one_byte_source) {
    // Node widens ascii like latin1 here: every byte is one unit.
    out->resize(length * 2);
    for (size_t i = 0; i < length; i++) {
      (*out)[2 * i] = data[i];
      (*out)[2 * i + 1] = 0;
    }
    return status;
  }
  if (from == Encoding::kUtf16le && to != Encoding::kUtf16le) {
    std::vector<UChar> units = ReadUnits(data, length);
    int32_t count = static_cast<int32_t>(units.size());
    if (to == Encoding::kUtf8) {
      int32_t needed = 0;
      u_strToUTF8(nullptr, 0, &needed, units.data(), count, &status);
      if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return status;
      status = U_ZERO_ERROR;
      out->resize(static_cast<size_t>(needed) + 1);
      u_strToUTF8(reinterpret_cast<char*>(out->data()), needed + 1, &needed, units.data(), count, &status);
      out->resize(static_cast<size_t>(needed));
      return U_FAILURE(status) ? status : U_ZERO_ERROR;
    }
    UConverter* target = OpenTarget(to, &status);
    if (U_FAILURE(status)) return status;
    out->resize(static_cast<size_t>(count) * 4 + 1);
    int32_t written = ucnv_fromUChars(target, reinterpret_cast<char*>(out->data()),
                                      static_cast<int32_t>(out->size()), units.data(), count, &status);
    ucnv_close(target);
    out->resize(static_cast<size_t>(std::max(written, 0)));
    return U_FAILURE(status) ? status : U_ZERO_ERROR;
  }
  if (from == Encoding::kUtf8 && to == Encoding::kUtf16le) {
    int32_t needed = 0;
    u_strFromUTF8(nullptr, 0, &needed, input, input_length, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return status;
    status = U_ZERO_ERROR;
    std::vector<UChar> units(static_cast<size_t>(needed) + 1);
    u_strFromUTF8(units.data(), needed + 1, &needed, input, input_length, &status);
    if (U_FAILURE(status)) return status;
    *out = UnitsToBytes(units.data(), static_cast<size_t>(needed));
    return U_ZERO_ERROR;
  }
  // Between the byte encodings (and UTF-16 to itself, which replaces unpaired surrogates and
  // an odd last byte with U+FFFD): through ICU's pivot, substituting what does not fit.
  UConverter* source = ucnv_open(IcuName(from), &status);
  if (U_FAILURE(status)) return status;
  UConverter* target = OpenTarget(to, &status);
  if (U_FAILURE(status)) {
    ucnv_close(source);
    return status;
  }
  out->resize(length * 4 + 16);
  char* write = reinterpret_cast<char*>(out->data());
  const char* read = input;
  ucnv_convertEx(target, source, &write, write + out->size(), &read, input + length, nullptr, nullptr,
                 nullptr, nullptr, true, true, &status);
  ucnv_close(source);
  ucnv_close(target);
  out->resize(static_cast<size_t>(write - reinterpret_cast<char*>(out->data())));
  return U_FAILURE(status) ? status : U_ZERO_ERROR;
}

// transcode(source, fromEncoding, toEncoding) -> Uint8Array, or the ICU error's name.
void Transcode(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  ViewBytes source(info[0]);
  CHECK(info[1]->IsInt32() && info[2]->IsInt32());
  int from = info[1].As<v8::Int32>()->Value();
  int to = info[2].As<v8::Int32>()->Value();
  auto supported = [](int id) {
    return id == static_cast<int>(Encoding::kUtf8) || id == static_cast<int>(Encoding::kUtf16le) ||
           id == static_cast<int>(Encoding::kLatin1) || id == static_cast<int>(Encoding::kAscii);
  };
  if (!supported(from) || !supported(to)) {
    info.GetReturnValue().Set(OneByteString(isolate, u_errorName(U_ILLEGAL_ARGUMENT_ERROR)));
    return;
  }
  std::vector<uint8_t> out;
  UErrorCode status = TranscodeBytes(source.data(), source.length(), static_cast<Encoding>(from),
                                     static_cast<Encoding>(to), &out);
  if (U_FAILURE(status)) {
    info.GetReturnValue().Set(OneByteString(isolate, u_errorName(status)));
    return;
  }
  info.GetReturnValue().Set(ToUint8Array(isolate, out.data(), out.size()));
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> converter = v8::FunctionTemplate::New(isolate);
  converter->SetClassName(OneByteString(isolate, "Converter"));
  converter->InstanceTemplate()->SetInternalFieldCount(BaseObject::kInternalFieldCount);
  v8::Local<v8::Function> converter_class = converter->GetFunction(context).ToLocalChecked();

  SetMethod(context, target, "encodeUtf8", EncodeUtf8);
  SetMethod(context, target, "encodeInto", EncodeInto);
  SetMethod(context, target, "decodeUtf8", DecodeUtf8);
  SetMethod(context, target, "hasConverter", HasConverter);
  SetMethod(context, target, "createConverter", CreateConverter, converter_class);
  SetMethod(context, target, "decode", Decode);
  SetMethod(context, target, "transcode", Transcode);
}

}  // namespace
}  // namespace lode

LODE_BINDING(encoding_binding, lode::Initialize)
