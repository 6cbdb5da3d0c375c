// Hand-written C baselines for bench/run.py (built with clang -O3 -march=native
// -fopenmp). Same algorithms as kernels.py, written the way a C programmer would.
#include <math.h>
#include <stdint.h>

double sum_squares(const double *a, int64_t n) {
  double total = 0.0;
  for (int64_t i = 0; i < n; ++i)
    total += a[i] * a[i];
  return total;
}

double psum_squares(const double *a, int64_t n) {
  double total = 0.0;
#pragma omp parallel for reduction(+ : total)
  for (int64_t i = 0; i < n; ++i)
    total += a[i] * a[i];
  return total;
}

int64_t floordiv_sum(const int64_t *a, int64_t n, int64_t d) {
  int64_t total = 0;
  for (int64_t i = 0; i < n; ++i) {
    int64_t q = a[i] / d, r = a[i] % d;
    total += q - ((r != 0) & ((r < 0) != (d < 0)));
  }
  return total;
}

double jacobi(const double *src, double *dst, int64_t n, int64_t m) {
  for (int64_t i = 1; i < n - 1; ++i)
    for (int64_t j = 1; j < m - 1; ++j)
      dst[i * m + j] = 0.25 * (src[(i - 1) * m + j] + src[(i + 1) * m + j] +
                               src[i * m + j - 1] + src[i * m + j + 1]);
  return dst[(n / 2) * m + m / 2];
}

int64_t mandelbrot(int64_t width, int64_t height, int64_t max_iter) {
  int64_t count = 0;
  for (int64_t py = 0; py < height; ++py)
    for (int64_t px = 0; px < width; ++px) {
      double x0 = -2.0 + 3.0 * px / width, y0 = -1.5 + 3.0 * py / height;
      double x = 0.0, y = 0.0;
      int64_t it = 0;
      while (it < max_iter && !(x * x + y * y > 4.0)) {
        double xt = x * x - y * y + x0;
        y = 2.0 * x * y + y0;
        x = xt;
        ++it;
      }
      count += it;
    }
  return count;
}

double pairwise_energy(const double *x, const double *y, const double *z,
                       int64_t n) {
  double energy = 0.0;
#pragma omp parallel for reduction(+ : energy)
  for (int64_t i = 0; i < n; ++i) {
    double e = 0.0;
    for (int64_t j = 0; j < n; ++j)
      if (i != j) {
        double dx = x[i] - x[j], dy = y[i] - y[j], dz = z[i] - z[j];
        e += 1.0 / sqrt(dx * dx + dy * dy + dz * dz);
      }
    energy += e;
  }
  return 0.5 * energy;
}

double sum_gauss(const double *a, int64_t n) {
  double total = 0.0;
  for (int64_t i = 0; i < n; ++i)
    total += exp(-a[i] * a[i]);
  return total;
}

double sin_map(const double *a, double *out, int64_t n) {
  for (int64_t i = 0; i < n; ++i)
    out[i] = sin(a[i]);
  return out[n / 2];
}

/* C = A B for row-major n x k and k x m matrices, i-k-j order (unit-stride
 * inner loop, which clang vectorizes), as nbc.matmul's loop nest. */
double matmul(const double *a, const double *b, double *c, int64_t n,
              int64_t k, int64_t m) {
  for (int64_t i = 0; i < n * m; ++i)
    c[i] = 0.0;
  for (int64_t i = 0; i < n; ++i)
    for (int64_t p = 0; p < k; ++p) {
      double x = a[i * k + p];
      for (int64_t j = 0; j < m; ++j)
        c[i * m + j] += x * b[p * m + j];
    }
  return c[0];
}
