"""Control flow: if, loops, break/continue/else, early returns, calls, tuples."""

import numpy as np
import pytest

import nbc
from conftest import check

LIMIT = 10
SCALE = 2.5


@nbc.njit
def sum_range(start, stop, step):
    total = 0
    for i in range(start, stop, step):
        total += i
    return total


@nbc.njit
def count_range(n):
    c = 0
    for _ in range(n):
        c += 1
    return c


@nbc.njit
def branches(x):
    if x > 10:
        y = 1
    elif x > 0:
        y = 2
    else:
        y = 3.5
    return y


@nbc.njit
def early_return(x):
    if x < 0:
        return -x
    if x == 0:
        return 100
    return x * 2


@nbc.njit
def break_continue(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        if i > 20:
            break
        total += i
    return total


@nbc.njit
def for_else(n, target):
    for i in range(n):
        if i == target:
            found = i
            break
    else:
        found = -1
    return found


@nbc.njit
def for_else_returns(n, target):
    found = 0
    for i in range(n):
        if i == target:
            found = i
            break
    else:
        return -1
    return found * 10


@nbc.njit
def while_else_returns(n, limit):
    i = 0
    while i < n:
        if i * i > limit:
            return i + 0.5
        i += 1
    else:
        if n > 3:
            return -2.0
    i -= 100
    return i


@nbc.njit
def nested_else_returns(a, b):
    total = 0
    for x in range(a):
        for y in range(b):
            if x * y == 6:
                break
        else:
            if x > 4:
                return -total
            continue
        total += x
    return total


@nbc.njit
def while_loop(n):
    i = 0
    steps = 0
    while i < n:
        i += 3
        steps += 1
        if steps > 100:
            break
    else:
        steps = -steps
    return i, steps


@nbc.njit
def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


@nbc.njit
def return_in_loop(n):
    for i in range(n):
        if i * i >= n:
            return i
    return -1


@nbc.njit
def nested_return(n, m):
    for i in range(n):
        for j in range(m):
            if i * j == 12:
                return i + 10 * j
    return 0


@nbc.njit
def nested_break(n):
    total = 0
    for i in range(n):
        for j in range(n):
            if j > i:
                break
            total += j
    return total


@nbc.njit
def type_widening(n):
    acc = 0
    for i in range(n):
        acc += 0.5
    return acc


@nbc.njit
def globals_and_tuples(x):
    t = (x, x * SCALE)
    a, b = t
    if a > LIMIT:
        a = LIMIT
    return t[1], a + b


def plain_helper(x, y):
    return x * y + 1


@nbc.njit
def jitted_helper(x):
    return x - 1


@nbc.njit
def calls(x):
    return plain_helper(x, 2) + jitted_helper(x) + plain_helper(x, 0.5)


@nbc.njit
def raises(x):
    if x < 0:
        raise ValueError("negative input")
    assert x != 3, "three is not allowed"
    return x


@nbc.njit
def zero_step(n, step):
    t = 0
    for i in range(0, n, step):
        t += i
    return t


@nbc.njit
def swap_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


RANGES = [(0, 10, 1), (10, 0, -1), (0, 10, 3), (10, 0, -3), (5, 5, 1), (5, 0, 1),
          (0, 5, -1), (-10, 10, 7), (-2**62, 2**62, 2**61)]


@pytest.mark.parametrize("r", RANGES)
def test_range_semantics(r):
    check(sum_range, *r)


@pytest.mark.parametrize("n", [0, 1, 5, -3])
def test_count_range(n):
    check(count_range, n)


@pytest.mark.parametrize("step", [0, 2, -1])
def test_zero_step_raises_value_error(step):
    check(zero_step, 10, step)


@pytest.mark.parametrize("x", [20, 5, -1, 0])
def test_branches(x):
    check(branches, x)


@pytest.mark.parametrize("x", [-4, 0, 4])
def test_early_return(x):
    check(early_return, x)


@pytest.mark.parametrize("n", [0, 5, 30])
def test_break_continue(n):
    check(break_continue, n)


@pytest.mark.parametrize("n,t", [(10, 4), (10, 20), (0, 0)])
def test_for_else(n, t):
    check(for_else, n, t)


@pytest.mark.parametrize("n,t", [(10, 4), (10, 20), (0, 0)])
def test_for_else_returns(n, t):
    check(for_else_returns, n, t)


@pytest.mark.parametrize("n,limit", [(10, 20), (10, 200), (2, 200), (0, 0)])
def test_while_else_returns(n, limit):
    check(while_else_returns, n, limit)


@pytest.mark.parametrize("a,b", [(7, 3), (7, 2), (3, 4), (0, 1)])
def test_nested_else_returns(a, b):
    check(nested_else_returns, a, b)


@pytest.mark.parametrize("n", [0, 10, 1000])
def test_while_else(n):
    check(while_loop, n)


@pytest.mark.parametrize("n", [1, 6, 27])
def test_collatz(n):
    check(collatz, n)


@pytest.mark.parametrize("n", [0, 1, 10, 50])
def test_return_in_loop(n):
    check(return_in_loop, n)


@pytest.mark.parametrize("n,m", [(5, 5), (10, 10), (2, 2)])
def test_nested_return(n, m):
    check(nested_return, n, m)


def test_nested_break():
    check(nested_break, 8)


def test_loop_widens_types():
    check(type_widening, 5)


@pytest.mark.parametrize("x", [1, 20, 2.5])
def test_globals_tuples(x):
    check(globals_and_tuples, x)


@pytest.mark.parametrize("x", [3, 4.5])
def test_calls(x):
    check(calls, x)


@pytest.mark.parametrize("x", [-1, 3, 5])
def test_raise_and_assert(x):
    check(raises, x)


def test_swap_loop():
    check(swap_loop, 30)


@nbc.njit
def tuple_if_else(a, horizontal):
    dy, dx = (0, 1) if horizontal else (1, 0)
    h, w = a.shape if horizontal else (0, 0)
    return dy * 10 + dx, h + w, (a[0, 0], 2) if horizontal else (1.5, 7)


@pytest.mark.parametrize("horizontal", [True, False])
def test_tuples_of_scalars_in_conditional_expressions(horizontal):
    """`dy, dx = (0, 1) if horizontal else (1, 0)` (before: "tuples in
    conditional expressions"); the sides' items unify as Numba's do."""
    check(tuple_if_else, np.full((2, 3), 4.0), horizontal)


@nbc.njit
def constant_conditions(flag, x, n):
    a = x if False else n
    if flag and False:
        a = 1.5
    b = x if (0 * -4) else n
    c = x if not True else n
    d = n if (True or flag) else x
    e = n if (flag or 1) else x
    if None:
        e = x
    f = x if (flag and 0) else n
    if 6 < 0 or 2 >= 3 > 1:  # constants compared: Numba prunes the branch
        f = x
    return a, b, c, d, e, f


@pytest.mark.parametrize("flag", [True, False])
def test_branches_cpython_decides_are_not_typed(flag):
    """CPython's compiler drops the branch a constant condition rules out
    (`x if False else n`, `if flag and False:`), and Numba's dead-branch
    pruning one that compares constants (`if 6 < 0:`), so Numba never
    types it: the results stay ints, not the float the two sides would
    unify to (found by test_generated_programs)."""
    got = check(constant_conditions, flag, 2.5, 3)
    assert all(type(v) is int for v in got), got


@nbc.njit
def reassigned_after_inner_break(a, scale, start):
    acc = start
    for _ in range(2):
        for j in range(a.shape[0]):
            if a[j] > 2.0:
                break  # the inner loop's own: the rest of the outer body runs
            acc *= scale
        acc = a.shape[0]
    return acc


@pytest.mark.parametrize("start", [3, np.int8(-8)])
def test_inner_break_does_not_guard_the_outer_body(start):
    """A break of an inner loop does not make the statements after that loop
    conditional in the outer one, so `acc` (float in the inner loop) is the
    int the outer body ends with, as in CPython and Numba (nbc gave 5.0)."""
    got = check(reassigned_after_inner_break, np.array([1.0, 3.0, 0.5, 2.0, 1.5]), 1.5,
                start)
    assert type(got) is int


@nbc.njit
def dead_while(a, start):
    acc = start
    w = 0
    while w < 1 and (False and a[0] > 0):
        w += 1
        acc = 2.5
    else:
        acc += a.shape[0]
    if 6 // a.shape[0] > 0 or True:  # evaluated: ZeroDivisionError on an empty array
        acc += 1
    return acc, w


@pytest.mark.parametrize("a", [np.ones(3), np.ones(0)])
def test_loops_and_branches_cpython_drops_keep_their_effects(a):
    """`while w < 1 and (False and ...)`: the body never runs and is not
    typed (acc stays an int, as in Numba); the operands CPython evaluates
    before the deciding constant still run (`6 // n` raises when n is 0)."""
    got = check(dead_while, a, 3)
    if a.shape[0]:
        assert all(type(v) is int for v in got), got


@nbc.njit
def returns_ruled_out_in_loops(a, x):
    acc = 0
    for i in range(a.shape[0]):
        for _ in range(2):
            if True and False:
                return 1.5
        if x is None:  # x a float: ruled out by its type
            return acc
        acc += i
        a[i] = acc
    return acc


@nbc.njit
def fill_unless_ruled_out(a):
    for i in range(a.shape[0]):
        if False:
            return
        a[i] = i


def test_returns_in_loops_ruled_out_at_compile_time():
    """A loop whose every `return` is in a branch ruled out at compile time
    (`if True and False:`, `x is None` of a float) returns nothing: the code
    after it runs (was "name '$retval' is not defined"; found by the None
    mode of the program generator). The int result is Numba's: it prunes
    `if True and False:` before typing."""
    assert type(check(returns_ruled_out_in_loops, np.zeros(4), 2.5)) is int
    check(fill_unless_ruled_out, np.ones(3))


@nbc.njit
def constants_picked_by_constant_tests(x, n):
    a = n
    if (x if False else -6) > 0:
        a = x
    w = 0
    while w < 3 and ((x if 0 else -1) > 0 or (2 if True else x) < 1):
        w += 1
        a = x
    return a


def test_constant_picked_by_a_constant_test_decides_a_branch():
    """`x if False else -6` is the constant -6 to CPython's compiler, so
    `(x if False else -6) > 0` compares constants and Numba prunes the
    branch: `a` stays the int it is in CPython and Numba (nbc gave 3.0;
    found by the None mode of the program generator)."""
    assert type(check(constants_picked_by_constant_tests, 2.5, 3)) is int


@nbc.njit
def rest_after_decided_return(n, x):
    b = None
    c = None
    for _ in range(n):
        if c is None:  # decided at compile time: the rest of the body is dead
            return -1
        b = x
    return -99 if b is None else b


def test_body_after_a_return_decided_at_compile_time_is_not_typed():
    """After `if c is None: return` of a None `c` in a loop, the rest of the
    body never runs and is not typed (Numba drops it), so `b` stays None:
    the result is the int CPython and Numba return (nbc gave -99.0; found
    by the None mode of the program generator)."""
    assert type(check(rest_after_decided_return, 0, 2.5)) is int
    assert check(rest_after_decided_return, 2, 2.5) == -1


@nbc.njit
def constant_first_operands(n, x):
    b = None
    c = None
    if 0 or c is not None:  # `c is not None` to CPython's compiler: False here
        b = x
    return -99 if b is None else b, (0 or n) + (True and n) + (0.0 or 2)


def test_constant_first_operand_of_and_or_is_dropped():
    """`0 or e` / `True and e` is `e` to CPython's compiler, so a test of a
    None `c` there decides the branch as Numba prunes it: `b` stays None and
    the result is CPython's and Numba's int (nbc gave -99.0; found by the
    None mode of the program generator)."""
    got = check(constant_first_operands, 3, 2.5)
    assert type(got[0]) is int and type(got[1]) is int


@nbc.njit
def none_tests_inside_conditions(n, x):
    b = None
    row = None
    if (0.5 if row is None else 9.0) > 3:  # constants once `row is None` is
        b = x
    w = 0
    while w < n and row is not None:
        w += 1
        b = x
    c = None
    for _ in range(n):
        if not False:
            continue  # the rest of the body is dead
        c = x
    return -99 if b is None else b, -98 if c is None else c


def test_none_tests_and_jumps_decide_as_numba_prunes():
    """`x is None` of a name None there is a constant inside a condition
    (`(0.5 if row is None else 9.0) > 3`, `w < n and row is not None`), and
    a `continue` decided at compile time ends the body, as Numba's pruning
    decides them: b and c stay None, the results CPython's and Numba's ints
    (nbc gave floats; found by the None mode of the program generator)."""
    got = check(none_tests_inside_conditions, 3, 2.5)
    assert all(type(v) is int for v in got), got
