"""Sea-water equation of state modelled on fastjmd95
(github.com/xgcm/fastjmd95, MIT; fastjmd95/jmd95numba.py): Jackett &
McDougall (1995) density as ufuncs typed with Numba type objects, reading
global coefficient arrays and calling each other; written anew (the
coefficients are the published JMD95 values)."""

import numpy as np
from numba import float64

from public_kernels.backend import vectorize

FRESH = np.array([999.842594, 6.793952e-02, -9.095290e-03, 1.001685e-04,
                  -1.120083e-06, 6.536332e-09])
SALT = np.array([8.244930e-01, -4.089900e-03, 7.643800e-05, -8.246700e-07,
                 5.387500e-09, -5.724660e-03, 1.022700e-04, -1.654600e-06,
                 4.831400e-04])
K_FRESH = np.array([1.965933e04, 1.444304e02, -1.706103e00, 9.648704e-03,
                    -4.190253e-05])
K_SALT = np.array([5.284855e01, -3.101089e-01, 6.283263e-03, -5.084188e-05,
                   3.886640e-01, 9.085835e-03, -4.619924e-04])
K_PRES = np.array([3.186519e00, 2.212276e-02, -2.984642e-04, 1.956415e-06,
                   6.704388e-03, -1.847318e-04, 2.059331e-07, 1.480266e-04,
                   2.102898e-04, -1.202016e-05, 1.394680e-07, -2.040237e-06,
                   6.128773e-08, 6.207323e-10])


@vectorize([float64(float64, float64, float64)], nopython=True)
def bulk_modulus(s, t, p):
    s15 = s * np.sqrt(s)
    k0 = K_FRESH[0] + t * (K_FRESH[1] + t * (K_FRESH[2] + t * (K_FRESH[3] + t * K_FRESH[4])))
    k0 += s * (K_SALT[0] + t * (K_SALT[1] + t * (K_SALT[2] + t * K_SALT[3])))
    k0 += s15 * (K_SALT[4] + t * (K_SALT[5] + t * K_SALT[6]))
    kp = p * (K_PRES[0] + t * (K_PRES[1] + t * (K_PRES[2] + t * K_PRES[3])))
    kp += p * s * (K_PRES[4] + t * (K_PRES[5] + t * K_PRES[6])) + p * s15 * K_PRES[7]
    kp += p * p * (K_PRES[8] + t * (K_PRES[9] + t * K_PRES[10]))
    kp += p * p * s * (K_PRES[11] + t * (K_PRES[12] + t * K_PRES[13]))
    return k0 + kp


@vectorize([float64(float64, float64)], nopython=True)
def surface_density(s, t):
    fresh = FRESH[0]
    power = 1.0
    for i in range(1, 6):
        power *= t
        fresh += FRESH[i] * power
    salt = SALT[0] + t * (SALT[1] + t * (SALT[2] + t * (SALT[3] + t * SALT[4])))
    s15 = s * np.sqrt(s)
    return fresh + s * salt + s15 * (SALT[5] + t * (SALT[6] + t * SALT[7])) + SALT[8] * s * s


@vectorize([float64(float64, float64, float64)], nopython=True)
def rho(s, t, p):
    p = 0.1 * p  # dbar to bar
    return surface_density(s, t) / (1.0 - p / bulk_modulus(s, t, p))
