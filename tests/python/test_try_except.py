"""`try`/`except Exception` (and a bare `except:`), `else` and `finally` in
kernels, as Numba's: whatever the body raises (Python's checks, `raise`, a
callee's exception, a prange's) is caught; the handler sees the values the
body's variables had when it raised. Checked against CPython running the
same code."""

import numpy as np
import pytest

import nbc
from conftest import check, requires_exec

numba = pytest.importorskip("numba")
pytestmark = requires_exec


def safe_divide(a, b):
    out = np.empty(len(a))
    for i in range(len(a)):
        try:
            out[i] = int(a[i]) // int(b[i])   # Python ints: // 0 raises
        except Exception:
            out[i] = -1.0
    return out


def value_before_raise(a, k):
    s = 0
    try:
        s = 5
        s = s + a[k]        # IndexError when k is out of range
        s = s * 2
    except Exception:
        s = s + 100         # s is 5 here, as in Python
    return s


def partial_loop(a, d):
    total = 0.0
    count = 0
    try:
        for i in range(len(a)):
            total += float(a[i]) / float(d[i])
            count += 1
    except Exception:
        total = -total
    return total, count


def partial_stores(a, d):
    out = np.zeros(len(a))
    try:
        for i in range(len(a)):
            out[i] = int(a[i]) // int(d[i])
    except:  # noqa: E722
        pass
    return out


def raises_in_callee(x):
    if x < 0:
        raise ValueError("negative")
    return x * 2


def calls_raising(a):
    s = 0
    for i in range(len(a)):
        try:
            s += raises_in_callee(a[i])
        except Exception:
            s -= 1
    return s


def else_and_finally(x, y):
    log = 0
    try:
        r = x // y
    except Exception:
        r = 0
        log += 1
    else:
        log += 10
    finally:
        log += 100
    return r, log


def returns_from_handler(x, y):
    try:
        q = x % y
    except Exception:
        return -1
    return q


def explicit_raise(n):
    k = 0
    try:
        for i in range(n):
            k = i
            if i == 3:
                raise ValueError("stop")
    except Exception:
        k = k * 10
    return k


def nested_tries(a, i, j):
    r = 0
    try:
        try:
            r = a[i]
        except Exception:
            r = -1
        r = r + a[j]
    except Exception:
        r = r - 1000
    return r


def array_rebound(a, k):
    b = a
    try:
        b = a * 2.0
        x = b[k]
    except Exception:
        b = a + 1.0
        x = 0.0
    return b, x


def handler_raises(x, y):
    try:
        return_value = x // y
    except Exception:
        raise ValueError("bad y")
    return return_value


def prange_inside(a):
    s = 0.0
    try:
        for i in nbc.prange(len(a)):
            s += 1.0 / float(a[i])
    except Exception:
        s = -1.0
    return s


def nothing_raises(x, y):
    try:
        z = x + y
    except Exception:
        z = 0
    return z


def callee_with_try(x):
    try:
        r = 100 // x
    except Exception:
        r = -7
    return r


def calls_callee_with_try(a):
    s = 0
    for x in a:
        s += callee_with_try(int(x))  # Python ints: // 0 raises
    return s


def loop_with_break_in_try(a, stop):
    found = -1
    try:
        i = 0
        while True:
            if a[i] == stop:
                found = i
                break
            i += 1
    except Exception:
        found = -2
    return found


A = np.array([4.0, 9.0, 16.0, 25.0])


@pytest.mark.parametrize("fn,args", [
    (safe_divide, (np.array([7, 8, 9, 10]), np.array([2, 0, 3, 0]))),
    (safe_divide, (np.array([7, 8]), np.array([1, 2]))),
    (value_before_raise, (np.array([1, 2, 3]), 1)),
    (value_before_raise, (np.array([1, 2, 3]), 7)),
    (value_before_raise, (np.array([1, 2, 3]), -4)),
    (partial_loop, (A, np.array([1.0, 2.0, 4.0, 5.0]))),
    (partial_stores, (np.array([5, 6, 7, 8]), np.array([1, 2, 0, 4]))),
    (partial_stores, (np.array([5, 6, 7, 8]), np.array([1, 2, 3, 4]))),
    (calls_raising, (np.array([1, -2, 3, -4, 5]),)),
    (else_and_finally, (7, 2)),
    (else_and_finally, (7, 0)),
    (returns_from_handler, (7, 3)),
    (returns_from_handler, (7, 0)),
    (explicit_raise, (2,)),
    (explicit_raise, (10,)),
    (nested_tries, (np.array([1, 2, 3]), 0, 1)),
    (nested_tries, (np.array([1, 2, 3]), 5, 1)),
    (nested_tries, (np.array([1, 2, 3]), 0, 9)),
    (nested_tries, (np.array([1, 2, 3]), 5, 9)),
    (array_rebound, (A, 1)),
    (array_rebound, (A, 10)),
    (handler_raises, (7, 2)),
    (handler_raises, (7, 0)),
    (nothing_raises, (2, 3)),
    (calls_callee_with_try, (np.array([3, 0, 7, 0, -4]),)),
    (loop_with_break_in_try, (np.array([5, 6, 7]), 6)),
    (loop_with_break_in_try, (np.array([5, 6, 7]), 9)),
], ids=lambda x: getattr(x, "__name__", ""))
def test_try_except_as_cpython(fn, args):
    # boundscheck: out-of-range indices raise IndexError (as in Python),
    # which Numba and nbc check only when asked.
    check(nbc.njit(boundscheck=True)(fn), *args)


def test_division_by_zero_float_is_caught():
    # 1/0.0 raises ZeroDivisionError in Python and in nbc's error model.
    check(nbc.njit(partial_loop), A, np.array([1.0, 0.0, 4.0, 5.0]))


@pytest.mark.parametrize("a", [A, np.array([1.0, 0.0, 2.0])])
def test_prange_inside_try(a):
    check(nbc.njit(parallel=True)(prange_inside), a)


def catches_one_class(x):
    try:
        x = x // 0
    except ZeroDivisionError:
        x = 0
    return x


def binds_exception(x):
    try:
        x = x // 0
    except Exception as e:  # noqa: F841
        x = 0
    return x


def returns_in_body(x):
    try:
        return x // 0
    except Exception:
        return 0


def try_finally_only(x):
    try:
        x = x + 1
    finally:
        x = x * 2
    return x


def type_change(x):
    s = 0
    try:
        s = x / 2
    except Exception:
        pass
    return s


def list_changed_in_try(n):
    res = []
    for x in range(n):
        try:
            res.append(10 // x)
        except Exception:
            pass
    return res


def list_changed_after_try(a):
    # The rewrite the error suggests: the list changes after the try.
    res = []
    for x in a:
        try:
            v = 10 // int(x)
            ok = True
        except Exception:
            ok = False
        if ok:
            res.append(v)
    return res


def test_list_changed_after_try():
    check(nbc.njit(list_changed_after_try), np.array([1, 0, 3, 0, 7]))


@pytest.mark.parametrize("fn,error,text", [
    (list_changed_in_try, nbc.UnsupportedError,
     "'res' (a list) changes in the try block and is used after it"),
    (catches_one_class, nbc.UnsupportedError, "`except ZeroDivisionError:` is not supported"),
    (binds_exception, nbc.UnsupportedError, "`except ... as e` is not supported"),
    (returns_in_body, nbc.UnsupportedError, "in a try block"),
    (try_finally_only, nbc.UnsupportedError, "try/finally without except"),
], ids=lambda x: getattr(x, "__name__", ""))
def test_unsupported_try_forms_say_why(fn, error, text):
    with pytest.raises(error) as info:
        nbc.njit(fn)(3)
    assert text in str(info.value) and "File " in str(info.value)


def test_widened_variable_in_try():
    check(nbc.njit(type_change), 3)


def defined_in_try_only(x, y):
    try:
        q = x // y
    except Exception:
        pass
    return q


def test_name_defined_only_in_try():
    k = nbc.njit(defined_in_try_only)
    assert k(7, 2) == 3
    # CPython raises UnboundLocalError here; nbc reads it as zero, as it does
    # a variable a loop that ran zero times would have assigned (Numba: 0).
    assert k(7, 0) == 0 == numba.njit(defined_in_try_only)(7, 0)
