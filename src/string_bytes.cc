#include "string_bytes.h"

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "string_bytes_simd.h"
#include "utils.h"

namespace lode {
namespace string_bytes {
namespace {

// Results at least this long become external strings: one copy instead of two, and the
// bytes never pass through V8's young generation.
constexpr size_t kExternalThreshold = size_t{1} << 20;
// Encoded text (hex, base64) is produced in a scratch buffer first; from this length on it is
// cheaper to hand that buffer to V8 than to copy it into the heap.
constexpr size_t kExternalEncodedThreshold = size_t{1} << 16;
// hex and base64 text is pulled out of the JS string this many units at a time (even).
constexpr int kChunkUnits = 8 * 1024;
// Scratch space on the stack for small conversions.
constexpr size_t kStackBytes = 1024;

constexpr bool kLittleEndianHost = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__;
constexpr size_t kMaxStringLength = static_cast<size_t>(v8::String::kMaxLength);

// Heap text that V8 adopts as an external string; freed when the string dies.
template <typename Resource, typename Char>
class ExternalText final : public Resource {
 public:
  ExternalText(v8::Isolate* isolate, Char* data, size_t length)
      : isolate_(isolate), data_(data), length_(length) {
    isolate_->AdjustAmountOfExternalAllocatedMemory(static_cast<int64_t>(byte_size()));
  }
  ~ExternalText() override {
    free(data_);
    isolate_->AdjustAmountOfExternalAllocatedMemory(-static_cast<int64_t>(byte_size()));
  }
  ExternalText(const ExternalText&) = delete;
  ExternalText& operator=(const ExternalText&) = delete;

  const Char* data() const override { return data_; }
  size_t length() const override { return length_; }

 private:
  size_t byte_size() const { return length_ * sizeof(Char); }

  v8::Isolate* isolate_;
  Char* data_;
  size_t length_;
};

using ExternalOneByte = ExternalText<v8::String::ExternalOneByteStringResource, char>;
using ExternalTwoByte = ExternalText<v8::String::ExternalStringResource, uint16_t>;

template <typename T>
T* AllocateOrDie(size_t count) {
  void* memory = malloc(count * sizeof(T) + 1);
  CHECK(memory != nullptr);  // out of memory, as V8 itself would report it
  return static_cast<T*>(memory);
}

// A one-byte string of `length` characters that `fill(uint8_t*)` produces.
template <typename Fill>
v8::MaybeLocal<v8::String> MakeOneByteString(v8::Isolate* isolate, size_t length, Fill fill,
                                             size_t external_threshold = kExternalThreshold) {
  if (length > kMaxStringLength) return {};
  if (length >= external_threshold) {
    char* text = AllocateOrDie<char>(length);
    fill(reinterpret_cast<uint8_t*>(text));
    return v8::String::NewExternalOneByte(isolate, new ExternalOneByte(isolate, text, length));
  }
  uint8_t stack[kStackBytes];
  std::unique_ptr<uint8_t[]> heap;
  uint8_t* text = stack;
  if (length > sizeof(stack)) {
    heap.reset(new uint8_t[length]);
    text = heap.get();
  }
  fill(text);
  return v8::String::NewFromOneByte(isolate, text, v8::NewStringType::kNormal,
                                    static_cast<int>(length));
}

// Hex ------------------------------------------------------------------------------------------

constexpr char kHexDigits[] = "0123456789abcdef";

struct HexTable {
  int8_t value[256];
};
constexpr HexTable MakeHexTable() {
  HexTable table{};
  for (int c = 0; c < 256; c++) table.value[c] = -1;
  for (int c = '0'; c <= '9'; c++) table.value[c] = static_cast<int8_t>(c - '0');
  for (int c = 'a'; c <= 'f'; c++) table.value[c] = static_cast<int8_t>(c - 'a' + 10);
  for (int c = 'A'; c <= 'F'; c++) table.value[c] = static_cast<int8_t>(c - 'A' + 10);
  return table;
}
constexpr HexTable kHexTable = MakeHexTable();

// Turns pairs of hex digits into bytes until a pair is not two digits or dest is full.
class HexDecoder {
 public:
  HexDecoder(uint8_t* dest, size_t capacity) : dest_(dest), capacity_(capacity) {}

  // `length` is even except for the last piece of the input.
  void Feed(const uint8_t* text, size_t length) {
    size_t consumed = 0;
    written_ += HexDecodeBlocks(text, length, dest_ + written_, capacity_ - written_, &consumed);
    text += consumed;
    length -= consumed;
    size_t pairs = std::min(length / 2, capacity_ - written_);
    for (size_t i = 0; i < pairs; i++) {
      int high = kHexTable.value[text[2 * i]];
      int low = kHexTable.value[text[2 * i + 1]];
      if ((high | low) < 0) {
        done_ = true;
        return;
      }
      dest_[written_++] = static_cast<uint8_t>(high << 4 | low);
    }
    if (written_ == capacity_) done_ = true;
  }
  bool done() const { return done_; }
  size_t written() const { return written_; }

 private:
  uint8_t* dest_;
  size_t capacity_;
  size_t written_ = 0;
  bool done_ = false;
};

// Base64 -----------------------------------------------------------------------------------

constexpr char kBase64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kBase64UrlAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

constexpr int8_t kBase64Skip = -1;  // not in either alphabet: ignored
constexpr int8_t kBase64End = -2;   // '=': the data ends here

struct Base64Table {
  int8_t value[256];
};
constexpr Base64Table MakeBase64Table() {
  Base64Table table{};
  for (int c = 0; c < 256; c++) table.value[c] = kBase64Skip;
  for (int i = 0; i < 64; i++) {
    table.value[static_cast<uint8_t>(kBase64Alphabet[i])] = static_cast<int8_t>(i);
    table.value[static_cast<uint8_t>(kBase64UrlAlphabet[i])] = static_cast<int8_t>(i);
  }
  table.value[static_cast<uint8_t>('=')] = kBase64End;
  return table;
}
constexpr Base64Table kBase64Table = MakeBase64Table();

// The same values placed where they land in a 24-bit group, one table per position in a
// quad, with bit 31 set for anything not in an alphabet: OR-ing four lookups gives the
// group, and a set bit 31 says the quad needs the careful path.
struct Base64GroupTables {
  uint32_t position[4][256];
};
constexpr Base64GroupTables MakeBase64GroupTables() {
  Base64GroupTables tables{};
  for (int slot = 0; slot < 4; slot++) {
    for (int c = 0; c < 256; c++) {
      int value = kBase64Table.value[c];
      tables.position[slot][c] =
          value < 0 ? 0x80000000u : static_cast<uint32_t>(value) << (18 - 6 * slot);
    }
  }
  return tables;
}
constexpr Base64GroupTables kBase64GroupTables = MakeBase64GroupTables();

// Node's lenient base64: both alphabets, anything else skipped, '=' ends the data, and
// leftover bits that do not make a whole byte are dropped.
class Base64Decoder {
 public:
  Base64Decoder(uint8_t* dest, size_t capacity) : dest_(dest), capacity_(capacity) {}

  void Feed(const uint8_t* text, size_t length) {
    // Locals, not members, in the loop: the compiler cannot assume dest_ does not alias them.
    const int8_t* table = kBase64Table.value;
    uint8_t* dest = dest_;
    size_t written = written_;
    const size_t capacity = capacity_;
    uint32_t bits = bits_;
    int pending_bits = pending_bits_;
    size_t i = 0;
    while (i < length) {
      // Between groups, runs of four alphabet characters decode in one step.
      if (pending_bits == 0) {
        size_t consumed = 0;
        written += Base64DecodeBlocks(text + i, length - i, dest + written, capacity - written,
                                      &consumed);
        i += consumed;
        const auto& slots = kBase64GroupTables.position;
        // Two quads per step while both are clean.
        while (i + 8 <= length && capacity - written >= 6) {
          uint32_t first = slots[0][text[i]] | slots[1][text[i + 1]] | slots[2][text[i + 2]] |
                           slots[3][text[i + 3]];
          uint32_t second = slots[0][text[i + 4]] | slots[1][text[i + 5]] | slots[2][text[i + 6]] |
                            slots[3][text[i + 7]];
          if ((first | second) & 0x80000000u) break;
          dest[written] = static_cast<uint8_t>(first >> 16);
          dest[written + 1] = static_cast<uint8_t>(first >> 8);
          dest[written + 2] = static_cast<uint8_t>(first);
          dest[written + 3] = static_cast<uint8_t>(second >> 16);
          dest[written + 4] = static_cast<uint8_t>(second >> 8);
          dest[written + 5] = static_cast<uint8_t>(second);
          written += 6;
          i += 8;
        }
        while (i + 4 <= length && capacity - written >= 3) {
          uint32_t group = slots[0][text[i]] | slots[1][text[i + 1]] | slots[2][text[i + 2]] |
                           slots[3][text[i + 3]];
          if (group & 0x80000000u) break;
          dest[written] = static_cast<uint8_t>(group >> 16);
          dest[written + 1] = static_cast<uint8_t>(group >> 8);
          dest[written + 2] = static_cast<uint8_t>(group);
          written += 3;
          i += 4;
        }
        if (i == length) break;
      }
      int value = table[text[i++]];
      if (value == kBase64End) {
        done_ = true;
        break;
      }
      if (value < 0) continue;
      bits = (bits << 6) | static_cast<uint32_t>(value);
      pending_bits += 6;
      if (pending_bits >= 8) {
        if (written == capacity) {
          done_ = true;
          break;
        }
        pending_bits -= 8;
        dest[written++] = static_cast<uint8_t>(bits >> pending_bits);
        bits &= (1u << pending_bits) - 1;
      }
    }
    written_ = written;
    bits_ = bits;
    pending_bits_ = pending_bits;
  }
  bool done() const { return done_; }
  size_t written() const { return written_; }

 private:
  uint8_t* dest_;
  size_t capacity_;
  size_t written_ = 0;
  uint32_t bits_ = 0;
  int pending_bits_ = 0;
  bool done_ = false;
};

// Every 12-bit value as its two base64 characters, in memory order, for each alphabet.
struct Base64PairTable {
  uint16_t pair[4096];
};
constexpr Base64PairTable MakeBase64PairTable(const char* alphabet) {
  Base64PairTable table{};
  for (int value = 0; value < 4096; value++) {
    uint16_t first = static_cast<uint8_t>(alphabet[value >> 6]);
    uint16_t second = static_cast<uint8_t>(alphabet[value & 63]);
    table.pair[value] = static_cast<uint16_t>(kLittleEndianHost ? (first | second << 8) : (first << 8 | second));
  }
  return table;
}
constexpr Base64PairTable kBase64Pairs = MakeBase64PairTable(kBase64Alphabet);
constexpr Base64PairTable kBase64UrlPairs = MakeBase64PairTable(kBase64UrlAlphabet);

void Base64Encode(const uint8_t* src, size_t length, uint8_t* out, bool url) {
  const char* alphabet = url ? kBase64UrlAlphabet : kBase64Alphabet;
  const uint16_t* pairs = url ? kBase64UrlPairs.pair : kBase64Pairs.pair;
  size_t i = 0;
  // Three bytes become two 12-bit halves, each two characters from the pair table.
  for (; i + 3 <= length; i += 3) {
    uint32_t group = static_cast<uint32_t>(src[i] << 16 | src[i + 1] << 8 | src[i + 2]);
    uint16_t halves[2] = {pairs[group >> 12], pairs[group & 4095]};
    memcpy(out, halves, sizeof(halves));
    out += 4;
  }
  size_t rest = length - i;
  if (rest == 0) return;
  uint32_t group = static_cast<uint32_t>(src[i] << 16 | (rest == 2 ? src[i + 1] << 8 : 0));
  *out++ = alphabet[group >> 18];
  *out++ = alphabet[(group >> 12) & 63];
  if (rest == 2) *out++ = alphabet[(group >> 6) & 63];
  if (!url) {
    if (rest == 1) *out++ = '=';
    *out++ = '=';
  }
}

// Runs a hex or base64 decoder over the low bytes of the string's UTF-16 units.
template <typename Decoder>
size_t DecodeText(v8::Isolate* isolate, v8::Local<v8::String> string, Decoder* decoder) {
  // Text lode made itself (long hex/base64 results) is external: decode it in place.
  if (string->IsExternalOneByte()) {
    const v8::String::ExternalOneByteStringResource* resource =
        string->GetExternalOneByteStringResource();
    decoder->Feed(reinterpret_cast<const uint8_t*>(resource->data()), resource->length());
    return decoder->written();
  }
  uint8_t chunk[kChunkUnits];
  int length = string->Length();
  for (int start = 0; start < length && !decoder->done(); start += kChunkUnits) {
    int count = std::min(kChunkUnits, length - start);
    string->WriteOneByte(isolate, chunk, start, count, v8::String::NO_NULL_TERMINATION);
    decoder->Feed(chunk, static_cast<size_t>(count));
  }
  return decoder->written();
}

// UTF-16 ---------------------------------------------------------------------------------------

size_t WriteUtf16(v8::Isolate* isolate, v8::Local<v8::String> string, uint8_t* dest,
                  size_t capacity) {
  int units = static_cast<int>(std::min<size_t>(string->Length(), capacity / 2));
  constexpr int kFlags = v8::String::NO_NULL_TERMINATION;
  if (kLittleEndianHost && reinterpret_cast<uintptr_t>(dest) % alignof(uint16_t) == 0) {
    string->Write(isolate, reinterpret_cast<uint16_t*>(dest), 0, units, kFlags);
    return static_cast<size_t>(units) * 2;
  }
  uint16_t chunk[kStackBytes / 2];
  constexpr int kChunk = static_cast<int>(sizeof(chunk) / sizeof(chunk[0]));
  for (int start = 0; start < units; start += kChunk) {
    int count = std::min(kChunk, units - start);
    string->Write(isolate, chunk, start, count, kFlags);
    for (int i = 0; i < count; i++) {
      dest[2 * (start + i)] = static_cast<uint8_t>(chunk[i]);
      dest[2 * (start + i) + 1] = static_cast<uint8_t>(chunk[i] >> 8);
    }
  }
  return static_cast<size_t>(units) * 2;
}

v8::MaybeLocal<v8::String> DecodeUtf16(v8::Isolate* isolate, const uint8_t* data, size_t length) {
  size_t units = length / 2;
  if (units > kMaxStringLength) return {};
  bool aligned = reinterpret_cast<uintptr_t>(data) % alignof(uint16_t) == 0;
  if (units * 2 < kExternalThreshold && aligned && kLittleEndianHost) {
    return v8::String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(data),
                                      v8::NewStringType::kNormal, static_cast<int>(units));
  }
  uint16_t* text = AllocateOrDie<uint16_t>(units);
  for (size_t i = 0; i < units; i++) {
    text[i] = static_cast<uint16_t>(data[2 * i] | data[2 * i + 1] << 8);
  }
  if (units * 2 >= kExternalThreshold) {
    return v8::String::NewExternalTwoByte(isolate, new ExternalTwoByte(isolate, text, units));
  }
  v8::MaybeLocal<v8::String> result = v8::String::NewFromTwoByte(
      isolate, text, v8::NewStringType::kNormal, static_cast<int>(units));
  free(text);
  return result;
}

// UTF-8 and the one-byte encodings -------------------------------------------------------------

v8::MaybeLocal<v8::String> DecodeLatin1(v8::Isolate* isolate, const uint8_t* data, size_t length) {
  if (length < kExternalThreshold) {
    if (length > kMaxStringLength) return {};
    return v8::String::NewFromOneByte(isolate, data, v8::NewStringType::kNormal,
                                      static_cast<int>(length));
  }
  return MakeOneByteString(isolate, length, [&](uint8_t* out) { memcpy(out, data, length); });
}

// Valid UTF-8 (checked by the caller) as UTF-16 into `out`, which has room for `length`
// units (never fewer bytes than units); returns the units written and whether all of them
// are below 0x100 (then the text fits a one-byte string).
size_t DecodeValidUtf8(const uint8_t* data, size_t length, uint16_t* out, bool* latin1) {
  size_t units = 0;
  uint32_t seen = 0;
  size_t i = 0;
  while (i < length) {
    // Runs of ASCII eight bytes at a time.
    while (i + 8 <= length) {
      uint64_t word;
      memcpy(&word, data + i, sizeof(word));
      if (word & 0x8080808080808080ull) break;
      for (int k = 0; k < 8; k++) out[units + k] = data[i + k];
      units += 8;
      i += 8;
    }
    if (i == length) break;
    uint32_t lead = data[i];
    if (lead < 0x80) {
      out[units++] = static_cast<uint16_t>(lead);
      i += 1;
    } else if (lead < 0xe0) {
      uint32_t code = (lead & 0x1f) << 6 | (data[i + 1] & 0x3f);
      seen |= code;
      out[units++] = static_cast<uint16_t>(code);
      i += 2;
    } else if (lead < 0xf0) {
      uint32_t code = (lead & 0x0f) << 12 | (data[i + 1] & 0x3f) << 6 | (data[i + 2] & 0x3f);
      seen |= code;
      out[units++] = static_cast<uint16_t>(code);
      i += 3;
    } else {
      uint32_t code = (lead & 0x07) << 18 | (data[i + 1] & 0x3f) << 12 | (data[i + 2] & 0x3f) << 6 |
                      (data[i + 3] & 0x3f);
      code -= 0x10000;
      out[units++] = static_cast<uint16_t>(0xd800 | (code >> 10));
      out[units++] = static_cast<uint16_t>(0xdc00 | (code & 0x3ff));
      seen |= 0x10000;
      i += 4;
    }
  }
  *latin1 = seen < 0x100;
  return units;
}

v8::MaybeLocal<v8::String> DecodeUtf8(v8::Isolate* isolate, const uint8_t* data, size_t length) {
  // V8 replaces each maximal invalid subpart with U+FFFD, exactly as node does. It takes
  // no more bytes than a string may have characters.
  if (length > kMaxStringLength) return {};
  // ASCII (most text) is Latin-1 as it is: a copy, without V8's measuring pass.
  if (IsAscii(data, length)) return DecodeLatin1(isolate, data, length);
  // Long valid text is decoded here, straight into an external string (V8 10.2's decoder
  // goes a character at a time and then copies into its heap); invalid text is left to V8
  // for its exact replacement rules.
  if (length >= kExternalThreshold && IsValidUtf8(data, length)) {
    uint16_t* text = AllocateOrDie<uint16_t>(length);
    bool latin1 = false;
    size_t units = DecodeValidUtf8(data, length, text, &latin1);
    if (latin1) {
      // Narrow in place: each unit's low byte, front to back, never overtakes the reading.
      char* narrow = reinterpret_cast<char*>(text);
      for (size_t i = 0; i < units; i++) narrow[i] = static_cast<char>(text[i]);
      return v8::String::NewExternalOneByte(isolate, new ExternalOneByte(isolate, narrow, units));
    }
    return v8::String::NewExternalTwoByte(isolate, new ExternalTwoByte(isolate, text, units));
  }
  return v8::String::NewFromUtf8(isolate, reinterpret_cast<const char*>(data),
                                 v8::NewStringType::kNormal, static_cast<int>(length));
}

v8::MaybeLocal<v8::String> DecodeAscii(v8::Isolate* isolate, const uint8_t* data, size_t length) {
  if (IsAscii(data, length)) return DecodeLatin1(isolate, data, length);
  // Node's ascii keeps the low seven bits of every byte.
  return MakeOneByteString(isolate, length, [&](uint8_t* out) {
    for (size_t i = 0; i < length; i++) out[i] = data[i] & 0x7f;
  });
}

}  // namespace

size_t Base64EncodedLength(size_t length, bool url) {
  if (!url) return (length + 2) / 3 * 4;
  return length / 3 * 4 + (length % 3 == 0 ? 0 : length % 3 + 1);
}

size_t Write(v8::Isolate* isolate, v8::Local<v8::String> string, Encoding encoding,
             uint8_t* dest, size_t capacity) {
  switch (encoding) {
    case Encoding::kUtf8: {
      int flags = v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8;
      int limit = static_cast<int>(std::min<size_t>(capacity, INT_MAX));
      if (limit == 0) return 0;
      return static_cast<size_t>(
          string->WriteUtf8(isolate, reinterpret_cast<char*>(dest), limit, nullptr, flags));
    }
    case Encoding::kUtf16le:
      return WriteUtf16(isolate, string, dest, capacity);
    case Encoding::kLatin1:
    case Encoding::kAscii: {
      int count = static_cast<int>(std::min<size_t>(string->Length(), capacity));
      string->WriteOneByte(isolate, dest, 0, count, v8::String::NO_NULL_TERMINATION);
      return static_cast<size_t>(count);
    }
    case Encoding::kBase64:
    case Encoding::kBase64url: {
      Base64Decoder decoder(dest, capacity);
      return DecodeText(isolate, string, &decoder);
    }
    case Encoding::kHex: {
      HexDecoder decoder(dest, capacity);
      return DecodeText(isolate, string, &decoder);
    }
  }
  UNREACHABLE();
}

v8::MaybeLocal<v8::String> Decode(v8::Isolate* isolate, const uint8_t* data, size_t length,
                                  Encoding encoding) {
  if (length == 0) return v8::String::Empty(isolate);
  switch (encoding) {
    case Encoding::kUtf8:
      return DecodeUtf8(isolate, data, length);
    case Encoding::kUtf16le:
      return DecodeUtf16(isolate, data, length);
    case Encoding::kLatin1:
      return DecodeLatin1(isolate, data, length);
    case Encoding::kAscii:
      return DecodeAscii(isolate, data, length);
    case Encoding::kBase64:
    case Encoding::kBase64url: {
      bool url = encoding == Encoding::kBase64url;
      return MakeOneByteString(isolate, Base64EncodedLength(length, url),
                               [&](uint8_t* out) { Base64Encode(data, length, out, url); },
                               kExternalEncodedThreshold);
    }
    case Encoding::kHex: {
      if (length > kMaxStringLength / 2) return {};
      return MakeOneByteString(isolate, length * 2, [&](uint8_t* out) {
        for (size_t i = 0; i < length; i++) {
          out[2 * i] = static_cast<uint8_t>(kHexDigits[data[i] >> 4]);
          out[2 * i + 1] = static_cast<uint8_t>(kHexDigits[data[i] & 15]);
        }
      }, kExternalEncodedThreshold);
    }
  }
  UNREACHABLE();
}

bool IsAscii(const uint8_t* data, size_t length) {
  size_t i = 0;
  uint64_t seen = 0;
  for (; i + 8 <= length; i += 8) {
    uint64_t word;
    memcpy(&word, data + i, sizeof(word));
    seen |= word;
  }
  for (; i < length; i++) seen |= data[i];
  return (seen & 0x8080808080808080ull) == 0;
}

bool IsValidUtf8(const uint8_t* data, size_t length) {
  size_t i = 0;
  while (i < length) {
    // Skip ASCII a word at a time.
    if (i + 8 <= length) {
      uint64_t word;
      memcpy(&word, data + i, sizeof(word));
      if ((word & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    uint8_t lead = data[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    // The second byte's range depends on the lead (no overlongs, no surrogates, nothing
    // past U+10FFFF); later continuation bytes are always 80..BF.
    size_t trail;
    uint8_t second_min = 0x80, second_max = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      trail = 1;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      trail = 2;
      if (lead == 0xe0) second_min = 0xa0;
      if (lead == 0xed) second_max = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      trail = 3;
      if (lead == 0xf0) second_min = 0x90;
      if (lead == 0xf4) second_max = 0x8f;
    } else {
      return false;
    }
    if (length - i - 1 < trail) return false;
    if (data[i + 1] < second_min || data[i + 1] > second_max) return false;
    for (size_t k = 2; k <= trail; k++) {
      if ((data[i + k] & 0xc0) != 0x80) return false;
    }
    i += trail + 1;
  }
  return true;
}

}  // namespace string_bytes

ViewBytes::ViewBytes(v8::Local<v8::Value> value) {
  if (value->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
    length_ = view->ByteLength();
    if (length_ == 0) return;
    // A short view is copied in one call, cheaper than finding its buffer.
    if (length_ <= sizeof(inline_)) {
      length_ = view->CopyContents(inline_, length_);
      data_ = inline_;
      return;
    }
    if (view->HasBuffer()) {
      data_ = static_cast<const uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
      return;
    }
    copy_.reset(new uint8_t[length_]);
    length_ = view->CopyContents(copy_.get(), length_);
    data_ = copy_.get();
  } else if (value->IsArrayBuffer()) {
    v8::Local<v8::ArrayBuffer> buffer = value.As<v8::ArrayBuffer>();
    data_ = static_cast<const uint8_t*>(buffer->Data());
    length_ = data_ == nullptr ? 0 : buffer->ByteLength();
  } else {
    CHECK(value->IsSharedArrayBuffer());
    v8::Local<v8::SharedArrayBuffer> buffer = value.As<v8::SharedArrayBuffer>();
    data_ = static_cast<const uint8_t*>(buffer->Data());
    length_ = data_ == nullptr ? 0 : buffer->ByteLength();
  }
}

WritableViewBytes::WritableViewBytes(v8::Local<v8::Value> value) {
  if (value->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
    length_ = view->ByteLength();
    if (length_ == 0) return;
    data_ = static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
  } else {
    CHECK(value->IsArrayBuffer());
    v8::Local<v8::ArrayBuffer> buffer = value.As<v8::ArrayBuffer>();
    data_ = static_cast<uint8_t*>(buffer->Data());
    length_ = data_ == nullptr ? 0 : buffer->ByteLength();
  }
}

}  // namespace lode
