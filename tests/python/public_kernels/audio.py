"""Signal kernels modelled on resampy (github.com/bmcfee/resampy, ISC;
resampy/interpn.py: one Python function compiled both serial and with
parallel=True, scalars assigned before a prange loop and reassigned in
it) and librosa (github.com/librosa/librosa, ISC; librosa/filters.py
window_sumsquare fill, librosa/util/utils.py complex-magnitude ufunc with
signatures and identity=0): same algorithms and constructs, written anew."""

import numpy as np

from public_kernels.backend import jit, prange, vectorize


def _resample(x, y, t_out, interp_win, interp_delta, num_table, scale=1.0):
    stride = int(scale * num_table)
    when = 0.0
    n = 0
    fraction = 0.0
    table_pos = 0.0
    offset = 0
    blend = 0.0
    w = 0.0
    win_len = interp_win.shape[0]
    n_in = x.shape[0]
    n_out = t_out.shape[0]
    for t in prange(n_out):
        when = t_out[t]
        n = int(when)
        fraction = scale * (when - n)
        table_pos = fraction * num_table
        offset = int(table_pos)
        blend = table_pos - offset
        left = min(n + 1, (win_len - offset) // stride)
        for i in range(left):
            w = (interp_win[offset + i * stride]
                      + blend * interp_delta[offset + i * stride])
            y[t] += w * x[n - i]
        fraction = scale - fraction
        table_pos = fraction * num_table
        offset = int(table_pos)
        blend = table_pos - offset
        right = min(n_in - n - 1, (win_len - offset) // stride)
        for k in range(right):
            w = (interp_win[offset + k * stride]
                      + blend * interp_delta[offset + k * stride])
            y[t] += w * x[n + k + 1]


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


# librosa/beat.py: the beat tracker's dynamic programme.
@jit(nopython=True, cache=True)
def beat_track_dp(localscore, period, tightness):
    backlink = np.zeros_like(localscore, dtype=np.int_)
    cumscore = np.zeros_like(localscore)
    window = np.arange(-2 * period, -np.round(period / 2) + 1, dtype=np.int_)
    txwt = -tightness * (np.log(-window / period) ** 2)
    first_beat = True
    for i, score_i in enumerate(localscore):
        z_pad = np.maximum(0, min(-window[0], len(window)))
        candidates = txwt.copy()
        candidates[z_pad:] = candidates[z_pad:] + cumscore[window[z_pad:]]
        beat_location = np.argmax(candidates)
        cumscore[i] = score_i + candidates[beat_location]
        if first_beat and score_i < 0.01 * localscore.max():
            backlink[i] = -1
        else:
            backlink[i] = window[beat_location]
            first_beat = False
        window = window + 1
    return backlink, cumscore
