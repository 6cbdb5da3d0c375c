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
