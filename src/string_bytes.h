// Conversions between JS strings and bytes in Buffer's encodings (utf8, utf16le, latin1,
// ascii, base64, base64url, hex), shared by the `buffer` and `encoding_binding` bindings.
//
// The callers validate every offset and length in JS first; these functions still never
// read or write outside the memory they are handed.
#ifndef LODE_SRC_STRING_BYTES_H_
#define LODE_SRC_STRING_BYTES_H_

#include <v8.h>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace lode {

// The numbering is shared with lib/internal/buffer.js (`encodingIds`).
enum class Encoding : int {
  kUtf8 = 0,
  kUtf16le = 1,
  kLatin1 = 2,
  kAscii = 3,
  kBase64 = 4,
  kBase64url = 5,
  kHex = 6,
};
constexpr int kEncodingCount = 7;

namespace string_bytes {

// The JS string `string` written as bytes into dest[0, capacity): never a partial UTF-8
// sequence or half a UTF-16 unit. hex and base64 read each UTF-16 unit's low byte, as node
// does; base64 accepts both alphabets, skips characters outside them and stops at '='; hex
// stops at the first pair that is not two hex digits. Returns the number of bytes written.
size_t Write(v8::Isolate* isolate, v8::Local<v8::String> string, Encoding encoding,
             uint8_t* dest, size_t capacity);

// The bytes data[0, length) as a JS string. Empty (with no exception pending) when the
// result would be longer than v8::String::kMaxLength. Large results are external strings.
v8::MaybeLocal<v8::String> Decode(v8::Isolate* isolate, const uint8_t* data, size_t length,
                                  Encoding encoding);

// The number of base64 characters `length` bytes become (with padding unless `url`).
size_t Base64EncodedLength(size_t length, bool url);

// Strict UTF-8 (no surrogates, no overlong forms, nothing above U+10FFFF).
bool IsValidUtf8(const uint8_t* data, size_t length);
bool IsAscii(const uint8_t* data, size_t length);

}  // namespace string_bytes

// The bytes behind an ArrayBufferView, ArrayBuffer or SharedArrayBuffer, for reading.
// A small typed array keeps its bytes inside the V8 heap; those are copied out rather than
// moved off the heap (which asking for its buffer would do). A detached buffer has none.
class ViewBytes {
 public:
  explicit ViewBytes(v8::Local<v8::Value> value);
  ViewBytes(const ViewBytes&) = delete;
  ViewBytes& operator=(const ViewBytes&) = delete;

  const uint8_t* data() const { return data_; }
  size_t length() const { return length_; }

 private:
  const uint8_t* data_ = nullptr;
  size_t length_ = 0;
  uint8_t inline_[128];
  std::unique_ptr<uint8_t[]> copy_;
};

// The bytes behind an ArrayBufferView (or an ArrayBuffer), for writing in place.
class WritableViewBytes {
 public:
  explicit WritableViewBytes(v8::Local<v8::Value> value);

  uint8_t* data() const { return data_; }
  size_t length() const { return length_; }

 private:
  uint8_t* data_ = nullptr;
  size_t length_ = 0;
};

}  // namespace lode

#endif  // LODE_SRC_STRING_BYTES_H_
