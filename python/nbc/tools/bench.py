"""`python -m nbc bench MODULE:FUNC --sizes ...` and its API, `benchmark`.

Times a compiled function against its Python original (`py_func`) and,
optionally, a NumPy baseline, at several input sizes: a warm-up call first
(it compiles), a check that the results agree, then the median of several
timed samples, each long enough for the clock to resolve.
"""
import importlib
import importlib.util
import math
import os
import statistics
import sys
import time

import numpy as np

# A sample runs the call this many times at least this long (seconds), so
# that short calls are not below the clock's resolution.
SAMPLE_SECONDS = 2e-3
# No implementation is sampled for longer than this in total (seconds): the
# Python original at a large size takes one sample.
BUDGET_SECONDS = 2.0


def load_object(spec):
    """`package.module:name` or `path/to/file.py:name` -> the object."""
    if ":" not in spec:
        raise ValueError(f"'{spec}' is not MODULE:NAME (e.g. mykernels:smooth)")
    where, name = spec.rsplit(":", 1)
    if where.endswith(".py") or os.sep in where:
        path = os.path.abspath(where)
        mod_name = os.path.splitext(os.path.basename(path))[0]
        mod = sys.modules.get(mod_name)
        if mod is None or os.path.abspath(getattr(mod, "__file__", "") or "") != path:
            sys.path.insert(0, os.path.dirname(path))
            spec_ = importlib.util.spec_from_file_location(mod_name, path)
            mod = importlib.util.module_from_spec(spec_)
            sys.modules[mod_name] = mod
            spec_.loader.exec_module(mod)
    else:
        if os.getcwd() not in sys.path and "" not in sys.path:
            sys.path.insert(0, os.getcwd())
        mod = importlib.import_module(where)
    obj = mod
    for part in name.split("."):
        obj = getattr(obj, part)
    return obj


def compiled_and_python(func):
    """(compiled callable, its Python original) for a jitted function or a
    plain one (compiled here with nbc.njit)."""
    py = getattr(func, "py_func", None)
    if py is not None:
        return func, py
    from .. import njit
    return njit(func), func


def default_setup(py_func):
    """A setup giving one random float64 array of `size` per parameter."""
    nparams = py_func.__code__.co_argcount

    def setup(size):
        rng = np.random.default_rng(0)
        return tuple(rng.random(size) for _ in range(nparams))
    return setup


def arguments(setup, size):
    args = setup(size)
    return args if isinstance(args, tuple) else (args,)


def time_call(fn, args, repeat=5):
    """Median seconds per call of fn(*args) (after one untimed call)."""
    fn(*args)
    number, spent = 1, 0.0
    while True:
        start = time.perf_counter()
        for _ in range(number):
            fn(*args)
        t = time.perf_counter() - start
        spent += t
        if t >= SAMPLE_SECONDS or spent > BUDGET_SECONDS / 4:
            break
        number *= 10
    samples = [t / number]
    while len(samples) < repeat and spent < BUDGET_SECONDS:
        start = time.perf_counter()
        for _ in range(number):
            fn(*args)
        t = time.perf_counter() - start
        spent += t
        samples.append(t / number)
    return statistics.median(samples)


def same_result(a, b):
    try:
        return bool(np.allclose(np.asarray(a, dtype=np.float64),
                                np.asarray(b, dtype=np.float64), equal_nan=True))
    except (TypeError, ValueError):
        return a == b


def describe_types(args):
    """nbc's names of the argument types (`array(float64, 1d, C)`, `int64`)."""
    from ..types import typeof
    return [str(typeof(a)) if typeof(a) is not None else type(a).__name__ for a in args]


def benchmark(func, sizes, setup=None, baseline=None, repeat=5):
    """Times `func` (jitted, or a plain function nbc compiles) against its
    Python original and, if given, `baseline`, at each size. `setup(size)`
    returns the arguments (default: a random float64 array per parameter).
    Returns one dict per size: size, types, compiled/python/baseline
    seconds, speedup (python / compiled), baseline_ratio (baseline /
    compiled) and agrees (the compiled result equals the Python one)."""
    comp, py = compiled_and_python(func)
    setup = setup or default_setup(py)
    rows = []
    for size in sizes:
        args = arguments(setup, size)
        expected, got = py(*args), comp(*args)
        row = {"size": size, "types": describe_types(args),
               "agrees": same_result(got, expected),
               "compiled": time_call(comp, args, repeat),
               "python": time_call(py, args, repeat)}
        row["speedup"] = row["python"] / row["compiled"]
        if baseline is not None:
            row["baseline"] = time_call(baseline, arguments(setup, size), repeat)
            row["baseline_ratio"] = row["baseline"] / row["compiled"]
        rows.append(row)
    return rows


def _ms(t):
    return f"{t * 1e3:.4g}"


def format_table(rows, name="function"):
    has_base = any("baseline" in r for r in rows)
    head = ["size", "nbc ms", "Python ms", "speedup"]
    head += ["baseline ms", "baseline/nbc"] if has_base else []
    head += ["agrees", "argument types"]
    lines = [f"{name}:", " | ".join(head)]
    for r in rows:
        cells = [str(r["size"]), _ms(r["compiled"]), _ms(r["python"]),
                 f"{r['speedup']:.1f}x"]
        if has_base:
            cells += [_ms(r["baseline"]), f"{r['baseline_ratio']:.2f}x"] \
                if "baseline" in r else ["-", "-"]
        cells += ["yes" if r["agrees"] else "NO", ", ".join(r["types"])]
        lines.append(" | ".join(cells))
    return "\n".join(lines)


def parse_size(text):
    """`1000`, `1e6`, `2**20` or `300x300` (a tuple) -> an int or a tuple."""
    if "x" in text:
        return tuple(parse_size(t) for t in text.split("x"))
    if "**" in text:
        base, exp = text.split("**")
        return int(base) ** int(exp)
    value = float(text)
    if value != math.floor(value) or value < 0:
        raise ValueError(f"size '{text}' is not a non-negative integer")
    return int(value)


def add_arguments(parser):
    parser.add_argument("function", help="MODULE:FUNC or path/file.py:FUNC, a "
                        "jitted function or a plain one (compiled with nbc.njit)")
    parser.add_argument("--sizes", nargs="+", default=["1000", "100000"],
                        help="input sizes: 1000 1e6 2**20 300x300 (default 1000 100000)")
    parser.add_argument("--setup", help="MODULE:FUNC returning the arguments for a "
                        "size (default: one random float64 array per parameter)")
    parser.add_argument("--baseline", help="MODULE:FUNC, e.g. a NumPy version")
    parser.add_argument("--repeat", type=int, default=5, help="samples per timing")


def main(args):
    func = load_object(args.function)
    setup = load_object(args.setup) if args.setup else None
    baseline = load_object(args.baseline) if args.baseline else None
    rows = benchmark(func, [parse_size(s) for s in args.sizes], setup, baseline,
                     args.repeat)
    print(format_table(rows, args.function))
    return 0 if all(r["agrees"] for r in rows) else 1
