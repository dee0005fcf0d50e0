// spectral_norm.go's C twin: the same power iteration over double arrays.
#include <stdio.h>
#include <stdlib.h>

static double entry(int i, int j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }

static void times(double *out, const double *v, int n) {
  for (int i = 0; i < n; i++) {
    double sum = 0;
    for (int j = 0; j < n; j++) sum += entry(i, j) * v[j];
    out[i] = sum;
  }
}

static void timesTransposed(double *out, const double *v, int n) {
  for (int i = 0; i < n; i++) {
    double sum = 0;
    for (int j = 0; j < n; j++) sum += entry(j, i) * v[j];
    out[i] = sum;
  }
}

static void timesAtA(double *out, const double *v, double *tmp, int n) {
  times(tmp, v, n);
  timesTransposed(out, tmp, n);
}

static double newtonSqrt(double x) {
  double r = x;
  for (int i = 0; i < 60; i++) r = (r + x / r) / 2;
  return r;
}

int main(void) {
  enum { n = 5500 };
  double *u = malloc(n * sizeof *u), *v = calloc(n, sizeof *v), *tmp = calloc(n, sizeof *tmp);
  for (int i = 0; i < n; i++) u[i] = 1;
  for (int i = 0; i < 10; i++) {
    timesAtA(v, u, tmp, n);
    timesAtA(u, v, tmp, n);
  }
  double vBv = 0, vv = 0;
  for (int i = 0; i < n; i++) {
    vBv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  printf("%0.9f\n", newtonSqrt(vBv / vv));
  return 0;
}
