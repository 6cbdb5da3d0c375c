"""Inputs for every public kernel, and how its three runs are compared.

A case is (id, domain, function name, make_args, rtol); make_args(rng)
builds fresh (seeded) arguments, so each backend gets its own copies and
arrays a kernel writes in place are compared too."""

import numpy as np
import pytest

from public_kernels.backend import load
from public_kernels.cases_simulation import SIMULATION_CASES, SIMULATION_SWEEP_CASES
from public_kernels.spatial_cases import SPATIAL_CASES, SPATIAL_REPORT_ONLY


def _dtw_arrays(rng):
    s1 = rng.normal(size=(20, 2))
    s2 = rng.normal(size=(25, 2))
    return s1, s2, np.zeros((20, 25))


def _step_cost_args(rng):
    C = rng.random((20, 25))
    D = np.full((21, 26), np.inf)
    D[0, 0] = 0.0
    steps = np.zeros((21, 26), dtype=np.int32)
    sigma = np.array([[1, 1], [0, 1], [1, 0]])
    return C, D, steps, sigma, np.array([1.0, 1.0, 1.0]), np.zeros(3), 1, 1


def _backtrack_args(rng, subseq, start):
    args = _step_cost_args(rng)
    _, steps = load("dtw", "python").dtw_step_cost(*args)
    return (steps, args[3], subseq) + (() if start is None else (start,))


def _resample_args(rng):
    x = rng.normal(size=200)
    t_out = np.arange(0.0, 198.0, 0.7)
    win = np.hanning(8 * 64 + 1)
    delta = np.append(np.diff(win), 0.0)
    return x, np.zeros(t_out.shape[0]), t_out, win, delta, 64, 1.0


def _garch_args(rng, n=200):
    resids = rng.normal(size=n)
    bounds = np.tile(np.array([1e-4, 1e4]), (n, 1))
    return (np.array([0.1, 0.1, 0.05, 0.8]), resids ** 2, np.sign(resids), np.zeros(n),
            1, 1, 1, n, 1.0, bounds)


def _harch_args(rng, n=200):
    resids = rng.normal(size=n)
    bounds = np.tile(np.array([1e-4, 1e4]), (n, 1))
    return (np.array([0.1, 0.3, 0.2]), resids, np.zeros(n), np.array([1, 5]), n, 1.0,
            bounds)


def _markov_args(rng):
    P = rng.random((4, 4))
    P /= P.sum(axis=1)[:, None]
    return (np.cumsum(P, axis=1), rng.integers(0, 4, 5), rng.random((5, 30)),
            np.empty((5, 30), dtype=np.int64))


def _lattice(rng):
    g = np.array([(i, j, k) for i in range(4) for j in range(4) for k in range(3)], float)
    return (1.12 * g + 0.05 * rng.normal(size=g.shape),)


def _knn_distances(rng):
    d = np.sort(rng.random((50, 10)) * 3.0, axis=1)
    d[:, 0] = 0.0
    return d.astype(np.float32), 10.0


def _profile_args(rng):
    k = 100
    return (10, rng.normal(size=k) * 5, 0.3, 1.2, rng.normal(size=k), rng.random(k) + 0.5,
            False, rng.random(k) < 0.1)


def _welford_args(rng):
    a = rng.normal(size=120)
    a[[17, 60]] = np.nan
    w = 10
    finite = np.array([np.isfinite(a[i:i + w]).all() for i in range(a.size - w + 1)])
    return a, w, finite


def _grid_args(rng, with_y):
    x = np.cumsum(rng.random(30) + 0.1)
    xq = np.sort(rng.uniform(x[0], x[-1], 50))
    if with_y:
        return x, xq, np.sin(x), np.empty(50)
    return x, xq, np.empty(50, dtype=np.uint32), np.empty(50)


def _stochastic(rng, n):
    P = rng.random((n, n))
    return P / P.sum(axis=1)[:, None]


def _csr_args(rng):
    indptr = np.array([0, 3, 3, 5, 9])
    return (rng.integers(0, 6, 9), indptr, rng.normal(size=9), np.full(4, -np.inf),
            np.full(4, -1))


def _soft_dtw_args(rng):
    D = rng.random((15, 18))
    R = np.full((16, 19), np.inf)
    R[0, 0] = 0.0
    return D, R, 0.5


def _egarch_args(rng, n=200):
    resids = rng.normal(size=n)
    bounds = np.tile(np.array([1e-4, 1e4]), (n, 1))
    return (np.array([0.05, 0.1, -0.05, 0.9]), resids, np.zeros(n), 1, 1, 1, n, 0.1,
            bounds, np.zeros(n), np.zeros(n), np.zeros(n))


def _sparse_pair(rng):
    ind1 = np.sort(rng.choice(40, 12, replace=False)).astype(np.int32)
    ind2 = np.sort(rng.choice(40, 15, replace=False)).astype(np.int32)
    return (ind1, rng.normal(size=12).astype(np.float32), ind2,
            rng.normal(size=15).astype(np.float32))


def _membership_args(rng, return_dists):
    idx = np.argsort(rng.random((30, 30)), axis=1)[:, :6].astype(np.int64)
    idx[:, 0] = np.arange(30)
    idx[3, 5] = -1
    dists = np.sort(rng.random((30, 6)), axis=1).astype(np.float32)
    dists[:, 0] = 0.0
    return (idx, dists, (rng.random(30) + 0.2).astype(np.float32),
            dists[:, 1].copy(), return_dists)


def _f(rng, n, dtype=np.float64):
    return rng.normal(size=n).astype(dtype)


CASES = [
    # numba examples
    ("kde", "numba_examples", "kde",
     lambda r: (r.normal(0, 5, 200), r.normal(0, 5, 300), np.full(300, 1.06 * 5 * 300 ** -0.2)),
     1e-12),
    ("kde_parallel", "numba_examples", "kde_parallel",
     lambda r: (r.normal(0, 5, 200), r.normal(0, 5, 300), np.full(300, 1.06 * 5 * 300 ** -0.2)),
     1e-12),
    ("histogram", "numba_examples", "histogram", lambda r: (r.normal(size=1000), 10), 1e-12),
    ("zero_suppression", "numba_examples", "zero_suppression",
     lambda r: (r.normal(0, 5, 1000), 8.0), 1e-12),
    ("lj_potential", "numba_examples", "lj_potential", _lattice, 1e-9),
    ("mandelbrot", "numba_examples", "mandelbrot",
     lambda r: (-2.0, 1.0, -1.0, 1.0, np.zeros((24, 36), dtype=np.uint8), 20), 0),
    ("black_scholes", "numba_examples", "black_scholes",
     lambda r: (r.uniform(5, 30, 100), r.uniform(1, 100, 100), r.uniform(0.25, 10, 100),
                0.02, 0.3), 1e-12),
    # QuantEcon
    ("lorenz_curve", "quantecon_kernels", "lorenz_curve", lambda r: (r.pareto(3, 500),), 1e-12),
    ("gini_coefficient", "quantecon_kernels", "gini_coefficient",
     lambda r: (r.lognormal(size=300),), 1e-9),
    ("searchsorted", "quantecon_kernels", "searchsorted",
     lambda r: (np.cumsum(r.random(20)), 4.3), 0),
    ("generate_sample_paths", "quantecon_kernels", "generate_sample_paths", _markov_args, 0),
    ("repeat_1d", "quantecon_kernels", "repeat_1d", lambda r: (np.arange(3.0), 2, np.empty(12)),
     0),
    ("simplex_grid", "quantecon_kernels", "simplex_grid", lambda r: (3, 4), 0),
    ("brent_max_args", "quantecon_kernels", "maximise_utility", lambda r: (2.0, 0.1), 1e-12),
    ("gth_solve", "quantecon_kernels", "gth_solve",
     lambda r: (_stochastic(r, 6), np.zeros(6)), 1e-12),
    ("s_wise_max_argmax", "quantecon_kernels", "s_wise_max_argmax", _csr_args, 0),
    ("simulate_linear_model", "quantecon_kernels", "simulate_linear_model",
     lambda r: (0.3 * r.normal(size=(3, 3)), r.normal(size=3), r.normal(size=(3, 40)), 40),
     1e-12),
    ("sample_without_replacement", "quantecon_kernels", "sample_without_replacement",
     lambda r: (10, 4, 5, 1234), 0),
    # AntroPy
    ("sample_entropy", "entropy", "sample_entropy",
     lambda r: (r.normal(size=300), 2, 0.2), 1e-12),
    ("linear_regression", "entropy", "linear_regression",
     lambda r: (r.random(50), r.random(50)), 1e-12),
    ("higuchi_fd", "entropy", "higuchi_fd", lambda r: (np.cumsum(r.normal(size=500)), 10), 1e-12),
    ("log_n", "entropy", "log_n", lambda r: (4, 100, 1.2), 0),
    ("dfa", "entropy", "dfa", lambda r: (r.normal(size=1000),), 1e-10),
    ("lz_complexity", "entropy", "lz_complexity",
     lambda r: (r.integers(0, 2, 200).astype(np.uint32),), 0),
    # PyNNDescent / UMAP
    ("euclidean", "neighbors", "euclidean", lambda r: (_f(r, 16), _f(r, 16)), 1e-12),
    ("squared_euclidean_f32", "neighbors", "squared_euclidean",
     lambda r: (_f(r, 16, np.float32), _f(r, 16, np.float32)), 1e-5),
    ("standardised_euclidean_default", "neighbors", "standardised_euclidean",
     lambda r: (_f(r, 2), _f(r, 2)), 1e-6),
    ("jaccard", "neighbors", "jaccard",
     lambda r: (r.integers(0, 2, 30).astype(float), r.integers(0, 2, 30).astype(float)), 1e-12),
    ("haversine", "neighbors", "haversine",
     lambda r: (r.uniform(-1, 1, 2), r.uniform(-1, 1, 2)), 1e-12),
    ("haversine_raises", "neighbors", "haversine", lambda r: (_f(r, 3), _f(r, 3)), 0),
    ("correlation", "neighbors", "correlation", lambda r: (_f(r, 40), _f(r, 40)), 1e-12),
    ("rankdata_average", "neighbors", "rankdata",
     lambda r: (r.integers(0, 10, 40).astype(np.float64),), 0),
    ("rankdata_min", "neighbors", "rankdata",
     lambda r: (r.integers(0, 10, 40).astype(np.float64), "min"), 0),
    ("spearmanr", "neighbors", "spearmanr",
     lambda r: (r.integers(0, 10, 40).astype(np.float64), _f(r, 40)), 1e-12),
    ("correct_alternative_cosine", "neighbors", "correct_alternative_cosine",
     lambda r: (r.random(100) * 4,), 1e-12),
    ("tau_rand_int", "neighbors", "random_ints",
     lambda r: (r.integers(1, 2 ** 31, 3), 10), 0),
    ("knn_heap", "neighbors", "build_knn_heap", lambda r: (r.random((30, 4)), 5), 1e-6),
    ("smooth_knn_dist", "neighbors", "smooth_knn_dist", _knn_distances, 1e-5),
    ("fast_knn_indices", "neighbors", "fast_knn_indices", lambda r: (r.random((20, 30)), 5), 0),
    ("arr_intersect", "neighbors", "arr_intersect",
     lambda r: (np.sort(r.choice(40, 12, replace=False)), np.sort(r.choice(40, 15, replace=False))),
     0),
    ("sparse_sum", "neighbors", "sparse_sum", _sparse_pair, 1e-6),
    ("sparse_mul", "neighbors", "sparse_mul", _sparse_pair, 1e-6),
    ("membership_strengths_dists", "neighbors", "compute_membership_strengths",
     lambda r: _membership_args(r, True), 1e-5),
    # DTW: tslearn and librosa
    ("dtw_score", "dtw", "dtw_score", _dtw_arrays, 1e-12),
    ("warping_path", "dtw", "warping_path",
     lambda r: (load("dtw", "python").accumulated_cost(*_dtw_arrays(r)),), 0),
    ("accumulated_cost_prange", "dtw", "accumulated_cost_from_distances",
     lambda r: (r.random((20, 25)), np.zeros((20, 25))), 1e-12),
    ("sakoe_chiba_mask", "dtw", "sakoe_chiba_mask", lambda r: (25, 20, 3), 0),
    ("dtw_step_cost", "dtw", "dtw_step_cost", _step_cost_args, 1e-12),
    ("dtw_backtrack", "dtw", "dtw_backtrack", lambda r: _backtrack_args(r, False, None), 0),
    ("dtw_backtrack_start", "dtw", "dtw_backtrack", lambda r: _backtrack_args(r, True, 10), 0),
    ("viterbi", "dtw", "viterbi",
     lambda r: (np.log(r.random((30, 4))), np.log(r.dirichlet(np.ones(4), 4)),
                np.log(np.full(4, 0.25))), 1e-12),
    ("soft_dtw", "dtw", "soft_dtw", _soft_dtw_args, 1e-9),
    ("lcss", "dtw", "lcss_accumulated",
     lambda r: (r.normal(size=(20, 2)), r.normal(size=(22, 2)), 0.5, np.zeros((20, 22))), 0),
    # resampy / librosa
    ("resample_serial", "audio", "resample_serial", _resample_args, 1e-12),
    ("resample_parallel", "audio", "resample_parallel", _resample_args, 1e-12),
    ("window_ss_fill", "audio", "window_ss_fill",
     lambda r: (np.zeros(1000), np.hanning(256) ** 2, 13, 64), 1e-12),
    ("cabs2", "audio", "cabs2", lambda r: (_f(r, 50) + 1j * _f(r, 50),), 1e-12),
    ("beat_track_dp", "audio", "beat_track_dp", lambda r: (r.random(300), 20.0, 100.0),
     1e-12),
    # STUMPY / statsforecast
    ("sliding_dot_product", "timeseries", "sliding_dot_product",
     lambda r: (_f(r, 16), _f(r, 200)), 1e-9),
    ("welford_nanvar", "timeseries", "welford_nanvar", _welford_args, 1e-9),
    ("exclusion_zone_2d", "timeseries", "apply_exclusion_zone",
     lambda r: (r.random((3, 100)), 40, 5, np.inf), 0),
    ("distance_profile", "timeseries", "squared_distance_profile", _profile_args, 1e-9),
    ("ses_forecast_mse", "timeseries", "ses_forecast_mse", lambda r: (r.random(100), 0.3),
     1e-12),
    ("partrans", "timeseries", "partrans",
     lambda r: (3, r.normal(size=3), np.zeros(3)), 1e-12),
    ("tsconv", "timeseries", "tsconv", lambda r: (_f(r, 5), _f(r, 7)), 1e-12),
    ("count_diagonal_ndist", "timeseries", "count_diagonal_ndist",
     lambda r: (np.arange(-30, 40, 3), 10, 80, 90), 0),
    # arch
    ("garch_recursion", "finance", "garch_recursion", _garch_args, 1e-12),
    ("harch_recursion", "finance", "harch_recursion", _harch_args, 1e-12),
    ("stationary_bootstrap", "finance", "stationary_bootstrap_sample",
     lambda r: (np.full(100, 7, dtype=np.int64), r.random(100), 0.1), 0),
    ("egarch_recursion", "finance", "egarch_recursion", _egarch_args, 1e-12),
    # fastjmd95
    ("jmd95_rho", "ocean", "rho",
     lambda r: (r.uniform(30, 37, 100), r.uniform(-2, 30, 100), r.uniform(0, 5000, 100)),
     1e-12),
    ("jmd95_bulk_modulus", "ocean", "bulk_modulus",
     lambda r: (r.uniform(30, 37, 100), r.uniform(-2, 30, 100), r.uniform(0, 500, 100)),
     1e-12),
    # sequence-jacobian
    ("interpolate_y", "economics", "interpolate_y", lambda r: _grid_args(r, True), 1e-12),
    ("interpolate_coord", "economics", "interpolate_coord", lambda r: _grid_args(r, False),
     1e-12),
    ("setmin", "economics", "setmin",
     lambda r: (r.normal(size=(10, 5)), np.zeros(5)), 0),
] + SIMULATION_CASES + SPATIAL_CASES

# Kernels that report.py checks and the test suite does not (their cost).
SWEEP_CASES = SIMULATION_SWEEP_CASES + SPATIAL_REPORT_ONLY


# Cases one reference cannot check, and why.
NUMBA_ONLY = {"tau_rand_int": "the i4 result wraps: CPython's ints do not",
              "smooth_knn_dist": "fastmath=True lets Numba (and nbc) fold `hi == np.inf` "
              "to False: some rows are inf where CPython's are finite"}
CPYTHON_ONLY = {}


def same(a, b, rtol):
    """Results agree: equal types of container, equal integers, floats
    within rtol (reductions may be reordered), NaN where NaN."""
    if isinstance(a, (tuple, list)):
        return isinstance(b, (tuple, list)) and len(a) == len(b) and all(
            same(x, y, rtol) for x, y in zip(a, b))
    if a is None or b is None:
        return a is b
    a, b = np.asarray(a), np.asarray(b)
    if a.shape != b.shape or (a.dtype.kind in "iub") != (b.dtype.kind in "iub"):
        return False
    if a.dtype.kind == "c" or b.dtype.kind == "c":
        return np.allclose(a, b, rtol=rtol, atol=0, equal_nan=True)
    return bool(np.allclose(a.astype(float), b.astype(float), rtol=rtol, atol=0,
                            equal_nan=True))


def parametrized(cases, refuses):
    """pytest params of `cases`, a strict xfail giving nbc's error for each
    id in `refuses` (a kernel that starts compiling fails until its entry
    goes)."""
    for case in cases:
        marks = ()
        if case[0] in refuses:
            marks = pytest.mark.xfail(strict=True, reason=refuses[case[0]])
        yield pytest.param(case, id=case[0], marks=marks)


def agree(want, got, rtol, who):
    """Asserts that `got` (a run's result and arguments) matches `want`."""
    (want_value, want_args), (got_value, got_args) = want, got
    if isinstance(want_value, Exception):
        assert type(got_value) is type(want_value), (who, got_value, want_value)
        return
    assert not isinstance(got_value, Exception), (who, repr(got_value))
    if want_value is not None:  # a gufunc gives None in CPython, its output compiled
        assert same(want_value, got_value, rtol), (who, got_value, want_value)
    for a, b in zip(want_args, got_args):
        if isinstance(a, np.ndarray):
            assert same(a, b, rtol), (who, "argument written", b, a)


def run(case, backend, loader=load, seed=12345):
    """(result, arguments after the call) or (exception, None); `loader`
    binds a kernel module to the backend (public_kernels.backend.load)."""
    _, domain, name, make_args, _ = case
    args = make_args(np.random.default_rng(seed))
    fn = getattr(loader(domain, backend), name)
    try:
        return fn(*args), args
    except Exception as err:  # noqa: BLE001 - compared by type
        return err, None
