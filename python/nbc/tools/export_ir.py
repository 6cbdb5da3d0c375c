"""`python -m nbc export-ir np.median 'float64[:]' np.interp 'f8[:],f8[:],f8[:]'
-o numpy_lib.mlir`: NumPy functions nbc writes in Python (nbc.npimpl, and
np.sort/np.argsort) as an nbc-dialect module, for frontends in other
languages (docs/CAPI.md, "NumPy functions for other frontends").

Each function is instantiated for the given argument types (and constant
keywords: `np.convolve(mode='same')`) as the Python frontend compiles
`np.<name>(args..., key=constant)` in a kernel (the same variant, the
same result type) and exported under a stable public symbol
(`export_symbol`) with the status ABI of compiled callees (nbc.status_abi):
another module's `func.call` to it propagates its exceptions. The functions
it calls come along as private functions named `npimpl.<name>`. The module
is the "input" stage (nbc ops before lowering), as `inspect_mlir()` shows.
"""
import ast
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


def export_symbol(name, arg_types, keywords=()):
    """`np_<name>`, `_<key>_<value>` per constant keyword, then `__<tag>` per
    argument: np.interp of three float64[:] is
    `np_interp__f64_1d__f64_1d__f64_1d`, np.convolve(mode="same") of two
    `np_convolve_mode_same__f64_1d__f64_1d`."""
    head = "".join([f"np_{name}"] + [f"_{k}_{str(v).replace('-', 'm')}"
                                      for k, v in keywords])
    return "__".join([head] + [_type_tag(t) for t in arg_types])


def _constant(node):
    """A keyword's value: a name-like string, a bool, None or an int (-1:
    `m1` in the symbol)."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and \
            isinstance(node.operand, ast.Constant) and type(node.operand.value) is int:
        return -node.operand.value
    value = getattr(node, "value", node)
    if isinstance(node, ast.Constant) and (
            value is None or isinstance(value, (bool, int)) or
            (isinstance(value, str) and value.isidentifier())):
        return value
    raise ValueError(f"'{ast.unparse(node)}' is no constant an exported function "
                     "takes (a name-like string, True, False, None or an int)")


def _function(text):
    """`np.<name>` or `np.<name>(key=constant, ...)`: (name, ((key, value), ...))."""
    try:
        node = ast.parse(text.strip(), mode="eval").body
    except SyntaxError:
        node = None
    call = node if isinstance(node, ast.Call) else None
    node = call.func if call else node
    path = []
    while isinstance(node, ast.Attribute):
        path.insert(0, node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        path.insert(0, node.id)
    name = ".".join(path[1:] if path[:1] in (["np"], ["numpy"]) else path)
    if not isinstance(node, ast.Name) or name not in exportable_names() or (
            call and (call.args or any(kw.arg is None for kw in call.keywords))):
        raise ValueError(f"'{text}' is no NumPy function nbc can export, as "
                         "np.<name> or np.<name>(key=constant, ...) (see "
                         "`python -m nbc export-ir --list`)")
    return name, tuple((kw.arg, _constant(kw.value)) for kw in (call.keywords if call else ()))


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


def _call_text(name, args, keywords):
    return f"np.{name}({', '.join(list(args) + [f'{k}={v!r}' for k, v in keywords])})"


def _wrappers(requests):
    """One Python function per request, `def <symbol>(a0, ...): return
    np.<name>(a0, ...)`, compiled from a source that inspect can read."""
    lines = []
    for symbol, name, keywords, types in requests:
        params = [f"a{i}" for i in range(len(types))]
        lines += [f"def {symbol}({', '.join(params)}):",
                  f"    return {_call_text(name, params, keywords)}", ""]
    text = "\n".join(lines)
    linecache.cache[_SOURCE_NAME] = (len(text), None, text.splitlines(True), _SOURCE_NAME)
    namespace = {"np": np}
    exec(compile(text, _SOURCE_NAME, "exec"), namespace)  # noqa: S102 - our own text
    return [namespace[request[0]] for request in requests]


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
        name, keywords = _function(text)
        types = _argument_types(name, types_text)
        symbol = export_symbol(name, types, keywords)
        if symbol not in seen:
            seen.add(symbol)
            requests.append((symbol, name, keywords, types))
    options = _options({}, "export-ir")
    comp = Compilation(standalone=True)  # everything in this module
    comp.module.symbol_prefix = HELPER_PREFIX
    header = []
    for (symbol, name, keywords, types), wrapper in zip(requests, _wrappers(requests)):
        call = _call_text(name, [str(t) for t in types], keywords)
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
                        help="pairs of a NumPy function (np.median, or with the "
                        "constant keywords that pick its code: "
                        "\"np.convolve(mode='same')\") and its argument types, "
                        "comma-separated ('float64[:],int64')")
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
