"""Numba's API surface: the same code under `numba` and under nbc.

Signatures in every spelling Numba takes (strings, nbc type objects and
Numba's own objects), eager compilation and the TypeError of a call that fits
none, declared return types as casts, `locals=` (`nbc.config`, `register_jitable`, `literal_unroll`, `objmode`, `typeof`
and `import nbc as numba` are in test_numba_api_names.py).
"""

import numpy as np
import pytest

import nbc
from conftest import requires_exec
from numba_api_support import A, M, agree, both, run_both

numba = pytest.importorskip("numba")

pytestmark = requires_exec


# -- kernels -----------------------------------------------------------------------
def third(x):
    return x / 3


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


def mean_of(a):
    s = 0.0
    for x in a:
        s += x
    return s / len(a)


def corner(a):
    return a[1, 0]




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


def plus_maybe(x, y):
    if y is None:
        return x
    return x + y


def test_optional_arguments_in_signatures():
    """`optional(T)` takes T or None, as Numba's: a string, nbc's objects
    and Numba's objects; a value of neither type is refused as Numba does."""
    ref = numba.njit("float64(float64, optional(float64))")(plus_maybe)
    for sig in ("float64(float64, optional(float64))",
                nbc.float64(nbc.float64, nbc.optional(nbc.float64)),
                numba.float64(numba.float64, numba.optional(numba.float64))):
        got = nbc.njit(sig)(plus_maybe)
        for args in ((1.5, None), (1.5, 2.25), (3.0, 2)):
            agree(ref(*args), got(*args))
        with pytest.raises(TypeError):
            got(1.0, "x")


def test_type_objects_print_like_numba():
    assert str(nbc.float64[:]) == "array(float64, 1d, A)"
    assert str(nbc.float64[:, ::1]) == "array(float64, 2d, C)"
    assert str(nbc.float64[::1, :]) == "array(float64, 2d, F)"
    assert nbc.types.Array(nbc.float64, 2, "F") == nbc.float64[::1, :]
    assert nbc.types.UniTuple(nbc.int64, 2) == nbc.types.Tuple((nbc.int64, nbc.int64))
    assert nbc.intp is nbc.int64 and nbc.types.void is nbc.types.none
    assert nbc.float64(3) == 3.0 and type(nbc.float64(3)) is np.float64
    assert type(numba.float64(3)) is np.float64


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
