"""NumPy's distributions beyond uniform/normal/exponential, written once
for both of nbc's generators: numpy/random/src/distributions/
distributions.c (the Generator) and src/legacy/legacy-distributions.c
(RandomState), step for step, so seeded results match NumPy's bit for bit.
This file is not imported for its functions: `instantiate` runs its source
in a namespace per generator, which supplies the single draws
_next_double(g), _next_normal(g) and _next_exponential(g) (g is the
Generator, or 0 for the per-thread legacy state) and LEGACY, which selects
where the two differ. Each distribution has a draw (`_<name>`), NumPy's
parameter checks (run once, before any draw, with NumPy's messages) and
two generated entry points: `<name>(params)` and `<name>_size(params,
size)`, with a leading `g` for the Generator (random_entry_points.py)."""

import numpy as np

# LEGACY_POISSON_LAM_MAX and the Generator's POISSON_LAM_MAX:
# np.iinfo('l').max - np.sqrt(np.iinfo('l').max) * 10
POISSON_LAM_MAX = float(np.iinfo(np.int64).max - np.sqrt(np.iinfo(np.int64).max) * 10)
INT64_MAX = np.iinfo(np.int64).max
# logfactorial's table: log(k!) for k < 126 (a tuple: a compile-time constant)
LOGFACT = (
    0.0, 0.0, 0.69314718055994529, 1.791759469228055,
    3.1780538303479458, 4.7874917427820458, 6.5792512120101012, 8.5251613610654147,
    10.604602902745251, 12.801827480081469, 15.104412573075516, 17.502307845873887,
    19.987214495661885, 22.552163853123425, 25.19122118273868, 27.89927138384089,
    30.671860106080672, 33.505073450136891, 36.395445208033053, 39.339884187199495,
    42.335616460753485, 45.380138898476908, 48.471181351835227, 51.606675567764377,
    54.784729398112319, 58.003605222980518, 61.261701761002001, 64.557538627006338,
    67.88974313718154, 71.257038967168015, 74.658236348830158, 78.092223553315307,
    81.557959456115043, 85.054467017581516, 88.580827542197682, 92.136175603687093,
    95.719694542143202, 99.330612454787428, 102.96819861451381, 106.63176026064346,
    110.32063971475739, 114.03421178146171, 117.77188139974507, 121.53308151543864,
    125.3172711493569, 129.12393363912722, 132.95257503561632, 136.80272263732635,
    140.67392364823425, 144.5657439463449, 148.47776695177302, 152.40959258449735,
    156.3608363030788, 160.3311282166309, 164.32011226319517, 168.32744544842765,
    172.35279713916279, 176.39584840699735, 180.45629141754378, 184.53382886144948,
    188.6281734236716, 192.7390472878449, 196.86618167289001, 201.00931639928152,
    205.1681994826412, 209.34258675253685, 213.53224149456327, 217.73693411395422,
    221.95644181913033, 226.1905483237276, 230.43904356577696, 234.70172344281826,
    238.97838956183432, 243.26884900298271, 247.57291409618688, 251.89040220972319,
    256.22113555000954, 260.56494097186322, 264.92164979855278, 269.29109765101981,
    273.67312428569369, 278.06757344036612, 282.4742926876304, 286.89313329542699,
    291.32395009427029, 295.76660135076065, 300.22094864701415, 304.68685676566872,
    309.1641935801469, 313.65282994987905, 318.1526396202093, 322.66349912672615,
    327.1852877037752, 331.71788719692847, 336.26118197919845, 340.81505887079902,
    345.37940706226686, 349.95411804077025, 354.53908551944079, 359.1342053695754,
    363.73937555556347, 368.35449607240474, 372.97946888568902, 377.61419787391867,
    382.25858877306001, 386.91254912321756, 391.57598821732961, 396.24881705179155,
    400.93094827891576, 405.6222961611449, 410.32277652693733, 415.03230672824964,
    419.75080559954472, 424.47819341825709, 429.21439186665157, 433.95932399501481,
    438.71291418612117, 443.47508812091894, 448.24577274538461, 453.02489623849613,
    457.81238798127816, 462.60817852687489, 467.4121995716082, 472.22438392698058,
    477.04466549258564, 481.87297922988796,
)

# Supplied per generator by `instantiate`: a generator's single draws and
# whether it is the legacy one.
LEGACY = None


def _next_double(g):
    raise NotImplementedError("random_algorithms: use instantiate()")


_next_normal = _next_exponential = _next_double


def _next_interval(g, bound):
    # random_interval(bound): the Generator's masked draw in [0, bound].
    raise NotImplementedError("random_algorithms: use instantiate()")


def _signbit(x):
    # CONS_NON_NEGATIVE: the sign bit, so -0.0 too; NaN passes.
    return np.copysign(1.0, x) < 0 and not np.isnan(x)


def _standard_gamma(g, shape):
    if shape == 1.0:
        return _next_exponential(g)
    if shape == 0.0:
        return 0.0
    if shape < 1.0:
        while True:
            u = _next_double(g)
            v = _next_exponential(g)
            if u <= 1.0 - shape:
                x = np.power(u, 1.0 / shape)
                if x <= v:
                    return x
            else:
                y = -np.log((1.0 - u) / shape)
                x = np.power(1.0 - shape + shape * y, 1.0 / shape)
                if x <= v + y:
                    return x
    b = shape - 1.0 / 3.0
    c = 1.0 / np.sqrt(9.0 * b)
    while True:
        x = _next_normal(g)
        v = 1.0 + c * x
        while v <= 0.0:
            x = _next_normal(g)
            v = 1.0 + c * x
        v = v * v * v
        u = _next_double(g)
        if u < 1.0 - 0.0331 * (x * x) * (x * x):
            return b * v
        if np.log(u) < 0.5 * x * x + b * (1.0 - v + np.log(v)):
            return b * v


def _gamma(g, shape, scale):
    return scale * _standard_gamma(g, shape)


def _beta(g, a, b):
    if a <= 1.0 and b <= 1.0:  # Johnk's algorithm
        while True:
            u = _next_double(g)
            v = _next_double(g)
            x = np.power(u, 1.0 / a)
            y = np.power(v, 1.0 / b)
            if x + y <= 1.0 and (LEGACY or u + v > 0.0):  # Generator: U = V = 0 redraws
                # The Generator takes logarithms once either term underflows.
                if (x + y > 0) if LEGACY else (x > 0 and y > 0):
                    return x / (x + y)
                log_x = np.log(u) / a
                log_y = np.log(v) / b
                log_m = log_x if log_x > log_y else log_y
                log_x -= log_m
                log_y -= log_m
                if LEGACY:
                    return np.exp(log_x - np.log(np.exp(log_x) + np.exp(log_y)))
                return np.exp(log_x - np.logaddexp(log_x, log_y))
    ga = _standard_gamma(g, a)
    gb = _standard_gamma(g, b)
    return ga / (ga + gb)


def _chisquare(g, df):
    return 2.0 * _standard_gamma(g, df / 2.0)


def _lognormal(g, mean, sigma):
    return np.exp(mean + sigma * _next_normal(g))


def _laplace(g, loc, scale):
    while True:  # U == 0 is rejected
        u = _next_double(g)
        if u >= 0.5:
            return loc - scale * np.log(2.0 - u - u)
        if u > 0.0:
            return loc + scale * np.log(u + u)


def _logistic(g, loc, scale):
    while True:
        u = _next_double(g)
        if u > 0.0:
            return loc + scale * np.log(u / (1.0 - u))


def _gumbel(g, loc, scale):
    while True:
        u = 1.0 - _next_double(g)
        if u < 1.0:
            return loc - scale * np.log(-np.log(u))


def _rayleigh(g, scale):
    if LEGACY:
        return scale * np.sqrt(-2.0 * np.log1p(-_next_double(g)))
    return scale * np.sqrt(2.0 * _next_exponential(g))


def _weibull(g, a):
    if a == 0.0:
        return 0.0
    return np.power(_next_exponential(g), 1.0 / a)


def _pareto(g, a):
    if LEGACY:
        return np.exp(_next_exponential(g) / a) - 1.0
    return np.expm1(_next_exponential(g) / a)


def _triangular(g, left, mode, right):
    base = right - left
    leftbase = mode - left
    ratio = leftbase / base
    leftprod = leftbase * base
    rightprod = (right - mode) * base
    u = _next_double(g)
    if u <= ratio:
        return left + np.sqrt(u * leftprod)
    return right - np.sqrt((1.0 - u) * rightprod)


def _standard_t(g, df):
    num = _next_normal(g)
    denom = _standard_gamma(g, df / 2.0)
    return np.divide(np.sqrt(df / 2.0) * num, np.sqrt(denom))  # NumPy's x / 0


def _geometric(g, p):
    if p >= 0.333333333333333333333333:  # search
        x = 1
        total = p
        prod = p
        q = 1.0 - p
        u = _next_double(g)
        while u > total:
            prod *= q
            total += prod
            x += 1
        return x
    if LEGACY:
        return int(np.ceil(np.log1p(-_next_double(g)) / np.log(1.0 - p)))
    z = np.ceil(-_next_exponential(g) / np.log1p(-p))
    if z >= 9.223372036854776e+18:  # the smallest double above INT64_MAX
        return INT64_MAX
    return int(z)


def _loggam(x):
    # random_loggam: its coefficient loop, unrolled.
    if x == 1.0 or x == 2.0:
        return 0.0
    n = 0
    if x < 7.0:
        n = int(7 - x)
    x0 = x + n
    x2 = (1.0 / x0) * (1.0 / x0)
    gl0 = -1.39243221690590e+00
    gl0 = gl0 * x2 + 1.796443723688307e-01
    gl0 = gl0 * x2 + -2.955065359477124e-02
    gl0 = gl0 * x2 + 6.410256410256410e-03
    gl0 = gl0 * x2 + -1.917526917526918e-03
    gl0 = gl0 * x2 + 8.417508417508418e-04
    gl0 = gl0 * x2 + -5.952380952380952e-04
    gl0 = gl0 * x2 + 7.936507936507937e-04
    gl0 = gl0 * x2 + -2.777777777777778e-03
    gl0 = gl0 * x2 + 8.333333333333333e-02
    gl = gl0 / x0 + 0.5 * 1.8378770664093453e+00 + (x0 - 0.5) * np.log(x0) - x0
    if x < 7.0:
        for _ in range(n):
            gl -= np.log(x0 - 1.0)
            x0 -= 1.0
    return gl


def _poisson(g, lam):
    if lam >= 10:  # PTRS
        slam = np.sqrt(lam)
        loglam = np.log(lam)
        b = 0.931 + 2.53 * slam
        a = -0.059 + 0.02483 * b
        invalpha = 1.1239 + 1.1328 / (b - 3.4)
        vr = 0.9277 - 3.6224 / (b - 2)
        while True:
            u = _next_double(g) - 0.5
            v = _next_double(g)
            us = 0.5 - np.abs(u)
            k = int(np.floor((2 * a / us + b) * u + lam + 0.43))
            if us >= 0.07 and v <= vr:
                return k
            if k < 0 or (us < 0.013 and v > us):
                continue
            if (np.log(v) + np.log(invalpha) - np.log(a / (us * us) + b)) <= \
                    (-lam + k * loglam - _loggam(k + 1)):
                return k
    if lam == 0:
        return 0
    enlam = np.exp(-lam)  # multiplication
    x = 0
    prod = 1.0
    while True:
        prod *= _next_double(g)
        if prod > enlam:
            x += 1
        else:
            return x


def _binomial_inversion(g, n, p):
    q = 1.0 - p
    qn = np.exp(n * np.log(q))
    np_ = n * p
    bound = int(min(1.0 * n, np_ + 10.0 * np.sqrt(np_ * q + 1)))
    x = 0
    px = qn
    u = _next_double(g)
    while u > px:
        x += 1
        if x > bound:
            x = 0
            px = qn
            u = _next_double(g)
        else:
            u -= px
            px = ((n - x + 1) * p * px) / (x * q)
    return x


def _binomial(g, n, p):
    # The legacy generator (legacy_random_binomial_original) has no
    # shortcut for n == 0 or p == 0: the inversion draws once.
    if not LEGACY and (n == 0 or p == 0.0):
        return 0
    if p <= 0.5:
        if p * n <= 30.0:
            return _binomial_inversion(g, n, p)
        return _binomial_btpe(g, n, p)
    q = 1.0 - p
    if q * n <= 30.0:
        return n - _binomial_inversion(g, n, q)
    return n - _binomial_btpe(g, n, q)


def _stirling_tail(x, x2):
    # BTPE's Stirling correction term for one factorial.
    return (13680. - (462. - (132. - (99. - 140. / x2) / x2) / x2) / x2) / x / 166320.


def _binomial_btpe(g, n, p):
    """random_binomial_btpe (Kachitvichyanukul and Schmeiser) for p <= 0.5;
    its goto steps become `continue` (reject: Step10) and `break` (accept:
    Step60)."""
    r = min(p, 1.0 - p)
    q = 1.0 - r
    fm = n * r + r
    m = int(np.floor(fm))
    p1 = np.floor(2.195 * np.sqrt(n * r * q) - 4.6 * q) + 0.5
    xm = m + 0.5
    xl = xm - p1
    xr = xm + p1
    c = 0.134 + 20.5 / (15.3 + m)
    a = (fm - xl) / (fm - xl * r)
    laml = a * (1.0 + a / 2.0)
    a = (xr - fm) / (xr * q)
    lamr = a * (1.0 + a / 2.0)
    p2 = p1 * (1.0 + 2.0 * c)
    p3 = p2 + c / laml
    p4 = p3 + c / lamr
    nrq = n * r * q
    y = 0
    while True:
        u = _next_double(g) * p4
        v = _next_double(g)
        if u <= p1:  # the triangle: accepted at once
            y = int(np.floor(xm - p1 * v + u))
            break
        if u <= p2:  # the parallelograms
            x = xl + (u - p1) / c
            v = v * c + 1.0 - np.abs(m - x + 0.5) / p1
            if v > 1.0:
                continue
            y = int(np.floor(x))
        elif u <= p3:  # the left tail
            y = int(np.floor(xl + np.log(v) / laml))
            if y < 0 or v == 0.0:
                continue
            v = v * (u - p2) * laml
        else:  # the right tail
            y = int(np.floor(xr - np.log(v) / lamr))
            if y > n or v == 0.0:
                continue
            v = v * (u - p3) * lamr
        k = np.abs(y - m)
        if not (k > 20 and k < nrq / 2.0 - 1):  # explicit evaluation
            s = r / q
            a = s * (n + 1)
            f = 1.0
            if m < y:
                for i in range(m + 1, y + 1):
                    f *= a / i - s
            elif m > y:
                for i in range(y + 1, m + 1):
                    f /= a / i - s
            if v > f:
                continue
            break
        # squeezing, then the final test with Stirling's formula
        rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5)
        t = -k * k / (2 * nrq)
        log_v = np.log(v)
        if log_v < t - rho:
            break
        if log_v > t + rho:
            continue
        x1 = y + 1.0
        f1 = m + 1.0
        z = n + 1.0 - m
        w = n - y + 1.0
        bound = (xm * np.log(f1 / x1) + (n - m + 0.5) * np.log(z / w) +
                 (y - m) * np.log(w * r / (x1 * q)) + _stirling_tail(f1, f1 * f1) +
                 _stirling_tail(z, z * z) + _stirling_tail(x1, x1 * x1) +
                 _stirling_tail(w, w * w))
        if log_v > bound:
            continue
        break
    if p > 0.5:
        y = n - y
    return y


def _f(g, dfnum, dfden):
    return (_chisquare(g, dfnum) * dfden) / (_chisquare(g, dfden) * dfnum)


def _standard_cauchy(g):
    return _next_normal(g) / _next_normal(g)


def _power(g, a):
    if LEGACY:
        return np.power(1.0 - np.exp(-_next_exponential(g)), 1.0 / a)
    return np.power(-np.expm1(-_next_exponential(g)), 1.0 / a)


def _wald(g, mean, scale):
    mu_2l = mean / (2 * scale)
    y = _next_normal(g)
    y = mean * y * y
    if LEGACY:
        x = mean + mu_2l * (y - np.sqrt(4 * scale * y + y * y))
    else:  # the same root, without the cancellation (y = 0: x = mean)
        x = mean * (1 - 2 / (1 + np.sqrt(1 + np.divide(4 * scale, y))))
    u = _next_double(g)
    if u <= mean / (mean + x):
        return x
    return mean * mean / x


def _logseries(g, p):
    r = np.log(1.0 - p) if LEGACY else np.log1p(-p)
    while True:
        v = _next_double(g)
        if v >= p:
            return 1
        u = _next_double(g)
        q = 1.0 - np.exp(r * u) if LEGACY else -np.expm1(r * u)
        if v <= q * q:
            result = int(np.floor(1 + np.log(v) / np.log(q)))
            if result < 1 or v == 0.0:
                continue
            return result
        if v >= q:
            return 1
        return 2


def _negative_binomial(g, n, p):
    return _poisson(g, _gamma(g, n, np.divide(1 - p, p)))


def _noncentral_chisquare(g, df, nonc):
    if not LEGACY and np.isnan(nonc):
        return np.nan
    if nonc == 0:
        return _chisquare(g, df)
    if 1 < df:
        chi2 = _chisquare(g, df - 1)
        n = _next_normal(g) + np.sqrt(nonc)
        return chi2 + n * n
    i = _poisson(g, nonc / 2.0)
    out = _chisquare(g, df + 2 * i)
    if LEGACY and np.isnan(nonc):  # after the draws: the legacy stream
        return np.nan
    return out


def _noncentral_f(g, dfnum, dfden, nonc):
    t = _noncentral_chisquare(g, dfnum, nonc) * dfden
    return t / (_chisquare(g, dfden) * dfnum)


def _vonmises(g, mu, kappa):
    if np.isnan(kappa):
        return np.nan
    if kappa < 1e-8:  # uniform for very small kappa
        return np.pi * (2 * _next_double(g) - 1)
    if kappa < 1e-5:  # second order Taylor expansion around kappa = 0
        s = 1. / kappa + kappa
    elif LEGACY or kappa <= 1e6:
        r = 1 + np.sqrt(1 + 4 * kappa * kappa)
        rho = (r - np.sqrt(2 * r)) / (2 * kappa)
        s = (1 + rho * rho) / (2 * rho)
    else:  # the Generator wraps a normal for kappa > 1e6
        result = mu + np.sqrt(1. / kappa) * _next_normal(g)
        if result < -np.pi:
            result += 2 * np.pi
        if result > np.pi:
            result -= 2 * np.pi
        return result
    while True:
        u = _next_double(g)
        z = np.cos(np.pi * u)
        w = (1 + s * z) / (s + z)
        y = kappa * (s - w)
        v = _next_double(g)
        if y * (2 - y) - v >= 0 or np.log(y / v) + 1 - y >= 0:
            break
    u = _next_double(g)
    result = np.arccos(w)
    if u < 0.5:
        result = -result
    result += mu
    mod = np.fmod(np.abs(result) + np.pi, 2 * np.pi) - np.pi
    if result < 0:
        mod *= -1
    return mod


def _zipf(g, a):
    if not LEGACY and a >= 1025:  # b would overflow; P(X > 1) < 3e-309
        return 1
    am1 = a - 1.0
    b = np.power(2.0, am1)
    umin = np.power(9.223372036854776e+18, -am1)  # (double)INT64_MAX
    while True:
        if LEGACY:
            u = 1.0 - _next_double(g)
        else:  # U from (Umin, 1]
            u01 = _next_double(g)
            u = u01 * umin + (1 - u01)
        v = _next_double(g)
        x = np.floor(np.power(u, -1.0 / am1))
        if x > 9.223372036854776e+18 or x < 1.0:  # truncated to INT64_MAX
            continue
        t = np.power(1.0 + 1.0 / x, am1)
        if v * x * (t - 1.0) / (b - 1.0) <= t / b:
            return int(x)


def _logfactorial(logfact, k):
    if k < 126:
        return logfact[k]
    return (k + 0.5) * np.log(float(k)) - k + (
        0.9189385332046728 + (1.0 / k) * (1 / 12.0 - 1 / (360.0 * k * k)))


def _hypergeometric_sample(g, good, bad, sample):
    # The Generator's draws for small samples: one bounded integer each.
    total = good + bad
    computed_sample = total - sample if sample > total // 2 else sample
    remaining_total = total
    remaining_good = good
    while computed_sample > 0 and remaining_good > 0 and \
            remaining_total > remaining_good:
        remaining_total -= 1
        if _next_interval(g, remaining_total) < remaining_good:
            remaining_good -= 1
        computed_sample -= 1
    if remaining_total == remaining_good:  # only good ones left
        remaining_good -= computed_sample
    if sample > total // 2:
        return remaining_good
    return good - remaining_good


def _hypergeometric_hyp(g, good, bad, sample):
    # The legacy draws for small samples.
    d1 = bad + good - sample
    d2 = float(min(bad, good))
    y = d2
    k = sample
    while y > 0.0:
        u = _next_double(g)
        y -= int(np.floor(u + y / (d1 + k)))
        k -= 1
        if k == 0:
            break
    z = int(d2 - y)
    if good > bad:
        z = sample - z
    return z


def _hypergeometric_hrua(g, good, bad, sample, logfact):
    """Stadlober's ratio-of-uniforms (HRUA); the legacy generator's
    variant takes random_loggam where the Generator's has logfactorial,
    and `sample` where it has the reduced sample in the variance."""
    mingoodbad = min(good, bad)
    maxgoodbad = max(good, bad)
    popsize = good + bad
    m = min(sample, popsize - sample)
    p = mingoodbad / popsize
    q = 1.0 - p if LEGACY else maxgoodbad / popsize
    a = m * p + 0.5
    c = np.sqrt(float(popsize - m) * (sample if LEGACY else m) * p * q / (popsize - 1)
                + 0.5)
    h = 1.7155277699214135 * c + 0.8989161620588988  # D1 * c + D2
    mode = int(np.floor(float(m + 1) * (mingoodbad + 1) / (popsize + 2)))
    gm = (_hrua_log_factorial(logfact, mode) + _hrua_log_factorial(logfact, mingoodbad - mode) +
          _hrua_log_factorial(logfact, m - mode) +
          _hrua_log_factorial(logfact, maxgoodbad - m + mode))
    b = min(min(m, mingoodbad) + 1.0, np.floor(a + 16 * c))
    k = 0
    while True:
        u = _next_double(g)
        v = _next_double(g)
        x = a + h * (v - 0.5) / u
        if x < 0.0 or x >= b:  # fast rejection
            continue
        k = int(np.floor(x))
        t = gm - (_hrua_log_factorial(logfact, k) + _hrua_log_factorial(logfact, mingoodbad - k) +
                  _hrua_log_factorial(logfact, m - k) +
                  _hrua_log_factorial(logfact, maxgoodbad - m + k))
        if u * (4.0 - u) - 3.0 <= t:  # fast acceptance
            break
        if u * (u - t) >= 1:  # fast rejection
            continue
        if 2.0 * np.log(u) <= t:
            break
    if good > bad:
        k = m - k
    if m < sample:
        k = good - k
    return k


def _hrua_log_factorial(logfact, k):
    # log(k!): the legacy generator's random_loggam, the Generator's table.
    if LEGACY:
        return _loggam(k + 1.0)
    return _logfactorial(logfact, k)


def _hypergeometric(g, good, bad, sample, logfact):
    if LEGACY:
        if sample > 10:
            return _hypergeometric_hrua(g, good, bad, sample, logfact)
        if sample > 0:
            return _hypergeometric_hyp(g, good, bad, sample)
        return 0
    if sample >= 10 and sample <= good + bad - 10:
        return _hypergeometric_hrua(g, good, bad, sample, logfact)
    return _hypergeometric_sample(g, good, bad, sample)
