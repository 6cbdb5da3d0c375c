"""The dispatcher: type keys, one compile per signature, the C fast path."""

import threading
import time

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


def counting(d):
    """Counts the dispatcher's compiles and its calls that missed the C path."""
    counts = {"build": 0, "miss": 0}
    build, miss = d._build, d._dispatch_miss

    def counted_build(*a):
        counts["build"] += 1
        return build(*a)

    def counted_miss(*a):
        counts["miss"] += 1
        return miss(*a)
    d._build, d._dispatch_miss = counted_build, counted_miss
    return counts


def weighted(a):
    total = 0.0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            total += a[i, j] * (i * 10 + j + 1)
    return total


def test_threads_first_call_compile_once():
    d = nbc.njit(weighted)
    counts = counting(d)
    n = 8
    barrier = threading.Barrier(n)
    arrays = [np.arange(12.0).reshape(3, 4) + k for k in range(n)]
    results = [None] * n

    def work(k):
        barrier.wait()
        results[k] = d(arrays[k])
    threads = [threading.Thread(target=work, args=(k,)) for k in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert counts["build"] == 1
    assert results == [weighted(a) for a in arrays]
    assert len(d.signatures) == 1 and d._num_entries() == 1


def test_layouts_specialise():
    d = nbc.njit(weighted)
    base = np.arange(60.0).reshape(6, 10)
    cases = {"C": base, "F": np.asfortranarray(base), "A": base[::2, 1::3],
             "F-view": base.T[:, :]}
    for name, a in cases.items():
        assert d(a) == weighted(a), name
    layouts = sorted(sig[0].layout for sig in d.signatures)
    assert layouts == ["A", "C", "F"]
    assert np.isfortran(cases["F-view"])  # shares the F specialisation
    # A read-only array is its own specialisation (stores into it do not
    # compile: tests/python/test_readonly.py), as in Numba.
    ro = base.copy()
    ro.flags.writeable = False
    assert d(ro) == weighted(ro)
    assert len(d.signatures) == 4 and d._num_entries() == 4
    assert any(sig[0].readonly for sig in d.signatures)


def test_layouts_return_arrays():
    @nbc.njit
    def twice(a):
        return a * 2.0 + 1.0
    base = np.arange(24.0).reshape(4, 6)
    for a in (base, np.asfortranarray(base), base[::-1, ::2], base.T):
        np.testing.assert_array_equal(twice(a), a * 2.0 + 1.0)


def test_miss_compile_then_fast_path():
    @nbc.njit
    def add(a, b):
        return a + b
    counts = counting(add)
    assert add(1, 2) == 3
    assert counts == {"build": 1, "miss": 1}
    for i in range(100):
        assert add(i, 2) == i + 2
    assert counts == {"build": 1, "miss": 1}  # served by the C table
    assert add(1.5, 2) == 3.5
    assert add(2, 1.5) == 3.5
    assert counts == {"build": 3, "miss": 3} and add._num_entries() == 3
    assert add(np.float64(1.5), 2) == 3.5  # a new key, a known signature
    assert counts == {"build": 3, "miss": 4}
    assert add(np.float64(2.5), 2) == 4.5
    assert counts == {"build": 3, "miss": 4}


def test_scalar_kinds():
    @nbc.njit
    def ident(x):
        return x
    for value, expected_type in ((True, bool), (np.bool_(False), bool), (7, int),
                                 (np.int8(-3), int), (np.int32(-70000), int),
                                 (np.uint8(250), int), (np.uint64(2**64 - 1), int),
                                 (np.float32(0.5), float), (2.25, float),
                                 (np.float64(-1.5), float)):
        for _ in range(2):  # miss, then the fast path
            got = ident(value)
            assert got == value and type(got) is expected_type, value
    assert {str(s[0]) for s in ident.signatures} >= {"bool", "int8", "uint64", "float32"}
    with pytest.raises(OverflowError):
        ident(2**70)


def test_wrong_types_list_signatures():
    @nbc.njit("float64(float64[:])")
    def total(a):
        s = 0.0
        for x in a:
            s += x
        return s
    assert total(np.ones(3)) == 3.0
    assert total(np.ones(3)) == 3.0
    with pytest.raises(TypeError, match=r"no matching definition.*compiled signatures: "
                       r"\(array\(float64, 1d, A\)\)"):
        total(np.ones(3, dtype=np.int64))
    with pytest.raises(TypeError, match="compiled signatures"):
        total("abc")
    # The wrong number of arguments: CPython's message (tests/python/test_arity.py).
    with pytest.raises(TypeError, match=r"total\(\) takes 1 positional argument but 2 "
                       r"were given"):
        total(np.ones(3), 1)
    assert total(np.ones(4)[::2]) == 2.0  # the declared A layout accepts views


def test_exceptions_from_fast_path():
    @nbc.njit
    def floordiv(a, b):
        return a // b

    @nbc.njit(boundscheck=True)
    def at(a, i):
        return a[i]
    assert floordiv(7, 2) == 3 and floordiv(7, -2) == -4
    with pytest.raises(ZeroDivisionError, match="^integer division or modulo by zero$"):
        floordiv(1, 0)
    a = np.arange(5.0)
    assert at(a, 4) == 4.0 and at(a, -1) == 4.0
    with pytest.raises(IndexError, match="out of bounds"):
        at(a, 5)
    assert at(a, 0) == 0.0  # still usable after an exception


def test_returned_arrays_own_or_share_memory():
    @nbc.njit
    def fresh(n):
        return np.arange(n) * 2

    @nbc.njit
    def tail(a):
        return a[1:]
    for _ in range(3):
        r = fresh(5)
        assert r.tolist() == [0, 2, 4, 6, 8] and r.flags.writeable
    a = np.arange(4.0)
    for _ in range(2):
        v = tail(a)
        assert v.tolist() == [1.0, 2.0, 3.0]
    # Returned slices come back as copies today; whichever memory the result
    # uses stays alive with it.
    owns = v.base if not np.shares_memory(a, v) else a
    del a
    v[0] = 9.0
    assert v.tolist() == [9.0, 2.0, 3.0] and owns is not None


def test_tuple_results_and_keywords():
    @nbc.njit
    def divmod_(a, b):
        return a // b, a % b

    @nbc.njit
    def one(a):
        return (a,)
    assert divmod_(7, 2) == (3, 1) and divmod_(7, 2) == (3, 1)
    assert divmod_(b=2, a=9) == (4, 1)
    assert one(3) == (3,) and one(3) == (3,)


def spin(n):
    x = 1
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
    return x


@pytest.mark.parametrize("nogil", [True, False])
def test_nogil_releases_the_gil(nogil):
    d = nbc.njit(nogil=nogil)(spin)
    d(10)
    n = 10
    while True:  # a run long enough to observe
        start = time.perf_counter()
        d(n)
        if time.perf_counter() - start > 0.2:
            break
        n *= 4
    state = {"running": False, "start": 0.0, "end": 0.0}

    def work():
        state["start"] = time.perf_counter()
        state["running"] = True
        d(n)
        state["running"] = False
        state["end"] = time.perf_counter()
    seen = []  # when this thread ran Python code during the kernel's call
    worker = threading.Thread(target=work)
    worker.start()
    while worker.is_alive():
        if state["running"]:
            t = time.perf_counter()
            seen[1:] = [t] if seen else []
            if not seen:
                seen.append(t)
    worker.join()
    span = (seen[-1] - seen[0]) if len(seen) == 2 else 0.0
    covered = span / (state["end"] - state["start"])
    # With the GIL released this thread runs all along the call; with it held
    # it cannot run until the kernel returns.
    assert (covered > 0.5) if nogil else (covered < 0.5), covered


def test_fortran_signature():
    @nbc.njit("float64(float64[::1, :])")
    def corner(a):
        return a[1, 0]
    base = np.arange(6.0).reshape(2, 3)
    assert corner(np.asfortranarray(base)) == 3.0
    with pytest.raises(TypeError, match="compiled signatures"):
        corner(base)


def test_tuple_arguments_fast_path():
    @nbc.njit
    def dot(p, q):
        return p[0] * q[0] + p[1] * q[1]
    counts = counting(dot)
    assert dot((1, 2), (3, 4)) == 11
    assert dot((1, 2), (3, 4.5)) == 12.0
    for i in range(20):
        assert dot((i, 2), (3, 4)) == 3 * i + 8
    assert counts == {"build": 2, "miss": 2}
    assert dot((1, 2, 3), (3, 4)) == 11  # a 3-tuple: another key and kernel
    assert counts == {"build": 3, "miss": 3}
    with pytest.raises(TypeError, match="compiled signatures"):
        dot(((1, 2), 2), (3, 4))  # nested tuples: no key, rejected in Python


def bound_parameters(a, b=2.0, /, c=1, *rest, k=3, m):
    return (a + b * c + len(rest)) * k + m


def window_mean(a, window=3, minp=None):
    n = window if minp is None else minp
    return a[:n].sum() / n


BINDING_CALLS = [
    (bound_parameters, (1.0,), {"m": 1}),
    (bound_parameters, (1.0, 4.0), {"m": 2}),
    (bound_parameters, (1.0, 4.0, 2), {"m": 2, "k": 5}),
    (bound_parameters, (1.0, 4.0, 2, 7, 8), {"m": 2}),
    (bound_parameters, (1.0, 4.0, 2, 7.5), {"k": 1, "m": 0}),
    (bound_parameters, (1.0,), {"c": 3, "m": 1}),
    (bound_parameters, (2, 4.0), {"m": 1, "c": 2}),
    (window_mean, (np.arange(6.0),), {}),
    (window_mean, (np.arange(6.0), 4), {}),
    (window_mean, (np.arange(6.0),), {"minp": 2}),
    (window_mean, (), {"minp": 2, "a": np.arange(6.0)}),
    (window_mean, (np.arange(6.0),), {"window": 5}),
]


def test_keywords_defaults_and_star_args_bind_in_c():
    # Each call shape misses once (compile or register), then the C path
    # binds it; the results are CPython's.
    kernels = {fn: nbc.njit(fn) for fn in (bound_parameters, window_mean)}
    counts = {fn: counting(k) for fn, k in kernels.items()}
    for _ in range(2):
        for fn, args, kwargs in BINDING_CALLS:
            got, want = kernels[fn](*args, **kwargs), fn(*args, **kwargs)
            assert got == want and np.asarray(got).dtype == np.asarray(want).dtype, \
                (args, kwargs)
        first = {fn: dict(c) for fn, c in counts.items()}
        if _ == 0:
            after_first = first
    assert first == after_first  # no misses in the second round
    # One compile and one miss per bound type signature: (f8, f8, i8, (), i8,
    # i8) for four of the calls, with (i8, i8) or (f8,) as `rest`, or an int
    # `a`; for window_mean the `minp` None or an int. Calls of another shape
    # that bind to a known signature never miss.
    assert counts[bound_parameters] == {"build": 4, "miss": 4}
    assert counts[window_mean] == {"build": 2, "miss": 2}


@pytest.mark.parametrize("args,kwargs", [
    ((1.0,), {}),                           # missing keyword-only m
    ((1.0,), {"m": 1, "b": 2.0}),           # positional-only by keyword
    ((1.0,), {"m": 1, "x": 2}),             # unknown keyword
    ((1.0, 2.0, 3), {"m": 1, "c": 2}),      # c given twice
    ((), {"m": 1}),                         # missing a
])
def test_calls_that_do_not_bind_raise_cpythons_type_error(args, kwargs):
    k = nbc.njit(bound_parameters)
    assert k(1.0, m=1) == bound_parameters(1.0, m=1)  # an entry to look up
    with pytest.raises(TypeError) as want:
        bound_parameters(*args, **kwargs)
    with pytest.raises(TypeError) as got:
        k(*args, **kwargs)
    assert str(got.value) == str(want.value)
