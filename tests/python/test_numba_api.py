"""Numba's API surface: the same code under `numba` and under nbc.

Signatures in every spelling Numba takes (strings, nbc type objects and
Numba's own objects), eager compilation and the TypeError of a call that fits
none, declared return types as casts, `locals=`, `nbc.config`,
`register_jitable`, `literal_unroll`, `objmode`, `typeof`, and
`import nbc as numba` / `from nbc import *`.
"""

import os
import runpy
import subprocess
import sys
import textwrap

import numpy as np
import pytest

import nbc
from conftest import requires_exec, same

numba = pytest.importorskip("numba")
from numba import literal_unroll  # noqa: E402

pytestmark = requires_exec


def both(sig, func, **opts):
    """`func` compiled by numba.njit and by nbc.njit with `sig` (None: lazy)."""
    if sig is None:
        return numba.njit(**opts)(func), nbc.njit(**opts)(func)
    return numba.njit(sig, **opts)(func), nbc.njit(sig, **opts)(func)


def agree(ref, got):
    """Same value and same Python/NumPy result type (arrays: same dtype)."""
    assert same(ref, got), (ref, got)
    if isinstance(ref, tuple):
        for r, g in zip(ref, got):
            agree(r, g)
    elif isinstance(ref, np.ndarray):
        assert got.dtype == ref.dtype, (ref.dtype, got.dtype)
    else:
        assert type(got) is type(ref), (type(ref), type(got))


def run_both(sig, func, *arg_lists, **opts):
    ref_k, got_k = both(sig, func, **opts)
    for args in arg_lists:
        ref = ref_k(*[a.copy() if isinstance(a, np.ndarray) else a for a in args])
        got = got_k(*[a.copy() if isinstance(a, np.ndarray) else a for a in args])
        agree(ref, got)
    return ref_k, got_k


# -- kernels -----------------------------------------------------------------------
def pick(a, i):
    return a[i] * 2


def doubled(a):
    return a * 2.0


def doubled_copy(a):
    return (a * 2.0).copy()


def bounds(a):
    return a.min(), a.max()


def split(x):
    return int(x), x * 2


def set_first(a):
    a[0] = 42.0


def as_int(b):
    return 1 if b else 0


def scale(a):
    return a * np.float32(3)


def times3(x):
    return x * 3


def third(x):
    return x / 3


def mean_of(a):
    s = 0.0
    for x in a:
        s += x
    return s / len(a)


def corner(a):
    return a[1, 0]


A = np.arange(1.0, 7.0)
M = np.arange(6.0).reshape(2, 3)


# -- 1. string signatures ------------------------------------------------------------
STRING_CASES = [
    ("float64(float64[:], int64)", pick, [(A, 1), (A[::2], -1), (A, np.int32(2))]),
    ("f8[:, ::1](f8[:, :])", doubled_copy, [(M,), (np.asfortranarray(M),), (M[:, ::2],)]),
    ("UniTuple(float64, 2)(float64[:])", bounds, [(A,), (A[::-1],)]),
    ("Tuple((int64, float64))(float64)", split, [(2.5,), (-3.75,), (7,)]),
    ("intp(boolean)", as_int, [(True,), (False,)]),
    ("float32[::1](float32[::1])", scale, [(np.arange(4, dtype=np.float32),)]),
    ("uint32(int64)", times3, [(-1,), (5,), (2**40,)]),
    ("float32(float64)", third, [(1.0,), (1e300,), (-7.5,)]),
    ("int8(float64)", times3, [(1.9,), (-2.9,)]),
    (["float64(float64[:])", "float32(float32[:])"], mean_of,
     [(A,), (np.arange(5, dtype=np.float32),)]),
]


@pytest.mark.parametrize("sig,func,arg_lists", STRING_CASES,
                         ids=[str(c[0]) for c in STRING_CASES])
def test_string_signatures(sig, func, arg_lists):
    run_both(sig, func, *arg_lists)


def test_void_signature():
    ref_k, got_k = both("void(float64[:])", set_first)
    a, b = A.copy(), A.copy()
    assert ref_k(a) is None and got_k(b) is None
    assert a[0] == b[0] == 42.0


def test_eager_compilation():
    k = nbc.njit("float64(float64[:], int64)")(pick)
    assert len(k.signatures) == 1  # compiled at decoration, before any call
    k2 = nbc.njit(["float64(float64[:])", "float32(float32[:])"])(mean_of)
    assert len(k2.signatures) == 2


# -- calls with other types: converted as Numba converts them, or TypeError ------
MISMATCHES = [
    ("float64(float64[:], int64)", pick, (np.arange(3, dtype=np.float32), 1)),
    ("float64(float64[:], int64)", pick, (np.arange(3), 1)),
    ("float64(float64[:], int64)", pick, (M, 1)),
    ("float64(float64[::1])", mean_of, (A[::2],)),
    ("float64(float64[:, ::1])", corner, (np.asfortranarray(M),)),
    ("float64(float64[::1, :])", corner, (M,)),
    ("intp(boolean)", as_int, ((1, 2),)),
]


@pytest.mark.parametrize("sig,func,args", MISMATCHES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(MISMATCHES)])
def test_no_matching_signature_is_a_type_error(sig, func, args):
    ref_k, got_k = both(sig, func)
    with pytest.raises(TypeError):
        ref_k(*args)
    with pytest.raises(TypeError, match="no matching definition"):
        got_k(*args)


def test_readonly_argument_needs_a_readonly_signature():
    ro = A.copy()
    ro.flags.writeable = False
    ref_k, got_k = both("float64(float64[:], int64)", pick)
    with pytest.raises(TypeError):
        ref_k(ro, 1)
    with pytest.raises(TypeError, match="no matching definition"):
        got_k(ro, 1)
    sig = nbc.float64(nbc.types.Array(nbc.float64, 1, "A", readonly=True), nbc.int64)
    nsig = numba.float64(numba.types.Array(numba.float64, 1, "A", readonly=True),
                         numba.int64)
    agree(numba.njit(nsig)(pick)(ro, 1), nbc.njit(sig)(pick)(ro, 1))
    agree(numba.njit(nsig)(pick)(A, 1), nbc.njit(sig)(pick)(A, 1))


def test_scalar_arguments_convert_as_in_numba():
    # int64 takes a float (truncated, Numba's unsafe conversion), float64 an int.
    run_both("int64(int64)", times3, (1.5,), (-2.5,), (True,), (np.uint64(3),),
             (np.int8(-4),))
    run_both("float64(float64)", third, (3,), (np.float32(1.5),), (np.int16(9),))


def test_best_signature_is_chosen_as_in_numba():
    # The exact match wins over an earlier signature that takes it safely.
    sigs = ["float64(float64)", "int64(int64)", "float32(float32)"]
    run_both(sigs, times3, (2,), (2.5,), (np.float32(1.5),), (np.int32(4),),
             (np.int8(-3),), (1.25,))
    # A tie (uint8 converts safely to all three): Numba raises TypeError
    # (ambiguous overloading), nbc takes the first.
    assert nbc.njit(sigs)(times3)(np.uint8(7)) == 21.0


# -- 1b. type objects: nbc's and Numba's ---------------------------------------------
def object_cases(t):
    """(signature, function, argument lists) with the types of module `t`
    (`nbc` or `numba`)."""
    types = t.types
    return [
        (t.float64(t.float64[:], t.int64), pick, [(A, 2), (A[::2], 0)]),
        (types.float64(types.Array(types.float64, 1, "C", readonly=True), types.intp),
         pick, [(A, 1)]),
        (types.UniTuple(types.float64, 2)(types.float64[:]), bounds, [(A,)]),
        (types.Tuple((types.int64, types.float64))(types.float64), split, [(2.5,)]),
        (types.intp(types.boolean), as_int, [(True,), (False,)]),
        (types.uint32(types.int64), times3, [(-1,)]),
        (types.float32(types.float64), third, [(1.0,)]),
        (types.float64[:, ::1](types.float64[:, :]), doubled_copy, [(M,)]),
        ([t.float64(t.float64[:]), t.float32(t.float32[::1])], mean_of,
         [(A,), (np.arange(3, dtype=np.float32),)]),
        ((t.float64[:],), mean_of, [(A,)]),  # argument types only
    ]


@pytest.mark.parametrize("case", range(len(object_cases(nbc))))
def test_nbc_type_objects(case):
    nsig, func, arg_lists = object_cases(numba)[case]
    sig, _, _ = object_cases(nbc)[case]
    ref_k, got_k = numba.njit(nsig)(func), nbc.njit(sig)(func)
    for args in arg_lists:
        agree(ref_k(*args), got_k(*args))


@pytest.mark.parametrize("case", range(len(object_cases(numba))))
def test_numba_type_objects_given_to_nbc(case):
    nsig, func, arg_lists = object_cases(numba)[case]
    ref_k, got_k = numba.njit(nsig)(func), nbc.njit(nsig)(func)
    for args in arg_lists:
        agree(ref_k(*args), got_k(*args))


def test_void_objects():
    for sig in (nbc.types.void(nbc.types.float64[:]), nbc.void(nbc.float64[:]),
                numba.void(numba.float64[:])):
        a = A.copy()
        assert nbc.njit(sig)(set_first)(a) is None and a[0] == 42.0


def test_type_objects_print_like_numba():
    assert str(nbc.float64[:]) == "array(float64, 1d, A)"
    assert str(nbc.float64[:, ::1]) == "array(float64, 2d, C)"
    assert str(nbc.float64[::1, :]) == "array(float64, 2d, F)"
    assert nbc.types.Array(nbc.float64, 2, "F") == nbc.float64[::1, :]
    assert nbc.types.UniTuple(nbc.int64, 2) == nbc.types.Tuple((nbc.int64, nbc.int64))
    assert nbc.intp is nbc.int64 and nbc.types.void is nbc.types.none
    assert nbc.float64(3) == 3.0 and type(nbc.float64(3)) is np.float64
    assert type(numba.float64(3)) is np.float64


def test_complex_is_rejected():
    for sig in ("complex128(complex128)", numba.complex128(numba.complex128),
                numba.float64(numba.complex64[:])):
        with pytest.raises(nbc.UnsupportedError, match="complex is not supported yet"):
            nbc.njit(sig)(third)


def test_bad_signature_strings():
    with pytest.raises(nbc.TypingError, match="unknown type 'flot64'"):
        nbc.njit("flot64(float64)")(third)
    with pytest.raises(nbc.TypingError, match="cannot parse the signature"):
        nbc.njit("float64(float64")(third)
    with pytest.raises(nbc.TypingError, match=r"'f8\(f8\[:, ::3\]\)': array types "
                       r"are written float64\[:\]"):
        nbc.njit("f8(f8[:, ::3])")(third)
    with pytest.raises(nbc.TypingError, match="not a 'int' value"):
        nbc.njit(42)(third)


def view_of(a):
    return a[::2]


def test_declared_return_that_does_not_convert():
    # Numba refuses these too; nbc names the return's line.
    for sig, func, what in (("f8[::1](f8[::1])", view_of, "array(float64, 1d, A) as "
                             "the declared array(float64, 1d, C)"),
                            ("f8[:](f8)", third, "float64 as the declared array"),
                            ("UniTuple(f8, 2)(f8)", third, "float64 as the declared "
                             "Tuple(float64, float64)")):
        with pytest.raises(numba.core.errors.TypingError):
            numba.njit(sig)(func)
        with pytest.raises(nbc.TypingError) as info:
            nbc.njit(sig)(func)
        message = str(info.value)
        assert message.startswith("cannot return " + what), message
        line = func.__code__.co_firstlineno + 1
        assert f'test_numba_api.py", line {line}' in message, message


# -- vectorize and guvectorize with signature objects ----------------------------
def rel(x, y):
    return 2 * (x - y) / (x + y)


@pytest.mark.parametrize("t", ["strings", "nbc", "numba"])
def test_vectorize_signature_spellings(t):
    sigs = {"strings": ["float64(float64, float64)", "float32(float32, float32)"],
            "nbc": [nbc.float64(nbc.float64, nbc.float64),
                    nbc.float32(nbc.float32, nbc.float32)],
            "numba": [numba.float64(numba.float64, numba.float64),
                      numba.float32(numba.float32, numba.float32)]}[t]
    ref_u = numba.vectorize(["float64(float64, float64)",
                             "float32(float32, float32)"])(rel)
    got_u = nbc.vectorize(sigs)(rel)
    for x in (np.arange(1.0, 5.0), np.arange(1, 5, dtype=np.float32)):
        agree(ref_u(x, x[::-1]), got_u(x, x[::-1]))


def test_vectorize_declared_type_is_a_cast():
    ref_u = numba.vectorize([numba.int32(numba.float64)])(third)
    got_u = nbc.vectorize([nbc.int32(nbc.float64)])(third)
    x = np.array([1.0, 7.5, -9.0])
    agree(ref_u(x), got_u(x))


def row_sums(a, out):
    for i in range(a.shape[0]):
        s = 0.0
        for j in range(a.shape[1]):
            s += a[i, j]
        out[i] = s


@pytest.mark.parametrize("t", ["nbc", "numba"])
def test_guvectorize_signature_objects(t):
    m = nbc if t == "nbc" else numba
    sig = [m.void(m.float64[:, :], m.float64[:])]
    ref_u = numba.guvectorize([numba.void(numba.float64[:, :], numba.float64[:])],
                              "(m,n)->(m)")(row_sums)
    got_u = nbc.guvectorize(sig, "(m,n)->(m)")(row_sums)
    x = np.arange(24.0).reshape(2, 3, 4)
    agree(ref_u(x), got_u(x))


# -- declared return types, locals= ---------------------------------------------------
def narrowed(x):
    y = x / 3
    return y


def wrapped(x):
    y = x
    y += 250
    return y


def accumulate(a):
    s = 0
    for x in a:
        s += x
    return s


@pytest.mark.parametrize("local_type", ["float32", "uint8", "int16"])
def test_locals(local_type):
    ref_k = numba.njit(locals={"y": getattr(numba, local_type)})(narrowed)
    got_k = nbc.njit(locals={"y": getattr(nbc, local_type)})(narrowed)
    for x in (1.0, 100.0, 7.0):  # in range: float -> int out of range is undefined
        agree(ref_k(x), got_k(x))
    ref_k = numba.njit(locals={"y": getattr(numba, local_type)})(wrapped)
    got_k = nbc.njit(locals={"y": getattr(nbc, local_type)})(wrapped)
    for x in (10, 1, 3):
        agree(ref_k(x), got_k(x))


def test_locals_in_loops_and_numba_objects():
    ref_k = numba.njit(locals={"s": numba.float32})(accumulate)
    for loc in ({"s": nbc.float32}, {"s": numba.float32}, {"s": "float32"}):
        got_k = nbc.njit(locals=loc)(accumulate)
        for a in (np.arange(5), np.linspace(0, 1, 7)):
            agree(ref_k(a), got_k(a))


def arg_cast(x):
    return x


def wrapping_sum(n):
    s = 0
    for i in range(n):
        s += i
    return s


def test_locals_on_arguments_and_loop_variables():
    agree(numba.njit(locals={"x": numba.float32})(arg_cast)(1.1),
          nbc.njit(locals={"x": nbc.float32})(arg_cast)(1.1))
    ref_k = numba.njit(locals={"i": numba.int8, "s": numba.int16})(wrapping_sum)
    got_k = nbc.njit(locals={"i": nbc.int8, "s": nbc.int16})(wrapping_sum)
    for n in (10, 300, 1000):
        agree(ref_k(n), got_k(n))


def test_declared_return_and_locals_are_part_of_the_cache_key(tmp_path, monkeypatch):
    monkeypatch.setenv("NBC_CACHE_DIR", str(tmp_path))
    first = nbc.njit("uint32(int64)", cache=True)(times3)
    assert first(-1) == 4294967293
    lazy = nbc.njit(cache=True)(times3)
    assert lazy(-1) == -3 and sum(lazy.stats.cache_hits.values()) == 0
    again = nbc.njit("uint32(int64)", cache=True)(times3)
    assert sum(again.stats.cache_hits.values()) == 1
    assert again(-1) == 4294967293
    narrow = nbc.njit(cache=True, locals={"y": nbc.uint8})(wrapped)
    assert narrow(10) == 4 and sum(narrow.stats.cache_hits.values()) == 0
    assert nbc.njit(cache=True)(wrapped)(10) == 260


# -- cast calls in compiled code ------------------------------------------------------
def casts_nbc(x):
    return nbc.float32(x), nbc.int8(x), nbc.uint16(x)


def casts_numba(x):
    return numba.float32(x), numba.int8(x), numba.uint16(x)


def test_type_objects_cast_in_compiled_code():
    ref_k = numba.njit(casts_numba)
    for x in (3.75, 300, -2):
        agree(ref_k(x), nbc.njit(casts_nbc)(x))
        agree(ref_k(x), nbc.njit(casts_numba)(x))


# -- config ------------------------------------------------------------------------------
def run_python(code, tmp_path, **env):
    """Runs `code` as a script file (nbc reads the source of what it compiles)."""
    script = tmp_path / "script.py"
    script.write_text(textwrap.dedent(code))
    full = dict(os.environ)
    for k in ("NUMBA_DISABLE_JIT", "NBC_DISABLE_JIT", "NUMBA_NUM_THREADS",
              "NBC_NUM_THREADS"):
        full.pop(k, None)
    full.update(env)
    out = subprocess.run([sys.executable, str(script)], env=full,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_config_num_threads(tmp_path):
    code = "import nbc; print(nbc.config.NUMBA_NUM_THREADS)"
    assert run_python(code, tmp_path) == str(os.cpu_count())
    assert run_python(code, tmp_path, NUMBA_NUM_THREADS="3") == "3"
    assert run_python(code, tmp_path, NBC_NUM_THREADS="5") == "5"
    assert nbc.config.NUMBA_NUM_THREADS >= 1
    assert isinstance(numba.config.NUMBA_NUM_THREADS, int)


def test_config_threading_layer_is_read_only():
    assert nbc.config.THREADING_LAYER == "omp"
    with pytest.raises(AttributeError, match="read-only"):
        nbc.config.THREADING_LAYER = "tbb"


@pytest.mark.parametrize("var", ["NUMBA_DISABLE_JIT", "NBC_DISABLE_JIT"])
def test_disable_jit_from_the_environment(var, tmp_path):
    code = """
        import nbc
        def f(x):
            return x + 1
        g = nbc.njit(f)
        h = nbc.njit("int64(int64)", cache=False)(f)
        print(nbc.config.DISABLE_JIT, g is f, h is f, g(1))
    """
    assert run_python(code, tmp_path, **{var: "1"}) == "True True True 2"
    assert run_python(code, tmp_path) == "False False False 2"


def test_disable_jit_set_in_config(monkeypatch):
    monkeypatch.setattr(nbc.config, "DISABLE_JIT", True)
    assert nbc.njit(third) is third
    assert nbc.jit(nopython=True)(third) is third
    monkeypatch.setattr(numba.config, "DISABLE_JIT", True)
    assert numba.njit(third) is third


# -- register_jitable, literal_unroll, objmode, typeof ---------------------------------
@nbc.register_jitable
def hyp(x, y):
    return (x * x + y * y) ** 0.5


@nbc.extending.register_jitable(inline="always")
def twice(x):
    return 2 * x


@numba.extending.register_jitable
def hyp_numba(x, y):
    return (x * x + y * y) ** 0.5


def uses_jitables(a):
    s = 0.0
    for i in range(len(a) - 1):
        s += hyp(a[i], a[i + 1]) + twice(a[i])
    return s


def uses_numba_jitable(x):
    return hyp_numba(x, 2.0)


def test_register_jitable():
    assert hyp(3.0, 4.0) == 5.0 and twice(4) == 8  # plain Python still
    k = nbc.njit(uses_jitables)
    assert same(k(A), uses_jitables(A))
    agree(numba.njit(uses_numba_jitable)(1.5), nbc.njit(uses_numba_jitable)(1.5))


def unroll_nbc(a):
    acc = 0.0
    for x in nbc.literal_unroll((1, 2.5, np.float32(3), True)):
        acc += x * a
    return acc


def unroll_numba(a):  # Numba recognises the global name `literal_unroll` only
    acc = 0.0
    for x in literal_unroll((1, 2.5, np.float32(3), True)):
        acc += x * a
    return acc


def unroll_argument(t, a):
    acc = 0
    for x in literal_unroll(t):
        acc += x + a
    return acc


def test_literal_unroll():
    assert nbc.literal_unroll((1, 2)) == (1, 2)
    for a in (2.0, 3):
        agree(numba.njit(unroll_numba)(a), nbc.njit(unroll_nbc)(a))
        agree(numba.njit(unroll_numba)(a), nbc.njit(unroll_numba)(a))
    t = (1, 2.5, np.int8(3))
    agree(numba.njit(unroll_argument)(t, 1), nbc.njit(unroll_argument)(t, 1))


def with_objmode(x):
    y = x + 1
    with nbc.objmode(z="float64"):
        z = float(y)
    return z


def with_numba_objmode(x):
    with numba.objmode(z="float64"):
        z = float(x)
    return z


def test_objmode_is_a_clear_compile_error():
    assert with_objmode(1.0) == 2.0  # a no-op context manager in Python
    line = with_objmode.__code__.co_firstlineno + 2
    for f, where in ((with_objmode, line),
                     (with_numba_objmode, with_numba_objmode.__code__.co_firstlineno + 1)):
        with pytest.raises(nbc.UnsupportedError) as info:
            nbc.njit(f)(1.0)
        message = str(info.value)
        assert message.startswith("objmode"), message
        assert f"line {where}" in message, message


TYPEOF_VALUES = [1, 2.5, True, np.float32(1), np.uint8(3), np.int16(-2), A, M.T,
                 A[::2], np.zeros((2, 2), dtype=np.int32), (1, 2.0), (1, 2), None]


@pytest.mark.parametrize("value", TYPEOF_VALUES, ids=range(len(TYPEOF_VALUES)))
def test_typeof_agrees_with_numba(value):
    from nbc.signatures import from_numba
    assert nbc.typeof(value) == from_numba(numba.typeof(value))


def test_typeof_readonly_and_errors():
    ro = A.copy()
    ro.flags.writeable = False
    assert str(nbc.typeof(ro)) == str(numba.typeof(ro)) == "readonly array(float64, 1d, C)"
    with pytest.raises(ValueError, match="cannot determine the nbc type"):
        nbc.typeof(object())


# -- import nbc as numba / from nbc import * -----------------------------------------
SNIPPET = """
import numpy as np
import {module} as numba
from {module} import njit, prange, vectorize, guvectorize, float64, int64, intp
from {module} import literal_unroll

@numba.njit(numba.float64(numba.float64[:], numba.float64[:]), fastmath=False)
def dot(a, b):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s

@njit(parallel=True)
def psum(a):
    s = 0.0
    for i in prange(a.shape[0]):
        s += a[i]
    return s

@numba.njit(locals={{"acc": numba.types.int64}})
def count_pos(a):
    acc = 0
    for x in a:
        if x > 0:
            acc += 1
    return acc

@numba.extending.register_jitable
def clamp(x, lo, hi):
    return min(max(x, lo), hi)

@numba.jit(nopython=True)
def clamp_all(a):
    out = np.empty_like(a)
    for i in range(a.size):
        out[i] = clamp(a[i], -1.0, 1.0)
    return out

@numba.njit("Tuple((intp, float64))(float64[::1])")
def argmax_and_max(a):
    k = 0
    for i in range(1, a.size):
        if a[i] > a[k]:
            k = i
    return k, a[k]

@numba.njit
def poly(x):
    acc = 0.0
    for c in literal_unroll((1, 2.0, 3)):
        acc = acc * x + c
    return acc

@vectorize([float64(float64, float64), int64(int64, int64)])
def vmax(x, y):
    return x if x > y else y

@guvectorize([numba.void(numba.float64[:], numba.float64[:])], "(n)->()")
def gsum(a, res):
    res[0] = 0.0
    for x in a:
        res[0] += x

a = np.linspace(-2.0, 2.0, 9)
result = (dot(a, a), psum(a), count_pos(a), clamp_all(a).tolist(), argmax_and_max(a),
          poly(2.0), vmax(a, 0.5).tolist(), gsum(a.reshape(3, 3)).tolist(),
          numba.typeof(a).ndim, numba.config.NUMBA_NUM_THREADS > 0)
"""


SNIPPET2 = """
import math
import numpy as np
import {module} as numba
from {module} import jit


@jit(nopython=True, parallel=True)
def jacobi_step(u, f, h2):
    n, m = u.shape
    out = u.copy()
    for i in numba.prange(1, n - 1):
        for j in range(1, m - 1):
            out[i, j] = 0.25 * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1]
                                - h2 * f[i, j])
    return out


@numba.njit(numba.float64[:, ::1](numba.float64[:, ::1], numba.float64[:, ::1],
                                  numba.int64))
def jacobi(u, f, iters):
    h2 = 1.0 / (u.shape[0] - 1) ** 2
    for _ in range(iters):
        u = jacobi_step(u, f, h2)
    return u


@numba.vectorize([numba.float64(numba.float64, numba.float64),
                  numba.float32(numba.float32, numba.float32)], target="parallel")
def gauss(x, sigma):
    return math.exp(-0.5 * (x / sigma) ** 2) / (sigma * math.sqrt(2 * math.pi))


@numba.njit(numba.types.UniTuple(numba.float64, 2)(numba.float64[:]))
def mean_std(a):
    m = 0.0
    for x in a:
        m += x
    m /= a.size
    v = 0.0
    for x in a:
        v += (x - m) ** 2
    return m, math.sqrt(v / a.size)


@numba.njit(locals={{"h": numba.uint32}})
def fnv1a(a):
    h = 2166136261
    for x in a:
        h = (h ^ x) * 16777619
    return h


@numba.njit(parallel=True)
def count_in_circle(xs, ys):
    c = 0
    for i in numba.prange(xs.shape[0]):
        if xs[i] * xs[i] + ys[i] * ys[i] <= 1.0:
            c += 1
    return c


@numba.guvectorize(["void(float64[:], int64, float64[:])"], "(n),()->(n)")
def moving_sum(a, w, out):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
        if i >= w:
            s -= a[i - w]
        out[i] = s


rng = np.random.default_rng(0)
u0 = np.zeros((16, 16))
u0[0, :] = 1.0
xs, ys = rng.random(1000), rng.random(1000)
data = np.arange(200, dtype=np.uint8)
result = (jacobi(u0, np.ones((16, 16)), 20), gauss(np.linspace(-2, 2, 5), 1.5),
          gauss(np.linspace(-2, 2, 5), 0.5),
          mean_std(xs), fnv1a(data), count_in_circle(xs, ys),
          moving_sum(np.arange(10.0), 3))
"""


@pytest.mark.parametrize("snippet", [SNIPPET, SNIPPET2], ids=["kernels", "programs"])
def test_numba_programs_run_unchanged_as_nbc(snippet, tmp_path):
    ns_ref = run_snippet(snippet, "numba", tmp_path)
    ns_got = run_snippet(snippet, "nbc", tmp_path)
    agree(ns_ref["result"], ns_got["result"])


def run_snippet(text, module, tmp_path):
    """The globals of `text` run as a file with `{module}` replaced."""
    path = tmp_path / f"snippet_{module}.py"
    path.write_text(text.format(module=module))
    return runpy.run_path(str(path))


def test_numba_snippet_runs_unchanged_as_nbc(tmp_path):
    ns_ref = run_snippet(SNIPPET, "numba", tmp_path)
    ns_got = run_snippet(SNIPPET, "nbc", tmp_path)
    assert same(ns_ref["result"], ns_got["result"]), (ns_ref["result"], ns_got["result"])
    assert isinstance(ns_got["dot"], nbc.Dispatcher)


STAR = """
from {module} import *
import numpy as np

@njit(float64(float64[:]))
def total(a):
    s = 0.0
    for i in prange(len(a)):
        s += a[i]
    return s

@jit(nopython=True)
def first_positive(a):
    for x in a:
        if x > 0:
            return x
    return -1.0

@vectorize([int64(int64)])
def sq(x):
    return x * x

names = [typeof, literal_unroll, objmode, intp,
         boolean, int32, uint8, float32, void, guvectorize]
a = np.arange(-3.0, 4.0)
result = (total(a), first_positive(a), sq(np.arange(4)).tolist(),
          str(typeof(a)), str(float64[:, ::1]))
"""


def test_star_import(tmp_path):
    ns_ref = run_snippet(STAR, "numba", tmp_path)
    ns_got = run_snippet(STAR, "nbc", tmp_path)
    assert ns_ref["result"] == ns_got["result"]


def test_top_level_names():
    for name in ("njit", "jit", "prange", "vectorize", "guvectorize", "types", "config",
                 "typeof", "literal_unroll", "objmode", "extending",
                 "float64", "float32", "int64", "int32", "int16", "int8", "uint64",
                 "uint32", "uint16", "uint8", "intp", "uintp", "boolean", "void",
                 "f8", "f4", "i8", "i4", "b1"):
        assert hasattr(nbc, name) and hasattr(numba, name), name
        assert name in nbc.__all__ or name in ("extending", "types"), name
    # Numba has register_jitable in numba.extending only; nbc at both places.
    assert nbc.register_jitable is nbc.extending.register_jitable
