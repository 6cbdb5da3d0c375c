"""`python -m nbc export-ir np.median 'float64[:]' np.interp 'f8[:],f8[:],f8[:]'
-o numpy_lib.mlir`: NumPy functions nbc writes in Python (nbc.npimpl, and
np.sort/np.argsort) as an nbc-dialect module, for frontends in other
languages (docs/CAPI.md, "NumPy functions for other frontends").

Each function is instantiated for the given argument types as the Python
frontend compiles `np.<name>(args...)` in a kernel (the same variant, the
same result type) and exported under a stable public symbol
(`export_symbol`) with the status ABI of compiled callees (nbc.status_abi):
another module's `func.call` to it propagates its exceptions. The functions
it calls come along as private functions named `npimpl.<name>`. The module
is the "input" stage (nbc ops before lowering), as `inspect_mlir()` shows.
"""
import linecache
import os
import sys

import numpy as np

from .. import types as T

HELPER_PREFIX = "npimpl."
_SOURCE_NAME = "<nbc export-ir>"
# NumPy functions nbc lowers to a dialect op that frontends may want as a
# ready-made call too (the brief's np.sort + np.median).
_DIALECT_FUNCTIONS = ("sort", "argsort")


def exportable_names():
    from ..npimpl import IMPLEMENTATIONS
    return sorted(set(IMPLEMENTATIONS) | set(_DIALECT_FUNCTIONS))


def _type_tag(t):
    """float64 -> f64, bool -> b1, complex128 -> c128; arrays add their rank
    (`_1d`) and `c` for C-contiguous data (`f64_2dc`)."""
    if isinstance(t, T.Array):
        return f"{_type_tag(t.dtype)}_{t.ndim}d" + ("c" if t.layout == "C" else "")
    dtype = np.dtype(t.numpy())
    return "b1" if dtype.kind == "b" else f"{dtype.kind}{dtype.itemsize * 8}"


def export_symbol(name, arg_types):
    """`np_<name>` then `__<tag>` per argument: np.interp of three float64[:]
    is `np_interp__f64_1d__f64_1d__f64_1d`."""
    return "__".join([f"np_{name}"] + [_type_tag(t) for t in arg_types])


def _function_name(text):
    name = text[3:] if text.startswith("np.") else \
        text[6:] if text.startswith("numpy.") else text
    if name not in exportable_names():
        raise ValueError(f"'{text}' is no NumPy function nbc can export (see "
                         "`python -m nbc export-ir --list`)")
    return name


def _argument_types(name, text):
    from ..errors import NBCError
    from ..signatures import parse_signature
    try:
        _, types = parse_signature(f"({text},)") if text.strip() else (None, [])
    except NBCError as e:
        raise ValueError(f"np.{name}: the argument types '{text}' are not types "
                         f"separated by commas, like 'float64[:],int64': {e}") from None
    for i, t in enumerate(types):
        if not isinstance(t, (T.Scalar, T.Array)) or T.is_compile_time(t):
            raise ValueError(f"np.{name}: argument {i} is {t}: an exported function "
                             "takes arrays and scalars only")
    return types


def _wrappers(requests):
    """One Python function per request, `def <symbol>(a0, ...): return
    np.<name>(a0, ...)`, compiled from a source that inspect can read."""
    lines = []
    for symbol, name, types in requests:
        params = ", ".join(f"a{i}" for i in range(len(types)))
        lines += [f"def {symbol}({params}):", f"    return np.{name}({params})", ""]
    text = "\n".join(lines)
    linecache.cache[_SOURCE_NAME] = (len(text), None, text.splitlines(True), _SOURCE_NAME)
    namespace = {"np": np}
    exec(compile(text, _SOURCE_NAME, "exec"), namespace)  # noqa: S102 - our own text
    return [namespace[symbol] for symbol, _, _ in requests]


def _result_types(ret):
    from ..frontend.compiler import FunctionCompiler
    flat = FunctionCompiler.flat_types(ret)
    if not all(isinstance(t, (T.Scalar, T.Array)) and not T.is_compile_time(t)
               for t in flat):
        return None
    return flat


def export_module(pairs):
    """The module text for [(name, argument types text), ...]: raises
    ValueError (a bad name or type) or an NBCError (a function nbc cannot
    compile for those types) naming the function."""
    from .. import _options
    from ..errors import NBCError
    from ..frontend.unit import Compilation

    requests, seen = [], set()
    for text, types_text in pairs:
        name = _function_name(text)
        types = _argument_types(name, types_text)
        symbol = export_symbol(name, types)
        if symbol not in seen:
            seen.add(symbol)
            requests.append((symbol, name, types))
    options = _options({}, "export-ir")
    comp = Compilation(standalone=True)  # everything in this module
    comp.module.symbol_prefix = HELPER_PREFIX
    header = []
    for (symbol, name, types), wrapper in zip(requests, _wrappers(requests)):
        call = f"np.{name}({', '.join(str(t) for t in types)})"
        try:
            ret, _ = comp.compile_exported_callee(wrapper, list(types), options, symbol)
        except NBCError as e:
            raise type(e)(f"{call}: {e}") from None
        results = _result_types(ret)
        if results is None:
            raise ValueError(f"{call} returns {ret}, which an exported function "
                             "cannot return (arrays, scalars or a tuple of them)")
        shown = ", ".join(str(t) for t in results) or "nothing"
        header.append(f"// @{symbol}: {call} -> {shown}")
    if comp.module.external_symbols:  # (standalone: none expected)
        raise ValueError("the functions call code outside the module: "
                         + ", ".join(sorted(comp.module.external_symbols)))
    # Locations relative to nbc's package ("nbc/npimpl/ordering.py"), so the
    # file does not depend on where nbc is installed.
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    text = comp.module.text().replace(f'loc("{root}{os.sep}', 'loc("')
    return "\n".join(["// nbc export-ir: NumPy functions for other frontends "
                      "(docs/CAPI.md)"] + header + [text])


def add_arguments(parser):
    parser.add_argument("functions", nargs="*", metavar="NAME TYPES",
                        help="pairs of a NumPy function (np.median) and its argument "
                        "types, comma-separated ('float64[:],int64')")
    parser.add_argument("-o", "--output", default="-",
                        help="the .mlir file to write (default: stdout)")
    parser.add_argument("--list", action="store_true",
                        help="list the functions that can be exported")


def main(args):
    if args.list:
        print("\n".join(f"np.{name}" for name in exportable_names()))
        return 0
    from ..errors import NBCError
    try:
        if not args.functions or len(args.functions) % 2:
            raise ValueError("give pairs of a function and its argument types, e.g. "
                             "np.median 'float64[:]'")
        pairs = list(zip(args.functions[::2], args.functions[1::2]))
        text = export_module(pairs)
        if args.output == "-":
            sys.stdout.write(text)
        else:
            with open(args.output, "w") as f:
                f.write(text)
    except (ValueError, NBCError, OSError) as e:
        print(f"nbc export-ir: error: {e}", file=sys.stderr)
        return 1
    return 0
