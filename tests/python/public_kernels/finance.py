"""Volatility-model kernels modelled on arch (github.com/bashtage/arch,
NCSA licence; arch/univariate/recursions.py, arch/bootstrap/base.py):
the same recursions and constructs (a plain Python function compiled with
`jit(..., nopython=True, inline="always")`, parameter offsets carried in a
loop), written anew. Black-Scholes lives in numba_examples.py."""

from math import log

import numpy as np

from public_kernels.backend import jit


def _bounds_check(sigma2, var_bounds):
    if sigma2 < var_bounds[0]:
        sigma2 = var_bounds[0]
    elif sigma2 > var_bounds[1]:
        if not np.isinf(sigma2):
            sigma2 = var_bounds[1] + log(sigma2 / var_bounds[1])
        else:
            sigma2 = var_bounds[1] + 1000
    return sigma2


bounds_check = jit(_bounds_check, nopython=True, inline="always")


def _garch_recursion(parameters, fresids, sresids, sigma2, p, o, q, nobs,
                     backcast, var_bounds):
    for t in range(nobs):
        loc = 0
        sigma2[t] = parameters[loc]
        loc += 1
        for j in range(p):
            if (t - 1 - j) < 0:
                sigma2[t] += parameters[loc] * backcast
            else:
                sigma2[t] += parameters[loc] * fresids[t - 1 - j]
            loc += 1
        for j in range(o):
            if (t - 1 - j) < 0:
                sigma2[t] += parameters[loc] * 0.5 * backcast
            else:
                sigma2[t] += parameters[loc] * fresids[t - 1 - j] * (sresids[t - 1 - j] < 0)
            loc += 1
        for j in range(q):
            if (t - 1 - j) < 0:
                sigma2[t] += parameters[loc] * backcast
            else:
                sigma2[t] += parameters[loc] * sigma2[t - 1 - j]
            loc += 1
        sigma2[t] = bounds_check(sigma2[t], var_bounds[t])
    return sigma2


garch_recursion = jit(_garch_recursion, nopython=True)


def _harch_recursion(parameters, resids, sigma2, lags, nobs, backcast, var_bounds):
    for t in range(nobs):
        sigma2[t] = parameters[0]
        for j in range(lags.shape[0]):
            lag = lags[j]
            partial = 0.0
            for k in range(lag):
                if t - k - 1 >= 0:
                    partial += resids[t - k - 1] ** 2.0
                else:
                    partial += backcast
            sigma2[t] += parameters[j + 1] * partial / lag
        sigma2[t] = bounds_check(sigma2[t], var_bounds[t])
    return sigma2


harch_recursion = jit(_harch_recursion, nopython=True)


@jit(nopython=True)
def stationary_bootstrap_sample(indices, u, p):
    num_items = indices.shape[0]
    for i in range(1, num_items):
        if u[i] < p:
            indices[i] = int(u[i] / p * num_items)
        else:
            indices[i] = indices[i - 1] + 1
            if indices[i] > num_items - 1:
                indices[i] -= num_items
    return indices


def _egarch_recursion(parameters, resids, sigma2, p, o, q, nobs, backcast, var_bounds,
                      lnsigma2, std_resids, abs_std_resids):
    for t in range(nobs):
        loc = 0
        lnsigma2[t] = parameters[loc]
        loc += 1
        for j in range(p):
            if (t - 1 - j) >= 0:
                lnsigma2[t] += parameters[loc] * (abs_std_resids[t - 1 - j] - np.sqrt(2 / np.pi))
            loc += 1
        for j in range(o):
            if (t - 1 - j) >= 0:
                lnsigma2[t] += parameters[loc] * std_resids[t - 1 - j]
            loc += 1
        for j in range(q):
            if (t - 1 - j) < 0:
                lnsigma2[t] += parameters[loc] * backcast
            else:
                lnsigma2[t] += parameters[loc] * lnsigma2[t - 1 - j]
            loc += 1
        if lnsigma2[t] > 2.3e2:
            lnsigma2[t] = 2.3e2
        sigma2[t] = np.exp(lnsigma2[t])
        if sigma2[t] < var_bounds[t, 0]:
            sigma2[t] = var_bounds[t, 0]
            lnsigma2[t] = np.log(sigma2[t])
        elif sigma2[t] > var_bounds[t, 1]:
            sigma2[t] = var_bounds[t, 1] + np.log(sigma2[t]) - np.log(var_bounds[t, 1])
            lnsigma2[t] = np.log(sigma2[t])
        std_resids[t] = resids[t] / np.sqrt(sigma2[t])
        abs_std_resids[t] = np.abs(std_resids[t])
    return sigma2


egarch_recursion = jit(_egarch_recursion, nopython=True)
