"""None as an argument and as a default, `x is None` / `x is not None`
decided at compile time (the kernel is specialised on None, as Numba's
Omitted/none types), at the outer call and between compiled functions."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec


def rolling_mean(a, window=3, minp=None):
    if minp is None:
        minp = window
    out = np.empty(len(a))
    for i in range(len(a)):
        lo = max(0, i - window + 1)
        n = i - lo + 1
        if n < minp:
            out[i] = np.nan
        else:
            s = 0.0
            for j in range(lo, i + 1):
                s += a[j]
            out[i] = s / n
    return out


rolling_mean_nbc = nbc.njit(rolling_mean)


@requires_exec
@pytest.mark.parametrize("args,kwargs", [
    ((), {}), ((2,), {}), ((), {"minp": 1}), ((4, None), {}),
    ((), {"minp": None, "window": 2}), ((5, 2), {})])
@pytest.mark.parametrize("dtype", [np.float64, np.int64, np.float32])
def test_none_defaults_and_arguments_at_the_outer_call(args, kwargs, dtype):
    a = (np.arange(9) * 5 % 7).astype(dtype)
    got = rolling_mean_nbc(a, *args, **kwargs)
    expected = rolling_mean(a, *args, **kwargs)
    assert np.allclose(got, expected, equal_nan=True, rtol=1e-6)


@requires_exec
def test_none_between_compiled_functions():
    def caller(a):
        return (rolling_mean_nbc(a, 2)[3] + rolling_mean_nbc(a, minp=1)[0] +
                rolling_mean_nbc(a, 2, None)[1])

    a = np.arange(1.0, 9.0)
    assert nbc.njit(caller)(a) == caller(a)


@requires_exec
def test_is_none_and_is_not_none():
    def pick(x, y=None):
        a = x if y is None else x + y
        b = 1 if y is not None else 0
        if None is y:
            b += 10
        return a * 100 + b

    f = nbc.njit(pick)
    for args in [(1,), (1, 2), (1.5, None), (2, 0.25)]:
        assert f(*args) == pick(*args)


def test_equality_with_none():
    """`x == None` / `x != None` are `is` tests (Numba's all_usecase): never
    equal for a number or a tuple, the run-time flag for an optional."""
    def compare(x, y=None):
        best = None
        for v in (x, -x):
            if v > 0:
                best = v
        return (x == None, None != x, y == None, y != None, (x, x) == None,  # noqa: E711
                best == None, best != None)  # noqa: E711

    f = nbc.njit(compare)
    for args in [(1,), (-2, 3), (0.5, None)]:
        assert f(*args) == compare(*args)
    with pytest.raises(nbc.UnsupportedError, match="comparing an array with None"):
        nbc.njit(lambda a: a[1:] == None)(np.ones(3))  # noqa: E711 (elementwise in NumPy)


def test_is_with_something_else_than_none_is_refused():
    def f(x, y):
        return x is y

    with pytest.raises(nbc.UnsupportedError, match="only to compare with None"):
        nbc.njit(f)(1, 2)


CACHED = '''
import json
import numpy as np
import nbc

@nbc.njit(cache=True)
def scaled(a, k=None):
    if k is None:
        k = 2
    return a[0] * k

@nbc.njit(cache=True)
def pair_sum(t):
    return t[0] + t[1]

a = np.ones(3) * 3
out = [scaled(a), scaled(a, 5), pair_sum((1, 2.5))]
hits = sum(scaled.stats.cache_hits.values()) + sum(pair_sum.stats.cache_hits.values())
print(json.dumps({"out": out, "hits": hits}))
'''


@requires_exec
def test_none_and_tuple_arguments_are_cached(tmp_path):
    """cache=True keys None (and tuple) argument types by name; they have no
    single MLIR type (building the key raised TypeError before)."""
    import json
    import os
    import subprocess
    import sys
    script = tmp_path / "cached.py"
    script.write_text(CACHED)
    env = dict(os.environ, NBC_CACHE_DIR=str(tmp_path / "cache"),
               PYTHONPATH=os.path.dirname(os.path.dirname(os.path.abspath(nbc.__file__))))
    runs = []
    for _ in range(2):
        proc = subprocess.run([sys.executable, str(script)], capture_output=True,
                              text=True, env=env, timeout=300)
        assert proc.returncode == 0, proc.stderr
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    assert runs[0]["out"] == runs[1]["out"] == [6.0, 15.0, 3.5]
    assert runs[0]["hits"] == 0 and runs[1]["hits"] == 3
