"""@njit code calling functions of an ahead-of-time built module (nbc.aot):
the module is compiled once in a subprocess and imported here; the same
callers run three ways, checked against each other: calling the AOT
extension's functions, calling the @njit source functions (JIT only), and
as plain Python over the plain Python functions."""

import importlib
import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

import nbc

pytest.importorskip("nbc._core")

LIBRARY = '''\
import numpy as np
import nbc


@nbc.njit(["float64(float64, float64)", "int64(int64, int64)"])
def floordiv(a, b):
    return a // b


@nbc.njit(["float64(float64[:], int64)", "int32(int32[:], int64)"], boundscheck=True)
def pick(a, i):
    return a[i]


@nbc.njit(["float64[:](float64[:], float64)", "float32[:, :](float32[:, :], float32)"])
def affine(a, c):
    out = np.empty_like(a)
    out[...] = a * 2 + c
    return out


@nbc.njit("float64(float64[:])")
def checked_log(a):
    s = 0.0
    for i in range(a.shape[0]):
        if a[i] <= 0.0:
            raise ValueError("checked_log: element not positive")
        s += np.log(a[i])
    return s


@nbc.njit("Tuple((float64, int64))(float64[:])")
def total_and_count(a):
    return a.sum(), a.shape[0]


@nbc.njit("float64[:](float64[:])")
def ident(a):
    return a


@nbc.njit("void(float64[:], float64)")
def fill(out, v):
    for i in range(out.shape[0]):
        out[i] = v


@nbc.njit("int64(int64)")
def shout(x):
    print("shout", x)
    return x + 1
'''

# `lib` is the AOT extension, the @njit source module, or plain functions.
CALLERS = '''\
import numpy as np
import nbc
{header}


@nbc.njit
def scalars(x, y):
    return lib.floordiv(x, y) * 2 + lib.floordiv(y, 3)


@nbc.njit
def picks(a, i):
    return lib.pick(a, i) + lib.pick(a, 0)


@nbc.njit
def arrays(a, c):
    b = lib.affine(a, c)
    return b.sum(), b


@nbc.njit
def logs(a):
    return lib.checked_log(a) * 2.0


@nbc.njit
def tuples(a):
    s, n = lib.total_and_count(a)
    return s / max(n, 1)


@nbc.njit
def identity_sum(a):
    return lib.ident(a).sum() + 1.0


@nbc.njit
def fills(n, v):
    out = np.zeros(n)
    lib.fill(out, v)
    return out


@nbc.njit
def helper(a, i):
    return lib.pick(a, i) * 3.0


@nbc.njit(parallel=True)
def parallel(a, n):
    out = np.empty(n)
    for i in nbc.prange(n):
        out[i] = helper(a, i) + lib.checked_log(a)
    return out


@nbc.njit(cache=True)
def cached(a):
    return lib.checked_log(a) + 1.0


@nbc.njit(parallel=True, nogil=False)
def loud(n):
    out = np.empty(n, np.int64)
    for i in nbc.prange(n):
        out[i] = lib.shout(i)
    return out
'''

PLAIN = '''\
import aotcall_src as _src


class lib:
    pass


for _name in ("floordiv", "pick", "affine", "checked_log", "total_and_count",
              "ident", "fill", "shout"):
    setattr(lib, _name, staticmethod(getattr(_src, _name).py_func))'''


@pytest.fixture(scope="module")
def callers(tmp_path_factory):
    """{"aot": module, "jit": module, "py": module} of the same callers."""
    root = tmp_path_factory.mktemp("aotcall")
    (root / "src").mkdir()
    (root / "src" / "aotcall_src.py").write_text(LIBRARY)
    (root / "lib.py").write_text(LIBRARY)
    proc = subprocess.run([sys.executable, "-m", "nbc", "compile", str(root / "lib.py"),
                           "-o", str(root / "out"), "--name", "aotcall_lib"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    headers = {"aot": "import aotcall_lib as lib", "jit": "import aotcall_src as lib",
               "py": PLAIN}
    for kind, header in headers.items():
        text = CALLERS.format(header=header)
        if kind == "py":  # plain Python all the way down
            text += "\nhelper = helper.py_func\n"
        (root / f"aotcall_callers_{kind}.py").write_text(text)
    sys.path[:0] = [str(root / "out"), str(root / "src"), str(root)]
    try:
        mods = {k: importlib.import_module(f"aotcall_callers_{k}") for k in headers}
        assert mods["aot"].lib.__file__.endswith(".so")
        yield mods
    finally:
        for p in (str(root / "out"), str(root / "src"), str(root)):
            sys.path.remove(p)


def run(mods, name, *args):
    """The caller `name` run the three ways; the results (or exceptions)."""
    out = {}
    for kind, mod in mods.items():
        fn = getattr(mod, name)
        fn = fn.py_func if kind == "py" else fn
        try:
            out[kind] = fn(*args)
        except Exception as e:  # compared below
            out[kind] = e
    return out


def same(got, want, dtype=True):
    """Equal values and shapes (and dtypes: Python's int32 arithmetic stays
    int32 where the compiled signature says int64)."""
    if isinstance(want, tuple):
        assert isinstance(got, tuple) and len(got) == len(want), (got, want)
        for g, w in zip(got, want):
            same(g, w, dtype)
        return
    got, want = np.asarray(got), np.asarray(want)
    assert got.shape == want.shape, (got, want)
    assert got.dtype == want.dtype or not dtype, (got, want)
    np.testing.assert_allclose(got, want, rtol=1e-12)


def check(mods, name, *args):
    r = run(mods, name, *args)
    for kind in ("aot", "jit", "py"):
        assert not isinstance(r[kind], Exception), (kind, r[kind])
    same(r["aot"], r["py"], dtype=False)
    same(r["aot"], r["jit"])
    return r["aot"]


def check_raises(mods, name, *args):
    """AOT and JIT-only raise the same exception (type and message); Python
    the same type."""
    r = run(mods, name, *args)
    assert isinstance(r["aot"], Exception), r["aot"]
    assert type(r["aot"]) is type(r["jit"]) and str(r["aot"]) == str(r["jit"]), r
    assert isinstance(r["py"], type(r["aot"])), r
    return r["aot"]


@pytest.mark.parametrize("x, y", [(7, 2), (-7, 2), (7.5, 2.0), (-1e300, 3.0),
                                  (np.int32(9), np.int32(4)), (3, 2.5)])
def test_scalar_overloads(callers, x, y):
    check(callers, "scalars", x, y)


@pytest.mark.parametrize("x, y", [(1, 0), (1.0, 0.0)])
def test_zero_division_surfaces(callers, x, y):
    assert isinstance(check_raises(callers, "scalars", x, y), ZeroDivisionError)


def arrays_of(dtype):
    base = np.arange(1.0, 13.0).astype(dtype)
    return {"contiguous": base, "reversed": base[::-1], "strided": base[::3],
            "one": base[:1]}


@pytest.mark.parametrize("dtype", [np.float64, np.int32])
@pytest.mark.parametrize("view", ["contiguous", "reversed", "strided", "one"])
def test_array_arguments_pick_the_overload(callers, dtype, view):
    a = arrays_of(dtype)[view]
    check(callers, "picks", a, -1)
    check(callers, "picks", a, 0)


@pytest.mark.parametrize("i", [100, -100])
def test_index_error_with_message(callers, i):
    e = check_raises(callers, "picks", np.arange(5.0), i)
    assert isinstance(e, IndexError) and str(e), e


def test_value_error_with_message(callers):
    e = check_raises(callers, "logs", np.array([1.0, -2.0, 3.0]))
    assert isinstance(e, ValueError) and "checked_log: element not positive" in str(e)


@pytest.mark.parametrize("view", ["contiguous", "reversed", "strided", "one"])
def test_returned_arrays(callers, view):
    a = arrays_of(np.float64)[view]
    total, b = check(callers, "arrays", a, 0.25)
    assert b.flags.owndata or b.base is not None
    del b  # the AOT library's allocation, owned by the result
    a2 = np.arange(12.0, dtype=np.float32).reshape(3, 4)
    for m in (a2, np.asfortranarray(a2), a2[:, ::2], a2[:0]):
        check(callers, "arrays", m, np.float32(1.5))


def test_empty_array(callers):
    check(callers, "arrays", np.zeros(0), 1.0)
    check(callers, "tuples", np.zeros(0))
    check(callers, "logs", np.zeros(0))


def test_tuple_result_and_identity(callers):
    for a in arrays_of(np.float64).values():
        check(callers, "tuples", a)
        check(callers, "identity_sum", a)


def test_callee_writes_its_argument(callers):
    check(callers, "fills", 5, 2.5)
    check(callers, "fills", 0, 2.5)


def test_no_signature_takes_the_arguments(callers):
    with pytest.raises(nbc.NBCError, match=r"pick: no compiled signature takes "
                       r"\(array\(int16"):
        callers["aot"].picks(np.arange(4, dtype=np.int16), 1)


def test_prange_caller(callers):
    a = np.linspace(1.0, 2.0, 1000)
    check(callers, "parallel", a, 1000)
    check(callers, "parallel", a, 0)
    e = check_raises(callers, "parallel", a, 1001)
    assert isinstance(e, IndexError)


CACHE_SCRIPT = textwrap.dedent('''\
    import sys
    import numpy as np
    sys.path[:0] = sys.argv[1:]
    import aotcall_callers_aot as c
    a = np.arange(1.0, 6.0)
    print(repr(c.cached(a)), sum(c.cached.stats.cache_hits.values()))
''')


def test_callers_are_not_cached(callers, tmp_path):
    """A kernel that calls an AOT function holds the library's address,
    bound by this process's JIT: it is compiled in every process, never
    stored (nor loaded) as a cache entry, and its results stay right."""
    want = float(np.log(np.arange(1.0, 6.0)).sum() + 1.0)
    paths = [os.path.dirname(m.__file__) for m in (callers["aot"].lib, callers["aot"])]
    paths.append(os.path.dirname(callers["jit"].lib.__file__))
    env = dict(os.environ, NBC_CACHE_DIR=str(tmp_path / "cache"))
    for _ in range(2):
        proc = subprocess.run([sys.executable, "-c", CACHE_SCRIPT, *paths],
                              capture_output=True, text=True, timeout=300, env=env)
        assert proc.returncode == 0, proc.stderr
        value, hits = proc.stdout.split()
        assert abs(float(value) - want) < 1e-12 and hits == "0", proc.stdout
    stored = os.listdir(tmp_path / "cache") if (tmp_path / "cache").exists() else []
    assert not [n for n in stored if "cached" in n], stored


LOUD_SCRIPT = textwrap.dedent('''\
    import sys
    sys.path[:0] = sys.argv[1:]
    import aotcall_callers_aot as c
    print("result", c.loud(4).tolist())
''')


def test_printing_callee_in_prange_holding_no_gil(callers):
    """The AOT function prints (each line takes the GIL) from prange
    threads: the caller releases the GIL although nogil=False asks to keep
    it, as a kernel that prints itself does; else the threads wait forever."""
    paths = [os.path.dirname(m.__file__) for m in (callers["aot"].lib, callers["aot"])]
    paths.append(os.path.dirname(callers["jit"].lib.__file__))
    proc = subprocess.run([sys.executable, "-c", LOUD_SCRIPT, *paths],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert sorted(lines[:-1]) == [f"shout {i}" for i in range(4)], lines
    assert lines[-1] == "result [1, 2, 3, 4]", lines


def test_keywords_and_ufunc_callers(callers):
    lib, a = callers["aot"].lib, np.arange(5.0)

    @nbc.njit
    def by_keyword(a):
        return lib.pick(i=-2, a=a)

    @nbc.vectorize(["float64(float64)"])
    def halves(x):
        return lib.floordiv(x, 2.0)

    assert by_keyword(a) == a[-2]
    np.testing.assert_array_equal(halves(a), a // 2.0)


def test_module_without_callee_forms_is_refused(callers, monkeypatch):
    lib = callers["aot"].lib
    monkeypatch.setattr(lib.pick, "_callees", [])

    @nbc.njit
    def old(a):
        return lib.pick(a, 0)

    with pytest.raises(nbc.NBCError, match="rebuild its module"):
        old(np.arange(3.0))


def test_aot_module_cannot_call_another(callers, tmp_path):
    """A library cannot link to another AOT library's callees: refused when
    compiling, naming the library."""
    out = os.path.dirname(callers["aot"].lib.__file__)
    src = tmp_path / "second.py"
    src.write_text(textwrap.dedent('''\
        import nbc
        import aotcall_lib


        @nbc.njit("float64(float64)")
        def again(x):
            return aotcall_lib.floordiv(x, 2.0)
    '''))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [out] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]))
    proc = subprocess.run([sys.executable, "-m", "nbc", "compile", str(src), "-o",
                           str(tmp_path / "out")], capture_output=True, text=True,
                          timeout=300, env=env)
    assert proc.returncode != 0
    assert "libsecond.so: the module calls functions of another ahead-of-time " \
        "compiled module" in proc.stderr, proc.stderr
