// The 'url' binding: the one step of URL parsing JS cannot do well by itself, UTS #46
// processing of domain names (mapping, normalization, punycode, bidi and joiner rules),
// through ICU. Everything else of the URL Standard lives in lib/internal/url/.
#include <unicode/uidna.h>

#include <vector>

#include "binding.h"
#include "env.h"
#include "utils.h"

namespace lode {
namespace {

// The URL Standard's "domain to ASCII" with beStrict = false: CheckHyphens and
// VerifyDnsLength are off, so the errors ICU reports for them do not count.
constexpr uint32_t kLenientErrors = UIDNA_ERROR_EMPTY_LABEL | UIDNA_ERROR_LABEL_TOO_LONG |
                                    UIDNA_ERROR_DOMAIN_NAME_TOO_LONG | UIDNA_ERROR_LEADING_HYPHEN |
                                    UIDNA_ERROR_TRAILING_HYPHEN | UIDNA_ERROR_HYPHEN_3_4;

// One immutable ICU object for the process; ICU allows concurrent use of a UIDNA.
const UIDNA* GetProcessor() {
  static const UIDNA* processor = [] {
    UErrorCode status = U_ZERO_ERROR;
    UIDNA* idna = uidna_openUTS46(UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ |
                                      UIDNA_NONTRANSITIONAL_TO_ASCII |
                                      UIDNA_NONTRANSITIONAL_TO_UNICODE,
                                  &status);
    CHECK(U_SUCCESS(status));
    return idna;
  }();
  return processor;
}

using IdnaFunction = int32_t (*)(const UIDNA*, const UChar*, int32_t, UChar*, int32_t, UIDNAInfo*,
                                 UErrorCode*);

// Runs one ICU conversion; false when ICU reports an error that the URL Standard keeps.
bool Convert(IdnaFunction convert, const std::u16string& input, std::u16string* output,
             bool lenient_only) {
  UIDNAInfo info = UIDNA_INFO_INITIALIZER;
  UErrorCode status = U_ZERO_ERROR;
  output->resize(input.size() * 4 + 64);
  int32_t length = convert(GetProcessor(), reinterpret_cast<const UChar*>(input.data()),
                           static_cast<int32_t>(input.size()), reinterpret_cast<UChar*>(output->data()),
                           static_cast<int32_t>(output->size()), &info, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    status = U_ZERO_ERROR;
    info = UIDNA_INFO_INITIALIZER;
    output->resize(length);
    length = convert(GetProcessor(), reinterpret_cast<const UChar*>(input.data()),
                     static_cast<int32_t>(input.size()), reinterpret_cast<UChar*>(output->data()),
                     static_cast<int32_t>(output->size()), &info, &status);
  }
  if (U_FAILURE(status)) return false;
  output->resize(length);
  uint32_t errors = info.errors;
  if (lenient_only) errors &= ~kLenientErrors;
  return errors == 0;
}

std::u16string ToU16(v8::Isolate* isolate, v8::Local<v8::String> text) {
  std::u16string result(text->Length(), u'\0');
  text->Write(isolate, reinterpret_cast<uint16_t*>(result.data()), 0, static_cast<int>(result.size()),
              v8::String::NO_NULL_TERMINATION);
  return result;
}

v8::Local<v8::String> FromU16(v8::Isolate* isolate, const std::u16string& text) {
  return v8::String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(text.data()),
                                    v8::NewStringType::kNormal, static_cast<int>(text.size()))
      .ToLocalChecked();
}

// toASCII(domain) -> the ASCII form, or undefined when the domain is invalid.
void ToASCII(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsString());
  v8::Isolate* isolate = info.GetIsolate();
  std::u16string output;
  if (!Convert(uidna_nameToASCII, ToU16(isolate, info[0].As<v8::String>()), &output, true)) return;
  info.GetReturnValue().Set(FromU16(isolate, output));
}

// toUnicode(domain) -> the Unicode form. Errors do not fail the conversion (the URL
// Standard's domain to Unicode only records them); ICU marks bad spots with U+FFFD. Callers
// pass hosts that already went through toASCII, so that is rare.
void ToUnicode(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsString());
  v8::Isolate* isolate = info.GetIsolate();
  std::u16string output;
  Convert(uidna_nameToUnicode, ToU16(isolate, info[0].As<v8::String>()), &output, true);
  info.GetReturnValue().Set(FromU16(isolate, output));
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "toASCII", ToASCII);
  SetMethod(context, target, "toUnicode", ToUnicode);
}

}  // namespace
}  // namespace lode

LODE_BINDING(url, lode::Initialize)
