"""`try`/`except`, `else` and `finally` in kernels: `except Exception` (and
a bare `except:`) catch whatever the body raises (Python's checks, `raise`,
a callee's exception, a prange's); `except SomeError`, tuples of classes and
several clauses catch as CPython does (base classes included) and let other
exceptions propagate unchanged (Numba 0.68 refuses `except ZeroDivisionError`
with a TypingError and fails on a tuple). The handler sees the values the
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


def uses_exception_object(x):
    try:
        x = x // 0
    except ZeroDivisionError as e:
        x = len(str(e))
    return x


def catches_non_exception(x):
    try:
        x = x // 0
    except int:
        x = 0
    return x


def finally_with_clause(x):
    try:
        x = x // 0
    except ZeroDivisionError:
        x = 0
    finally:
        x = x + 1
    return x


def reraises(x):
    try:
        x = x // 0
    except ZeroDivisionError:
        raise
    return x


@pytest.mark.parametrize("fn,error,text", [
    (list_changed_in_try, nbc.UnsupportedError,
     "'res' (a list) changes in the try block and is used after it"),
    (uses_exception_object, nbc.UnsupportedError, "using 'e' is not supported"),
    (catches_non_exception, nbc.TypingError, "`except` needs exception classes, not int"),
    (reraises, nbc.UnsupportedError, "a bare `raise`"),
], ids=lambda x: getattr(x, "__name__", ""))
def test_unsupported_try_forms_say_why(fn, error, text):
    with pytest.raises(error) as info:
        nbc.njit(fn)(3)
    assert text in str(info.value) and "File " in str(info.value)


@pytest.mark.parametrize("fn", [try_finally_only, finally_with_clause])
def test_finally_forms(fn):
    # More in test_try_finally.py.
    check(nbc.njit(fn), 3)


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


# -- except clauses naming classes ---------------------------------------------

def catches_one_class(x, y):
    try:
        r = x // y
    except ZeroDivisionError:
        r = -1
    return r


def catches_tuple(a, i):
    try:
        r = a[i]
    except (IndexError, KeyError):
        r = -1
    return r


def clauses_in_order(a, i, d):
    log = 0
    try:
        r = int(a[i]) // d   # Python ints: // 0 raises
    except ZeroDivisionError:
        r = -1
    except IndexError:
        r = -2
    except Exception:   # every exception is caught: finally may follow
        r = -3
    else:
        r = r + 100
    finally:
        log += 1
    return r, log


def base_classes(a, i, d, what):
    try:
        if what == 1:
            raise OverflowError("big")
        if what == 2:
            raise ValueError("v")
        if what == 3:
            raise KeyError("k")
        r = int(a[i]) // d   # Python ints: // 0 raises
    except LookupError:
        r = -1
    except ArithmeticError:
        r = -2
    except Exception:
        r = -3
    return r


def first_match_wins(d):
    try:
        r = 10 // d
    except ArithmeticError:
        r = -1
    except ZeroDivisionError:
        r = -2
    return r


def unmatched_propagates(x, y):
    try:
        r = x // y
    except (IndexError, ValueError):
        r = -1
    return r


def unmatched_formatted(a, i):
    try:
        if i > 5:
            raise ValueError(f"i is {i}, too big")
        r = a[i]
    except IndexError:
        r = -1
    return r


def nested_classes(a, i, d):
    r = 0
    try:
        try:
            r = int(a[i]) // d   # Python ints: // 0 raises
        except ZeroDivisionError:
            r = -1
        r = r + 10
    except IndexError:
        r = r - 100
    return r


def classes_in_loop(a, d):
    s = 0
    n = 0
    for i in range(len(a)):
        try:
            s += int(a[i]) // int(d[i])   # Python ints: // 0 raises
            n += 1
        except ZeroDivisionError:
            s += 1000
        except OverflowError:
            s -= 1000
    return s, n


def picky_callee(x):
    if x == 0:
        raise KeyError("zero")
    if x < 0:
        raise ValueError("negative")
    return x


def calls_with_classes(a):
    s = 0
    for x in a:
        try:
            s += picky_callee(x)
        except KeyError:
            s += 100
    return s


def handler_binds_unused(x, y):
    try:
        r = x // y
    except ZeroDivisionError as e:  # noqa: F841
        r = 0
    return r


def catches_nothing_nbc_raises(x, y):
    try:
        r = x // y
    except (FileNotFoundError, KeyboardInterrupt):
        r = -1
    return r


def singular_is_a_value_error(m):
    try:
        r = np.linalg.inv(m)[0, 0]
    except ValueError:     # numpy.linalg.LinAlgError is a ValueError
        r = -1.0
    return r


def prange_with_class(a):
    s = 0.0
    try:
        for i in nbc.prange(len(a)):
            s += 1.0 / float(a[i])
    except ZeroDivisionError:
        s = -1.0
    return s


B = np.array([5, 6, 7])


@pytest.mark.parametrize("fn,args", [
    (catches_one_class, (7, 0)),
    (catches_one_class, (7, 2)),
    (catches_tuple, (B, 1)),
    (catches_tuple, (B, 5)),
    (clauses_in_order, (B, 0, 0)),
    (clauses_in_order, (B, 9, 1)),
    (clauses_in_order, (B, 1, 2)),
    (clauses_in_order, (B, -1, 1)),
    (base_classes, (B, 0, 0, 0)),
    (base_classes, (B, 9, 1, 0)),
    (base_classes, (B, 0, 1, 1)),
    (base_classes, (B, 0, 1, 2)),
    (base_classes, (B, 0, 1, 3)),
    (base_classes, (B, 1, 2, 0)),
    (first_match_wins, (0,)),
    (unmatched_propagates, (7, 0)),
    (unmatched_propagates, (7, 3)),
    (unmatched_formatted, (B, 8)),
    (unmatched_formatted, (B, 4)),
    (nested_classes, (B, 0, 0)),
    (nested_classes, (B, 9, 0)),
    (nested_classes, (B, 2, 2)),
    (classes_in_loop, (np.array([7, 8, 9]), np.array([2, 0, 3]))),
    (calls_with_classes, (np.array([1, 0, 2]),)),
    (calls_with_classes, (np.array([1, 0, -2, 3]),)),
    (handler_binds_unused, (7, 0)),
    (catches_nothing_nbc_raises, (7, 0)),
], ids=lambda x: getattr(x, "__name__", ""))
def test_except_classes_as_cpython(fn, args):
    check(nbc.njit(boundscheck=True)(fn), *args)


@pytest.mark.parametrize("fn,args", [
    (unmatched_propagates, (7, 0)),
    (unmatched_formatted, (B, 8)),
    (calls_with_classes, (np.array([1, -2]),)),
], ids=lambda x: getattr(x, "__name__", ""))
def test_unmatched_exception_keeps_its_message(fn, args):
    with pytest.raises(Exception) as want:
        fn(*args)
    with pytest.raises(want.type) as got:
        nbc.njit(boundscheck=True)(fn)(*args)
    assert str(got.value) == str(want.value)


def test_linalg_error_is_caught_as_value_error():
    kernel = nbc.njit(singular_is_a_value_error)
    check(kernel, np.array([[1.0, 2.0], [2.0, 4.0]]))
    check(kernel, np.array([[2.0, 0.0], [0.0, 4.0]]))


@pytest.mark.parametrize("a", [A, np.array([1.0, 0.0, 2.0])])
def test_prange_inside_try_with_class(a):
    check(nbc.njit(parallel=True)(prange_with_class), a)


def test_numba_refuses_except_class():
    # What nbc goes beyond: Numba 0.68 types `except ZeroDivisionError` as
    # exception_match(none, ZeroDivisionError) and fails.
    with pytest.raises(numba.core.errors.TypingError):
        numba.njit(catches_one_class)(7, 0)
