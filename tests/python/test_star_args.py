"""`*args` parameters (a tuple, as Numba types them) and keyword-only
parameters, at the outer call and between compiled functions, against
CPython and Numba side by side; `**kwargs` is refused with a located
error (as in Numba)."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

numba = pytest.importorskip("numba")
pytestmark = requires_exec


def kernels(jit):
    """The same functions under `jit` (callees call each other's jitted
    versions, as the closure's names)."""

    @jit
    def pair_sum(*args):
        return args[0] + args[1]

    @jit
    def arity(*args):
        return len(args)

    @jit
    def unrolled_sum(*args):
        s = 0.0
        for x in args:
            s += x
        return s

    @jit
    def head_plus_count(a, *rest):
        return a + len(rest)

    @jit
    def weighted(*args):
        return args[0] * 10 + args[-1]

    @jit
    def spread_through(*args):
        return weighted(*args)

    @jit
    def spread_tuple(t):
        return weighted(*t) + weighted(1, *t)

    @jit
    def packed_call(a, b):
        return pair_sum(a, b) * arity(a, b, a) + head_plus_count(a, b, b)

    @jit
    def scaled(a, *, k=2):
        return a * k

    @jit
    def shifted(a, *, k):
        return a - k

    @jit
    def keyword_only_calls(a):
        return scaled(a) + scaled(a, k=5) + shifted(a, k=1)

    @jit
    def star_and_keyword(a, *rest, k=3):
        return (a + len(rest)) * k

    return locals()


PY = kernels(lambda f: f)
NBC = kernels(nbc.njit)
NUMBA = kernels(numba.njit)

# Numba 0.68 loses keyword-only arguments: it does not apply their
# defaults at the outer call ("not enough arguments") and cannot bind them
# between jitted functions, nor after *args. Those calls are checked
# against CPython, and that Numba refuses them.
NUMBA_REFUSES = True

CALLS = [
    ("pair_sum", (1, 2), {}),
    ("pair_sum", (1.5, np.float32(2.25)), {}),
    ("pair_sum", (np.int16(3), 4, 9.0), {}),
    ("pair_sum", (np.arange(3.0), np.ones(3)), {}),
    ("arity", (), {}),
    ("arity", (1, 2.0, 3j), {}),
    ("unrolled_sum", (1.0, 2.5, 3.0), {}),
    ("unrolled_sum", (1, 2, 3, 4), {}),
    ("head_plus_count", (3,), {}),
    ("head_plus_count", (3.5, 4, 5.0), {}),
    ("spread_through", (3, 4, 5), {}),
    ("spread_through", (2.5, 1.5), {}),
    ("spread_tuple", ((2, 3),), {}),
    ("spread_tuple", ((2.0, 0.5, 7.0),), {}),
    ("packed_call", (2, 5), {}),
    ("packed_call", (2.5, np.float32(1.5)), {}),
    ("scaled", (3,), {}, NUMBA_REFUSES),
    ("scaled", (3,), {"k": 5}),
    ("scaled", (3.5,), {"k": 2.0}),
    ("scaled", (np.arange(4),), {"k": 3}),
    ("shifted", (3,), {"k": 7}),
    ("shifted", (), {"a": 1.5, "k": 7}),
    ("keyword_only_calls", (4,), {}, NUMBA_REFUSES),
    ("keyword_only_calls", (0.25,), {}, NUMBA_REFUSES),
    ("star_and_keyword", (1,), {}, NUMBA_REFUSES),
    ("star_and_keyword", (1, 2, 3), {"k": 10}, NUMBA_REFUSES),
    ("star_and_keyword", (1.5, 2.0), {"k": 2}, NUMBA_REFUSES),
]


def same(got, want):
    assert type(got) is type(want) or np.asarray(got).dtype == np.asarray(want).dtype, \
        (got, want)
    np.testing.assert_array_equal(got, want)


@pytest.mark.parametrize("name,args,kwargs,numba_refuses",
                         [c + (False,) * (4 - len(c)) for c in CALLS],
                         ids=[f"{c[0]}-{k}" for k, c in enumerate(CALLS)])
def test_agrees_with_cpython_and_numba(name, args, kwargs, numba_refuses):
    want = PY[name](*args, **kwargs)
    got = NBC[name](*args, **kwargs)
    np.testing.assert_allclose(got, want)
    if numba_refuses:
        with pytest.raises((TypeError, numba.core.errors.TypingError)):
            NUMBA[name](*args, **kwargs)
    else:
        same(got, NUMBA[name](*args, **kwargs))


def test_repeated_calls_bind_each_time():
    # A packed call is not registered on the fast path: a tuple argument
    # must not reuse the kernel compiled for its items as `*args`.
    f = NBC["arity"]
    assert f(1, 2, 3) == 3
    with pytest.raises(TypeError, match="argument 0 of type tuple is not supported"):
        f((1, 2, 3))  # a tuple of a tuple: not an argument nbc takes
    assert f(1, 2, 3) == 3
    g = NBC["scaled"]
    assert g(3) == 6
    with pytest.raises(TypeError) as want:
        PY["scaled"](3, 4)
    with pytest.raises(TypeError) as got:
        g(3, 4)
    assert str(got.value) == str(want.value)
    assert "takes 1 positional argument but 2 were given" in str(got.value)


def missing_keyword_only(a, *, k):
    return a + k


def test_missing_keyword_only_is_cpythons_type_error():
    with pytest.raises(TypeError) as want:
        missing_keyword_only(1)
    with pytest.raises(TypeError) as got:
        nbc.njit(missing_keyword_only)(1)
    assert str(got.value) == str(want.value)
    assert "required keyword-only argument: 'k'" in str(got.value)


def calls_missing_keyword_only(a):
    return missing_keyword_only(a)


def test_missing_keyword_only_between_compiled_functions():
    with pytest.raises(nbc.TypingError, match="required keyword-only argument: 'k'") \
            as info:
        nbc.njit(calls_missing_keyword_only)(1)
    assert "test_star_args.py" in str(info.value)


def takes_kwargs(a, **options):
    return a


def calls_takes_kwargs(a):
    return takes_kwargs(a)


@pytest.mark.parametrize("fn", [takes_kwargs, calls_takes_kwargs])
def test_double_star_parameters_are_refused_where_they_are(fn):
    with pytest.raises(nbc.UnsupportedError, match=r"\*\*options") as info:
        nbc.njit(fn)(1)
    assert "test_star_args.py" in str(info.value)


def spread_array(a):
    return missing_keyword_only(*a, k=1)


def test_spreading_a_non_tuple_is_refused():
    with pytest.raises(nbc.UnsupportedError, match="tuples only") as info:
        nbc.njit(spread_array)(np.arange(2))
    assert "test_star_args.py" in str(info.value)


@nbc.njit("float64(float64, float64)")
def declared_keyword_only(a, *, k=2.0):
    return a * k


def test_explicit_signature_covers_keyword_only_parameters():
    assert declared_keyword_only(3.0) == 6.0
    assert declared_keyword_only(3.0, k=0.5) == 1.5
    assert declared_keyword_only(3, k=1) == 3.0  # converted, as Numba does


def test_ahead_of_time_compilation_refuses_them(tmp_path):
    import nbc.aot
    src = tmp_path / "kwonly.py"
    src.write_text("import nbc\n@nbc.njit('int64(int64, int64)')\n"
                   "def f(a, *, k=2):\n    return a * k\n")
    with pytest.raises(nbc.UnsupportedError, match="keyword-only parameters cannot be "
                       "compiled ahead of time"):
        nbc.aot.compile_module(str(src), str(tmp_path / "out"))
