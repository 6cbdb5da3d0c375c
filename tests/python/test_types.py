"""Scalar promotion: nbc.types asks the dialect; NumPy is the reference."""

import itertools

import numpy as np
import pytest

from nbc import types as T
from conftest import EXECUTES

SCALARS = [T.boolean, T.int8, T.int16, T.int32, T.int64, T.uint8, T.uint16,
           T.uint32, T.uint64, T.float32, T.float64, T.complex64, T.complex128]
PAIRS = list(itertools.product(SCALARS, SCALARS))


@pytest.mark.parametrize("a,b", PAIRS, ids=[f"{a}-{b}" for a, b in PAIRS])
def test_promote_matches_numpy(a, b):
    # NumPy's array promotion, which array expressions, comparisons and
    # min/max follow (si64 with ui64 -> f64, f32 with si32 -> f64, bool with
    # a number -> the number); Python's operators on scalars follow Numba
    # (test_scalar_operators_type_as_numba).
    expected = T.from_dtype(np.result_type(a.numpy(), b.numpy()))
    assert T.promote(a, b) == expected


@pytest.mark.parametrize("a,b", PAIRS, ids=[f"{a}-{b}" for a, b in PAIRS])
def test_truediv_matches_numpy(a, b):
    # np.true_divide on the two dtypes: integers and bools divide in float64.
    got = np.true_divide(np.ones(1, a.numpy()), np.ones(1, b.numpy())).dtype
    assert T.truediv_type(a, b) == T.from_dtype(got)


@pytest.mark.skipif(not EXECUTES, reason="needs nbc._core")
def test_rules_come_from_the_dialect():
    from nbc import _core
    table = _core.dtype_rules()
    assert len(table) == len(SCALARS) ** 2
    ids = T.DTYPE_IDS
    for a, b in PAIRS:
        p, q = table[ids[a], ids[b]]
        assert (p, q) == (ids[T.promote(a, b)], ids[T.truediv_type(a, b)])


OPERATORS = ["Add", "Sub", "Mult", "Div", "FloorDiv", "Mod", "Pow", "LShift",
             "RShift", "BitAnd", "BitOr", "BitXor", "Cmp", "Min", "Max"]


@pytest.mark.skipif(not EXECUTES, reason="needs nbc._core")
@pytest.mark.parametrize("elementwise", [False, True], ids=["scalar", "element"])
@pytest.mark.parametrize("op", OPERATORS + ["Neg", "Invert", "Not"])
def test_operator_typing_comes_from_the_dialect(op, elementwise):
    """The frontend's operators take their casts and result types from the
    dialect's typed builders; the Python copy used without nbc._core gives
    the same plan for every dtype pair, under both promotion rules."""
    from nbc.frontend import scalar as S
    assert S.dialect_plans() is not None
    rights = [None] if op in S.UNARY else SCALARS
    for a in SCALARS:
        for b in rights:
            assert S.plan(op, a, b, elementwise) == \
                S._plan_in_python(op, a, b, elementwise), (op, a, b)


@pytest.mark.parametrize("op,a,b,elementwise,expected", [
    ("Add", T.int32, T.float32, False,
     (T.float64, T.float64, "nbc.add", T.float64, T.float64)),
    ("Add", T.boolean, T.boolean, False,
     (T.int64, T.int64, "nbc.add", T.int64, T.int64)),
    ("Add", T.int8, T.int8, False, (T.int64, T.int64, "nbc.add", T.int64, T.int64)),
    ("Add", T.int8, T.int8, True, (T.int8, T.int8, "nbc.add", T.int8, T.int8)),
    ("Add", T.uint8, T.uint16, False,
     (T.uint64, T.uint64, "nbc.add", T.uint64, T.uint64)),
    ("Add", T.uint16, T.float32, False,
     (T.float64, T.float64, "nbc.add", T.float64, T.float64)),
    ("Add", T.uint16, T.float32, True,
     (T.float32, T.float32, "nbc.add", T.float32, T.float32)),
    ("BitOr", T.boolean, T.boolean, False,
     (T.boolean, T.boolean, "nbc.or", T.boolean, T.boolean)),
    ("Div", T.int64, T.int64, False,
     (T.int64, T.int64, "nbc.truediv", T.float64, T.float64)),
    ("Pow", T.float32, T.int8, False,
     (T.float32, T.int64, "nbc.pow", T.float32, T.float32)),
    ("Pow", T.float64, T.uint16, False,
     (T.float64, T.uint16, "nbc.pow", T.float64, T.float64)),
    ("FloorDiv", T.uint64, T.int64, False,
     (T.int64, T.int64, "nbc.floordiv", T.int64, T.int64)),
    ("FloorDiv", T.uint64, T.int64, True,
     (T.float64, T.float64, "nbc.floordiv", T.float64, T.float64)),
    ("LShift", T.uint8, T.int64, False,
     (T.uint64, T.uint64, "nbc.shl", T.uint64, T.uint64)),
    ("LShift", T.float64, T.int64, False, None),
    ("Invert", T.float32, None, False, None),
    ("Invert", T.boolean, None, False,
     (T.boolean, None, "nbc.invert", T.boolean, T.boolean)),
    ("Neg", T.uint8, None, False, (T.uint8, None, "nbc.neg", T.uint8, T.uint64)),
    ("Neg", T.uint8, None, True, (T.uint8, None, "nbc.neg", T.uint8, T.uint8)),
])
def test_operator_plans(op, a, b, elementwise, expected):
    # Numba's answers on scalars (1 + 1.5 is a float, True + True == 2,
    # int8 + int8 is int64, -np.uint8(1) is 255 as uint64, ~True is False,
    # 1.5 << 1 raises); NumPy's on array elements (int8 + int8 stays int8).
    from nbc.frontend import scalar as S
    assert S.plan(op, a, b, elementwise) == expected


OPERATOR_FUNCTIONS = {"Add": "add", "Sub": "sub", "Mult": "mul", "Div": "truediv",
                      "FloorDiv": "floordiv", "Mod": "mod", "Pow": "pow",
                      "LShift": "lshift", "RShift": "rshift", "BitAnd": "and_",
                      "BitOr": "or_", "BitXor": "xor", "Neg": "neg",
                      "Invert": "invert"}


@pytest.mark.parametrize("op", list(OPERATOR_FUNCTIONS))
def test_scalar_operators_type_as_numba(op):
    """Every operator on every pair of scalar types has the result type
    Numba's own typing context gives it (or both reject it)."""
    import operator
    numba = pytest.importorskip("numba")
    from numba.core.errors import TypingError
    from numba.core.registry import cpu_target
    from nbc.frontend import scalar as S
    context = cpu_target.typing_context
    context.refresh()
    fn = getattr(operator, OPERATOR_FUNCTIONS[op])
    rights = [None] if op in S.UNARY else SCALARS
    for a, b in itertools.product(SCALARS, rights):
        if (op, a, b) == ("Pow", T.boolean, T.int32):
            continue  # Numba's overload resolution picks float32 ** float32
        args = [numba.from_dtype(t.numpy()) for t in (a, b) if t is not None]
        try:
            want = str(context.resolve_function_type(fn, tuple(args), {})
                       .return_type)
        except TypingError:
            want = None
        p = S.plan(op, a, b)
        assert (None if p is None else p[4].name()) == want, (op, a, b)
