"""Scalar promotion: nbc.types asks the dialect; NumPy is the reference."""

import itertools

import numpy as np
import pytest

from nbc import types as T
from conftest import EXECUTES

SCALARS = [T.boolean, T.int8, T.int16, T.int32, T.int64, T.uint8, T.uint16,
           T.uint32, T.uint64, T.float32, T.float64]
PAIRS = list(itertools.product(SCALARS, SCALARS))


@pytest.mark.parametrize("a,b", PAIRS, ids=[f"{a}-{b}" for a, b in PAIRS])
def test_promote_matches_numpy(a, b):
    # NumPy's array promotion, which Numba documents for its scalars too
    # (si64 with ui64 -> f64, f32 with si32 -> f64, bool with a number ->
    # the number).
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
@pytest.mark.parametrize("op", OPERATORS + ["Neg", "Invert", "Not"])
def test_operator_typing_comes_from_the_dialect(op):
    """The frontend's operators take their casts and result types from the
    dialect's typed builders; the Python copy used without nbc._core gives
    the same plan for every dtype pair."""
    from nbc.frontend import scalar as S
    assert S.dialect_plans() is not None
    rights = [None] if op in S.UNARY else SCALARS
    for a in SCALARS:
        for b in rights:
            assert S.plan(op, a, b) == S._plan_in_python(op, a, b), (op, a, b)


@pytest.mark.parametrize("op,a,b,expected", [
    ("Add", T.int32, T.float32, (T.float64, T.float64, "nbc.add", T.float64)),
    ("Add", T.boolean, T.boolean, (T.int64, T.int64, "nbc.add", T.int64)),
    ("BitOr", T.boolean, T.boolean, (T.boolean, T.boolean, "nbc.or", T.boolean)),
    ("Div", T.int64, T.int64, (T.int64, T.int64, "nbc.truediv", T.float64)),
    ("Pow", T.float32, T.int8, (T.float32, T.int64, "nbc.pow", T.float32)),
    ("Pow", T.float64, T.uint16, (T.float64, T.uint16, "nbc.pow", T.float64)),
    ("FloorDiv", T.uint64, T.int64, (T.float64, T.float64, "nbc.floordiv",
                                     T.float64)),
    ("LShift", T.float64, T.int64, None),
    ("Invert", T.float32, None, None),
    ("Invert", T.boolean, None, (T.int64, None, "nbc.invert", T.int64)),
])
def test_operator_plans(op, a, b, expected):
    # Python's own answers: 1 + 1.5 is a float, True + True == 2,
    # True | False is a bool, 4 / 2 == 2.0, ~True == -2, 1.5 << 1 raises.
    from nbc.frontend import scalar as S
    assert S.plan(op, a, b) == expected
