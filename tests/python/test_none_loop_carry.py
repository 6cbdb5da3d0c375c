"""A variable None before a loop that the body may give a value
(`found = None; for ...: if ...: found = i`) becomes an optional carried by
the loop. The body sees a stand-in whose has-a-value flag the dialect
replaces by the carried one (nbcAppendLoopCarried), so the loop is built
once: values as CPython, types as Numba, no loop built again
(frontend.common.REEMITS). A value the body reads (`best is None or x >
best`) is a bool placeholder there, which the dialect widens to the value's
type at the end (nbcWidenValues), and so are the parts a merge recorded
before a wider value. A path that sets it to None again (a branch, a
conditional expression, an inner loop) merges the flag alone, False there
(an inner loop carries it), and an array row is carried as the optional's
memref: built once too, and so are a copy to a variable of the body (`y =
prev`: the same stand-in), an array index (`b[prev]`) and a store into an
array (their conversions of the placeholder stay: nbcBuildConversion),
min/max and abs. Where the dialect cannot retype a reader of the value, the
loop is built again with the optional carried from the start: values still
as CPython."""

import numpy as np
import pytest

import nbc
from nbc.frontend import common
from test_loop_widening import rebuilt  # loops and functions built again
from test_optional_locals import (first_match, first_negative, last_match, last_pair_over,
                                  running_max)


def until_found(a, v):
    found = None
    i = 0
    while found is None and i < a.shape[0]:
        if a[i] > v:
            found = a[i]
        i += 1
    return found


def counted_after_first(a, v):
    found = None
    seen = 0
    for i in range(a.shape[0]):
        if found is not None:
            seen += 1
        if a[i] > v:
            found = i
    return seen


def search_else(a, v):
    found = None
    for i in range(a.shape[0]):
        if a[i] == v:
            found = i * 0.5
            break
    else:
        return -1.0
    return found


def either_type(a):
    x = None
    for i in range(a.shape[0]):
        if a[i] > 0:
            x = i
        elif a[i] < -1:
            x = a[i]
    return x


def first_negative_while(a):
    r = None
    for i in range(a.shape[0]):
        j = 0
        while r is None and j < a.shape[1]:
            if a[i, j] < 0:
                r = (i, j)
            j += 1
    return r


def always_set(n):
    x = None
    for i in range(n):
        x = i * 2
    return x


def largest_step(a):
    prev = None
    step = 0.0
    for i in range(a.shape[0]):
        if prev is not None:
            step = max(step, a[i] - prev)
        prev = a[i]
    return step


def closest_below(a, v):
    best = None
    for i in range(a.shape[0]):
        if a[i] < v and (best is None or v - a[i] < v - best):
            best = a[i]
    return best


def int_then_float(a):
    x = None
    for i in range(a.shape[0]):
        if a[i] > 0:
            x = i
        if a[i] < -1:
            x = a[i]
    return x


def shifted_prev(a):
    prev = None
    total = 0
    for i in range(a.shape[0]):
        if prev is not None:
            total += prev << 1  # int32 << int64: int64 by Numba's and NumPy's rules
        prev = a[i]
    return total


def next_up(a):
    prev = None
    total = 0.0
    for i in range(a.shape[0]):
        if prev is not None:
            # `prev + 1` on the bool placeholder is an int the sum promotes
            # to float: both operators are built again from prev's type.
            total += prev + 1
        prev = a[i]
    return total


# -- set to None again in the body: the flag carried, False where reset --
def reset_then_set(a, v):
    x = None
    n = 0
    for i in range(a.shape[0]):
        if a[i] < 0:
            x = None
        if x is None:
            n += 1
        if a[i] > v:
            x = i
    return n


def inner_loop_resets(a, m, v):
    x = None
    hits = 0
    for i in range(a.shape[0]):
        for j in range(m):
            if a[i] < -j:
                x = None
        if x is not None:
            hits += 1
        if a[i] > v:
            x = i
    return hits


def last_row_over(a, t):
    r = None
    for i in range(a.shape[0]):
        if a[i, 0] > t:
            r = a[i]
    return r


def reset_in_both_branches(a, v):
    x = None
    n = 0
    for i in range(a.shape[0]):
        if a[i] > v:
            x = None
        elif a[i] < 0:
            x = None
        if x is None:
            n += 1
        if a[i] == 1.0 or a[i] == 4.0:
            x = i
    return n


def reset_after_read(a):
    best = None
    n = 0
    for i in range(a.shape[0]):
        if best is not None and a[i] > best:
            n += 1
        if a[i] < 0:
            best = None
        elif best is None:
            best = a[i]
    return n


def reset_then_compare(a):
    best = None
    for i in range(a.shape[0]):
        if a[i] < -4:
            best = None
        if best is None or a[i] > best:
            best = a[i]
    return best


def int_then_float_reset(a):
    x = None
    for i in range(a.shape[0]):
        if a[i] > 0:
            x = i
        if a[i] < -1:
            x = a[i]
        if a[i] == 0:
            x = None
    return x


def inner_loop_reads_and_resets(a, m):
    x = None
    hits = 0
    for i in range(a.shape[0]):
        j = 0
        while j < m:
            if x is not None and x > j:
                hits += 1
            if a[i] < -j:
                x = None
            j += 1
        if a[i] > 2.5:
            x = i
    return hits


def summed_prev(a):
    prev = None
    total = 0
    for i in range(a.shape[0]):
        if prev is not None:
            total = total + prev  # an int sum until the dialect types prev
        prev = a[i]
    return total


def prev_product_reset(a):
    prev = None
    total = 1
    for i in range(a.shape[0]):
        if prev is not None:
            total *= prev
        if a[i] < 0:
            prev = None
        else:
            prev = a[i]
    return total


def conditional_expression_reset(a, v):
    x = None
    n = 0
    for i in range(a.shape[0]):
        x = None if a[i] < 0 else x
        if x is None:
            n += 1
        x = i if a[i] > v else x
    return n, x


def reset_row_if_negative(a):
    r = None
    for i in range(a.shape[0]):
        if a[i, 0] < 0:
            r = None
        elif r is None:
            r = a[i]
    return r


# -- read by a copy (`y = prev`), as an index, stored, by min/max --
def copy_then_check(a):
    prev = None
    total = 0
    for i in range(a.shape[0]):
        y = prev
        if y is not None:
            total += y
        prev = a[i]
    return total


def copy_after_check(a):
    prev = None
    total = 0.0
    for i in range(a.shape[0]):
        if prev is not None:
            y = prev
            z = y  # a copy of the copy
            total += z * 2
        prev = a[i]
    return total


def conditional_copy(a):
    prev = None
    n = 0
    for i in range(a.shape[0]):
        y = None if a[i] < 0 else prev
        if y is None:
            n += 1
        prev = a[i]
    return n


def index_prev(a, b):
    prev = None
    total = 0.0
    for i in range(a.shape[0]):
        if prev is not None:
            total += b[prev]
        prev = a[i]
    return total


def store_prev(a):
    out = np.zeros(a.shape[0], a.dtype)
    prev = None
    for i in range(a.shape[0]):
        if prev is not None:
            out[i] = prev
        prev = a[i]
    return out


def store_float(a):
    out = np.zeros(a.shape[0])
    prev = None
    for i in range(a.shape[0]):
        if prev is not None:
            out[i] = prev
        prev = a[i]
    return out


def max_prev(a):
    prev = None
    best = 0.0
    for i in range(a.shape[0]):
        if prev is not None:
            best = max(best, max(prev, a[i]))
        prev = a[i]
    return best


def abs_prev(a):
    prev = None
    total = 0
    for i in range(a.shape[0]):
        if prev is not None:
            total += abs(prev)
        prev = a[i]
    return total


def min_prev(a):
    prev = None
    lo = 100
    for i in range(a.shape[0]):
        if prev is not None:
            lo = min(lo, prev, a[i])
        prev = a[i]
    return lo


def return_prev(a, v):
    prev = None
    for i in range(a.shape[0]):
        if a[i] > v:
            return prev
        prev = a[i]
    return -1.0


def return_prev_or_none(a, v):
    prev = None
    for x in a:
        if x > v:
            return prev
        prev = x
    return None


def while_return_prev(a, v):
    prev = None
    i = 0
    while i < a.shape[0]:
        if a[i] > v:
            return prev
        prev = a[i]
        i += 1
    return 0


def return_prev_reset(a, v):
    prev = None
    for i in range(a.shape[0]):
        if a[i] > v:
            return prev
        prev = a[i]
        if a[i] < 0:
            prev = None
    return 5


def return_prev_summed(a, v):
    prev = None
    s = 0
    for i in range(a.shape[0]):
        if prev is not None:
            s += prev
        if a[i] > v:
            return prev
        prev = a[i]
    return s


def copy_read_after(a):
    prev = None
    y = None
    for i in range(a.shape[0]):
        y = prev
        prev = a[i]
    return y


def copy_read_after_if(a, t):
    prev = None
    y = None
    for x in a:
        if x > t:
            y = prev
        prev = x
    return -1 if y is None else y


def copy_tested_in_body(a):
    prev = None
    y = None
    s = 0
    for x in a:
        y = prev
        if y is not None:
            s += y
        prev = x
    return s, y


def conditional_copy_read_after(a, t):
    prev = None
    y = None
    for x in a:
        y = None if x > t else prev
        prev = x
    return y


def tuple_prev(a):  # `t` holds the stand-in's optional (test_tuple_optional.py)
    prev = None
    best = 0.0
    for i in range(a.shape[0]):
        if prev is not None:
            t = (prev, a[i])
            best = max(best, t[0] + t[1])
        prev = a[i]
    return best


A = np.array([3.0, -1.0, 4.0, 1.0, -5.0, 9.0, 2.0, 6.0])
INTS = np.array([4, 1, 7, 1, 3])
BOOLS = np.array([True, False, True, True])
BUILT_ONCE = [
    (last_match, (INTS, 1)), (last_match, (INTS, 9)), (last_match, (INTS[:0], 1)),
    (last_match, (A, 9.0)),
    (first_match, (INTS, 1)), (first_match, (INTS, 9)),
    (until_found, (A, 3.5)), (until_found, (A, 100.0)),
    (last_pair_over, (A, 3.5)), (last_pair_over, (A, 100.0)),
    (first_negative, (A.reshape(2, 4),)), (first_negative, (np.ones((2, 3)),)),
    (first_negative, (np.ones((2, 0)),)),
    (counted_after_first, (A, 3.5)), (counted_after_first, (A, 100.0)),
    (search_else, (A, 4.0)), (search_else, (A, 7.0)),
    (either_type, (A,)), (either_type, (np.array([0.0, -3.0, 0.5]),)),
    (either_type, (np.zeros(3),)),
    (always_set, (3,)), (always_set, (0,)),
    (first_negative_while, (A.reshape(2, 4),)), (first_negative_while, (np.ones((3, 2)),)),
    (first_negative_while, (-np.ones((3, 2)),)),
    (running_max, (A,)), (running_max, (A[:0],)), (running_max, (INTS,)),
    (running_max, (INTS.astype(np.int32),)),
    (largest_step, (A,)), (largest_step, (INTS,)), (largest_step, (A[:1],)),
    (closest_below, (A, 3.5)), (closest_below, (A, -9.0)), (closest_below, (INTS, 4)),
    (int_then_float, (A,)), (int_then_float, (np.ones(2),)),
    (next_up, (A,)), (next_up, (A[:0],)), (next_up, (INTS,)),
    (shifted_prev, (INTS.astype(np.int32),)),
    (reset_then_set, (A, 2.5)), (reset_then_set, (-A, 2.5)),
    (inner_loop_resets, (A, 2, 2.5)), (inner_loop_resets, (A, 0, 2.5)),
    (inner_loop_resets, (A, 6, 0.5)),
    (last_row_over, (A.reshape(4, 2), 2.5)), (last_row_over, (A.reshape(4, 2), 20.0)),
    (reset_in_both_branches, (A, 5.0)), (reset_in_both_branches, (A[:0], 5.0)),
    (reset_after_read, (A,)), (reset_after_read, (INTS,)),
    (reset_then_compare, (A,)), (reset_then_compare, (A[:0],)),
    (reset_then_compare, (INTS.astype(np.int32),)),
    (int_then_float_reset, (A,)), (int_then_float_reset, (np.array([2.0, -3.0, 0.0]),)),
    (int_then_float_reset, (np.array([-3.0, 1.0]),)),
    (inner_loop_reads_and_resets, (A, 3)), (inner_loop_reads_and_resets, (A[:0], 3)),
    (reset_row_if_negative, (A.reshape(4, 2),)), (reset_row_if_negative, (-A.reshape(4, 2),)),
    (summed_prev, (A + 0.25,)), (summed_prev, (INTS.astype(np.uint8),)),
    (prev_product_reset, (A * 0.5,)), (prev_product_reset, (INTS,)),
    (conditional_expression_reset, (A, 2.5)), (conditional_expression_reset, (A, 20.0)),
    (copy_then_check, (A,)), (copy_then_check, (INTS.astype(np.int32),)),
    (copy_then_check, (BOOLS,)), (copy_after_check, (INTS,)), (conditional_copy, (A,)),
    (index_prev, (INTS, A)), (index_prev, (INTS[:1], A)),
    (index_prev, (INTS.astype(np.int32), A)), (index_prev, (INTS.astype(np.uint8), A)),
    (store_prev, (A,)), (store_prev, (INTS.astype(np.int32),)), (store_prev, (BOOLS,)),
    (store_float, (INTS,)), (store_float, (INTS.astype(np.int32),)), (store_float, (BOOLS,)),
    (max_prev, (A,)), (max_prev, (INTS.astype(np.int32),)), (min_prev, (INTS,)),
    (abs_prev, (A,)), (abs_prev, (INTS,)), (abs_prev, (BOOLS,)),
    (return_prev, (A, 3.5)), (return_prev, (A, 0.0)), (return_prev, (A, 100.0)),
    (return_prev, (INTS.astype(np.int32), 3)), (return_prev, (BOOLS, 0)),
    (return_prev_or_none, (A, 3.5)), (return_prev_or_none, (INTS.astype(np.uint8), 100)),
    (while_return_prev, (A, 4.5)), (while_return_prev, (INTS, 5)),
    (while_return_prev, (A[:0], 1.0)),
    (return_prev_reset, (A, 4.5)), (return_prev_reset, (A, 8.0)),
    (return_prev_reset, (INTS, 6)),
    (return_prev_summed, (A, 8.0)), (return_prev_summed, (INTS.astype(np.int32), 100)),
    (copy_read_after, (A,)), (copy_read_after, (INTS.astype(np.int32),)),
    (copy_read_after, (BOOLS,)), (copy_read_after, (A[:1],)),
    (copy_read_after_if, (A, 3.5)), (copy_read_after_if, (INTS, 100)),
    (copy_tested_in_body, (A,)), (copy_tested_in_body, (INTS.astype(np.int32),)),
    (copy_tested_in_body, (A[:0],)),
    (conditional_copy_read_after, (A, 3.5)), (conditional_copy_read_after, (A, 100.0)),
    (conditional_copy_read_after, (INTS, 100)),
    (tuple_prev, (A,)), (tuple_prev, (INTS,)),
]
# Numba refuses an optional index (`b[prev]`: getitem(array, OptionalType(int64))).
NUMBA_REFUSES = (index_prev,)


def value_types(v):
    return tuple(map(type, v)) if isinstance(v, tuple) else type(v)


def check_like_cpython_and_numba(fn, args):
    got, want = nbc.njit(fn)(*args), fn(*args)
    if want is None:
        assert got is None
    elif isinstance(want, np.ndarray):
        np.testing.assert_array_equal(got, want)
    else:
        assert got == pytest.approx(want)
    if fn in NUMBA_REFUSES:
        assert type(got) is float  # a float64 sum, as a Python float
        return
    numba = pytest.importorskip("numba")
    assert value_types(got) == value_types(numba.njit(fn)(*args))


@pytest.mark.parametrize("fn, args", BUILT_ONCE,
                         ids=[f"{c[0].__name__}-{i}" for i, c in enumerate(BUILT_ONCE)])
def test_optional_is_carried_without_rebuilding(fn, args):
    before = rebuilt()
    appended = common.REEMITS["avoided:appended-in-dialect"]
    check_like_cpython_and_numba(fn, args)
    assert rebuilt() == before, dict(common.REEMITS)
    assert common.REEMITS["avoided:appended-in-dialect"] > appended


# -- built again: a reader the dialect refuses --
def negated_prev(a):
    prev = None
    total = 0
    for i in range(a.shape[0]):
        if prev is not None:
            total += -prev  # Numba negates an int32 at 32 bits, then widens
        prev = a[i]
    return total


@nbc.njit
def twice(x):
    return 2 * x


def call_prev(a):
    prev = None
    total = 0.0
    for i in range(a.shape[0]):
        if prev is not None:
            total += twice(prev)
        prev = a[i]
    return total


NUMBA_REFUSES += (call_prev,)  # Numba cannot call an nbc kernel
REBUILT = [
    # -prev, abs(prev) of an int32: Numba computes at 32 bits, then widens
    (negated_prev, (INTS.astype(np.int32),)), (abs_prev, (INTS.astype(np.int32),)),
    # uint8 << int64: uint64 by Numba's rule, int64 by NumPy's
    (shifted_prev, (INTS.astype(np.uint8),)),
    # An optional passed to a call is a value of type Optional(T): the
    # callee is typed by T, which the dialect widens only for scalars.
    (call_prev, (A,)),
]


@pytest.mark.parametrize("fn, args", REBUILT,
                         ids=[f"{c[0].__name__}-{i}" for i, c in enumerate(REBUILT)])
def test_optional_taken_for_none_is_built_again(fn, args):
    before = rebuilt()
    check_like_cpython_and_numba(fn, args)
    assert rebuilt() > before, dict(common.REEMITS)


def read_too_soon(a, k):
    best = None
    n = 0
    for i in range(a.shape[0]):
        if i >= k and a[i] > best:
            n += 1
        if a[i] > 0:
            best = a[i]
    return n


@pytest.mark.parametrize("data", [A, INTS], ids=["float64", "int64"])
def test_value_read_while_none_raises_numbas_type_error(data):
    """The message names the type the dialect gave the value at the end
    (nbc.raise_if's `type` spec), not the placeholder's bool."""
    before = rebuilt()
    kernel = nbc.njit(read_too_soon)
    assert kernel(data, 1) == read_too_soon(data, 1)
    with pytest.raises(TypeError) as got:
        kernel(data, 0)
    assert rebuilt() == before, dict(common.REEMITS)
    numba = pytest.importorskip("numba")
    with pytest.raises(TypeError) as want:
        numba.njit(read_too_soon)(data, 0)
    assert str(got.value) == str(want.value) == f"expected {data.dtype}, got None"


def copy_too_soon(a, k):
    prev = None
    total = 0.0
    for i in range(a.shape[0]):
        y = prev
        if i >= k:
            total += y
        prev = a[i]
    return total


def index_too_soon(a, b, k):
    prev = None
    total = 0.0
    for i in range(a.shape[0]):
        if i >= k:
            total += b[prev]
        prev = a[i]
    return total


def store_too_soon(a, k):
    out = np.zeros(a.shape[0], a.dtype)
    prev = None
    for i in range(a.shape[0]):
        if i >= k:
            out[i] = prev
        prev = a[i]
    return out


@pytest.mark.parametrize("fn, args", [
    (copy_too_soon, (A,)), (index_too_soon, (INTS, A)),
    (store_too_soon, (INTS.astype(np.int32),)), (store_too_soon, (BOOLS,))],
    ids=["copy", "index", "store-int32", "store-bool"])
def test_copy_index_or_store_while_none_raises_numbas_type_error(fn, args):
    """Read as a copy, an index or a stored value, the stand-in is checked
    as an operand's: Numba's message, with the value's final type."""
    before = rebuilt()
    kernel = nbc.njit(fn)
    np.testing.assert_array_equal(kernel(*args, 1), fn(*args, 1))
    with pytest.raises(TypeError, match=f"^expected {args[0].dtype}, got None$"):
        kernel(*args, 0)
    assert rebuilt() == before, dict(common.REEMITS)


def test_float_index_is_refused():
    """A float read as an index: the dialect refuses the index's conversion,
    and the loop built again with the float gives the typing error."""
    with pytest.raises(nbc.errors.TypingError, match="array indices must be integers"):
        nbc.njit(index_prev)(A, A)
