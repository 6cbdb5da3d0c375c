"""Signal kernels modelled on resampy (github.com/bmcfee/resampy, ISC;
resampy/interpn.py: one Python function compiled both serial and with
parallel=True, scalars assigned before a prange loop and reassigned in
it) and librosa (github.com/librosa/librosa, ISC; librosa/filters.py
window_sumsquare fill, librosa/util/utils.py complex-magnitude ufunc with
signatures and identity=0): same algorithms and constructs, written anew."""

import numpy as np

from public_kernels.backend import jit, prange, vectorize


def _resample(x, y, t_out, interp_win, interp_delta, num_table, scale=1.0):
    index_step = int(scale * num_table)
    time_register = 0.0
    n = 0
    frac = 0.0
    index_frac = 0.0
    offset = 0
    eta = 0.0
    weight = 0.0
    nwin = interp_win.shape[0]
    n_orig = x.shape[0]
    n_out = t_out.shape[0]
    for t in prange(n_out):
        time_register = t_out[t]
        n = int(time_register)
        frac = scale * (time_register - n)
        index_frac = frac * num_table
        offset = int(index_frac)
        eta = index_frac - offset
        left = min(n + 1, (nwin - offset) // index_step)
        for i in range(left):
            weight = (interp_win[offset + i * index_step]
                      + eta * interp_delta[offset + i * index_step])
            y[t] += weight * x[n - i]
        frac = scale - frac
        index_frac = frac * num_table
        offset = int(index_frac)
        eta = index_frac - offset
        right = min(n_orig - n - 1, (nwin - offset) // index_step)
        for k in range(right):
            weight = (interp_win[offset + k * index_step]
                      + eta * interp_delta[offset + k * index_step])
            y[t] += weight * x[n + k + 1]


resample_parallel = jit(nopython=True, nogil=True, parallel=True)(_resample)
resample_serial = jit(nopython=True, nogil=True, parallel=False)(_resample)


@jit(nopython=True, cache=True)
def window_ss_fill(x, win_sq, n_frames, hop_length):
    n = len(x)
    n_fft = len(win_sq)
    for i in range(n_frames):
        sample = i * hop_length
        x[sample: min(n, sample + n_fft)] += win_sq[: max(0, min(n_fft, n - sample))]


@vectorize(["float32(complex64)", "float64(complex128)"], nopython=True, cache=True,
           identity=0)
def cabs2(z):
    return z.real ** 2 + z.imag ** 2
