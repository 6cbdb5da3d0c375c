"""Dynamic time warping kernels modelled on tslearn
(github.com/tslearn-team/tslearn, BSD-2-Clause;
tslearn/metrics/dtw_variants.py) and librosa (github.com/librosa/librosa,
ISC; librosa/sequence.py): same algorithms, constructs and decorator
options (lists of index tuples compared with `!=`, reversed list slices,
`prange` without parallel=True, enumerate over the rows of an integer
array unpacked as pairs, an optional `start=None`), written anew."""

import numpy

from public_kernels.backend import njit, prange


@njit()
def local_squared_dist(x, y):
    total = 0.
    for d in range(x.shape[0]):
        delta = x[d] - y[d]
        total += delta * delta
    return total


@njit()
def accumulated_cost(s1, s2, mask):
    n1 = s1.shape[0]
    n2 = s2.shape[0]
    acc = numpy.full((n1 + 1, n2 + 1), numpy.inf)
    acc[0, 0] = 0.
    for i in range(n1):
        for j in range(n2):
            if numpy.isfinite(mask[i, j]):
                acc[i + 1, j + 1] = local_squared_dist(s1[i], s2[j])
                acc[i + 1, j + 1] += min(acc[i, j + 1], acc[i + 1, j], acc[i, j])
    return acc[1:, 1:]


@njit(nogil=True)
def dtw_score(s1, s2, mask):
    acc = accumulated_cost(s1, s2, mask)
    return numpy.sqrt(acc[-1, -1])


@njit()
def warping_path(acc):
    n1, n2 = acc.shape
    path = [(n1 - 1, n2 - 1)]
    while path[-1] != (0, 0):
        i, j = path[-1]
        if i == 0:
            path.append((0, j - 1))
        elif j == 0:
            path.append((i - 1, 0))
        else:
            choices = numpy.array([acc[i - 1][j - 1], acc[i - 1][j], acc[i][j - 1]])
            best = numpy.argmin(choices)
            if best == 0:
                path.append((i - 1, j - 1))
            elif best == 1:
                path.append((i - 1, j))
            else:
                path.append((i, j - 1))
    return path[::-1]


@njit()
def accumulated_cost_from_distances(dist, mask):
    n1, n2 = dist.shape
    acc = numpy.full((n1 + 1, n2 + 1), numpy.inf)
    acc[0, 0] = 0.
    for i in prange(n1):
        for j in prange(n2):
            if numpy.isfinite(mask[i, j]):
                acc[i + 1, j + 1] = dist[i, j]
                acc[i + 1, j + 1] += min(acc[i, j + 1], acc[i + 1, j], acc[i, j])
    return acc[1:, 1:]


@njit()
def sakoe_chiba_mask(sz1, sz2, radius=1):
    mask = numpy.full((sz1, sz2), numpy.inf)
    if sz1 > sz2:
        width = sz1 - sz2 + radius
        for i in prange(sz2):
            lower = max(0, i - radius)
            upper = min(sz1, i + width) + 1
            mask[lower:upper, i] = 0.
    else:
        width = sz2 - sz1 + radius
        for i in prange(sz1):
            lower = max(0, i - radius)
            upper = min(sz2, i + width) + 1
            mask[i, lower:upper] = 0.
    return mask


@njit(cache=True)
def dtw_step_cost(C, D, steps, step_sizes_sigma, weights_mul, weights_add, max_0, max_1):
    for n in range(max_0, D.shape[0]):
        for m in range(max_1, D.shape[1]):
            for k, (dn, dm) in enumerate(step_sizes_sigma):
                prev = D[n - dn, m - dm]
                here = weights_mul[k] * C[n - max_0, m - max_1]
                here += weights_add[k]
                total = prev + here
                if total < D[n, m]:
                    D[n, m] = total
                    steps[n, m] = k
    return D, steps


@njit(cache=True)
def dtw_backtrack(steps, step_sizes_sigma, subseq, start=None):
    path = []
    if start is None:
        at = (steps.shape[0] - 1, steps.shape[1] - 1)
    else:
        at = (steps.shape[0] - 1, start)
    path.append((at[0], at[1]))
    while (subseq and at[0] > 0) or at != (0, 0):
        k = steps[(at[0], at[1])]
        at = (at[0] - step_sizes_sigma[k][0], at[1] - step_sizes_sigma[k][1])
        if min(at) < 0:
            break
        path.append((at[0], at[1]))
    return path


@njit(nogil=True)
def viterbi(log_prob, log_trans, log_p_init):
    n_steps, n_states = log_prob.shape
    state = numpy.zeros(n_steps, dtype=numpy.uint16)
    value = numpy.zeros((n_steps, n_states), dtype=numpy.float64)
    ptr = numpy.zeros((n_steps, n_states), dtype=numpy.uint16)
    value[0] = log_prob[0] + log_p_init
    trans_t = log_trans.T
    for t in range(1, n_steps):
        scores = value[t - 1] + trans_t
        for j in range(n_states):
            ptr[t, j] = numpy.argmax(scores[j])
            value[t, j] = log_prob[t, j] + scores[j, ptr[t][j]]
    state[-1] = numpy.argmax(value[-1])
    for t in range(n_steps - 2, -1, -1):
        state[t] = ptr[t + 1, state[t + 1]]
    logp = value[-1:, state[-1]]
    return state, logp


# tslearn/metrics/softdtw_variants.py: soft-DTW with a smoothed minimum.
@njit(fastmath=True)
def softmin3(a, b, c, gamma):
    a /= -gamma
    b /= -gamma
    c /= -gamma
    max_val = max(max(a, b), c)
    tmp = 0
    tmp += numpy.exp(a - max_val)
    tmp += numpy.exp(b - max_val)
    tmp += numpy.exp(c - max_val)
    return -gamma * (numpy.log(tmp) + max_val)


@njit()
def soft_dtw(D, R, gamma):
    m = D.shape[0]
    n = D.shape[1]
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            R[i, j] = D[i - 1, j - 1] + softmin3(R[i - 1, j], R[i - 1, j - 1], R[i, j - 1],
                                                 gamma)
    return R[m, n]


# tslearn/metrics/dtw_variants.py: LCSS with an epsilon match threshold.
@njit()
def lcss_accumulated(s1, s2, eps, mask):
    l1 = s1.shape[0]
    l2 = s2.shape[0]
    acc = numpy.zeros((l1 + 1, l2 + 1), dtype=numpy.float64)
    for i in range(1, l1 + 1):
        for j in range(1, l2 + 1):
            if numpy.isfinite(mask[i - 1, j - 1]):
                if numpy.sqrt(local_squared_dist(s1[i - 1], s2[j - 1])) <= eps:
                    acc[i][j] = 1 + acc[i - 1][j - 1]
                else:
                    acc[i][j] = max(acc[i][j - 1], acc[i - 1][j])
    return acc
