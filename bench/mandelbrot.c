/* C twin of mandelbrot.go: the same grid, bits and hash. */
#include <stdint.h>
#include <stdio.h>

#pragma STDC FP_CONTRACT OFF

enum { size = 3600, max_iter = 50 };

__attribute__((noinline)) static uint8_t inside(double cr, double ci) {
  double zr = 0.0, zi = 0.0;
  for (int i = 0; i < max_iter; i++) {
    double zr2 = zr * zr;
    double zi2 = zi * zi;
    if (zr2 + zi2 > 4.0) return 0;
    zi = 2.0 * zr * zi + ci;
    zr = zr2 - zi2 + cr;
  }
  return 1;
}

int main(void) {
  uint32_t hash = 2166136261u;
  long count = 0;
  for (long y = 0; y < size; y++) {
    double ci = 2.0 * (double)y / (double)size - 1.0;
    uint8_t bits = 0;
    long nbits = 0;
    for (long x = 0; x < size; x++) {
      double cr = 2.0 * (double)x / (double)size - 1.5;
      uint8_t in = inside(cr, ci);
      count += in;
      bits = (uint8_t)(bits << 1 | in);
      nbits++;
      if (nbits == 8 || x == size - 1) {
        bits = (uint8_t)(bits << (uint8_t)(8 - nbits));
        hash ^= (uint32_t)bits;
        hash *= 16777619u;
        bits = 0;
        nbits = 0;
      }
    }
  }
  printf("%u %ld\n", hash, count);
  return 0;
}
