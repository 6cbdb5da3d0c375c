// C versions of kernels_loops.py and kernels_arrays.py, written the way a C
// programmer would. bench/run.py builds this file (with kernels.c) four
// times: -O3 -march=native with and without -ffp-contract=off, each with
// and without -fopenmp (without it the pragmas are ignored: the serial C).
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define HIST_CHUNKS 16

double triad(double *a, const double *b, const double *c, double s, int64_t n) {
#pragma omp parallel for
  for (int64_t i = 0; i < n; ++i)
    a[i] = b[i] + s * c[i];
  return a[n / 2];
}

void histogram(const double *a, int64_t n, double lo, double hi, int64_t nbins,
               int64_t *out) {
  int64_t *counts = calloc(HIST_CHUNKS * nbins, sizeof(int64_t));
  int64_t step = (n + HIST_CHUNKS - 1) / HIST_CHUNKS;
  double scale = nbins / (hi - lo);
#pragma omp parallel for
  for (int64_t c = 0; c < HIST_CHUNKS; ++c) {
    int64_t end = (c + 1) * step < n ? (c + 1) * step : n;
    for (int64_t i = c * step; i < end; ++i) {
      double x = a[i];
      if (x >= lo && x < hi)
        counts[c * nbins + (int64_t)((x - lo) * scale)] += 1;
    }
  }
  for (int64_t b = 0; b < nbins; ++b) {
    int64_t s = 0;
    for (int64_t c = 0; c < HIST_CHUNKS; ++c)
      s += counts[c * nbins + b];
    out[b] = s;
  }
  free(counts);
}

void rolling_mean(const double *a, int64_t n, int64_t w, double *out) {
  double s = 0.0;
  for (int64_t i = 0; i < w; ++i)
    s += a[i];
  out[0] = s / w;
  for (int64_t i = w; i < n; ++i) {
    s += a[i] - a[i - w];
    out[i - w + 1] = s / w;
  }
}

void sigmoid(const double *x, double *out, int64_t n) {
#pragma omp parallel for
  for (int64_t i = 0; i < n; ++i)
    out[i] = 1.0 / (1.0 + exp(-x[i]));
}

void damped_wave(const double *x, double *out, int64_t n) {
#pragma omp parallel for
  for (int64_t i = 0; i < n; ++i)
    out[i] = sin(x[i]) * exp(-0.5 * x[i] * x[i]);
}

void pairwise_distances(const double *x, int64_t n, int64_t d, double *out) {
#pragma omp parallel for
  for (int64_t i = 0; i < n; ++i)
    for (int64_t j = 0; j < n; ++j) {
      double s = 0.0;
      for (int64_t k = 0; k < d; ++k) {
        double t = x[i * d + k] - x[j * d + k];
        s += t * t;
      }
      out[i * n + j] = sqrt(s);
    }
}

int64_t fractal(int64_t width, int64_t height, int64_t max_iter) {
  int64_t count = 0;
#pragma omp parallel for reduction(+ : count) schedule(dynamic, 4)
  for (int64_t py = 0; py < height; ++py) {
    int64_t row = 0;
    for (int64_t px = 0; px < width; ++px) {
      double x0 = -2.0 + 3.0 * px / width, y0 = -1.5 + 3.0 * py / height;
      double x = 0.0, y = 0.0;
      int64_t it = 0;
      while (it < max_iter && x * x + y * y <= 4.0) {
        double xt = x * x - y * y + x0;
        y = 2.0 * x * y + y0;
        x = xt;
        ++it;
      }
      row += it;
    }
    count += row;
  }
  return count;
}

void cumulative_sum(const double *a, int64_t n, double *out) {
  double s = 0.0;
  for (int64_t i = 0; i < n; ++i) {
    s += a[i];
    out[i] = s;
  }
}

void time_stepping(const double *x0, const double *k, int64_t n, int64_t steps,
                   double dt, double *out) {
#pragma omp parallel for
  for (int64_t i = 0; i < n; ++i) {
    double x = x0[i], v = 0.0;
    for (int64_t t = 0; t < steps; ++t) {
      double acc = -k[i] * x - 0.1 * v;
      v += dt * acc;
      x += dt * v;
    }
    out[i] = x;
  }
}

/* Writes the result into `out` (n x m); `tmp` is the second grid. */
void jacobi_sweeps(const double *u0, int64_t n, int64_t m, int64_t sweeps,
                   double *out, double *tmp) {
  double *u = out, *v = tmp;
  memcpy(u, u0, n * m * sizeof(double));
  memcpy(v, u0, n * m * sizeof(double));
  for (int64_t s = 0; s < sweeps; ++s) {
#pragma omp parallel for
    for (int64_t i = 1; i < n - 1; ++i)
      for (int64_t j = 1; j < m - 1; ++j)
        v[i * m + j] = 0.25 * (u[(i - 1) * m + j] + u[(i + 1) * m + j] +
                               u[i * m + j - 1] + u[i * m + j + 1]);
    double *t = u;
    u = v;
    v = t;
  }
  if (u != out)
    memcpy(out, u, n * m * sizeof(double));
}

void normalize_columns(const double *x, int64_t n, int64_t m, double *out) {
#pragma omp parallel for
  for (int64_t j = 0; j < m; ++j) {
    double s = 0.0;
    for (int64_t i = 0; i < n; ++i)
      s += x[i * m + j];
    double mean = s / n, ss = 0.0;
    for (int64_t i = 0; i < n; ++i) {
      double d = x[i * m + j] - mean;
      ss += d * d;
    }
    double sd = sqrt(ss / n);
    for (int64_t i = 0; i < n; ++i)
      out[i * m + j] = (x[i * m + j] - mean) / sd;
  }
}

void scatter_add(const int64_t *idx, const double *w, int64_t n, double *out) {
  for (int64_t i = 0; i < n; ++i)
    out[idx[i]] += w[i];
}

/* scatter_add from every thread: per-thread copies, added up at the end. */
void scatter_add_shared(const int64_t *idx, const double *w, int64_t n,
                        int64_t nbins, double *out) {
#pragma omp parallel
  {
    double *mine = calloc(nbins, sizeof(double));
#pragma omp for
    for (int64_t i = 0; i < n; ++i)
      mine[idx[i]] += w[i];
#pragma omp critical
    for (int64_t b = 0; b < nbins; ++b)
      out[b] += mine[b];
    free(mine);
  }
}

/* out (m x m) = xc^T xc / (n - 1), xc = x - column means; x is n x m. */
void covariance(const double *x, int64_t n, int64_t m, double *out) {
  double *mean = calloc(m, sizeof(double));
  double *xc = malloc(n * m * sizeof(double));
  for (int64_t i = 0; i < n; ++i)
    for (int64_t j = 0; j < m; ++j)
      mean[j] += x[i * m + j];
  for (int64_t j = 0; j < m; ++j)
    mean[j] /= n;
  for (int64_t i = 0; i < n; ++i)
    for (int64_t j = 0; j < m; ++j)
      xc[i * m + j] = x[i * m + j] - mean[j];
  memset(out, 0, m * m * sizeof(double));
#pragma omp parallel for
  for (int64_t a = 0; a < m; ++a)
    for (int64_t i = 0; i < n; ++i) {
      double xa = xc[i * m + a];
      for (int64_t b = 0; b < m; ++b)
        out[a * m + b] += xa * xc[i * m + b];
    }
  for (int64_t k = 0; k < m * m; ++k)
    out[k] /= (n - 1);
  free(mean);
  free(xc);
}

static void matvec(const double *a, const double *p, int64_t n, double *out) {
#pragma omp parallel for
  for (int64_t i = 0; i < n; ++i) {
    double s = 0.0;
    for (int64_t j = 0; j < n; ++j)
      s += a[i * n + j] * p[j];
    out[i] = s;
  }
}

static double dot(const double *a, const double *b, int64_t n) {
  double s = 0.0;
  for (int64_t i = 0; i < n; ++i)
    s += a[i] * b[i];
  return s;
}

void conjugate_gradient(const double *a, const double *b, int64_t n,
                        int64_t iters, double *x) {
  double *r = malloc(n * sizeof(double)), *p = malloc(n * sizeof(double));
  double *ap = malloc(n * sizeof(double));
  for (int64_t i = 0; i < n; ++i) {
    x[i] = 0.0;
    r[i] = p[i] = b[i];
  }
  double rs = dot(r, r, n);
  for (int64_t k = 0; k < iters; ++k) {
    matvec(a, p, n, ap);
    double alpha = rs / dot(p, ap, n);
    for (int64_t i = 0; i < n; ++i) {
      x[i] += alpha * p[i];
      r[i] -= alpha * ap[i];
    }
    double rs_new = dot(r, r, n);
    for (int64_t i = 0; i < n; ++i)
      p[i] = r[i] + (rs_new / rs) * p[i];
    rs = rs_new;
  }
  free(r);
  free(p);
  free(ap);
}

/* out (n x k) = tanh(x w1 + b1) w2 + b2; x n x d, w1 d x h, w2 h x k. */
void mlp_forward(const double *x, const double *w1, const double *b1,
                 const double *w2, const double *b2, int64_t n, int64_t d,
                 int64_t h, int64_t k, double *out) {
#pragma omp parallel
  {
    double *row = malloc(h * sizeof(double));
#pragma omp for
    for (int64_t i = 0; i < n; ++i) {
      for (int64_t j = 0; j < h; ++j)
        row[j] = 0.0;
      for (int64_t p = 0; p < d; ++p) {
        double xv = x[i * d + p];
        for (int64_t j = 0; j < h; ++j)
          row[j] += xv * w1[p * h + j];
      }
      for (int64_t j = 0; j < h; ++j)
        row[j] = tanh(row[j] + b1[j]);
      for (int64_t c = 0; c < k; ++c)
        out[i * k + c] = 0.0;
      for (int64_t j = 0; j < h; ++j)
        for (int64_t c = 0; c < k; ++c)
          out[i * k + c] += row[j] * w2[j * k + c];
      for (int64_t c = 0; c < k; ++c)
        out[i * k + c] += b2[c];
    }
    free(row);
  }
}

/* out[q] = a[q] b[q]; a nb x n x k, b nb x k x m, i-k-j order. */
void batched_matmul(const double *a, const double *b, int64_t nb, int64_t n,
                    int64_t k, int64_t m, double *out) {
#pragma omp parallel for
  for (int64_t q = 0; q < nb; ++q) {
    const double *aq = a + q * n * k, *bq = b + q * k * m;
    double *cq = out + q * n * m;
    for (int64_t i = 0; i < n * m; ++i)
      cq[i] = 0.0;
    for (int64_t i = 0; i < n; ++i)
      for (int64_t p = 0; p < k; ++p) {
        double xv = aq[i * k + p];
        for (int64_t j = 0; j < m; ++j)
          cq[i * m + j] += xv * bq[p * m + j];
      }
  }
}

/* out = sqrt(a*a + b*b) * exp(-c) + 0.5*d: the expression chain as one loop. */
void expression_chain(const double *a, const double *b, const double *c,
                      const double *d, int64_t n, double *out) {
  for (int64_t i = 0; i < n; ++i)
    out[i] = sqrt(a[i] * a[i] + b[i] * b[i]) * exp(-c[i]) + 0.5 * d[i];
}

// np.searchsorted(edges, x) - 1 (side 'left'), summed per chunk: no temporary.
void force_histogram(const double *pos, int64_t n, const double *edges,
                     int64_t nedges, double *out) {
  int64_t nbins = nedges - 1;
  double *sums = calloc(HIST_CHUNKS * nbins, sizeof(double));
  int64_t step = (n + HIST_CHUNKS - 1) / HIST_CHUNKS;
#pragma omp parallel for
  for (int64_t c = 0; c < HIST_CHUNKS; ++c) {
    int64_t end = (c + 1) * step < n ? (c + 1) * step : n;
    for (int64_t i = c * step; i < end; ++i) {
      double x = pos[i];
      int64_t lo = 0, hi = nedges;
      while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        if (edges[mid] < x)
          lo = mid + 1;
        else
          hi = mid;
      }
      if (lo >= 1 && lo - 1 < nbins)
        sums[c * nbins + lo - 1] += x * x;
    }
  }
  for (int64_t b = 0; b < nbins; ++b) {
    double s = 0.0;
    for (int64_t c = 0; c < HIST_CHUNKS; ++c)
      s += sums[c * nbins + b];
    out[b] = s;
  }
  free(sums);
}

/* The dict and set kernels (kernels_dicts.py) as a C programmer writes them:
 * one open-addressing table of keys and counts, linear probing, a
 * multiplicative hash, doubled when half full. */
typedef struct {
  int64_t *keys, *values;
  unsigned char *used;
  int64_t mask, count;
} CountTable;

static uint64_t hash_key(int64_t k) {
  uint64_t h = (uint64_t)k * 0x9e3779b97f4a7c15ULL;
  return h ^ (h >> 29); /* the high bits (a pair's first field) matter */
}

static void table_init(CountTable *t, int64_t slots) {
  t->keys = malloc(slots * sizeof(int64_t));
  t->values = malloc(slots * sizeof(int64_t));
  t->used = calloc(slots, 1);
  t->mask = slots - 1;
  t->count = 0;
}

static void table_free(CountTable *t) {
  free(t->keys);
  free(t->values);
  free(t->used);
}

static int64_t table_find(const CountTable *t, int64_t k) {
  uint64_t i = hash_key(k) & t->mask;
  while (t->used[i] && t->keys[i] != k)
    i = (i + 1) & t->mask;
  return (int64_t)i;
}

static void table_add(CountTable *t, int64_t k, int64_t v) {
  if (2 * (t->count + 1) > t->mask + 1) {
    CountTable bigger;
    table_init(&bigger, 2 * (t->mask + 1));
    for (int64_t i = 0; i <= t->mask; ++i)
      if (t->used[i])
        table_add(&bigger, t->keys[i], t->values[i]);
    table_free(t);
    *t = bigger;
  }
  int64_t i = table_find(t, k);
  if (!t->used[i]) {
    t->used[i] = 1;
    t->keys[i] = k;
    t->values[i] = 0;
    ++t->count;
  }
  t->values[i] += v;
}

static int64_t table_checksum(CountTable *t, int64_t pair) {
  int64_t sum = t->count;
  for (int64_t i = 0; i <= t->mask; ++i)
    if (t->used[i])
      sum += (pair ? (t->keys[i] >> 32) * 1000 + (t->keys[i] & 0xffffffff)
                   : t->keys[i]) * t->values[i];
  table_free(t);
  return sum;
}

int64_t count_keys(const int64_t *keys, int64_t n) {
  CountTable t;
  table_init(&t, 8);
  for (int64_t i = 0; i < n; ++i)
    table_add(&t, keys[i], 1);
  return table_checksum(&t, 0);
}

/* Pairs of small non-negative fields packed into one key. */
int64_t count_pairs(const int64_t *a, const int64_t *b, int64_t n) {
  CountTable t;
  table_init(&t, 8);
  for (int64_t i = 0; i < n; ++i)
    table_add(&t, (a[i] << 32) | b[i], 1);
  return table_checksum(&t, 1);
}

int64_t set_hits(const int64_t *keys, int64_t n, const int64_t *probes,
                 int64_t m) {
  CountTable t;
  table_init(&t, 8);
  for (int64_t i = 0; i < n; ++i)
    table_add(&t, keys[i], 0);
  int64_t hits = 0;
  for (int64_t i = 0; i < m; ++i)
    hits += t.used[table_find(&t, probes[i])];
  table_free(&t);
  return hits;
}
