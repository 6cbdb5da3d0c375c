"""@nbc.vectorize: real NumPy ufuncs, checked against CPython running the same
function element by element (and Numba where it helps)."""

import gc
import math

import numpy as np
import pytest

import nbc
from conftest import EXECUTES, requires_exec

pytestmark = requires_exec

INT_FLOAT = ["int64(int64, int64)", "int32(int32, int32)", "uint8(uint8, uint8)",
             "int16(int16, int16)", "float64(float64, float64)",
             "float32(float32, float32)"]


def hyp_py(x, y):
    """The hypotenuse, or x - y."""
    return math.sqrt(x * x + y * y) if x > 0 else x - y


def floor_mod_py(a, b):
    return a // b * 2 + a % b


def clamp_py(x):
    if x != x:
        return -1.0
    if x > 10.0:
        return 10.0
    return max(x, -10.0) * 0.5


def checked_py(x):
    if x > 2:
        raise ValueError("too big")
    return x * 10


if EXECUTES:
    hyp = nbc.vectorize(["float64(float64, float64)", "int64(int64, int64)"])(hyp_py)
    floor_mod = nbc.vectorize(INT_FLOAT)(floor_mod_py)
    clamp = nbc.vectorize(["float64(float64)", "float32(float32)"])(clamp_py)
    checked = nbc.vectorize(["int64(int64)", "float64(float64)"])(checked_py)


def reference(pyfunc, *args, dtype):
    """CPython on each element (Python scalars), cast to the loop's dtype."""
    arrays = np.broadcast_arrays(*[np.asarray(a) for a in args])
    flat = [a.ravel().tolist() for a in arrays]  # Python scalars
    out = [pyfunc(*xs) for xs in zip(*flat)]
    return np.array(out, dtype=dtype).reshape(arrays[0].shape)


def same(got, want, rtol=0.0):
    assert got.dtype == want.dtype, (got.dtype, want.dtype)
    assert got.shape == want.shape
    np.testing.assert_allclose(got, want, rtol=rtol, atol=0, equal_nan=True)


def test_is_a_numpy_ufunc():
    assert isinstance(hyp, np.ufunc)
    # int64 casts safely to float64, so Numba's rule never picks the ll->l
    # loop after dd->d: only dd->d is built.
    assert (hyp.nin, hyp.nout, hyp.nargs, hyp.ntypes) == (2, 1, 3, 1)
    assert hyp.types == ["dd->d"]
    assert checked.types == ["l->l", "d->d"]
    assert hyp.__name__ == "hyp_py"
    assert "The hypotenuse, or x - y." in hyp.__doc__
    assert hyp.identity is None and hyp.signature is None
    # Numba runs the first loop the inputs cast to safely: int32, uint8,
    # int16 and float32 loops after int64/float64 ones are never chosen,
    # and are not built.
    assert floor_mod.types == ["ll->l", "dd->d"]


@pytest.mark.parametrize("dtype", ["int64", "int32", "uint8", "int16", "float64",
                                   "float32"])
def test_floor_division_and_mod_per_dtype(dtype):
    dtype = np.dtype(dtype)
    rng = np.random.default_rng(1)
    lo = 0 if dtype.kind == "u" else -50
    a = rng.integers(lo, 100, size=257).astype(dtype)
    b = rng.integers(1, 9, size=257).astype(dtype)
    if dtype.kind != "u":
        b[::3] *= -1
    if dtype.kind == "f":
        a = a + np.asarray(0.25, dtype)
    got = floor_mod(a, b)
    # The loop Numba's rule picks: int64 for every integer, float64 for floats.
    loop = np.dtype(np.float64 if dtype.kind == "f" else np.int64)
    same(got, reference(floor_mod_py, a, b, dtype=loop))


def test_nan_inf_and_signed_zero():
    x = np.array([np.nan, np.inf, -np.inf, 0.0, -0.0, 1e308, -1e308, 3.5, -7.25,
                  11.0, 5e-324])
    for dtype in (np.float64, np.float32):
        with np.errstate(over="ignore", invalid="ignore"):  # NaN compares (as Numba)
            xs = x.astype(dtype)  # float32 runs the float64 loop, as in Numba
            same(clamp(xs), reference(clamp_py, xs, dtype=np.dtype(np.float64)))
    with np.errstate(over="ignore", invalid="ignore"):
        got = hyp(x, x[::-1])
    want = reference(hyp_py, x, x[::-1], dtype=np.dtype(np.float64))
    same(got, want, rtol=1e-15)


def test_dtype_dispatch_follows_numba():
    # Numba takes the first loop in signature order the inputs cast to
    # safely, even when a later one matches exactly (int16: ll->l).
    a = np.arange(-5, 5, dtype=np.int16)
    got = floor_mod(a, np.int16(3))
    assert got.dtype == np.int64
    same(got, reference(floor_mod_py, a, np.int16(3), dtype=np.dtype(np.int64)))
    got = floor_mod(a.astype(np.int8), np.int8(3))
    assert got.dtype == np.int64
    same(got, reference(floor_mod_py, a, 3, dtype=np.dtype(np.int64)))
    assert floor_mod(a.astype(np.uint16), np.uint16(3)).dtype == np.int64
    # Mixed int/float go to dd->d; Python scalars are weak (NEP 50).
    assert hyp(np.arange(3), 2.0).dtype == np.float64
    assert hyp(3.0, 4.0) == 5.0 and isinstance(hyp(3.0, 4.0), np.float64)
    assert hyp(np.float32(3), np.int16(4)) == 5.0


def test_broadcasting():
    x = np.linspace(-2, 2, 12).reshape(3, 4)
    for y in (np.arange(4.0), np.arange(3.0).reshape(3, 1), 1.5,
              np.arange(24.0).reshape(2, 3, 4)):
        got = hyp(x, y)
        xb, yb = np.broadcast_arrays(x, np.asarray(y, dtype=np.float64))
        same(got, reference(hyp_py, xb, yb, dtype=np.dtype(np.float64)), rtol=1e-15)
    with pytest.raises(ValueError, match="broadcast"):
        hyp(np.zeros(3), np.zeros(4))


def test_strided_and_reversed_views():
    base = np.arange(-60, 60, dtype=np.int64).reshape(8, 15)
    div = (np.arange(120, dtype=np.int64).reshape(8, 15) % 7) + 1
    views = [(base[::-1, ::-2], div[::-1, ::2]), (base[1::2, ::-3], div[:4, :5]),
             (base.T, div.T),
             (np.asfortranarray(base), div), (base[:, ::-1], div[::-1, :])]
    for a, b in views:
        same(floor_mod(a, b), reference(floor_mod_py, a, b, dtype=np.dtype(np.int64)))
    # A reversed, strided output.
    out = np.zeros((8, 30), dtype=np.int64)
    view = out[::-1, ::-2]
    assert floor_mod(base, div, out=view) is view
    same(view, reference(floor_mod_py, base, div, dtype=np.dtype(np.int64)))
    assert (out[:, 0::2] == 0).all()


def test_unaligned_and_odd_strides():
    buf = np.zeros(8 * 20 + 1, dtype=np.uint8)
    un = buf[1:].view(np.float64)
    un[:] = np.linspace(-3, 3, 20)
    assert not un.flags.aligned
    same(clamp(un), reference(clamp_py, un.copy(), dtype=np.dtype(np.float64)))
    rec = np.zeros(16, dtype=[("a", "<f8"), ("b", "<i4")])  # 12-byte records
    rec["a"] = np.linspace(-20, 20, 16)
    same(clamp(rec["a"]), reference(clamp_py, rec["a"].copy(), dtype=np.dtype("f8")))


def test_out_in_place_and_where():
    x = np.arange(6.0)
    out = np.empty(6)
    assert hyp(x, 1.0, out=out) is out
    same(out, reference(hyp_py, x, np.ones(6), dtype=np.dtype(np.float64)), rtol=1e-15)
    y = np.arange(10, dtype=np.int64) - 3
    want = reference(floor_mod_py, y, np.full(10, 4, np.int64), dtype=np.dtype(np.int64))
    floor_mod(y, 4, out=y)
    same(y, want)
    o = np.full(6, -1.0)
    hyp(x, 2.0, out=o, where=x > 2)
    assert (o[:3] == -1.0).all() and np.allclose(o[3:], np.hypot(x[3:], 2.0))
    with pytest.raises(TypeError):  # float results do not cast into int out
        hyp(x, 1.0, out=np.empty(6, dtype=np.int64))


def test_reduce_accumulate_outer_at():
    x = np.arange(1, 9, dtype=np.int64)
    want = x[0]
    for v in x[1:]:
        want = floor_mod_py(int(want), int(v))
    assert floor_mod.reduce(x) == want
    acc, wants = x[0], [x[0]]
    for v in x[1:]:
        acc = floor_mod_py(int(acc), int(v))
        wants.append(acc)
    same(floor_mod.accumulate(x), np.array(wants, dtype=np.int64))
    f = np.arange(1.0, 7.0)
    same(hyp.outer(f, f[:3]), np.hypot.outer(f, f[:3]), rtol=1e-15)
    m = np.arange(12.0).reshape(3, 4) + 1
    same(hyp.reduce(m, axis=1), np.array([_fold(hyp_py, r) for r in m]), rtol=1e-14)
    a = np.arange(5.0)
    hyp.at(a, [0, 2], 3.0)
    same(a, np.array([hyp_py(0.0, 3.0), 1.0, hyp_py(2.0, 3.0), 3.0, 4.0]), rtol=1e-15)
    with pytest.raises(ValueError, match="identity"):
        hyp.reduce(np.zeros(0))


def _fold(pyfunc, row):
    acc = row[0].item()
    for v in row[1:]:
        acc = pyfunc(acc, v.item())
    return acc


def test_identity_kwarg():
    def add(a, b):
        return a + b
    add0 = nbc.vectorize(["int64(int64, int64)", "float64(float64, float64)"],
                         identity=0)(add)
    assert add0.identity == 0
    assert add0.reduce(np.zeros(0, dtype=np.int64)) == 0
    m = np.arange(12).reshape(3, 4)
    assert add0.reduce(m, axis=None) == m.sum()  # multi-axis needs an identity
    same(add0.reduce(m, axis=(0, 1), keepdims=True), m.sum(keepdims=True))
    mul = nbc.vectorize(["float64(float64, float64)"], identity=1)(lambda_mul)
    assert mul.reduce(np.zeros(0)) == 1.0
    assert mul.reduce(np.arange(1.0, 6.0)) == 120.0
    reord = nbc.vectorize(["int64(int64, int64)"], identity="reorderable")(add)
    assert reord.identity is None
    assert reord.reduce(m, axis=None) == m.sum()


def lambda_mul(a, b):
    return a * b


def test_parallel_target_matches_cpu():
    par = nbc.vectorize(INT_FLOAT, target="parallel")(floor_mod_py)
    assert isinstance(par, np.ufunc) and par.types == floor_mod.types
    rng = np.random.default_rng(7)
    a = rng.integers(-1000, 1000, size=300_001)
    b = rng.integers(1, 50, size=300_001)
    same(par(a, b), floor_mod(a, b))
    same(par(a[:2000], b[:2000]), reference(floor_mod_py, a[:2000], b[:2000],
                                             dtype=np.dtype(np.int64)))
    f = rng.standard_normal(200_000) * 100
    same(par(f, 7.0), floor_mod(f, 7.0))
    out = np.empty(2 * 300_001, dtype=np.int64)  # strided output: the _ps kernel
    par(a, b, out=out[::2])
    same(out[::2], floor_mod(a, b))
    with pytest.raises(ValueError, match="too big"):
        nbc.vectorize(["int64(int64)"], target="parallel")(checked_py)(
            np.arange(100_000))


def test_kernel_errors_reach_the_caller():
    same(checked(np.arange(3)), np.array([0, 10, 20]))
    for args in [(np.arange(5),), (np.arange(10.0)[::-2],), (np.int64(7),)]:
        with pytest.raises(ValueError, match="too big"):
            checked(*args)
    out = np.zeros(5, dtype=np.int64)
    with pytest.raises(ValueError, match="too big"):
        checked(np.arange(5), out=out)
    with pytest.raises(ValueError, match="too big"):
        checked(np.arange(40000) % 4)  # several chunks fail; the first error wins
    # The error state is clean afterwards.
    same(checked(np.arange(2)), np.array([0, 10]))


def guarded_add_py(a, b):
    if b < 0:
        raise ValueError("negative operand")
    return a + b


def test_errors_in_reduce_accumulate_outer():
    add = nbc.vectorize(["int64(int64, int64)", "float64(float64, float64)"],
                        identity=0)(guarded_add_py)
    x = np.arange(10)
    assert add.reduce(x) == 45
    same(add.accumulate(x), np.cumsum(x))
    x[7] = -1
    for call in (lambda: add.reduce(x), lambda: add.accumulate(x),
                 lambda: add.outer(x, x), lambda: add.reduce(x.reshape(2, 5), axis=None),
                 lambda: add.at(np.zeros(3), [0, 1], -1.0)):
        with pytest.raises(ValueError, match="negative operand"):
            call()
    assert add.reduce(np.arange(4.0)) == 6.0


def test_exceptions_and_floating_point_errors_together():
    def div_pos(a, b):
        if a < 0:
            raise ValueError("negative numerator")
        return a / b
    f = nbc.vectorize(["float64(float64, float64)"])(div_pos)
    for mode in ("ignore", "warn", "raise"):
        with np.errstate(all=mode):
            with pytest.raises(ValueError, match="negative numerator"):
                f(np.array([1.0, 2.0, -1.0]), np.array([0.0, 1.0, 1.0]))
    with np.errstate(divide="raise"):  # NumPy's own floating-point error rules
        with pytest.raises(FloatingPointError, match="divide by zero"):
            f(np.array([1.0]), 0.0)
    with np.errstate(divide="ignore"):
        same(f(np.array([1.0, 3.0]), np.array([0.0, 2.0])), np.array([np.inf, 1.5]))


def test_bool_and_unsigned_loops():
    def in_range(x, lo):
        return lo <= x < lo + 10
    f = nbc.vectorize(["boolean(float64, float64)", "b1(uint64, uint64)"])(in_range)
    assert f.types == ["dd->?"]  # uint64 casts to float64 safely: dd->? first
    x = np.linspace(-20, 20, 41)
    same(f(x, 0.0), reference(in_range, x, 0.0, dtype=np.dtype(bool)))
    # uint64 + int64 is float64 (NumPy's and Numba's rule): stay exact in doubles.
    u = np.array([0, 5, 2**40 + 3, 2**64 - 1], dtype=np.uint64)
    same(f(u, np.uint64(2**40)), np.array([False, False, True, False]))
    assert f(np.float64(3), 1.0) is np.True_


def test_threads_share_a_ufunc():
    from concurrent.futures import ThreadPoolExecutor
    a = np.arange(-30000, 30000)
    b = np.arange(60000) % 11 + 1
    want = floor_mod(a, b)
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda k: floor_mod(np.roll(a, k), np.roll(b, k)),
                                range(8)))
    for k, got in enumerate(results):
        same(got, np.roll(want, k))


def test_division_by_zero_error_models():
    def div(a, b):
        return a // b
    def tdiv(a, b):
        return a / b
    sigs = ["int64(int64, int64)", "float64(float64, float64)"]
    numpy_model = nbc.vectorize(sigs)(div)
    # Numba's vectorize (error_model='numpy'): int // 0 is 0, float // 0 inf/nan.
    same(numpy_model(np.array([7, -7, 0]), np.array([0, 2, 0])), np.array([0, -4, 0]))
    with np.errstate(divide="ignore", invalid="ignore"):
        got = nbc.vectorize(sigs)(tdiv)(np.array([1.0, -1.0, 0.0]), 0.0)
    same(got, np.array([np.inf, -np.inf, np.nan]))
    python_model = nbc.vectorize(sigs, error_model="python")(div)
    same(python_model(np.array([7, -7]), np.array([2, 2])), np.array([3, -4]))
    with pytest.raises(ZeroDivisionError):
        python_model(np.array([7, -7, 1]), np.array([2, 0, 1]))
    with pytest.raises(ZeroDivisionError):
        python_model(np.array([7.0]), 0.0)


def test_matches_numba():
    numba = pytest.importorskip("numba")
    sigs = ["int64(int64, int64)", "float64(float64, float64)"]
    ref = numba.vectorize(sigs)(floor_mod_py)
    mine = nbc.vectorize(sigs)(floor_mod_py)
    a = np.arange(-20, 20)
    b = np.array([3, -3, 5, 7] * 10)
    same(mine(a, b), ref(a, b))
    same(mine(a * 0.5, b), ref(a * 0.5, b))
    same(mine.reduce(np.arange(1, 30)), np.asarray(ref.reduce(np.arange(1, 30))))


def test_lazy_specialisation():
    def poly(x, y):
        return x * x - 3 * y

    for lazy in (nbc.vectorize(poly), nbc.vectorize()(poly)):
        assert isinstance(lazy, nbc.DUFunc) and lazy.types == [] and lazy.nin == 2
        a = np.arange(-4, 6)
        same(lazy(a, a[::-1]), reference(poly, a, a[::-1], dtype=np.dtype(np.int64)))
        assert lazy.types == ["ll->l"]
        first = lazy.ufunc
        assert isinstance(first, np.ufunc)
        f = np.linspace(-1, 1, 7)
        same(lazy(f, 2.0), reference(poly, f, np.full(7, 2.0), dtype=np.dtype("f8")))
        assert lazy.types == ["ll->l", "dd->d"] and lazy.ntypes == 2
        assert lazy.ufunc is not first and isinstance(lazy.ufunc, np.ufunc)
        i32 = np.arange(5, dtype=np.int32)
        # `3 * y` is int64 * int32 (an int literal is int64, as in Numba).
        same(lazy(i32, i32), reference(poly, i32, i32, dtype=np.dtype(np.int64)))
        assert lazy.types[-1] == "ii->l"
        same(lazy(a, a), lazy.ufunc(a, a))  # no new loop for known dtypes
        assert lazy.ntypes == 3
    summed = nbc.vectorize(identity=0)(guarded_add_py)
    assert summed.reduce(np.zeros(0, dtype=np.int64)) == 0 and summed.identity == 0
    assert summed.reduce(np.arange(5)) == 10 and summed.types == ["ll->l"]
    lazy.add("float32(float32, float32)")
    assert lazy.types[-1] == "ff->f"
    assert lazy.reduce(np.arange(1.0, 4.0)) == poly(poly(1.0, 2.0), 3.0)
    with pytest.raises(TypeError, match="not supported for the input types"):
        lazy(np.array(["a"]), np.array(["b"]))
    z = np.array([1 + 2j, -1j])  # complex inputs compile a complex loop
    same(lazy(z, 1.0), poly(z, 1.0))
    assert lazy.types[-1] == "Dd->D"
    with pytest.raises(TypeError, match="not supported for the input types"):
        lazy(np.ones(2, dtype=np.float16), 1.0)


def test_wrong_dtypes_raise_type_error():
    with pytest.raises(TypeError, match="not supported for the input types"):
        hyp(np.array(["a"]), np.array(["b"]))
    with pytest.raises(TypeError):
        hyp(np.ones(3, dtype=complex), 1.0)
    with pytest.raises(TypeError):
        nbc.vectorize(["int32(int32)"])(clamp_py)(np.arange(3.0))


def test_bad_declarations():
    with pytest.raises(nbc.TypingError):
        nbc.vectorize(["float64(float64[:])"])(clamp_py)
    with pytest.raises(nbc.UnsupportedError):
        nbc.vectorize(["float64(float64)"], target="cuda")(clamp_py)
    with pytest.raises(nbc.TypingError):
        nbc.vectorize(["float64(float64)", "float64(float64, float64)"])(clamp_py)


def test_ufuncs_are_freed():
    gc.collect()
    before = nbc._core.live_ufuncs()
    u = nbc.vectorize(["float64(float64)"])(clamp_py)
    assert nbc._core.live_ufuncs() == before + 1
    del u
    gc.collect()
    assert nbc._core.live_ufuncs() == before
