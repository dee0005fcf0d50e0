/* C twin of fannkuch.go: the same walk over the same arrays (long is 64-bit, like Go's int). */
#include <stdio.h>

enum { n = 10 };

static long perm[16];
static long work[16];
static long count[16];

__attribute__((noinline)) static long flips(void) {
  long f = 0;
  for (long first = work[0]; first != 0; first = work[0]) {
    for (long i = 0; i < first - i; i++) {
      long t = work[i];
      work[i] = work[first - i];
      work[first - i] = t;
    }
    f++;
  }
  return f;
}

static void fannkuch(long *checksum_out, long *max_flips_out) {
  for (long i = 0; i < n; i++) perm[i] = i;
  long checksum = 0, max_flips = 0, index = 0;
  long r = n;
  for (int done = 0; !done;) {
    for (; r > 1; r--) count[r - 1] = r;
    for (long i = 0; i < n; i++) work[i] = perm[i];
    long f = flips();
    if (f > max_flips) max_flips = f;
    if (index % 2 == 0)
      checksum += f;
    else
      checksum -= f;
    index++;
    for (;; r++) {
      if (r == n) {
        done = 1;
        break;
      }
      long first = perm[0];
      for (long i = 0; i < r; i++) perm[i] = perm[i + 1];
      perm[r] = first;
      count[r]--;
      if (count[r] > 0) break;
    }
  }
  *checksum_out = checksum;
  *max_flips_out = max_flips;
}

int main(void) {
  long checksum = 0, max_flips = 0;
  for (int rep = 0; rep < 3; rep++) fannkuch(&checksum, &max_flips);
  printf("%ld %ld\n", checksum, max_flips);
  return 0;
}
