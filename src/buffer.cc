// The 'buffer' binding: the byte-level work behind lib/buffer.js — strings to bytes and
// back, searching, comparing, filling, copying and byte swapping.
//
// lib/buffer.js validates every argument and range first (throwing node's errors); each is
// CHECKed again here, so a slip in the JS can never become an access outside a buffer.
#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#include "binding.h"
#include "env.h"
#include "external_memory.h"
#include "string_bytes.h"
#include "utils.h"

namespace lode {
namespace {

Encoding ToEncoding(v8::Local<v8::Value> value) {
  CHECK(value->IsInt32());
  int id = value.As<v8::Int32>()->Value();
  CHECK(id >= 0 && id < kEncodingCount);
  return static_cast<Encoding>(id);
}

// An integer JS has already validated, within ±2^53.
int64_t ToInteger(v8::Local<v8::Value> value) {
  if (value->IsInt32()) return value.As<v8::Int32>()->Value();
  CHECK(value->IsNumber());
  double number = value.As<v8::Number>()->Value();
  CHECK(number >= -9007199254740992.0 && number <= 9007199254740992.0);
  int64_t integer = static_cast<int64_t>(number);
  CHECK(static_cast<double>(integer) == number);
  return integer;
}

size_t ToSize(v8::Local<v8::Value> value) {
  int64_t number = ToInteger(value);
  CHECK_GE(number, 0);
  return static_cast<size_t>(number);
}

void ReturnSize(const v8::FunctionCallbackInfo<v8::Value>& info, size_t value) {
  info.GetReturnValue().Set(static_cast<double>(value));
}

// A scratch byte array: on the stack when small.
class Scratch {
 public:
  explicit Scratch(size_t length) {
    if (length > sizeof(inline_)) {
      heap_.reset(new uint8_t[length]);
      data_ = heap_.get();
    }
  }
  uint8_t* data() { return data_; }

 private:
  uint8_t inline_[256];
  uint8_t* data_ = inline_;
  std::unique_ptr<uint8_t[]> heap_;
};

// The most bytes `string` can become in `encoding`.
size_t MaxEncodedLength(v8::Isolate* isolate, v8::Local<v8::String> string, Encoding encoding) {
  size_t length = static_cast<size_t>(string->Length());
  switch (encoding) {
    // Three bytes per UTF-16 unit at most; measuring exactly only pays for long strings.
    case Encoding::kUtf8: return length <= 256 ? length * 3 : static_cast<size_t>(string->Utf8Length(isolate));
    case Encoding::kUtf16le: return length * 2;
    case Encoding::kLatin1:
    case Encoding::kAscii: return length;
    case Encoding::kBase64:
    case Encoding::kBase64url: return length / 4 * 3 + 3;
    case Encoding::kHex: return length / 2;
  }
  UNREACHABLE();
}

// Strings and bytes ------------------------------------------------------------------------

// byteLengthUtf8(string) -> number
void ByteLengthUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsString());
  info.GetReturnValue().Set(info[0].As<v8::String>()->Utf8Length(info.GetIsolate()));
}

// toString(source, encoding, start, end) -> string, or undefined when the result would be
// longer than a string may be.
void ToString(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ViewBytes source(info[0]);
  Encoding encoding = ToEncoding(info[1]);
  size_t start = ToSize(info[2]);
  size_t end = ToSize(info[3]);
  CHECK(start <= end && end <= source.length());
  v8::Local<v8::String> result;
  if (string_bytes::Decode(info.GetIsolate(), source.data() + start, end - start, encoding)
          .ToLocal(&result)) {
    info.GetReturnValue().Set(result);
  }
}

// write(target, string, encoding, offset, maxLength) -> bytes written. `target` may be an
// ArrayBuffer (the allocation pool).
void Write(const v8::FunctionCallbackInfo<v8::Value>& info) {
  WritableViewBytes target(info[0]);
  CHECK(info[1]->IsString());
  Encoding encoding = ToEncoding(info[2]);
  size_t offset = ToSize(info[3]);
  size_t max_length = ToSize(info[4]);
  CHECK(offset <= target.length());
  size_t capacity = std::min(max_length, target.length() - offset);
  size_t written = 0;
  if (capacity > 0) {
    written = string_bytes::Write(info.GetIsolate(), info[1].As<v8::String>(), encoding,
                                  target.data() + offset, capacity);
  }
  ReturnSize(info, written);
}

// Filling, comparing, copying ----------------------------------------------------------------

void RepeatPattern(uint8_t* dest, size_t length, const uint8_t* pattern, size_t pattern_length) {
  if (pattern_length == 1) {
    memset(dest, pattern[0], length);
    return;
  }
  size_t filled = std::min(pattern_length, length);
  memcpy(dest, pattern, filled);
  // Double what is there until the range is full.
  while (filled < length) {
    size_t chunk = std::min(filled, length - filled);
    memcpy(dest + filled, dest, chunk);
    filled += chunk;
  }
}

// fill(target, value, encoding, start, end) -> 0, or -1 when `value` (a string or a view)
// has no bytes to fill with. A string is encoded whole first: a range shorter than it gets
// its first bytes, even when that cuts a character.
void Fill(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  WritableViewBytes target(info[0]);
  size_t start = ToSize(info[3]);
  size_t end = ToSize(info[4]);
  CHECK(start <= end && end <= target.length());
  size_t pattern_length;
  std::unique_ptr<Scratch> pattern;
  if (info[1]->IsString()) {
    v8::Local<v8::String> string = info[1].As<v8::String>();
    Encoding encoding = ToEncoding(info[2]);
    size_t max_length = MaxEncodedLength(isolate, string, encoding);
    pattern = std::make_unique<Scratch>(max_length);
    pattern_length = string_bytes::Write(isolate, string, encoding, pattern->data(), max_length);
  } else {
    // Copied out first: the value may overlap the range being filled.
    ViewBytes source(info[1]);
    pattern_length = source.length();
    pattern = std::make_unique<Scratch>(pattern_length);
    if (pattern_length > 0) memcpy(pattern->data(), source.data(), pattern_length);
  }
  if (pattern_length == 0) {
    info.GetReturnValue().Set(-1);
    return;
  }
  if (end > start) RepeatPattern(target.data() + start, end - start, pattern->data(), pattern_length);
  info.GetReturnValue().Set(0);
}

int CompareBytes(const uint8_t* a, size_t a_length, const uint8_t* b, size_t b_length) {
  size_t common = std::min(a_length, b_length);
  int result = common == 0 ? 0 : memcmp(a, b, common);
  if (result != 0) return result < 0 ? -1 : 1;
  if (a_length == b_length) return 0;
  return a_length < b_length ? -1 : 1;
}

// compare(a, b) -> -1 | 0 | 1
void Compare(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ViewBytes a(info[0]);
  ViewBytes b(info[1]);
  info.GetReturnValue().Set(CompareBytes(a.data(), a.length(), b.data(), b.length()));
}

// compareRanges(source, target, sourceStart, sourceEnd, targetStart, targetEnd) -> -1 | 0 | 1
void CompareRanges(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ViewBytes source(info[0]);
  ViewBytes target(info[1]);
  size_t source_start = ToSize(info[2]);
  size_t source_end = ToSize(info[3]);
  size_t target_start = ToSize(info[4]);
  size_t target_end = ToSize(info[5]);
  CHECK(source_start <= source_end && source_end <= source.length());
  CHECK(target_start <= target_end && target_end <= target.length());
  info.GetReturnValue().Set(CompareBytes(source.data() + source_start, source_end - source_start,
                                         target.data() + target_start, target_end - target_start));
}

// copy(source, target, targetStart, sourceStart, count) -> count. The ranges may overlap.
void Copy(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ViewBytes source(info[0]);
  WritableViewBytes target(info[1]);
  size_t target_start = ToSize(info[2]);
  size_t source_start = ToSize(info[3]);
  size_t count = ToSize(info[4]);
  CHECK(source_start <= source.length() && count <= source.length() - source_start);
  CHECK(target_start <= target.length() && count <= target.length() - target_start);
  if (count > 0) memmove(target.data() + target_start, source.data() + source_start, count);
  ReturnSize(info, count);
}

// swap(target, width): reverses every `width`-byte group (2, 4 or 8).
void Swap(const v8::FunctionCallbackInfo<v8::Value>& info) {
  WritableViewBytes target(info[0]);
  CHECK(info[1]->IsInt32());
  int width = info[1].As<v8::Int32>()->Value();
  CHECK(width == 2 || width == 4 || width == 8);
  CHECK_EQ(target.length() % width, 0u);
  uint8_t* data = target.data();
  for (size_t i = 0; i < target.length(); i += width) {
    if (width == 2) {
      uint16_t value;
      memcpy(&value, data + i, 2);
      value = __builtin_bswap16(value);
      memcpy(data + i, &value, 2);
    } else if (width == 4) {
      uint32_t value;
      memcpy(&value, data + i, 4);
      value = __builtin_bswap32(value);
      memcpy(data + i, &value, 4);
    } else {
      uint64_t value;
      memcpy(&value, data + i, 8);
      value = __builtin_bswap64(value);
      memcpy(data + i, &value, 8);
    }
  }
}

// Searching ----------------------------------------------------------------------------------

// Where a search for `needle_length` bytes begins in `length` bytes, given the caller's
// offset (a negative one counts from the end), as node computes it; -1 when a forward
// search cannot match at all. A backward search looks at positions up to the result.
int64_t SearchStart(int64_t length, int64_t offset, int64_t needle_length, bool forward) {
  if (offset < 0) {
    int64_t from_end = length + offset;
    if (from_end >= 0) return from_end;
    // Before the start: a forward search covers everything, a backward one nothing.
    return forward || needle_length == 0 ? 0 : -1;
  }
  if (offset <= length - needle_length) return offset;
  if (needle_length == 0) return length;
  return forward ? -1 : length - 1;
}

// The first `needle` (non-empty, not longer than the haystack) in `haystack`. Candidates are
// found with memchr on the first byte, which is fast when that byte is rare; when too many
// candidates fail, glibc's memmem (two-way, linear) takes over, so no input is quadratic.
const uint8_t* FindForward(const uint8_t* haystack, size_t length, const uint8_t* needle,
                           size_t needle_length) {
  if (needle_length == 1) return static_cast<const uint8_t*>(memchr(haystack, needle[0], length));
  const uint8_t* position = haystack;
  const uint8_t* end = haystack + (length - needle_length) + 1;  // past the last possible start
  size_t failures_left = 64 + length / 16;
  while (position < end) {
    position = static_cast<const uint8_t*>(memchr(position, needle[0], end - position));
    if (position == nullptr) return nullptr;
    if (position[needle_length - 1] == needle[needle_length - 1] &&
        memcmp(position + 1, needle + 1, needle_length - 2) == 0) {
      return position;
    }
    position++;
    if (--failures_left == 0) {
      size_t rest = static_cast<size_t>(haystack + length - position);
      return static_cast<const uint8_t*>(memmem(position, rest, needle, needle_length));
    }
  }
  return nullptr;
}

// The position of `needle` (non-empty) in `haystack` at a multiple of `step` (1, or 2 for
// UTF-16 units): the first at or after `start`, or the last at or before it.
int64_t FindBytes(const uint8_t* haystack, size_t length, const uint8_t* needle,
                  size_t needle_length, int64_t start, bool forward, size_t step) {
  if (needle_length > length || start < 0) return -1;
  size_t last = (length - needle_length) / step * step;
  size_t position = static_cast<size_t>(start) / step * step;
  if (forward) {
    if (step == 1) {
      if (position > last) return -1;
      const uint8_t* found = FindForward(haystack + position, length - position, needle, needle_length);
      return found == nullptr ? -1 : found - haystack;
    }
    for (; position <= last; position += step) {
      if (memcmp(haystack + position, needle, needle_length) == 0) {
        return static_cast<int64_t>(position);
      }
    }
    return -1;
  }
  position = std::min(position, last);
  for (;;) {
    if (haystack[position] == needle[0] &&
        memcmp(haystack + position, needle, needle_length) == 0) {
      return static_cast<int64_t>(position);
    }
    if (position < step) return -1;
    position -= step;
  }
}

// `whole_units`: a UTF-16 search for a string sees whole units only (a trailing odd byte is
// not there), as node's does; one for bytes keeps the odd byte in its offset arithmetic.
int64_t IndexOfBytes(const uint8_t* haystack, size_t length, const uint8_t* needle,
                     size_t needle_length, int64_t offset, Encoding encoding, bool forward,
                     bool whole_units) {
  bool utf16 = encoding == Encoding::kUtf16le;
  if (utf16 && whole_units) length = length / 2 * 2;
  int64_t start = SearchStart(static_cast<int64_t>(length), offset,
                              static_cast<int64_t>(needle_length), forward);
  if (needle_length == 0) return start;
  // A forward search whose start leaves no room for the needle finds nothing (this matters
  // for UTF-16, where the start is then rounded down to a unit).
  if (forward && start + static_cast<int64_t>(needle_length) > static_cast<int64_t>(length)) return -1;
  if (utf16) {
    if (length < 2 || needle_length < 2) return -1;
    return FindBytes(haystack, length, needle, needle_length / 2 * 2, start, forward, 2);
  }
  return FindBytes(haystack, length, needle, needle_length, start, forward, 1);
}

bool ToForward(v8::Local<v8::Value> value) {
  CHECK(value->IsBoolean());
  return value->IsTrue();
}

// indexOfString(haystack, needle, byteOffset, encoding, forward) -> index or -1
void IndexOfString(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  ViewBytes haystack(info[0]);
  CHECK(info[1]->IsString());
  v8::Local<v8::String> needle = info[1].As<v8::String>();
  int64_t offset = ToInteger(info[2]);
  Encoding encoding = ToEncoding(info[3]);
  bool forward = ToForward(info[4]);
  size_t max_length = MaxEncodedLength(isolate, needle, encoding);
  Scratch bytes(max_length);
  size_t needle_length = string_bytes::Write(isolate, needle, encoding, bytes.data(), max_length);
  info.GetReturnValue().Set(static_cast<double>(IndexOfBytes(
      haystack.data(), haystack.length(), bytes.data(), needle_length, offset, encoding, forward, true)));
}

// indexOfBuffer(haystack, needle, byteOffset, encoding, forward) -> index or -1
void IndexOfBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ViewBytes haystack(info[0]);
  ViewBytes needle(info[1]);
  int64_t offset = ToInteger(info[2]);
  Encoding encoding = ToEncoding(info[3]);
  bool forward = ToForward(info[4]);
  info.GetReturnValue().Set(static_cast<double>(IndexOfBytes(
      haystack.data(), haystack.length(), needle.data(), needle.length(), offset, encoding, forward, false)));
}

// indexOfNumber(haystack, byte, byteOffset, forward) -> index or -1
void IndexOfNumber(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ViewBytes haystack(info[0]);
  CHECK(info[1]->IsUint32());
  uint8_t byte = static_cast<uint8_t>(info[1].As<v8::Uint32>()->Value());
  int64_t offset = ToInteger(info[2]);
  bool forward = ToForward(info[3]);
  info.GetReturnValue().Set(static_cast<double>(
      IndexOfBytes(haystack.data(), haystack.length(), &byte, 1, offset, Encoding::kLatin1, forward, false)));
}

// Checks and allocation ----------------------------------------------------------------------

void IsUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ViewBytes source(info[0]);
  info.GetReturnValue().Set(string_bytes::IsValidUtf8(source.data(), source.length()));
}

void IsAscii(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ViewBytes source(info[0]);
  info.GetReturnValue().Set(string_bytes::IsAscii(source.data(), source.length()));
}

// createUnsafeArrayBuffer(size) -> an ArrayBuffer whose bytes are not zeroed (allocUnsafe),
// or undefined when the memory is not available.
void CreateUnsafeArrayBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  size_t size = ToSize(info[0]);
  CHECK(size <= v8::TypedArray::kMaxLength);
  if (size == 0) {
    info.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, 0));
    return;
  }
  void* data = malloc(size);
  if (data == nullptr) return;
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      data, size, [](void* memory, size_t, void*) { free(memory); }, nullptr);
  NoteExternalGrowth(isolate, size);
  info.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, std::move(store)));
}

// How many of `length` bytes are 0x80 or more, eight at a time: each word's high bits are
// moved to the bottom of their bytes and summed in byte lanes (at most 255 steps, so no lane
// overflows), then the lanes are added up.
size_t CountHighBytes(const uint8_t* data, size_t length) {
  constexpr uint64_t kLowBits = 0x0101010101010101ull;
  size_t count = 0;
  size_t i = 0;
  while (i + 8 <= length) {
    uint64_t lanes = 0;
    for (int step = 0; step < 255 && i + 8 <= length; step++, i += 8) {
      uint64_t word;
      memcpy(&word, data + i, sizeof(word));
      lanes += (word >> 7) & kLowBits;
    }
    for (int lane = 0; lane < 8; lane++) count += (lanes >> (8 * lane)) & 0xff;
  }
  for (; i < length; i++) count += data[i] >> 7;
  return count;
}

v8::Local<v8::ArrayBuffer> AdoptMalloced(v8::Isolate* isolate, void* data, size_t length) {
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      data, length, [](void* memory, size_t, void*) { free(memory); }, nullptr);
  return v8::ArrayBuffer::New(isolate, std::move(store));
}

// The two-byte case of toUtf8: V8 writes the UTF-8 in one pass into scratch memory sized for
// the worst case (three bytes per unit), and only what it wrote is copied out; measuring first
// would walk the string twice.
void TwoByteToUtf8(const v8::FunctionCallbackInfo<v8::Value>& info, v8::Local<v8::String> string) {
  v8::Isolate* isolate = info.GetIsolate();
  size_t length = static_cast<size_t>(string->Length());
  if (length == 0 || length > static_cast<size_t>(INT_MAX) / 3) return;
  // Reused across calls on this thread, so its pages stay mapped.
  thread_local std::vector<char> scratch;
  if (scratch.size() < length * 3) scratch.resize(length * 3);
  int flags = v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8;
  int written = string->WriteUtf8(isolate, scratch.data(), static_cast<int>(length * 3), nullptr, flags);
  CHECK_GE(written, 0);
  size_t bytes = static_cast<size_t>(written);
  void* utf8 = malloc(bytes == 0 ? 1 : bytes);
  if (utf8 == nullptr) return;
  memcpy(utf8, scratch.data(), bytes);
  // A one-off huge string does not pin its scratch for the thread's lifetime.
  if (scratch.size() > (size_t{16} << 20)) std::vector<char>().swap(scratch);
  info.GetReturnValue().Set(AdoptMalloced(isolate, utf8, bytes));
}

// toUtf8(string) -> an ArrayBuffer holding the string's UTF-8, or undefined when memory is
// short (then JS measures and writes as usual). V8 10.2 measures a string and then encodes
// it, one character at a time each. A string V8 stores one byte per character (Latin-1, most
// long strings) is copied out once at memcpy speed, ASCII runs go a word at a time, and only
// the bytes from 0x80 up (two each in UTF-8) need work; a two-byte string is encoded by V8,
// once, into scratch memory.
void ToUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  CHECK(info[0]->IsString());
  v8::Local<v8::String> string = info[0].As<v8::String>();
  if (!string->IsOneByte()) return TwoByteToUtf8(info, string);
  size_t length = static_cast<size_t>(string->Length());
  if (length == 0) return;
  uint8_t* latin1 = static_cast<uint8_t*>(malloc(length));
  if (latin1 == nullptr) return;
  string->WriteOneByte(isolate, latin1, 0, static_cast<int>(length), v8::String::NO_NULL_TERMINATION);
  size_t extra = string_bytes::IsAscii(latin1, length) ? 0 : CountHighBytes(latin1, length);
  uint8_t* utf8 = latin1;
  if (extra != 0) {
    if (length + extra > v8::TypedArray::kMaxLength ||
        (utf8 = static_cast<uint8_t*>(malloc(length + extra))) == nullptr) {
      free(latin1);
      return;
    }
    size_t out = 0;
    for (size_t i = 0; i < length; i++) {
      // Runs of ASCII go over eight bytes at a time.
      while (i + 8 <= length) {
        uint64_t word;
        memcpy(&word, latin1 + i, sizeof(word));
        if (word & 0x8080808080808080ull) break;
        memcpy(utf8 + out, &word, sizeof(word));
        out += 8;
        i += 8;
      }
      if (i == length) break;
      uint8_t c = latin1[i];
      if (c < 0x80) {
        utf8[out++] = c;
      } else {
        utf8[out++] = static_cast<uint8_t>(0xc0 | (c >> 6));
        utf8[out++] = static_cast<uint8_t>(0x80 | (c & 0x3f));
      }
    }
    CHECK_EQ(out, length + extra);
    free(latin1);
  }
  info.GetReturnValue().Set(AdoptMalloced(isolate, utf8, length + extra));
}

// Transfers ------------------------------------------------------------------------------------

// The mark on ArrayBuffers whose memory must never move, such as Buffer's allocation pool
// (every pooled Buffer is a view of it).
v8::Local<v8::Private> UntransferableMark(v8::Isolate* isolate) {
  return v8::Private::ForApi(isolate, OneByteString(isolate, "lode:untransferable"));
}

void MarkUntransferable(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  CHECK(info[0]->IsArrayBuffer());
  info[0].As<v8::Object>()
      ->SetPrivate(isolate->GetCurrentContext(), UntransferableMark(isolate), v8::True(isolate))
      .Check();
}

bool IsMarkedUntransferable(v8::Isolate* isolate, v8::Local<v8::Object> object) {
  return object->HasPrivate(isolate->GetCurrentContext(), UntransferableMark(isolate)).FromMaybe(true);
}

// isUntransferable(buffer) -> whether markUntransferable was called on it.
void IsUntransferable(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CHECK(info[0]->IsObject());
  info.GetReturnValue().Set(IsMarkedUntransferable(info.GetIsolate(), info[0].As<v8::Object>()));
}

// transferArrayBuffer(buffer) -> a new ArrayBuffer owning `buffer`'s memory, which is left
// detached; undefined when the memory cannot move (marked, detached, or not detachable).
void TransferArrayBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  CHECK(info[0]->IsArrayBuffer());
  v8::Local<v8::ArrayBuffer> buffer = info[0].As<v8::ArrayBuffer>();
  if (!buffer->IsDetachable() || buffer->WasDetached() || IsMarkedUntransferable(isolate, buffer)) return;
  std::shared_ptr<v8::BackingStore> store = buffer->GetBackingStore();
  buffer->Detach();
  info.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, std::move(store)));
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "byteLengthUtf8", ByteLengthUtf8);
  SetMethod(context, target, "toString", ToString);
  SetMethod(context, target, "write", Write);
  SetMethod(context, target, "fill", Fill);
  SetMethod(context, target, "compare", Compare);
  SetMethod(context, target, "compareRanges", CompareRanges);
  SetMethod(context, target, "copy", Copy);
  SetMethod(context, target, "swap", Swap);
  SetMethod(context, target, "indexOfString", IndexOfString);
  SetMethod(context, target, "indexOfBuffer", IndexOfBuffer);
  SetMethod(context, target, "indexOfNumber", IndexOfNumber);
  SetMethod(context, target, "isUtf8", IsUtf8);
  SetMethod(context, target, "isAscii", IsAscii);
  SetMethod(context, target, "createUnsafeArrayBuffer", CreateUnsafeArrayBuffer);
  SetMethod(context, target, "toUtf8", ToUtf8);
  SetMethod(context, target, "markUntransferable", MarkUntransferable);
  SetMethod(context, target, "isUntransferable", IsUntransferable);
  SetMethod(context, target, "transferArrayBuffer", TransferArrayBuffer);
  SetConstant(context, target, "kMaxLength", static_cast<double>(v8::TypedArray::kMaxLength));
  SetConstant(context, target, "kStringMaxLength", v8::String::kMaxLength);
}

}  // namespace
}  // namespace lode

LODE_BINDING(buffer, lode::Initialize)
