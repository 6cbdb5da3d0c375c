"""One small function per row of docs/Python.md's compatibility table
(test_compatibility_table.py runs each under nbc and CPython). `ARGS`
gives each function's arguments."""

import cmath
import math
import sys

import numpy as np

import nbc


def default_arguments(a, window=3, minp=None):
    n = window if minp is None else minp
    return a[:n].sum()


def keyword_call(a):
    return default_arguments(a, minp=2) + default_arguments(a, window=4)


def optional_result(x):
    if x > 0:
        return x
    return None


def star_args(*args):
    return args[0] + args[-1] * len(args)


def scaled_by(a, *, k=2):
    return a * k


def keyword_only_arguments(a):
    return scaled_by(a) + scaled_by(a, k=3) + star_args(a, *(1, 2))


def inner_star_args(a):
    def weighted(x, *rest, k=2):
        return x * k + len(rest)
    return weighted(a) + weighted(a, 1, 2, k=3) + weighted(*(a, 5))


def isinstance_branches(x):
    if isinstance(x, float):
        return x + 1.0
    return len(x)


def optional_local(a):
    found = None
    for i in range(a.shape[0]):
        if a[i] > 2.0:
            found = i
    return found


def kwargs_parameter(a, **options):
    return a


def tuple_compare(a, b):
    return a.shape == b.shape, (1, 2) < (1, 3)


def tuple_unpacking(a):
    lo, hi = a.min(), a.max()
    total = 0.0
    for i, (x, y) in enumerate(zip(a, a[::-1])):
        total += i * x - y
    return lo, hi, total


def loop_over_tuple_literal(a):
    total = 0.0
    for k in (0, 2):
        total += a[k]
    return total


def rows_of_2d(m):
    total = 0.0
    for row in m:
        total += row[0]
    return total


def ndindex_iteration(m):
    total = 0.0
    for idx in np.ndindex(m.shape):
        total += m[idx] * idx[0]
    return total


def nditer_iteration(m, w):
    total = 0.0
    for x, y in np.nditer((m, w)):
        total += x.item() * y
    return total


def flat_iteration(m):
    total = 0.0
    for x in m.flat:
        total += x
    return total


def recursion(n):
    if n < 2:
        return n
    return recursion(n - 1) + recursion(n - 2)


def twice(f, x):
    return f(f(x))


@nbc.njit
def _increment(x):
    return x + 1


def first_class_function(x):
    return twice(_increment, x)


def list_comprehension(n):
    squares = [i * i for i in range(n) if i % 2 == 0]
    return np.array(squares).sum() + len(squares)


def list_append_pop(n):
    out = []
    for i in range(n):
        out.append(i * 0.5)
    last = out.pop()
    return len(out), last, out[-1]


def list_methods(n):
    l = [3, 1, 2]
    l.extend(range(n))
    l.insert(1, 7)
    l.remove(2)
    x = l.pop(0)
    l.sort(reverse=True)
    del l[-1]
    return l[1:3] + [x] * 2, l.index(7), l.count(1), min(l), sum(l), sorted(l) == l


def complex_numbers(z):
    w = z * 1j + complex(1.0, -2.0)
    return abs(w), w.conjugate(), cmath.exp(w).real


def string_argument(a, method="sum"):
    if method == "sum":
        return a.sum()
    return a.max()


def raise_and_assert(x):
    assert x >= 0, "x must be non-negative"
    if x > 100:
        raise ValueError("x too large")
    return math.sqrt(x)


def raise_with_values(x):
    assert x >= 0, f"x = {x} must be non-negative"
    if x > 100:
        raise ValueError(f"x = {x:.2f} is too large", x)
    return math.sqrt(x)


def raise_with_str(x):
    if x > 100:
        raise ValueError("x = " + str(x) + " is too large")
    return type(x)(2) * x


def getattr_constant_name(a):
    return getattr(a, "shape")[0] + getattr(a, "ndim")


def print_values(x):
    print("x =", x, (x, 2.5))
    return x


def literal_unroll_tuple(a):
    total = 0.0
    for v in nbc.literal_unroll((1, 2.5)):
        total += v * a[0]
    return total


def dict_usage(n):
    d = {}
    for i in range(n):
        d[i % 3] = i
    return len(d)


def set_usage(n):
    s = set()
    for i in range(n):
        s.add(i % 3)
    return len(s)


def _fill(l, d, n):
    for i in range(n):
        l.append(i * 0.5)
        d[i] = i * i


def containers_by_reference(n):
    l = [1.0]
    d = {0: 0}
    _fill(l, d, n)
    return len(l), l[-1], len(d), d[n - 1]


def list_argument_and_result(l):
    return [v * 2 for v in l if v > 1]


def dict_methods(n):
    d = {0: 1.5}
    d.update({i: i * 0.5 for i in range(n)})
    e = d.copy()
    k, v = d.popitem()
    d.clear()
    return len(d), len(e), k, v


def typed_list_result(n):
    lst = nbc.typed.List()
    for i in range(n):
        lst.append(i * 0.5)
    return lst


def containers_in_returned_tuple(n):
    lst = [i * i for i in range(n)]
    d = {i: i * 0.5 for i in range(n)}
    return lst, (d, len(lst))


def dict_of_arrays(n):
    d = {}
    for i in range(n):
        d[i] = np.zeros(3)
    d[1][2] = 5.0
    return len(d), d[1].sum()


def dict_of_arrays_shared(a):
    d = {}
    d[0] = a  # Python's dict holds `a` itself, nbc's a copy: refused
    a[0] = 1.0
    return d[0][0]


def list_of_arrays(n):
    lst = [np.zeros(3) for _ in range(n)]
    return len(lst)


def list_of_arrays_shared(a):
    lst = [np.zeros(3)]
    lst.append(a)  # Python's list holds `a` itself, nbc's a copy: refused
    a[0] = 1.0
    return lst[1][0]


def list_of_tuples(n):
    stack = [(0, n - 1)]
    seen = []
    while len(stack):
        lo, hi = stack.pop()
        if lo < hi:
            mid = (lo + hi) // 2
            seen.append((lo, hi, mid * 0.5, mid % 2 == 0))
            stack.append((lo, mid))
            stack.append((mid + 1, hi))
    return seen


def list_of_tuples_sorted(n):
    pairs = [(n - i, i * 0.5) for i in range(n)]
    pairs.sort()
    return pairs


def try_except(x):
    try:
        q = 1 // x
    except Exception:
        return 0
    return q


def try_jumps(a):
    s = 0
    for i in range(len(a)):
        try:
            if a[i] < 0:
                return s - 100 * i
            if a[i] == 0:
                continue
            s += 10 // int(a[i])
        except Exception:
            break
    return s


def except_one_class(x):
    try:
        q = 1 // x
    except ZeroDivisionError:
        q = 0
    return q


def except_clauses(x):
    try:
        if x > 5:
            raise KeyError("big")
        q = 1 // x
    except (IndexError, KeyError):
        q = -1
    except ArithmeticError:
        q = -2
    return q


def try_finally(x):
    log = 0
    try:
        try:
            q = 1 // x
        finally:
            log += 10   # runs, then the ZeroDivisionError goes on
    except ZeroDivisionError:
        q = -1
    return q + log


def nonlocal_statement(x):
    total = 0
    def add(y):
        nonlocal total
        total += y
    add(x)
    add(x)
    return total


def with_statement(x):
    with open("f") as f:
        return f
    return x


def generator(n):
    yield n


def lambda_function(x):
    f = lambda y: y + 1  # noqa: E731
    return f(x)


def inner_function(x):
    def scale(y):
        return y * x
    return scale(3)


def global_statement(x):
    global GLOBAL_VALUE
    GLOBAL_VALUE = x
    return x


def class_instance(x):
    return complex.__new__(complex)


def fstring_format_spec(x):
    print(f"{x:.3f} {int(x):>4d} {x:+.2e}", file=sys.stderr)
    return x


def two_index_arrays(a, i, j):
    return a[i, j]


def round_ndigits(x):
    return round(x, 2), round(x, -1), round(int(x), -1)


def math_integer_functions(a, b):
    return (math.gcd(a, b), math.lcm(a, b), math.comb(a, 2), math.perm(a, 2),
            math.isclose(a, b + 1e-10), math.isclose(a, b, rel_tol=0.5, abs_tol=0.1))


def str_value(x):
    return "x = " + str(x)


def string_operations(s):
    r = ""
    for c in s:
        if c not in "aeiou":
            r = c + r
    return len(r), r[-1], r.replace("n", "N").strip("b") * 2, ord(s[0]) + ord(chr(66)), \
        "an" in s, s < r


def tuple_of_array(a):
    return tuple(a)


def array_layout_attributes(a):
    return a.itemsize, a.nbytes, a.strides, a.flags.c_contiguous, a.flags.f_contiguous


def np_select(x):
    return np.select([x < 0, x > 2], [-x, x * 10], 0.5)


ARGS = {
    "default_arguments": (np.arange(6.0),),
    "keyword_call": (np.arange(6.0),),
    "optional_result": (3,),
    "star_args": (1, 2.5, 3),
    "keyword_only_arguments": (4,),
    "inner_star_args": (1.5,),
    "isinstance_branches": ((1, 2, 3),),
    "optional_local": (np.array([1.0, 3.0, 0.5]),),
    "kwargs_parameter": (1,),
    "tuple_compare": (np.ones((2, 3)), np.zeros((2, 3))),
    "tuple_unpacking": (np.arange(5.0),),
    "loop_over_tuple_literal": (np.arange(4.0),),
    "rows_of_2d": (np.arange(12.0).reshape(3, 4),),
    "ndindex_iteration": (np.arange(6.0).reshape(2, 3),),
    "nditer_iteration": (np.arange(6.0).reshape(2, 3), np.array([1.0, -2.0, 0.5])),
    "flat_iteration": (np.arange(6.0).reshape(2, 3).T,),
    "recursion": (15,),
    "first_class_function": (4,),
    "list_comprehension": (9,),
    "list_append_pop": (7,),
    "list_methods": (4,),
    "complex_numbers": (1.5 - 0.5j,),
    "string_argument": (np.arange(5.0), "max"),
    "raise_and_assert": (16.0,),
    "raise_with_values": (25.0,),
    "raise_with_str": (25.0,),
    "getattr_constant_name": (np.zeros((3, 2)),),
    "print_values": (3,),
    "literal_unroll_tuple": (np.arange(3.0),),
    "dict_usage": (10,),
    "set_usage": (10,),
    "containers_by_reference": (6,),
    "list_argument_and_result": ([1, 2, 3],),
    "dict_methods": (5,),
    "typed_list_result": (5,),
    "containers_in_returned_tuple": (5,),
    "dict_of_arrays": (3,),
    "list_of_arrays": (3,),
    "list_of_arrays_shared": (np.zeros(3),),
    "dict_of_arrays_shared": (np.zeros(3),),
    "list_of_tuples": (9,),
    "list_of_tuples_sorted": (4,),
    "try_except": (0,),
    "try_jumps": (np.array([2, 0, -1]),),
    "except_one_class": (0,),
    "except_clauses": (0,),
    "try_finally": (0,),
    "nonlocal_statement": (3,),
    "with_statement": (1,),
    "generator": (1,),
    "lambda_function": (1,),
    "inner_function": (2,),
    "global_statement": (1,),
    "class_instance": (1,),
    "fstring_format_spec": (1.0,),
    "two_index_arrays": (np.arange(9.0).reshape(3, 3), np.array([0, 2]), np.array([1, 1])),
    "round_ndigits": (1255.675,),
    "math_integer_functions": (12, 18),
    "str_value": (3,),
    "string_operations": ("banana",),
    "tuple_of_array": (np.arange(3.0),),
    "array_layout_attributes": (np.zeros((3, 4), np.float32),),
    "np_select": (np.arange(-2.0, 5.0),),
}
