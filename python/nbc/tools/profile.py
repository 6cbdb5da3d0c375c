"""`python -m nbc profile script.py [args]`: where a script spends its time,
and which of those functions nbc can compile.

The script runs under cProfile; a trace hook records the argument types of
each function's first call. The hottest pure-Python functions of the
script's own files (not the standard library, site-packages or nbc) are
listed by their own time, each compiled by nbc for the argument types seen:
"yes", or the first line of nbc's error, which names the first construct it
does not support.
"""
import cProfile
import gc
import inspect
import os
import pstats
import runpy
import sys
import sysconfig
import traceback
import types


def _library_dirs():
    paths = sysconfig.get_paths()
    dirs = {paths[k] for k in ("stdlib", "platstdlib", "purelib", "platlib") if k in paths}
    dirs.add(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # nbc
    return tuple(os.path.realpath(d) + os.sep for d in dirs)


class ArgumentTypes:
    """A trace hook recording, at the first call of each function of the
    script's own files, its nbc argument types and the function object
    (kept alive for the compile attempt after the run)."""

    def __init__(self):
        self.seen, self.functions, self._library = {}, {}, {}
        self._libs = _library_dirs()

    def __call__(self, frame, event, arg):
        code = frame.f_code
        if event != "call" or code in self.seen:
            return None
        lib = self._library.get(code.co_filename)
        if lib is None:
            lib = self._library[code.co_filename] = os.path.realpath(
                code.co_filename).startswith(self._libs)
        if lib:
            self.seen[code] = None
            return None
        from ..types import typeof
        names = code.co_varnames[:code.co_argcount]
        values = [frame.f_locals.get(n) for n in names]
        self.seen[code] = [(n, typeof(v), type(v).__name__) for n, v in zip(names, values)]
        fn = frame.f_globals.get(code.co_name)
        self.functions[code] = fn if getattr(fn, "__code__", None) is code \
            else function_of(code)
        return None  # no line events


def run_script(script, argv):
    """Runs script as __main__ under cProfile; (profile, ArgumentTypes hook,
    exit code)."""
    prof, hook = cProfile.Profile(), ArgumentTypes()
    old_argv, old_path = sys.argv, list(sys.path)
    sys.argv = [script] + list(argv)
    sys.path.insert(0, os.path.dirname(os.path.abspath(script)))
    code = 0
    sys.settrace(hook)
    prof.enable()
    try:
        runpy.run_path(script, run_name="__main__")
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except Exception:  # the script's own error: shown, then the profile so far
        traceback.print_exc()
        code = 1
    finally:
        prof.disable()
        sys.settrace(None)
        sys.argv, sys.path[:] = old_argv, old_path
    return prof, hook, code


def function_of(code):
    for obj in gc.get_referrers(code):
        if isinstance(obj, types.FunctionType) and obj.__code__ is code:
            return obj
    return None


def compilability(fn, arg_types):
    """("yes", "") or ("no", the first line of nbc's error)."""
    if fn is None:
        return "no", "the function object is gone (a closure or deleted)"
    if arg_types is None:
        return "no", "not called with arguments seen by the profiler"
    for name, t, pytype in arg_types:
        if t is None:
            return "no", f"argument '{name}' of type {pytype} is not supported by nbc"
    from .. import njit
    try:
        njit(fn).compile_types(tuple(t for _, t, _ in arg_types))
    except Exception as e:  # any refusal is the answer we report
        lines = str(e).strip().splitlines()
        return "no", f"{type(e).__name__}: {lines[0] if lines else ''}"
    return "yes", ""


def hot_functions(prof, hook, top):
    """[(own s, total s, calls, file, line, name, code)] of the script's
    pure-Python functions, hottest (own time) first."""
    libs = _library_dirs()
    codes = {(c.co_filename, c.co_firstlineno, c.co_name): c for c in hook.seen}
    out = []
    for (filename, line, name), (_, calls, tt, ct, _) in pstats.Stats(prof).stats.items():
        if filename.startswith(("~", "<")) or not os.path.exists(filename):
            continue
        if os.path.realpath(filename).startswith(libs) or name.startswith("<"):
            continue  # modules, comprehensions, lambdas
        code = codes.get((filename, line, name))
        if code is not None and not code.co_flags & inspect.CO_OPTIMIZED:
            continue  # a class body
        out.append((tt, ct, calls, filename, line, name, code))
    out.sort(key=lambda r: -r[0])
    return out[:top]


def report(rows, hook):
    lines = ["rank | own s | total s | calls | function | nbc compiles it?"]
    results = []
    for k, (tt, ct, calls, filename, line, name, code) in enumerate(rows, 1):
        ok, why = compilability(hook.functions.get(code), hook.seen.get(code)) if code else \
            ("no", "never called with a Python frame")
        results.append({"function": name, "file": filename, "line": line, "own": tt,
                        "total": ct, "calls": calls, "compiles": ok == "yes",
                        "error": why})
        lines.append(f"{k} | {tt:.3f} | {ct:.3f} | {calls} | "
                     f"{name} ({os.path.basename(filename)}:{line}) | "
                     f"{ok}{': ' + why if why else ''}")
    return "\n".join(lines), results


def add_arguments(parser):
    parser.add_argument("--top", type=int, default=10,
                        help="how many functions to list (default 10)")
    parser.add_argument("script", help="the Python script to run")
    parser.add_argument("args", nargs="...", help="the script's arguments")


def main(args):
    prof, hook, code = run_script(args.script, args.args)
    text, _ = report(hot_functions(prof, hook, args.top), hook)
    print(f"\nnbc profile of {args.script} (own time, the script's functions):")
    print(text)
    return code
