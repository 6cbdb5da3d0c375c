"""Building the C versions, the implementations of each row, and timing them.

A row is one case in one variant (serial or parallel). Every implementation
of a row is called once (compiling it: the warm-up) and its result checked
against NumPy's; then the timed repetitions run round-robin over the
implementations so that load on a shared machine hits them alike.
"""
import ctypes
import os
import subprocess
import sys
import time
import types
import warnings

import numpy as np

from cases import C_SIGNATURES, all_cases

HERE = os.path.dirname(os.path.abspath(__file__))
C_SOURCES = [os.path.join(HERE, "kernels.c"), os.path.join(HERE, "kernels_suite.c")]
# (library name, extra clang flags): serial rows use the first two, parallel
# rows the OpenMP builds.
C_BUILDS = {
    "serial": ("kernels_serial.so", []),
    "serial_nofma": ("kernels_serial_nofma.so", ["-ffp-contract=off"]),
    "omp": ("kernels_omp.so", ["-fopenmp"]),
    "omp_nofma": ("kernels_omp_nofma.so", ["-fopenmp", "-ffp-contract=off"]),
}
CLANG = ["clang-22", "-O3", "-march=native", "-shared", "-fPIC"]


def build_c(outdir):
    """Builds the four C libraries into outdir (kept if already there)."""
    for name, flags in C_BUILDS.values():
        out = os.path.join(outdir, name)
        if not os.path.exists(out):
            subprocess.run(CLANG + flags + C_SOURCES +
                           ["-o", out, "-L/usr/lib/llvm-22/lib",
                            "-Wl,-rpath,/usr/lib/llvm-22/lib", "-lm"], check=True)


def load_c(outdir):
    libs = {}
    for key, (name, _) in C_BUILDS.items():
        lib = ctypes.CDLL(os.path.join(outdir, name))
        for fn_name, (args, res) in C_SIGNATURES.items():
            fn = getattr(lib, fn_name)
            fn.argtypes, fn.restype = args, res
        libs[key] = lib
    return libs


def with_prange(py, prange):
    """The same code object with the compiler's own prange in its globals."""
    return types.FunctionType(py.__code__, {**py.__globals__, "prange": prange},
                              py.__name__)


def compiled(case, compiler, parallel):
    """The case's kernel compiled by "nbc" or "numba"."""
    mod = __import__(compiler)
    if case.ufunc:
        return mod.vectorize(["float64(float64)"], target="parallel" if parallel else "cpu",
                             **case.opts)(case.py)
    py = with_prange(case.py, mod.prange)
    opts = {**case.opts, **(case.nbc_opts if compiler == "nbc" else {})}
    return mod.njit(parallel=parallel, **opts)(py)


def rows(cases):
    """(row name, case, variant) for every row of the given cases."""
    out = []
    for case in cases:
        for variant in (("serial", "parallel") if case.parallel else ("serial",)):
            label = case.name + (" [prange]" if variant == "parallel" and not case.ufunc
                                 else " [parallel]" if variant == "parallel" else "")
            out.append((label, case, variant))
    return out


def implementations(case, variant, libs):
    """name -> callable, and name -> first error line for those that failed."""
    impls, errors = {}, {}
    parallel = variant == "parallel"
    for name in ("nbc", "numba"):
        try:
            impls[name] = compiled(case, name, parallel)
        except Exception as e:  # a compile error is a result of the suite
            errors[name] = first_line(e)
    impls["numpy"] = case.numpy
    if case.c is not None:
        lib, nofma = (libs["omp"], libs["omp_nofma"]) if parallel else \
            (libs["serial"], libs["serial_nofma"])
        impls["C"] = lambda *a, _lib=lib: case.c(_lib, *a)
        impls["C nofma"] = lambda *a, _lib=nofma: case.c(_lib, *a)
    return impls, errors


def first_line(e):
    text = str(e).strip().splitlines()
    return f"{type(e).__name__}: {text[0] if text else ''}"[:160]


def agrees(value, ref, rtol):
    value, ref = np.asarray(value, dtype=np.float64), np.asarray(ref, dtype=np.float64)
    if value.shape != ref.shape:
        return False
    scale = float(np.max(np.abs(ref))) if ref.size else 0.0
    return bool(np.allclose(value, ref, rtol=rtol, atol=rtol * scale))


def measure_row(case, variant, libs, quick, repeat):
    """{"samples": {impl: [seconds]}, "errors": {impl: msg}, "wrong": [impl]}."""
    args = case.make_args(quick)
    impls, errors = implementations(case, variant, libs)
    results = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Numba's "no parallel transformation"
        for name, fn in list(impls.items()):
            try:
                results[name] = fn(*args)
            except Exception as e:
                errors[name] = first_line(e)
                del impls[name]
    ref = results.get("numpy")
    unchecked = ["numba"] if variant == "parallel" and case.races_in_numba else []
    wrong = [name for name, v in results.items()
             if ref is not None and name not in unchecked
             and not agrees(v, ref, case.rtol)]
    samples = {name: [] for name in impls}
    for _ in range(repeat):
        for name, fn in impls.items():
            start = time.perf_counter()
            fn(*args)
            samples[name].append(time.perf_counter() - start)
    return {"samples": samples, "errors": errors, "wrong": wrong, "unchecked": unchecked}


def measure_all(libs_dir, quick, repeat, only=None):
    libs = load_c(libs_dir)
    out = {}
    for label, case, variant in rows(all_cases()):
        if only and not any(o in label for o in only):
            continue
        out[label] = measure_row(case, variant, libs, quick, repeat)
        med = {k: np.median(v) * 1e3 for k, v in out[label]["samples"].items()}
        print(f"  {label:42s} " + "  ".join(f"{k} {t:8.2f}" for k, t in med.items()),
              file=sys.stderr, flush=True)
    return out


def compile_time(case_name, compiler):
    """Milliseconds the first call of a kernel costs more than the second, in
    this (fresh) process: the cold compile of a kernel, at quick sizes."""
    case = next(c for c in all_cases() if c.name == case_name)
    __import__(compiler)
    args = case.make_args(True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t0 = time.perf_counter()
        fn = compiled(case, compiler, False)
        fn(*args)
        t1 = time.perf_counter()
        fn(*args)
        t2 = time.perf_counter()
    return ((t1 - t0) - (t2 - t1)) * 1e3


def compile_times(case_names, run_py):
    """{case: {compiler: ms}}, each measured in a fresh process."""
    out = {}
    for name in case_names:
        out[name] = {}
        for compiler in ("nbc", "numba"):
            r = subprocess.run([sys.executable, run_py, "--compile-one", name, compiler],
                               capture_output=True, text=True)
            try:
                out[name][compiler] = float(r.stdout.strip().splitlines()[-1])
            except (ValueError, IndexError):
                out[name][compiler] = None
    return out


def _add(a, b):
    return a + b


def _first(a):
    return a[0]


def dispatch_overhead(number):
    """ns per call of trivial kernels: nbc, Numba and the Python function."""
    import timeit

    import numba

    import nbc
    a = np.arange(10.0)
    out = {}
    for label, fn, args in (("add(int, int)", _add, (1, 2)), ("first(array)", _first, (a,))):
        kernels = {"nbc": nbc.njit(fn), "numba": numba.njit(fn), "python": fn}
        for k in kernels.values():
            k(*args)
        out[label] = {name: min(timeit.repeat(lambda: k(*args), number=number,
                                              repeat=5)) / number * 1e9
                      for name, k in kernels.items()}
    return out
