// Vectorized inner loops for hex and base64 decoding (AVX2, chosen at run time).
//
// Each kernel converts whole blocks of clean input — every character in the alphabet — and
// stops at the first block that is not; the scalar decoders in string_bytes.cc then carry on
// from there with node's lenient rules (skipped characters, '=', an odd hex digit). So the
// kernels never decide anything about bad input; they only go fast on good input.

#include "string_bytes_simd.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define LODE_HAVE_AVX2_KERNELS 1
#endif

namespace lode {
namespace string_bytes {

#if LODE_HAVE_AVX2_KERNELS

namespace {

bool CpuHasAvx2() {
  static const bool has = __builtin_cpu_supports("avx2");
  return has;
}

// Lanes of `v` in [low, high] (inclusive), for bytes below 0x80; bytes from 0x80 up compare as
// negative and never match.
__attribute__((target("avx2"))) inline __m256i InRange(__m256i v, char low, char high) {
  return _mm256_and_si256(_mm256_cmpgt_epi8(v, _mm256_set1_epi8(static_cast<char>(low - 1))),
                          _mm256_cmpgt_epi8(_mm256_set1_epi8(static_cast<char>(high + 1)), v));
}

__attribute__((target("avx2"))) inline __m256i Equal(__m256i v, char c) {
  return _mm256_cmpeq_epi8(v, _mm256_set1_epi8(c));
}

// What to add to each character of a class to get its value.
__attribute__((target("avx2"))) inline __m256i Masked(__m256i mask, int add) {
  return _mm256_and_si256(mask, _mm256_set1_epi8(static_cast<char>(add)));
}

// Both alphabets at once: '-' and '_' are first rewritten to '+' and '/', then each byte is
// checked and translated by table look-ups on its two nibbles (vpshufb), the method of Muła
// and Lemire's base64 papers.
//
// Validity: every byte has a class from its high nibble (a bit in kClassOfHigh) and a set of
// classes in which its low nibble is not allowed (kBadInClass); a byte is bad when the two
// share a bit. Classes: 0x01 high nibble 2 (only '+' and '/'), 0x02 nibble 3 (digits, not
// ':'..'?'), 0x04 nibbles 4 and 6 (not '@' or '`'), 0x08 nibbles 5 and 7 (not past 'Z'/'z'),
// 0x10 every other nibble (nothing allowed).
__attribute__((target("avx2"))) inline __m256i Nibbles16(int8_t a0, int8_t a1, int8_t a2,
                                                      int8_t a3, int8_t a4, int8_t a5,
                                                      int8_t a6, int8_t a7, int8_t a8,
                                                      int8_t a9, int8_t a10, int8_t a11,
                                                      int8_t a12, int8_t a13, int8_t a14,
                                                      int8_t a15) {
  return _mm256_setr_epi8(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15,
                          a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15);
}

__attribute__((target("avx2"))) size_t Base64DecodeAvx2(const uint8_t* text, size_t length,
                                                        uint8_t* dest, size_t capacity,
                                                        size_t* consumed) {
  const __m256i class_of_high = Nibbles16(0x10, 0x10, 0x01, 0x02, 0x04, 0x08, 0x04, 0x08, 0x10,
                                          0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10);
  const __m256i bad_in_class = Nibbles16(0x15, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11,
                                         0x11, 0x13, 0x1a, 0x1b, 0x1b, 0x1b, 0x1a);
  // What to add to a valid character to get its value, by high nibble; '/' (high nibble 2,
  // like '+') is told apart by looking up at index 1 instead.
  const __m256i add_of_high = Nibbles16(0, 63 - '/', 62 - '+', 52 - '0', -'A', -'A', 26 - 'a',
                                        26 - 'a', 0, 0, 0, 0, 0, 0, 0, 0);
  const __m256i low_nibble = _mm256_set1_epi8(0x0f);
  size_t i = 0;
  size_t written = 0;
  // The 24 bytes of a block go out as one 32-byte store: keep 32 bytes of room.
  while (i + 32 <= length && capacity - written >= 32) {
    __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(text + i));
    v = _mm256_add_epi8(v, _mm256_and_si256(Equal(v, '-'), _mm256_set1_epi8('+' - '-')));
    v = _mm256_add_epi8(v, _mm256_and_si256(Equal(v, '_'), _mm256_set1_epi8('/' - '_')));
    __m256i high = _mm256_and_si256(_mm256_srli_epi32(v, 4), low_nibble);
    __m256i low = _mm256_and_si256(v, low_nibble);
    __m256i bad = _mm256_and_si256(_mm256_shuffle_epi8(class_of_high, high),
                                   _mm256_shuffle_epi8(bad_in_class, low));
    if (!_mm256_testz_si256(bad, bad)) break;
    __m256i slash = Equal(v, '/');  // -1 on '/': index 2 becomes 1
    __m256i sextets =
        _mm256_add_epi8(v, _mm256_shuffle_epi8(add_of_high, _mm256_add_epi8(high, slash)));
    // Each 4-character group a b c d: first pairs (a << 6 | b) and (c << 6 | d) in 16 bits,
    // then the 24-bit group in 32 bits.
    __m256i pairs = _mm256_maddubs_epi16(sextets, _mm256_set1_epi32(0x01400140));
    __m256i groups = _mm256_madd_epi16(pairs, _mm256_set1_epi32(0x00011000));
    // Each group's three bytes, most significant first, packed to the low 12 bytes of each
    // 128-bit lane; then the two lanes' 12 bytes made contiguous.
    __m256i packed = _mm256_shuffle_epi8(
        groups, _mm256_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1, 2, 1, 0,
                                 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1));
    packed = _mm256_permutevar8x32_epi32(packed, _mm256_setr_epi32(0, 1, 2, 4, 5, 6, 3, 7));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(dest + written), packed);
    written += 24;
    i += 32;
  }
  *consumed = i;
  return written;
}

__attribute__((target("avx2"))) size_t HexDecodeAvx2(const uint8_t* text, size_t length,
                                                     uint8_t* dest, size_t capacity,
                                                     size_t* consumed) {
  size_t i = 0;
  size_t written = 0;
  while (i + 32 <= length && capacity - written >= 16) {
    __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(text + i));
    __m256i digit = InRange(v, '0', '9');
    __m256i lower = InRange(v, 'a', 'f');
    __m256i upper = InRange(v, 'A', 'F');
    __m256i valid = _mm256_or_si256(digit, _mm256_or_si256(lower, upper));
    if (_mm256_movemask_epi8(valid) != -1) break;
    __m256i offset = _mm256_or_si256(Masked(digit, -'0'),
                                     _mm256_or_si256(Masked(lower, 10 - 'a'), Masked(upper, 10 - 'A')));
    __m256i nibbles = _mm256_add_epi8(v, offset);
    // Each pair (high, low) becomes high * 16 + low in 16 bits, then one byte.
    __m256i bytes16 = _mm256_maddubs_epi16(nibbles, _mm256_set1_epi16(0x0110));
    __m256i packed = _mm256_packus_epi16(bytes16, bytes16);
    packed = _mm256_permute4x64_epi64(packed, 0x08);  // lanes' low halves together
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dest + written), _mm256_castsi256_si128(packed));
    written += 16;
    i += 32;
  }
  *consumed = i;
  return written;
}

}  // namespace

size_t Base64DecodeBlocks(const uint8_t* text, size_t length, uint8_t* dest, size_t capacity,
                          size_t* consumed) {
  if (!CpuHasAvx2()) {
    *consumed = 0;
    return 0;
  }
  return Base64DecodeAvx2(text, length, dest, capacity, consumed);
}

size_t HexDecodeBlocks(const uint8_t* text, size_t length, uint8_t* dest, size_t capacity,
                       size_t* consumed) {
  if (!CpuHasAvx2()) {
    *consumed = 0;
    return 0;
  }
  return HexDecodeAvx2(text, length, dest, capacity, consumed);
}

#else

size_t Base64DecodeBlocks(const uint8_t*, size_t, uint8_t*, size_t, size_t* consumed) {
  *consumed = 0;
  return 0;
}

size_t HexDecodeBlocks(const uint8_t*, size_t, uint8_t*, size_t, size_t* consumed) {
  *consumed = 0;
  return 0;
}

#endif

}  // namespace string_bytes
}  // namespace lode
