"""Dicts whose values are arrays (!nbc.dict<K, memref<?x..xT>>) against
CPython running the same function (`f.py_func`) and Numba 0.68 side by side:
`{}`/`dict()`/`Dict.empty(key_type, value_type=float64[:])`, `d[k] = a`,
`d[k]` reads, `d[k][i] = v` writes into the stored array, `in`, `len`,
`del`, `pop`, iteration over keys, values and items, overwriting a key with
a smaller or larger array, dicts returned to Python; several dtypes and
ranks; Python's KeyError; and the patterns where the dict's own copies would
differ from Python's shared arrays, refused at their line
(list_aliasing.py)."""

import numba
import numpy as np
import pytest

import nbc
from conftest import requires_exec
from numba import types as numba_types
from test_list_alias import marked_line

pytestmark = requires_exec

DTYPES = [np.float64, np.int64, np.float32]


def same_dicts(got, want):
    assert len(got) == len(want)
    assert list(got.keys()) == list(want.keys())  # insertion order, as Python
    for k in want:
        g, w = got[k], want[k]
        assert isinstance(g, np.ndarray)
        assert g.dtype == w.dtype and g.shape == w.shape
        assert np.array_equal(g, w)


def same(got, want):
    if isinstance(want, tuple):
        assert isinstance(got, tuple) and len(got) == len(want)
        for g, w in zip(got, want):
            same(g, w)
    elif isinstance(want, dict):
        same_dicts(got, want)
    elif isinstance(want, np.ndarray):
        assert np.array_equal(got, want) and got.dtype == want.dtype
    else:
        assert got == want


def check(fn, *args, numba_too=True):
    """nbc against CPython (and Numba) on copies of `args`."""
    def fresh():
        return [a.copy() if isinstance(a, np.ndarray) else a for a in args]
    want = fn(*fresh())
    same(nbc.njit(fn)(*fresh()), want)
    if numba_too:
        same(numba.njit(fn)(*fresh()), want)
    return want


# -- kernels ----------------------------------------------------------------------

def build_and_read(a, n):
    d = {}
    for i in range(n):
        d[i] = a * i
    total = 0.0
    for i in range(n):
        total += d[i].sum()
    return total, len(d), 2 in d, n + 5 in d


def fill_through_items(n, k):
    d = dict()
    for i in range(n):
        d[i * 3] = np.zeros(k)
    for key in d:
        for j in range(k):
            d[key][j] = key * 10 + j
    return d


def write_through_a_read(n):
    d = {}
    d[1] = np.zeros(n)
    d[2] = np.ones(n)
    x = d[1]
    x[0] = 7.0
    d[2][n - 1] += 3.0
    return d[1][0], d[2][n - 1], d


def overwrite_keys(n):
    d = {}
    d[0] = np.arange(n) * 1.0
    d[1] = np.ones(2)
    d[0] = np.ones(1) * 5.0       # smaller: over the old value
    d[1] = np.arange(3 * n) * 2.0  # larger: at the end of the data
    d[2] = np.zeros(n)
    return d


def delete_and_pop(n):
    d = {}
    for i in range(n):
        d[i] = np.full(3, i * 1.0)
    del d[1]
    p = d.pop(3)
    p[0] = 100.0
    d[1] = np.full(2, -1.0)  # back at the end, as Python
    keys = 0
    for k in d:
        keys = keys * 10 + k
    return keys, p, d


def values_and_items(n):
    d = {}
    for i in range(n):
        d[i + 1] = np.arange(i + 1) + 0.5
    s = 0.0
    for v in d.values():
        s += v.sum()
    t = 0.0
    for k, v in d.items():
        t += k * v[0]
        v[0] = -k
    return s, t, d


def rank_two(n):
    d = {}
    for i in range(n):
        d[i] = np.ones((2, i + 1)) * i
    d[0][1, 0] = 9.0
    return d[n - 1].sum(), d


def typed_empty(n):
    d = nbc.typed.Dict.empty(key_type=nbc.types.int64,
                             value_type=nbc.types.float64[:])
    for i in range(n):
        d[i] = np.ones(i + 1)
    return d


def typed_empty_numba(n):
    d = numba.typed.Dict.empty(key_type=numba_types.int64,
                               value_type=numba_types.float64[:])
    for i in range(n):
        d[i] = np.ones(i + 1)
    return d


def typed_empty_2d(n):
    d = nbc.typed.Dict.empty(key_type=nbc.types.int64,
                             value_type=nbc.types.float32[:, :])
    for i in range(n):
        d[i] = np.full((i + 1, 2), i, dtype=np.float32)
    return d


def float_keys(n):
    d = {}
    for i in range(n):
        d[i * 0.5] = np.full(2, i * 1.0)
    d[-0.0] = np.ones(1)  # the key 0.0
    return d[0.0].sum(), len(d), 1.0 in d


def missing_key(n):
    d = {}
    d[1] = np.zeros(2)
    return d[n]


def delete_missing(n):
    d = {}
    d[1] = np.zeros(2)
    del d[n]
    return len(d)


def clear_and_refill(n):
    d = {}
    for i in range(n):
        d[i] = np.ones(4) * i
    d.clear()
    d[7] = np.arange(3) * 1.0
    return len(d), d


def make_dtyped(dtype):
    src = f"""
def kernel(n):
    d = {{}}
    for i in range(n):
        d[i] = (np.arange(i + 2) * 3).astype(np.{np.dtype(dtype).name})
    d[0][1] = 5
    s = 0.0
    for v in d.values():
        s += v.sum()
    return s, d
"""
    return src


def displays_and_comprehensions(n):
    d = {i: np.zeros(i + 1) for i in range(n)}
    e = {0: np.ones(2), 5: np.arange(3) * 1.0}
    for k in d:
        d[k] += k
    e[5][0] = -1.0
    return d, e, len(e)


def stored_in_a_loop_then_filled(n, k):
    d = {}
    for i in range(n):
        row = np.empty(k)
        d[i] = row
        for j in range(k):
            row[j] = i * 100 + j
    return d


def fill_in_callee(d, k, n):
    d[k] = np.full(n, k * 1.0)


def callee_reads(d, k):
    return d[k].sum()


def passed_to_a_callee(n):
    d = {0: np.zeros(1)}  # a dict passed on has its types decided first
    for i in range(1, n):
        fill_in_callee(d, i, i + 1)
    return callee_reads(d, n - 1), d


def replay(ops, keys, sizes):
    """ops[i]: 0 store a new array at keys[i], 1 write into d[keys[i]] when
    there, 2 delete it when there, 3 pop it when there, 4 clear."""
    d = {}
    popped = 0.0
    for i in range(len(ops)):
        k = keys[i]
        if ops[i] == 0:
            d[k] = np.full(sizes[i], k * 1.0 + i)
        elif ops[i] == 1:
            if k in d:
                d[k][0] += 1.5
        elif ops[i] == 2:
            if k in d:
                del d[k]
        elif ops[i] == 3:
            if k in d:
                popped += d.pop(k).sum()
        else:
            d.clear()
    return popped, len(d), d


def get_optional(n):
    d = {}
    for i in range(n):
        d[i * 2] = np.arange(i + 1) * 1.5
    s = 0.0
    for k in range(2 * n):
        v = d.get(k)
        if v is None:
            s -= 1.0
        else:
            s += v.sum()
            v[0] = -1.0  # a view of the dict's value, as Python's same array
    return s, d


# -- tests ------------------------------------------------------------------------

@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: np.dtype(d).name)
def test_build_and_read(dtype):
    check(build_and_read, np.arange(4).astype(dtype), 6)


@pytest.mark.parametrize("n", [0, 1, 7, 40])
def test_fill_through_items(n):
    check(fill_through_items, n, 5)


def test_write_through_a_read():
    check(write_through_a_read, 4)


def test_overwrite_keys():
    check(overwrite_keys, 5)


def test_delete_and_pop():
    check(delete_and_pop, 6)


def test_values_and_items():
    check(values_and_items, 5)


def test_rank_two():
    check(rank_two, 4)


def test_typed_empty():
    want = typed_empty(5)
    got = nbc.njit(typed_empty)(5)
    same_dicts(got, want)
    assert isinstance(got, nbc.typed.Dict)
    same_dicts(dict(numba.njit(typed_empty_numba)(5)), want)
    same_dicts(nbc.njit(typed_empty_numba)(5), want)  # Numba's spelling in nbc


def test_typed_empty_2d():
    want = typed_empty_2d(3)
    got = nbc.njit(typed_empty_2d)(3)
    same_dicts(got, want)
    assert got[2].dtype == np.float32 and got[2].shape == (3, 2)


def test_float_keys():
    # Numba 0.68 keeps -0.0 and 0.0 as two keys (it gives (0.0, 7, True));
    # CPython and nbc compare them as numbers: one key.
    check(float_keys, 6, numba_too=False)


def test_displays_and_comprehensions():
    check(displays_and_comprehensions, 4)


def test_stored_in_a_loop_then_filled():
    check(stored_in_a_loop_then_filled, 5, 3)


def test_passed_to_a_callee():
    want = passed_to_a_callee(4)
    nbc_fill, nbc_reads = nbc.njit(fill_in_callee), nbc.njit(callee_reads)
    g = dict(globals(), fill_in_callee=nbc_fill, callee_reads=nbc_reads)
    import types
    fn = types.FunctionType(passed_to_a_callee.__code__, g)
    same(nbc.njit(fn)(4), want)


@pytest.mark.parametrize("seed,count,spread", [(0, 60, 8), (1, 400, 40),
                                               (2, 3000, 500), (3, 3000, 2000)])
def test_replayed_operations(seed, count, spread):
    """Many keys (the hash index grows, is rebuilt after deletions, pops and
    clears), negative keys, values of several sizes, against CPython."""
    rng = np.random.default_rng(seed)
    ops = rng.choice(5, size=count, p=[0.55, 0.2, 0.1, 0.148, 0.002])
    keys = rng.integers(-spread, spread, size=count)
    sizes = rng.integers(1, 6, size=count)
    check(replay, ops, keys, sizes, numba_too=seed < 2)


def test_get_optional():
    check(get_optional, 5)


def test_clear_and_refill():
    check(clear_and_refill, 5)


def test_missing_key_raises_key_error():
    with pytest.raises(KeyError) as info:
        nbc.njit(missing_key)(3)
    assert str(info.value) == "3"
    with pytest.raises(KeyError):
        missing_key(3)
    with pytest.raises(KeyError) as info:
        nbc.njit(delete_missing)(4)
    assert str(info.value) == "4"


@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: np.dtype(d).name)
def test_dtypes_returned(dtype, tmp_path):
    path = tmp_path / f"dict_kernel_{np.dtype(dtype).name}.py"
    path.write_text("import numpy as np\n" + make_dtyped(dtype))
    import importlib.util
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    want = module.kernel(4)
    got = nbc.njit(module.kernel)(4)
    assert got[0] == want[0]
    same_dicts(got[1], want[1])
    assert got[1][3].dtype == np.dtype(dtype)
    numba_got = numba.njit(module.kernel)(4)
    assert numba_got[0] == want[0]
    same_dicts(dict(numba_got[1]), want[1])


# -- refused: where the dict's copies would differ from Python's shared arrays ----

def parameter_stored_then_written(a):
    d = {}
    d[0] = a  # marker: refused
    a[0] = 5.0
    return d[0][0]


def same_array_twice(n):
    t = np.zeros(n)
    d = {}
    d[0] = t
    d[1] = t  # marker: refused
    d[0][0] = 1.0
    return d[1][0]


def value_kept_across_overwrite(n):
    d = {}
    d[0] = np.zeros(n)
    x = d[0]
    d[0] = np.ones(n)
    return x[0]  # marker: refused


def value_kept_across_insert(n):
    d = {}
    d[0] = np.zeros(n)
    x = d[0]
    for i in range(1, 40):
        d[i] = np.ones(n)
    x[0] = 3.0  # marker: refused
    return d[0][0]


def swap_values(n):
    d = {}
    d[0] = np.zeros(n)
    d[1] = np.ones(n)
    d[0], d[1] = d[1], d[0]  # marker: refused
    return d[0][0]


def display_of_a_parameter(a):
    d = {0: a}  # marker: refused
    d[0][0] = 2.0
    return a[0]


def value_from_get_kept_across_overwrite(n):
    d = {}
    d[0] = np.zeros(n)
    x = d.get(0)
    d[0] = np.ones(n)
    return x[0]  # marker: refused


REFUSED = [
    (parameter_stored_then_written, np.zeros(3), "storing 'a' in the dict"),
    (same_array_twice, 3, "storing 't' in the dict"),
    (value_kept_across_overwrite, 3, "'x' is an array of the dict 'd'"),
    (value_kept_across_insert, 3, "'x' is an array of the dict 'd'"),
    (swap_values, 3, "assigning items of a dict of arrays"),
    (display_of_a_parameter, np.zeros(3), "a dict display of 'a'"),
    (value_from_get_kept_across_overwrite, 3, "'x' is an array of the dict 'd'"),
]


@pytest.mark.parametrize("fn,arg,words", REFUSED, ids=[r[0].__name__ for r in REFUSED])
def test_refused_where_python_would_share(fn, arg, words):
    with pytest.raises(nbc.UnsupportedError) as info:
        nbc.njit(fn)(arg)
    text = str(info.value)
    assert words in text
    assert f"line {marked_line(fn)}," in text
    assert any(hint in text for hint in (".copy()", "index the dict", "assign the items"))


def test_numba_shares_as_python():
    """Numba's dicts hold references: its values are CPython's on these, so
    nbc refuses them rather than differ."""
    for fn, arg in [(parameter_stored_then_written, np.zeros(3)),
                    (same_array_twice, 3), (value_kept_across_overwrite, 3)]:
        want = fn(arg.copy() if isinstance(arg, np.ndarray) else arg)
        got = numba.njit(fn)(arg.copy() if isinstance(arg, np.ndarray) else arg)
        assert got == want


def stored_copy_then_written(a):
    d = {}
    d[0] = a.copy()
    a[0] = 5.0
    d[0][1] = 6.0
    return d[0][0], d[0][1], a[1]


def name_stored_is_the_value(n):
    row = np.zeros(n)
    d = {}
    d[0] = row
    row[1] = 4.0  # Python: row is d[0]
    return d[0][1]


def parameter_only_read(a):
    d = {}
    d[0] = a
    d[1] = a * 2
    return d[0].sum() + d[1].sum()


@pytest.mark.parametrize("fn,arg", [(stored_copy_then_written, np.zeros(3)),
                                    (name_stored_is_the_value, 3),
                                    (parameter_only_read, np.arange(3.0))])
def test_patterns_that_agree(fn, arg):
    check(fn, arg)


# -- not supported: located errors ------------------------------------------------

def get_of_array_dict(n):
    d = {}
    d[0] = np.zeros(n)
    return d.get(0, np.ones(n))


def copy_of_array_dict(n):
    d = {}
    d[0] = np.zeros(n)
    e = d.copy()
    return len(e)


def test_get_default_and_copy():  # once refused; test_dict_array_methods.py has more
    check(get_of_array_dict, 3)
    check(copy_of_array_dict, 3)


def scalar_into_array_dict(n):
    d = {}
    d[0] = np.zeros(n)
    d[1] = 2.0
    return len(d)


def ranks_differ(n):
    d = {}
    d[0] = np.zeros(n)
    d[1] = np.zeros((n, n))
    return len(d)


@pytest.mark.parametrize("fn,err,words", [
    (scalar_into_array_dict, nbc.TypingError, "cannot unify"),
    (ranks_differ, nbc.TypingError, "cannot unify"),
])
def test_unsupported_located(fn, err, words):
    with pytest.raises(err) as info:
        nbc.njit(fn)(3)
    text = str(info.value)
    assert words in text
    assert "test_dict_of_arrays.py" in text


def takes_a_dict(d):
    return len(d)


def test_typed_dict_of_arrays_argument_refused():
    d = nbc.typed.Dict.empty(nbc.types.int64, nbc.types.float64[:])
    d[1] = np.zeros(2)
    with pytest.raises(nbc.errors.UnsupportedArgumentError) as info:
        nbc.njit(takes_a_dict)(d)
    assert "argument 0 ('d')" in str(info.value)
