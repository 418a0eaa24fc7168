#include <malloc.h>

#include "lode.h"

int main(int argc, char** argv) {
#ifdef M_MMAP_THRESHOLD
  // Buffers and long strings are malloc'd and freed at a high rate. With glibc's defaults
  // every block from 128 KiB up is a fresh mmap (page faults, kernel zeroing, munmap on free)
  // and the heap top is trimmed back after each burst; serving blocks up to 16 MiB from the
  // heap and trimming only past 32 MiB free keeps that memory warm and reused (decoding or
  // encoding 256 KiB of base64: a third faster).
  mallopt(M_MMAP_THRESHOLD, 16 << 20);
  mallopt(M_TRIM_THRESHOLD, 32 << 20);
#endif
  return lode::Start(argc, argv);
}
