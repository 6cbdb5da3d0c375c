#!/usr/bin/env python3
"""Runs the usecase functions of one of Numba's test modules under nbc and
CPython on sample scalars and arrays of several dtypes, and prints each
function whose results differ or that nbc refuses (asking Numba what it
gives there). A development aid for coverage and reliability sweeps, not a
test: `PYTHONPATH=python .venv/bin/python scripts/sweep-numba-usecases.py
numba.tests.test_operators[:Class|:nested] [names...]`. `:Class` sweeps the
static methods of a class, `:nested` the functions defined inside test
methods; MAXOK=<n> limits the samples tried once a function agrees."""
import numpy as np, nbc, inspect, sys, signal, importlib, warnings, copy, json
warnings.simplefilter("ignore")
modname, _, clsname = sys.argv[1].partition(":")
mod = importlib.import_module(modname)
only = sys.argv[2:]  # optional names
if clsname == "nested":
    import ast as _ast, textwrap
    tree = _ast.parse(inspect.getsource(mod))
    found = {}
    for cls in tree.body:
        for meth in getattr(cls, "body", []):
            if not isinstance(meth, _ast.FunctionDef): continue
            for node in meth.body:
                if isinstance(node, _ast.FunctionDef) and not node.name.startswith("_"):
                    node.decorator_list = []
                    ns = dict(mod.__dict__)
                    try: exec(compile(_ast.Module([node], []), inspect.getsourcefile(mod), "exec"), ns)
                    except Exception: continue
                    fn = ns[node.name]
                    # nbc reads the source: give it the function's own text
                    found[f"{cls.name}.{meth.name}.{node.name}"] = fn
    class _NS: pass
    mod = _NS()
    for k, v in found.items(): setattr(mod, k, v)
    names = list(found)
elif clsname:
    mod = getattr(mod, clsname)
    names = [n for n in dir(mod) if isinstance(mod.__dict__.get(n), staticmethod)]
else:
    names = [n for n in dir(mod) if inspect.isfunction(getattr(mod, n)) and getattr(mod, n).__module__ == mod.__name__ and not n.startswith("_") and not n.startswith("test")]
if only: names = [n for n in names if n in only]
def handler(*a): raise TimeoutError
signal.signal(signal.SIGALRM, handler)
af = np.linspace(-1.5, 2.5, 7); ai = np.arange(6) - 2; a2 = (np.arange(12).reshape(3, 4) % 5); a2f = np.linspace(0, 1, 12).reshape(3, 4)
ab = np.array([True, False, True, True]); a32 = np.arange(5, dtype=np.float32) * 0.5; au8 = np.arange(5, dtype=np.uint8); ac = np.array([1+2j, -3j, 0.5])
S1 = [(3,), (-7,), (2.5,), (True,), (0,), (af,), (ai,), (a2,), (a2f,), (ab,), (a32,), (au8,), (ac,), (1+2j,)]
S2 = [(3, 2), (-7, 3), (2.5, -1.5), (0, 5), (True, 4), (7, 2.0), (af, af[::-1].copy()), (ai, 2), (a2, 1), (af, 1.5), (a2, a2 + 1), (a2f, 0), (ai, ai.copy()), (a32, a32 + 1), (au8, 3), (ac, ac), (ab, ab)]
S3 = [(3, 2, 1), (-7, 3, 5), (2.5, -1.5, 0.5), (1, 10, 2), (10, 1, -3), (af, 1, 4), (a2, 1, 2), (af, af.copy(), af.copy()), (ai, 0, 3), (a2f, a2f.copy(), a2f.copy())]
S0 = [()]
def interleave(S):
    arr = [t for t in S if any(isinstance(x, np.ndarray) for x in t)]
    sc = [t for t in S if not any(isinstance(x, np.ndarray) for x in t)]
    out = []
    for i in range(max(len(arr), len(sc))):
        out += sc[i:i+1] + arr[i:i+1]
    return out
SAMPLES = {0: S0, 1: interleave(S1), 2: interleave(S2), 3: interleave(S3)}
import numba
def numba_says(f, sample):
    try:
        return ("ok", numba.njit(f)(*copy.deepcopy(sample)))
    except Exception as e:
        return ("raises", type(e).__name__)
MAXOK = int(__import__("os").environ.get("MAXOK", "5"))
def same(got, want):
    if isinstance(want, np.ndarray) or isinstance(got, np.ndarray):
        if not (isinstance(got, np.ndarray) and isinstance(want, np.ndarray)): return "type"
        if got.shape != want.shape: return "shape"
        if got.dtype != want.dtype: return "dtype %s vs %s" % (got.dtype, want.dtype)
        if np.array_equal(got, want, equal_nan=True): return None
        if got.dtype.kind in "fc" and np.allclose(got, want, equal_nan=True, rtol=1e-12): return None
        return "value"
    if isinstance(want, (tuple, list)):
        if type(got) != type(want): return "type %s vs %s" % (type(got).__name__, type(want).__name__)
        if len(got) != len(want): return "len"
        for g, w in zip(got, want):
            r = same(g, w)
            if r: return r
        return None
    if isinstance(want, (set, dict)):
        if type(got) != type(want): return "type"
        return None if got == want else "value"
    if type(got) != type(want):
        # numpy scalar vs python scalar with equal value: note only
        if isinstance(want, (np.generic,)) or isinstance(got, np.generic):
            try:
                if got == want or (got != got and want != want): return None
                if isinstance(want, np.floating) and abs(got - want) <= 1e-12 * max(1, abs(want)): return None
            except Exception: pass
        return "type %s vs %s" % (type(got).__name__, type(want).__name__)
    try:
        if got == want or (got != got and want != want): return None
        if isinstance(want, (float, complex, np.floating)) and abs(got - want) <= 1e-12 * max(1, abs(want)): return None
    except Exception: return "cmp"
    return "value"
def is_raise(w):
    return isinstance(w, tuple) and len(w) == 2 and isinstance(w[0], str) and w[0] == "raises"
stats = dict(funcs=0, ran=0, agreed=0, differed=0, refused=0, skipped=0)
for n in names:
    f = getattr(mod, n)
    if __import__("os").environ.get("VERBOSE"): print("TRY", n, flush=True)
    try: params = list(inspect.signature(f).parameters.values())
    except Exception: continue
    if any(p.kind != p.POSITIONAL_OR_KEYWORD for p in params) or len(params) > 3:
        stats["skipped"] += 1; continue
    stats["funcs"] += 1
    nok = 0; status = None; msgs = []
    for sample in SAMPLES[len(params)]:
        if nok >= MAXOK: break
        a1 = copy.deepcopy(sample)
        signal.alarm(5)
        try:
            want = f(*a1)
        except TimeoutError:
            signal.alarm(0); continue
        except Exception as e:
            if isinstance(e, (TypeError, AttributeError, NameError)): continue
            want = ("raises", type(e).__name__)
        signal.alarm(0)
        if callable(want) or inspect.isgenerator(want) or want is NotImplemented: break
        a2_ = copy.deepcopy(sample)
        signal.alarm(60)
        try:
            got = nbc.njit(f)(*a2_)
        except TimeoutError:
            got = ("timeout",)
        except Exception as e:
            got = ("raises", type(e).__name__, str(e).splitlines()[0][:160] if str(e) else "")
        finally:
            signal.alarm(0)
        nok += 1
        if isinstance(got, tuple) and got and isinstance(got[0], str) and got[0] in ("raises", "timeout") and not is_raise(want):
            nb = numba_says(f, sample)
            if nb[0] == "raises":
                msgs.append("BOTHREFUSE %s %s" % (n, nb[1])); continue
            if status is None: status = "refused"
            msgs.append("REFUSED %s %s %s" % (n, [type(x).__name__ if not isinstance(x, np.ndarray) else str(x.dtype)+str(x.ndim)+"d" for x in sample], got))
            continue
        if is_raise(want):
            if not (isinstance(got, tuple) and got and got[0] == "raises"):
                status = "differed"; msgs.append("DIFF %s %r got %r want raises %s" % (n, sample, got, want[1])); break
            if got[1] != want[1]: msgs.append("EXC %s %r got %s want %s" % (n, sample, got[1:], want[1]))
            continue
        r = same(got, want) or (same(list(a2_), list(a1)) and "mutated-args")
        if r:
            status = "differed"
            nb = numba_says(f, sample)
            msgs.append("NUMBA %s %s" % ("agrees-with-python" if nb[0] == "ok" and not same(nb[1], want) else "differs-from-python", repr(nb)[:100]))
            msgs.append("DIFF(%s) %s %s got %s want %s" % (r, n, repr(sample)[:150], repr(got)[:200], repr(want)[:200])); break
    if nok == 0: stats["funcs"] -= 1; stats["skipped"] += 1; print("NOSAMPLE", n); continue
    stats["ran"] += 1
    if status is None and any(m.startswith("BOTH") for m in msgs) and nok == sum(m.startswith("BOTH") for m in msgs): stats["bothrefuse"] = stats.get("bothrefuse", 0) + 1
    elif status is None: stats["agreed"] += 1
    else: stats[status] += 1
    msgs.sort(key=lambda m: m.startswith("EXC"))
    for m in [m for m in msgs if not m.startswith("BOTH")][:3]: print(m, flush=True)
print("STATS", sys.argv[1], json.dumps(stats))
