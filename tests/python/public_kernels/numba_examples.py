"""Kernels modelled on the Numba project's examples and benchmarks
(github.com/numba/numba-examples, BSD-2-Clause): the same algorithms and
the same Python/NumPy constructs and decorator options, written anew here.
Files: examples/density_estimation/kernel/impl.py (kde, kde_parallel),
examples/density_estimation/histogram/impl.py (histogram),
examples/waveforms/zero_suppression/impl.py (zero_suppression),
examples/lennard_jones/numba_scalar_prange_impl.py (lj_potential),
examples/maths/mandelbrot_set_numpy/numba_prange_numpy_array.py (mandelbrot),
examples/finance/blackscholes/blackscholes_numba.py (black_scholes)."""

import math

import numpy as np

from public_kernels.backend import jit, njit, prange, vectorize


@jit(nopython=True)
def gaussian(x):
    return np.exp(-0.5 * x ** 2) / np.sqrt(2 * np.pi)


@jit(nopython=True)
def kde(eval_points, samples, bandwidths):
    result = np.zeros_like(eval_points)
    for i, eval_x in enumerate(eval_points):
        for sample, bandwidth in zip(samples, bandwidths):
            result[i] += gaussian((eval_x - sample) / bandwidth) / bandwidth
        result[i] /= len(samples)
    return result


@jit(nopython=True, parallel=True)
def kde_parallel(eval_points, samples, bandwidths):
    result = np.zeros_like(eval_points)
    for i in prange(len(eval_points)):
        eval_x = eval_points[i]
        for sample, bandwidth in zip(samples, bandwidths):
            result[i] += gaussian((eval_x - sample) / bandwidth) / bandwidth
        result[i] /= len(samples)
    return result


@jit(nopython=True)
def bin_edges_of(a, bins):
    edges = np.zeros((bins + 1,), dtype=np.float64)
    lo = a.min()
    hi = a.max()
    step = (hi - lo) / bins
    for i in range(edges.shape[0]):
        edges[i] = lo + i * step
    edges[-1] = hi
    return edges


@jit(nopython=True)
def bin_of(x, edges):
    n = edges.shape[0] - 1
    lo = edges[0]
    hi = edges[-1]
    if x == hi:
        return n - 1
    b = int(n * (x - lo) / (hi - lo))
    if b < 0 or b >= n:
        return None
    else:
        return b


@jit(nopython=True)
def histogram(a, bins):
    hist = np.zeros((bins,), dtype=np.intp)
    edges = bin_edges_of(a, bins)
    for x in a.flat:
        b = bin_of(x, edges)
        if b is not None:
            hist[int(b)] += 1
    return hist, edges


@vectorize(nopython=True)
def zero_suppression(values, threshold):
    if np.abs(values) >= threshold:
        return values
    else:
        return 0.0


@njit
def lj_pair(r):
    sr6 = (1. / r) ** 6
    return 4. * (sr6 * sr6 - sr6)


@njit
def atom_distance(atom1, atom2):
    dx = atom2[0] - atom1[0]
    dy = atom2[1] - atom1[1]
    dz = atom2[2] - atom1[2]
    return (dx * dx + dy * dy + dz * dz) ** 0.5


@njit(parallel=True)
def lj_potential(cluster):
    energy = 0.0
    for i in prange(len(cluster) - 1):
        for j in range(i + 1, len(cluster)):
            energy += lj_pair(atom_distance(cluster[i], cluster[j]))
    return energy


@njit
def escape_time(x, y, max_iters):
    c = complex(x, y)
    z = 0.0j
    for i in range(max_iters):
        z = z * z + c
        if (z.real * z.real + z.imag * z.imag) >= 4:
            return i
    return 255


@njit(parallel=True)
def mandelbrot(min_x, max_x, min_y, max_y, image, iters):
    height = image.shape[0]
    width = image.shape[1]
    pixel_size_x = (max_x - min_x) / width
    pixel_size_y = (max_y - min_y) / height
    for x in prange(width):
        real = min_x + x * pixel_size_x
        for y in range(height):
            imag = min_y + y * pixel_size_y
            image[y, x] = escape_time(real, imag, iters)
    return image


@njit
def cnd(d):
    a1 = 0.31938153
    a2 = -0.356563782
    a3 = 1.781477937
    a4 = -1.821255978
    a5 = 1.330274429
    rsqrt2pi = 0.39894228040143267794
    k = 1.0 / (1.0 + 0.2316419 * math.fabs(d))
    ret = (rsqrt2pi * math.exp(-0.5 * d * d)
           * (k * (a1 + k * (a2 + k * (a3 + k * (a4 + k * a5))))))
    if d > 0:
        ret = 1.0 - ret
    return ret


@vectorize(["float64(float64, float64, float64, float64, float64)"])
def black_scholes(stock, strike, years, rate, vol):
    sqrt_t = math.sqrt(years)
    d1 = (math.log(stock / strike) + (rate + 0.5 * vol * vol) * years) / (vol * sqrt_t)
    d2 = d1 - vol * sqrt_t
    exp_rt = math.exp(-rate * years)
    return stock * cnd(d1) - strike * exp_rt * cnd(d2)
