/* C twin of mandelbrot.go: the same grid, blocks, bitmap and hash. */
#include <stdint.h>
#include <stdio.h>

#pragma STDC FP_CONTRACT OFF

enum { n = 4000, max_iter = 50, block = 5 };

static uint8_t bitmap[n * n / 8];
static double xs[n];

__attribute__((noinline)) static void row(long y) {
  double ci = 2.0 * (double)y / (double)n - 1.0;
  for (long xb = 0; xb < n / 8; xb++) {
    double zr[8] = {0}, zi[8] = {0}, cr[8];
    for (long k = 0; k < 8; k++) cr[k] = xs[xb * 8 + k];
    uint8_t bits = 0xff;
    for (long it = 0; it < max_iter && bits != 0; it += block) {
      for (long s = 0; s < block; s++) {
        for (long k = 0; k < 8; k++) {
          double r = zr[k], i = zi[k];
          zr[k] = r * r - i * i + cr[k];
          zi[k] = 2.0 * r * i + ci;
        }
      }
      bits = 0;
      for (long k = 0; k < 8; k++) {
        if (zr[k] * zr[k] + zi[k] * zi[k] <= 4.0) bits |= (uint8_t)(0x80 >> k);
      }
    }
    bitmap[y * (n / 8) + xb] = bits;
  }
}

int main(void) {
  for (long x = 0; x < n; x++) xs[x] = 2.0 * (double)x / (double)n - 1.5;
  for (long y = 0; y < n; y++) row(y);
  uint32_t hash = 2166136261u, count = 0;
  for (long i = 0; i < n * n / 8; i++) {
    uint8_t b = bitmap[i];
    hash ^= (uint32_t)b;
    hash *= 16777619u;
    for (; b != 0; b &= (uint8_t)(b - 1)) count++;
  }
  printf("%08x %u\n", hash, count);
  return 0;
}
