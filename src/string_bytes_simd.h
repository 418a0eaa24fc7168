#ifndef LODE_SRC_STRING_BYTES_SIMD_H_
#define LODE_SRC_STRING_BYTES_SIMD_H_

#include <cstddef>
#include <cstdint>

namespace lode {
namespace string_bytes {

// Decode whole 32-character blocks of clean base64 (either alphabet) or hex from `text` into
// `dest`, stopping before the first block with anything else in it or when `dest` lacks room
// for another block (base64 needs 32 bytes of room per 24 written). Return the bytes written
// and set `*consumed` to the characters used. Without a vector unit they do nothing.
size_t Base64DecodeBlocks(const uint8_t* text, size_t length, uint8_t* dest, size_t capacity,
                          size_t* consumed);
size_t HexDecodeBlocks(const uint8_t* text, size_t length, uint8_t* dest, size_t capacity,
                       size_t* consumed);

}  // namespace string_bytes
}  // namespace lode

#endif  // LODE_SRC_STRING_BYTES_SIMD_H_
