"""Inputs of the simulation, algorithm and statistics kernels
(simulation.py, algorithms.py, stats.py); cases.py appends them to CASES.
Random draws a kernel would make are made here and passed in."""

import numpy as np


def _nbody_args(rng, n=8):
    pos = rng.normal(size=(n, 3))
    vel = 0.1 * rng.normal(size=(n, 3))
    return pos, vel, rng.uniform(0.5, 1.5, n), 0.01, 20


def _ising_args(rng, L=16):
    spins = rng.choice(np.array([-1, 1]), size=(L, L))
    return spins, 0.44, rng.integers(0, L, (L * L, 2)), rng.random(L * L)


def _gillespie_args(rng, steps=300):
    # A + B -> C, C -> A + B, A -> 0: counts of A, B, C
    reactants = np.array([[1, 1, 0], [0, 0, 1], [1, 0, 0]])
    stoich = np.array([[-1, -1, 1], [1, 1, -1], [-1, 0, 0]])
    x0 = np.array([60, 40, 0])
    return (x0, np.array([0.01, 0.2, 0.05]), reactants, stoich, 5.0,
            rng.random(steps), rng.random(steps))


def _word(rng, n, letters="acgt"):
    return "".join(rng.choice(list(letters), n))


def _dense_graph(rng, n=10):
    g = rng.integers(1, 20, (n, n))
    g[rng.random((n, n)) < 0.6] = -1
    return g


def _csr_graph(rng, n=10):
    w = rng.uniform(0.5, 5.0, (n, n)) * (rng.random((n, n)) < 0.35)
    indptr = np.concatenate(([0], np.cumsum((w > 0).sum(axis=1))))
    indices = np.nonzero(w)[1].astype(np.int32)
    return indptr, indices, w[w > 0], 0


def _weights(rng, n=9):
    W = rng.uniform(1.0, 10.0, (n, n))
    W[rng.random((n, n)) < 0.6] = np.inf
    return W


def _blobs(rng):
    centres = np.array([[0.0, 0.0], [5.0, 5.0], [0.0, 6.0]])
    data = np.concatenate([c + rng.normal(size=(20, 2)) for c in centres])
    data = data[rng.permutation(60)]
    return data, data[:3].copy()


def _with_nans(rng, n=100):
    x = rng.normal(size=n)
    x[rng.random(n) < 0.1] = np.nan
    return x


_BUTTER_B = np.array([0.0675, 0.1349, 0.0675])
_BUTTER_A = np.array([1.0, -1.143, 0.4128])


def _hmm(rng, T=30, S=4):
    return (np.log(rng.random((T, S))), np.log(rng.dirichlet(np.ones(S), S)),
            np.log(rng.dirichlet(np.ones(S))))


def _edge_list(rng, n=10, m=25, low=0.0):
    edges = rng.integers(0, n, (m, 2))
    return n, edges, rng.uniform(low, 10.0, m)


def _dag(rng, n=12, m=20):
    u = rng.integers(0, n - 1, m)
    v = u + 1 + (rng.integers(0, n, m) % (n - 1 - u))
    return n, np.stack((u, v), axis=1)


def _tsp_args(rng, n=12, steps=300):
    return (rng.random((n, 2)), rng.permutation(n), np.geomspace(1.0, 0.01, steps),
            rng.integers(0, n, steps), rng.integers(0, n, steps), rng.random(steps))


def _maze(rng):
    grid = (rng.random((8, 8)) < 0.25).astype(np.int64)
    grid[0, 0] = grid[7, 7] = 0
    return grid, (0, 0), (7, 7)


def _agents(rng, n=40, days=15, k=4):
    state = np.zeros(n, dtype=np.int8)
    state[rng.choice(n, 3, replace=False)] = 1
    contacts = rng.integers(0, n, (days, n, k))
    contacts[rng.random((days, n, k)) < 0.3] = -1
    return state, contacts, rng.random((days, n)), rng.random((days, n)), 0.3, 0.1


def _board(rng):
    return ((rng.random((12, 12)) < 0.35).astype(np.int64), 10)


# Run by the test suite: one kernel per construct, and those that found
# nbc's gaps (heapq, recursion before the base case, jumps in loops over
# tuples, a prange nbc refuses).
SIMULATION_CASES = [
    ("ising_sweep", "simulation", "ising_sweep", _ising_args, 1e-12),
    ("ising_energy", "simulation", "ising_energy", lambda r: (_ising_args(r)[0],), 0),
    ("brownian_reflecting", "simulation", "brownian_reflecting",
     lambda r: (r.random(20), 3.0 * r.normal(size=(50, 20)), 0.5, 0.01, 0.0, 1.0), 1e-12),
    ("levenshtein_codes", "algorithms", "levenshtein",
     lambda r: (r.integers(0, 4, 12), r.integers(0, 4, 15)), 0),
    ("edit_distance_recursive_swap", "algorithms", "edit_distance_codes",
     lambda r: (r.integers(0, 4, 9), r.integers(0, 4, 14)), 0),
    ("dijkstra_heapq", "algorithms", "dijkstra_dense", lambda r: (_dense_graph(r), 0), 0),
    ("bisect_cubic", "stats", "cubic_root_bisect",
     lambda r: (np.array([1.0, 0.0, -2.0, -5.0]), 0.0, 3.0), 1e-12),
    ("bisect_bad_bracket", "stats", "cubic_root_bisect",
     lambda r: (np.array([1.0, 0.0, -2.0, -5.0]), 3.0, 4.0), 0),
    ("newton_cubic", "stats", "newton", lambda r: (1.5, np.array([1.0, 0.0, -2.0, -5.0])),
     1e-12),
    ("newton_cycles", "stats", "newton", lambda r: (0.0, np.array([1.0, 0.0, -2.0, 2.0])), 0),
    ("game_of_life", "simulation", "game_of_life", _board, 0),
    ("bellman_ford", "algorithms", "bellman_ford", lambda r: _edge_list(r) + (0,), 1e-12),
    ("bellman_ford_negative_cycle", "algorithms", "bellman_ford",
     lambda r: _edge_list(r, low=-3.0) + (0,), 1e-12),
    ("topological_sort", "algorithms", "topological_sort", _dag, 0),
    ("topological_sort_cycle", "algorithms", "topological_sort",
     lambda r: (3, np.array([[0, 1], [1, 2], [2, 0]])), 0),
    ("secant", "stats", "secant", lambda r: (np.array([1.0, 0.0, -2.0, -5.0]), 1.0, 3.0),
     1e-12),
    ("ising_checkerboard", "simulation", "ising_checkerboard",
     lambda r: (_ising_args(r)[0], 0.44, r.random((2, 16, 16))), 0),
    ("sir_namedtuple", "simulation", "sir_namedtuple", lambda r: (990.0, 10.0, 100, 0.3, 0.1, 0.5),
     1e-12),
    # A whole-array `+=` in a prange (each thread its own copy).
    ("prange_array_reduction", "simulation", "force_histogram",
     lambda r: (r.uniform(0, 1, 200), np.linspace(0, 1, 11)), 1e-9),
    ("cooccurrence_dict", "graphs", "cooccurrence", lambda r: (r.integers(0, 6, (4, 12)), 3),
     1e-12),
]

# Checked by public_kernels/report.py only (they agree; compiling their
# Numba references costs ~40 s of CPU the suite's budget does not have).
SIMULATION_SWEEP_CASES = [
    # nbc refuses these: strings.
    ("levenshtein_str", "algorithms", "levenshtein",
     lambda r: (_word(r, 12), _word(r, 15)), 0),
    ("lfilter_zi_unnormalised", "stats", "lfilter",
     lambda r: (np.array([0.5, 0.2]), 2.0 * _BUTTER_A, r.normal(size=100), np.ones(2)), 1e-12),
    ("rolling_zscore", "stats", "rolling_zscore", lambda r: (r.normal(size=100), 10), 1e-9),
    ("ewma_ignore_na", "stats", "ewma", lambda r: (_with_nans(r), 2.0, False, True, 3),
     1e-12),
    ("nbody_leapfrog", "simulation", "nbody_leapfrog", _nbody_args, 1e-7),
    ("gillespie_direct", "simulation", "gillespie_direct", _gillespie_args, 1e-12),
    ("metropolis_hastings", "simulation", "metropolis_hastings",
     lambda r: (0.0, 0.5 * r.normal(size=500), r.random(500), 1.0, 2.0, 50), 1e-12),
    ("lcs", "algorithms", "lcs", lambda r: (r.integers(0, 4, 15), r.integers(0, 4, 18)), 0),
    ("lis_int", "algorithms", "longest_increasing_subsequence",
     lambda r: (r.integers(0, 100, 40),), 0),
    ("lis_float", "algorithms", "longest_increasing_subsequence", lambda r: (r.random(40),), 0),
    ("dijkstra_csr", "algorithms", "dijkstra_csr", _csr_graph, 1e-12),
    ("floyd_warshall_path", "algorithms", "shortest_path_via",
     lambda r: (_weights(r), 0, 5), 1e-12),
    ("kmeans", "algorithms", "kmeans", _blobs, 1e-9),
    ("running_variance", "stats", "running_variance", lambda r: (_with_nans(r),), 1e-12),
    ("ewma_adjust", "stats", "ewma", lambda r: (_with_nans(r), 2.0), 1e-12),
    ("lfilter", "stats", "lfilter", lambda r: (_BUTTER_B, _BUTTER_A, r.normal(size=100)),
     1e-12),
    ("lfilter_bad_a0", "stats", "lfilter",
     lambda r: (_BUTTER_B, np.array([0.0, 1.0]), r.normal(size=10)), 0),
    ("viterbi_path", "stats", "viterbi_path", _hmm, 1e-12),
    ("gaussian_kde_scott", "stats", "gaussian_kde",
     lambda r: (r.normal(size=50), np.linspace(-3, 3, 40)), 1e-12),
    ("gaussian_kde_silverman", "stats", "gaussian_kde",
     lambda r: (r.normal(size=50), np.linspace(-3, 3, 40), "silverman"), 1e-12),
    ("sir_rk4", "simulation", "sir_epidemic",
     lambda r: (np.array([990.0, 10.0, 0.0]), 0.3, 0.1, 60), 1e-12),
    ("kalman_1d", "simulation", "kalman_1d",
     lambda r: (np.cumsum(r.normal(size=80)), 0.01, 0.5), 1e-12),
    ("kruskal_mst", "algorithms", "kruskal_mst", _edge_list, 1e-12),
    ("knapsack", "algorithms", "knapsack",
     lambda r: (r.integers(1, 50, 15), r.integers(1, 12, 15), 30), 0),
    ("median_quickselect_odd", "algorithms", "median_quickselect",
     lambda r: (r.normal(size=41),), 0),
    ("median_quickselect_even", "algorithms", "median_quickselect",
     lambda r: (r.integers(0, 20, 40),), 0),
    ("golden_section_min", "stats", "golden_section_min",
     lambda r: (np.array([1.0, 0.0, -2.0, -5.0]), 0.0, 3.0), 1e-12),
    ("autocorrelation", "stats", "autocorrelation",
     lambda r: (np.cumsum(r.normal(size=200)), 20), 1e-10),
    ("mann_kendall_ties", "stats", "mann_kendall",
     lambda r: (np.arange(60) // 7 + r.integers(0, 3, 60),), 1e-12),
    ("bootstrap_mean_ci", "stats", "bootstrap_mean_ci",
     lambda r: (r.normal(size=50), r.integers(0, 50, (200, 50))), 1e-12),
    ("tsp_anneal", "simulation", "tsp_anneal", _tsp_args, 1e-9),
    ("rule30", "simulation", "rule30", lambda r: (31, 16), 0),
    ("systematic_resample", "simulation", "systematic_resample",
     lambda r: (r.dirichlet(np.ones(20)), r.random()), 0),
    ("first_passage", "simulation", "first_passage",
     lambda r: (r.normal(size=200), 8.0), 1e-12),
    ("first_passage_never", "simulation", "first_passage",
     lambda r: (r.normal(size=20), 50.0), 1e-12),
    ("holt_winters", "simulation", "holt_winters",
     lambda r: (10 + np.sin(np.arange(48) * np.pi / 6) + 0.1 * r.normal(size=48), 12, 0.3,
                0.1, 0.2, 6), 1e-10),
    ("sieve", "algorithms", "sieve", lambda r: (200,), 0),
    ("running_median_heaps", "algorithms", "running_median", lambda r: (r.normal(size=60),),
     1e-12),
    ("value_counts_dict", "algorithms", "value_counts", lambda r: (r.integers(0, 8, 50),), 0),
    ("matrix_chain_order", "algorithms", "matrix_chain_order",
     lambda r: (r.integers(2, 30, 8),), 0),
    ("bfs_grid", "algorithms", "bfs_grid", _maze, 0),
    ("ewm_mean_span", "stats", "ewm_mean", lambda r: (r.normal(size=50), None, 5.0), 1e-12),
    ("ewm_mean_halflife", "stats", "ewm_mean",
     lambda r: (r.normal(size=50), None, None, 3.0), 1e-12),
    ("ewm_mean_none", "stats", "ewm_mean", lambda r: (r.normal(size=50),), 0),
    ("simpson_cubic", "stats", "integrate_cubic",
     lambda r: (np.array([1.0, 0.0, -2.0, -5.0]), 0.0, 3.0), 1e-12),
    ("simpson_odd_n", "stats", "integrate_cubic",
     lambda r: (np.array([1.0, 0.0, -2.0, -5.0]), 0.0, 3.0, 7), 0),
    ("brentq", "stats", "brentq", lambda r: (np.array([1.0, 0.0, -2.0, -5.0]), 0.0, 3.0),
     1e-12),
    ("xorshift64", "simulation", "xorshift64", lambda r: (88172645463325252, 20), 0),
    ("accelerations_f32", "simulation", "accelerations_f32",
     lambda r: (r.normal(size=(10, 3)).astype(np.float32),
                r.uniform(1e9, 1e10, 10).astype(np.float32)), 1e-4),
    ("monte_carlo_pi", "simulation", "monte_carlo_pi", lambda r: (r.random(2000), r.random(2000)),
     1e-12),
    ("agent_sir", "simulation", "agent_sir", _agents, 0),
    ("rabi", "simulation", "rabi_populations", lambda r: (1.0, 0.3, 0.05, 100), 1e-10),
    ("insertion_sort", "algorithms", "insertion_sort", lambda r: (r.normal(size=30),), 0),
    ("popcount_energy", "algorithms", "popcount_energy",
     lambda r: (r.integers(0, 2 ** 12, 40), r.normal(size=12)), 1e-12),
    ("merge_sort", "algorithms", "merge_sort", lambda r: (r.integers(0, 50, 37),), 0),
    ("quicksort_recursive_none", "algorithms", "sort_in_place", lambda r: (r.normal(size=40),),
     0),
    ("n_queens", "algorithms", "count_queens", lambda r: (6,), 0),
    ("heap_permutations", "algorithms", "heap_permutations", lambda r: (4,), 0),
    ("label_components", "algorithms", "label_components",
     lambda r: ((r.random((10, 12)) < 0.45).astype(np.int64),), 0),
    ("ks_2samp", "stats", "ks_2samp_statistic",
     lambda r: (r.normal(size=40).round(1), r.normal(0.3, size=30).round(1)), 1e-12),
    ("wilcoxon", "stats", "wilcoxon_signed_rank",
     lambda r: (r.normal(size=30).round(1), r.normal(size=30).round(1)), 1e-12),
    ("cohens_kappa", "stats", "cohens_kappa",
     lambda r: (r.integers(0, 3, 50), r.integers(0, 3, 50), 3), 1e-12),
    ("entropy_bits", "stats", "entropy_bits", lambda r: (r.integers(0, 6, 80),), 1e-12),
    ("connected_components_typed", "graphs", "connected_components",
     lambda r: _edge_list(r, n=15, m=10)[:2], 0),
    ("pagerank", "graphs", "pagerank", lambda r: _csr_graph(r, 12)[:2], 1e-9),
    ("jacobi_laplace", "graphs", "jacobi_laplace", lambda r: (np.sin(np.linspace(0, 3, 12)), 12),
     1e-12),
    ("lorenz_rk4", "graphs", "lorenz_rk4", lambda r: (np.array([1.0, 1.0, 1.0]), 0.01, 200),
     1e-9),
    ("ising_metropolis_rng", "stochastic", "ising_metropolis", lambda r: (8, 0.4, 5, 42), 1e-12),
    ("birth_death_rng", "stochastic", "birth_death", lambda r: (10, 0.9, 1.0, 5.0, 7), 1e-12),
    ("lattice_walk_rng", "stochastic", "lattice_walk", lambda r: (200, 3), 0),
    ("permutation_test_rng", "stochastic", "permutation_test",
     lambda r: (r.normal(size=15), r.normal(0.8, size=12), 200, 11), 1e-12),
    ("wright_fisher_rng", "stochastic", "wright_fisher", lambda r: (20, 0.3, 200, 5), 1e-12),
    ("poisson_arrivals_rng", "stochastic", "poisson_arrivals",
     lambda r: (np.array([0.5, 3.0, 12.0, 40.0]), 9), 0),
    ("erdos_renyi_rng", "stochastic", "erdos_renyi_giant", lambda r: (40, 0.04, 13), 0),
]
